// The provider package's index loads every resource binding (seconds and hundreds of MB): the
// library must only ever deep-import the resources it uses.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "..");
// require.cache holds real paths: node_modules may be a symlink (a git worktree sharing one install).
const modules = fs.realpathSync(path.join(root, "node_modules"));
const relative = (p: string) => (p.startsWith(modules + path.sep) ? path.join("node_modules", path.relative(modules, p)) : path.relative(root, p));

function modulesLoadedBy(entry: string): string[] {
  const script = `
    require(${JSON.stringify(entry)});
    process.stdout.write(JSON.stringify(Object.keys(require.cache)));
  `;
  const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8" });
  return JSON.parse(out) as string[];
}

describe.each(["./lib/index.ts", "./lib/aws/control.ts"])("loading %s", (entry) => {
  const loaded = modulesLoadedBy(entry).map(relative);
  const provider = loaded.filter((p) => p.startsWith(path.join("node_modules", "@cdktf", "provider-aws")));

  test("never loads the @cdktf/provider-aws index", () => {
    expect(provider).not.toContain(path.join("node_modules", "@cdktf", "provider-aws", "lib", "index.js"));
  });

  test("loads only the task binding from the provider (the others load when their helper is used)", () => {
    const bindings = new Set(provider.map((p) => p.split(path.sep).slice(0, 5).join("/")));
    expect([...bindings]).toEqual(["node_modules/@cdktf/provider-aws/lib/ssm-maintenance-window-task"]);
  });
});
