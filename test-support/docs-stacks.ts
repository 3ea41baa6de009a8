// The synthesized Terraform JSON of a docs block (README.md, help/*.md), for tests that run the
// docs examples through terraform: __tests__/terraform/docs-validate.test.ts (validate) and
// __tests__/e2e/docs-deploy.test.ts (apply + plan against the local endpoint). Blocks and their
// generated modules come from test-support/docs.ts (generateModules), used read-only.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "cdktf";
import type { DocBlock } from "./docs";
import type { Fixture } from "./docs-fixture";

export type StackJson = Record<string, unknown> & {
  terraform?: { backend?: unknown; required_providers?: Record<string, unknown> };
  provider?: Record<string, Record<string, unknown>[]>;
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, { default?: unknown; type?: string }>;
  import?: unknown;
};

/** Runs a generated docs module (a full program writes into CDKTF_OUTDIR; a snippet returns its fixture) and returns its stack's JSON. */
export function synthesizeBlock(block: DocBlock): StackJson {
  let json: string;
  if (block.fullProgram) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-docs-tf-"));
    process.env.CDKTF_OUTDIR = outdir;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generated module runs on load
      jest.isolateModules(() => require(block.module!));
    } finally {
      delete process.env.CDKTF_OUTDIR;
    }
    const [stack] = fs.readdirSync(path.join(outdir, "stacks"));
    json = fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8");
    fs.rmSync(outdir, { recursive: true, force: true });
  } else {
    let run!: () => Fixture;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module per block
    jest.isolateModules(() => ({ run } = require(block.module!)));
    json = Testing.synth(run().stack);
  }
  return JSON.parse(json) as StackJson;
}

/** Where a block is: "help/targets.md:241". */
export function blockName(block: DocBlock): string {
  return `${block.file}:${block.line}`;
}
