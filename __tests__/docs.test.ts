// README.md and help/: every TypeScript block compiles and synthesizes; expected errors are
// exactly the documented codes; shown JSON equals what the example produces; the validation code
// table equals the rules.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { allDiagnosticCodes, windowDiagnosticCodes } from "../lib";
import type { MaintenanceWindowTaskValidationError } from "../lib/maintenance-window-task";
import { buildDir, generateModules, ROOT, typecheck, type DocBlock } from "../test-support/docs";
import { taskResources } from "../test-support/synth";
import type { Fixture } from "../test-support/docs-fixture";
import { BINDING } from "../test-support/binding";

// One folder per unit project (unit, unit-aws6, unit-cdktn run this file at the same time).
const blocks = generateModules(buildDir(BINDING.name));
// tsc resolves `cdktf` itself (jest's moduleNameMapper does not reach it): the blocks compile
// against the default install in every project, so only `unit` type-checks them; the variants
// synthesize every block on their binding.
const typeErrors = BINDING.name === "unit" ? typecheck(blocks) : undefined;
const name = (b: DocBlock) => `${b.file}:${b.line}${Object.keys(b.options).length ? ` [${Object.keys(b.options).join(" ")}]` : ""}`;

test("the docs have TypeScript examples", () => {
  expect(blocks.length).toBeGreaterThan(10);
});

describe.each(blocks.map((b) => [name(b), b] as const))("%s", (_, block) => {
  const compiles = block.options["type-error"] ? "does not compile" : "compiles";
  (typeErrors ? test : test.skip)(typeErrors ? compiles : `${compiles} (type-checked by the unit project)`, () => {
    const errors = typeErrors!.get(block.module!)!;
    if (block.options["type-error"]) expect(errors.length).toBeGreaterThan(0);
    else expect(errors).toEqual([]);
  });

  test("synthesizes as documented", () => {
    const expected = block.options["expect-errors"];
    if (block.fullProgram) {
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-docs-"));
      process.env.CDKTF_OUTDIR = outdir;
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generated module runs on load
        jest.isolateModules(() => require(block.module!));
      } finally {
        delete process.env.CDKTF_OUTDIR;
      }
      // Every stack the program wrote has resources (a fleet writes several; a bootstrap stack only IAM).
      const stacks = fs.readdirSync(path.join(outdir, "stacks"));
      expect(stacks.length).toBeGreaterThan(0);
      for (const stack of stacks) {
        const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
        expect({ stack, types: Object.keys(json.resource ?? {}).length > 0 }).toEqual({ stack, types: true });
      }
      fs.rmSync(outdir, { recursive: true, force: true });
      return;
    }
    let run!: () => Fixture;
    // The block's own copy of cdktf synthesizes it: aspects a block adds (Aspects.of) are kept per
    // copy, and the copy this file imports would not invoke them.
    let Testing!: typeof import("cdktf").Testing;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module per block
      ({ run } = require(block.module!));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy the block loaded
      ({ Testing } = require("cdktf") as typeof import("cdktf"));
    });
    if (typeof expected === "string") {
      // Errors are reported when the app synthesizes (one report for every task and window).
      let error: unknown;
      try {
        Testing.synth(run().stack);
      } catch (e) {
        error = e;
      }
      // isolateModules loads a fresh copy of lib/, so compare by name rather than by class identity.
      expect((error as Error).name).toBe("MaintenanceWindowTaskValidationError");
      const codes = (error as MaintenanceWindowTaskValidationError).diagnostics.map((d) => d.code).sort();
      expect(codes).toEqual(expected.split(",").sort());
      return;
    }
    const fixture = run();
    Testing.synth(fixture.stack, true);
    const expectedWarnings = block.options["expect-warnings"];
    if (typeof expectedWarnings === "string") {
      const warnings = fixture.stack.node
        .findAll()
        .flatMap((c) => ((c as { warnings?: { code: string }[] }).warnings ?? []).map((w) => w.code))
        .sort();
      expect(warnings).toEqual(expectedWarnings.split(",").sort());
    }
    if (block.json) {
      const shown = JSON.parse(block.json.code);
      const produced = taskResources(fixture.stack);
      expect(produced).toEqual(shown);
    }
  });
});

test("help/validation.md lists every diagnostic code (tasks and windows) with its level, and nothing else", () => {
  const text = fs.readFileSync(path.join(ROOT, "help/validation.md"), "utf8");
  const rows = [...text.matchAll(/^\|\s*`([A-Za-z0-9]+)`\s*\|\s*(error|warning)\s*\|/gm)].map((m) => [m[1], m[2]]);
  const codes = { ...allDiagnosticCodes(), ...windowDiagnosticCodes() };
  expect(Object.fromEntries(rows)).toEqual(codes);
  expect(rows.length).toBe(Object.keys(codes).length);
});
