// Import cost: the window module deep-imports its two bindings and never the provider index, and
// the task module (loaded by the package root) does not load the window construct or its bindings.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "../..");
// require.cache holds real paths: node_modules may be a symlink (a git worktree sharing one install).
const modules = fs.realpathSync(path.join(root, "node_modules"));
const relative = (p: string) => (p.startsWith(modules + path.sep) ? path.join("node_modules", path.relative(modules, p)) : path.relative(root, p));

function modulesLoadedBy(entry: string, then = ""): string[] {
  const script = `
    const loaded = require(${JSON.stringify(entry)});
    ${then}
    process.stdout.write(JSON.stringify(Object.keys(require.cache)));
  `;
  const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8" });
  return (JSON.parse(out) as string[]).map((p) => relative(p).split(path.sep).join("/"));
}

const bindingsOf = (loaded: string[]) =>
  [...new Set(loaded.filter((p) => p.startsWith("node_modules/@cdktf/provider-aws/")).map((p) => p.split("/").slice(0, 5).join("/")))].sort();

test("loading lib/window/maintenance-window.ts loads no window binding yet", () => {
  const loaded = modulesLoadedBy("./lib/window/maintenance-window.ts");
  expect(bindingsOf(loaded)).toEqual(["node_modules/@cdktf/provider-aws/lib/ssm-maintenance-window-task"]);
});

test("a window with a target loads the window and target bindings, never the provider index", () => {
  const loaded = modulesLoadedBy(
    "./lib/window/maintenance-window.ts",
    `const { Testing, TerraformStack } = require("cdktf");
     const w = new loaded.MaintenanceWindow(new TerraformStack(Testing.app(), "s"), "W", { Name: "abc", Schedule: "rate(1 day)", Duration: 2, Cutoff: 1, AllowUnassociatedTargets: false });
     w.addTarget("T", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });`,
  );
  expect(loaded).not.toContain("node_modules/@cdktf/provider-aws/lib/index.js");
  expect(bindingsOf(loaded)).toEqual([
    "node_modules/@cdktf/provider-aws/lib/ssm-maintenance-window",
    "node_modules/@cdktf/provider-aws/lib/ssm-maintenance-window-target",
    "node_modules/@cdktf/provider-aws/lib/ssm-maintenance-window-task",
  ]);
});

test("lib/maintenance-window-task.ts loads neither the window construct nor its bindings", () => {
  const loaded = modulesLoadedBy("./lib/maintenance-window-task.ts");
  expect(loaded).not.toContain("lib/window/maintenance-window.ts");
  expect(loaded.filter((p) => /provider-aws\/lib\/ssm-maintenance-window(-target)?\//.test(p))).toEqual([]);
});
