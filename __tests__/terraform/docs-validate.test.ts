// Every example in README.md and help/ that synthesizes also passes `terraform validate` with the
// real provider. Each example's stack becomes one module of a root configuration, so a single
// `terraform init` + `validate` checks them all (each terraform call costs seconds and ~600 MB).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildDir, generateModules } from "../../test-support/docs";
import { synthesizeBlock } from "../../test-support/docs-stacks";
import { assertTerraform, removeDir, validateStack } from "../../test-support/terraform";

/**
 * The synthesized stack JSON of a docs block, without its backend and `import` blocks, which only a
 * root module may have (importFrom is exercised for real by the end-to-end suite).
 */
function stackJson(block: ReturnType<typeof generateModules>[number]): Record<string, unknown> {
  const parsed = synthesizeBlock(block);
  delete parsed.terraform?.backend;
  delete parsed.import;
  // A root module's variables come from the user; as a module they would need a value in the call.
  for (const variable of Object.values(parsed.variable ?? {})) {
    if (!("default" in variable)) variable.default = null;
  }
  return parsed;
}

test("every synthesizing docs example passes terraform validate", () => {
  assertTerraform();
  const blocks = generateModules(buildDir("terraform")).filter((b) => !b.options["type-error"] && !b.options["expect-errors"]);
  expect(blocks.length).toBeGreaterThan(20);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-docs-modules-"));
  const modules: Record<string, { source: string }> = {};
  const names = new Map<string, string>();
  blocks.forEach((block, i) => {
    const name = `example_${i}`;
    fs.mkdirSync(path.join(root, name));
    fs.writeFileSync(path.join(root, name, "main.tf.json"), JSON.stringify(stackJson(block), null, 1));
    modules[name] = { source: `./${name}` };
    names.set(name, `${block.file}:${block.line}`);
  });
  // validateStack writes main.tf.json into a fresh dir: copy the modules beside it.
  const rootJson = JSON.stringify({ module: modules });
  const result = validateStack(rootJson, (dir) => fs.cpSync(root, dir, { recursive: true }));
  const errors = result.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => `${names.get(/module\.(example_\d+)/.exec(d.address ?? d.snippet?.context ?? "")?.[1] ?? "") ?? "?"}: ${d.summary} ${d.detail ?? ""}`);
  expect(errors).toEqual([]);
  expect(result.valid).toBe(true);
  removeDir(result.dir);
  removeDir(root);
});
