// Runs docs-page examples written as native ESM modules with top-level await (the test writes one
// module per example: the example verbatim, its import line replaced by the `scoped` one). Each
// runs against a fresh `stack` (docs-stack.mjs) and is then synthesized, both inside one try: an
// example's diagnostics count whether the library reports them at construction or at synthesis.
// Prints a JSON array with, per example, the error it got (name, message, diagnostics) or the task
// resources it synthesized.
import process from "node:process";
import { pathToFileURL } from "node:url";
import { Testing } from "cdktf";
import { reset } from "./docs-stack.mjs";

const results = [];
for (const file of process.argv.slice(2)) {
  const { app, stack } = reset();
  const result = { file, error: null, tasks: null };
  try {
    await import(pathToFileURL(file).href);
    const json = Testing.synth(stack, true);
    app.synth();
    result.tasks = JSON.parse(json).resource?.aws_ssm_maintenance_window_task ?? {};
  } catch (e) {
    result.error = {
      name: e?.name,
      message: e?.message,
      diagnostics: Array.isArray(e?.diagnostics) ? e.diagnostics.map((d) => ({ code: d.code, level: d.level, path: d.path })) : null,
    };
  }
  results.push(result);
}
process.stdout.write(JSON.stringify(results));
