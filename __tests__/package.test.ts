// `npm run build` produces an importable package: the root and the `/aws/control` subpath work from
// plain Node, by path (a checkout) and by package name (through package.json `exports`). The build
// into ./dist ran once for the whole run, in the `build` project's globalSetup
// (test-support/global/build.ts: `npm pack`, whose prepack is `npm run build`).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packedTarball } from "../test-support/global/build";

const root = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

beforeAll(() => {
  // Fails with a clear message when the globalSetup did not run (the build is its job).
  packedTarball();
});

function node(script: string, cwd = root): string {
  return execFileSync(process.execPath, ["-e", script], { cwd, encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(root, "node_modules") } });
}

test("main, types and every export target exist after the build", () => {
  expect(fs.existsSync(path.join(root, pkg.main))).toBe(true);
  expect(fs.existsSync(path.join(root, pkg.types))).toBe(true);
  for (const target of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
    for (const file of typeof target === "string" ? [target] : Object.values(target)) expect(fs.existsSync(path.join(root, file))).toBe(true);
  }
});

test("require(<checkout>) and require(<checkout>/aws/control) work from plain Node", () => {
  const out = node(`
    const lib = require(${JSON.stringify(root)});
    const AWS = require(${JSON.stringify(path.join(root, "aws", "control"))}).default;
    const { App, TerraformStack } = require("cdktf");
    const stack = new TerraformStack(new App({ outdir: require("os").tmpdir() }), "s");
    const task = AWS.SSM.MaintenanceWindowTask(stack, "t", { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-X", TaskType: "AUTOMATION", Priority: 1 });
    console.log(typeof lib.MaintenanceWindowTask, task instanceof lib.MaintenanceWindowTask, typeof lib.validateMaintenanceWindowTask);
  `);
  expect(out.trim()).toBe("function true function");
});

test("the package name resolves through `exports` (root and ./aws/control)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-exports-"));
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(root, path.join(dir, "node_modules", pkg.name));
  const out = node(`
    console.log(typeof require(${JSON.stringify(pkg.name)}).MaintenanceWindowTask,
                typeof require(${JSON.stringify(pkg.name + "/aws/control")}).default.SSM.MaintenanceWindowTask);
  `, dir);
  expect(out.trim()).toBe("function function");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the build ships declarations for the public API", () => {
  const dts = fs.readFileSync(path.join(root, "dist/lib/index.d.ts"), "utf8");
  expect(dts).toMatch(/MaintenanceWindowTask/);
  expect(dts).toMatch(/validateMaintenanceWindowTask/);
  expect(fs.readFileSync(path.join(root, "dist/lib/props/task-props.d.ts"), "utf8")).toMatch(/@default/);
});

test("the manifest says what the package is: keywords, author, license with its LICENSE file, changelog, no side effects", () => {
  expect(pkg.keywords).toEqual(expect.arrayContaining(["cdktf", "cdktn", "terraform", "aws", "ssm", "maintenance-window", "construct"]));
  expect(typeof pkg.author).toBe("string");
  expect(pkg.license).toBe("MIT");
  expect(fs.readFileSync(path.join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  expect(pkg.files).toEqual(expect.arrayContaining(["LICENSE", "CHANGELOG.md"]));
  const changelog = fs.readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
  expect(changelog).toMatch(/Keep a Changelog/);
  expect(changelog).toContain(`## [${pkg.version}] - `);
  // sideEffects: false lets a bundler drop the package when nothing of it is used: loading the
  // root must change nothing outside its own modules (no globals, no prototype patches).
  expect(pkg.sideEffects).toBe(false);
  const out = node(`
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const protos = [Object, Array, String, Error, Function].map((c) => Object.getOwnPropertyNames(c.prototype).length);
    require("cdktf");
    const afterRuntime = new Set(Object.getOwnPropertyNames(globalThis));
    require(${JSON.stringify(root)});
    const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k) && !afterRuntime.has(k));
    const changed = [Object, Array, String, Error, Function].map((c) => Object.getOwnPropertyNames(c.prototype).length).some((n, i) => n !== protos[i]);
    console.log(JSON.stringify({ added, changed }));
  `);
  expect(JSON.parse(out)).toEqual({ added: [], changed: false });
});
