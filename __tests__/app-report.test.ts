// One synth reports every error of every task and window in the app (issue 13, item 1).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import {
  FAIL_FAST_CONTEXT,
  MaintenanceWindow,
  MaintenanceWindowDiagnosticsError,
  MaintenanceWindowTask,
  MaintenanceWindowTaskValidationError,
  MaintenanceWindowValidationError,
} from "../lib";
import { automationBase, runCommandBase, WINDOW_ID } from "../test-support/fixtures";

const ROOT = path.join(__dirname, "..");

function brokenApp(app: App): void {
  const a = new TerraformStack(app, "patching");
  new MaintenanceWindowTask(a, "Patch", { ...runCommandBase, MaxConcurrency: "0", MaxErrors: "x" } as never);
  const b = new TerraformStack(app, "reports");
  new MaintenanceWindowTask(b, "Report", { ...automationBase, WindowId: "mw-1" } as never);
  new MaintenanceWindowTask(b, "Fine", { ...automationBase } as never);
  const c = new TerraformStack(app, "windows");
  const window = new MaintenanceWindow(c, "Weekly", { Name: "weekly", Schedule: "cron(0 2 * * SUN)", Duration: 3, Cutoff: 1 });
  const { WindowId, ...taskProps } = automationBase;
  void WindowId;
  window.addTask("Restart", { ...taskProps, Priority: -1 } as never);
}

function synthError(run: () => void): MaintenanceWindowDiagnosticsError {
  try {
    run();
  } catch (e) {
    if (MaintenanceWindowDiagnosticsError.isDiagnosticsError(e)) return e;
    throw e;
  }
  throw new Error("expected synthesis to fail");
}

test("app.synth() fails once, listing every error of every task and window in every stack", () => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "mwt-report-")) });
  brokenApp(app);
  const error = synthError(() => app.synth());
  expect(error).toBeInstanceOf(MaintenanceWindowTaskValidationError);
  expect(error.constructs.map((c) => [c.what, c.constructPath, c.diagnostics.map((d) => d.code)])).toEqual([
    ["MaintenanceWindowTask", "patching/Patch", ["MaxConcurrencyFormat", "MaxErrorsFormat"]],
    ["MaintenanceWindowTask", "reports/Report", ["WindowIdFormat"]],
    ["MaintenanceWindow", "windows/Weekly", ["WindowCronFieldCount"]],
    ["MaintenanceWindowTask", "windows/Weekly/Restart", ["PriorityRange"]],
  ]);
  // Each construct names the line of this file that created it.
  for (const c of error.constructs) expect(c.source).toMatch(/^__tests__\/app-report\.test\.ts:\d+:\d+$/);
  const lines = error.message.split("\n");
  expect(lines[0]).toBe("5 errors that Terraform or AWS would reject, in 4 constructs:");
  expect(lines.filter((l) => l.startsWith("  ["))).toHaveLength(5); // one line per diagnostic
  expect(lines.filter((l) => /^Maintenance\S* \S+ \(/.test(l))).toHaveLength(4); // one header per construct
  expect(lines.at(-1)).toMatch(/^Every code is explained in .*help\/validation\.md\.$/);
  expect(lines).toHaveLength(1 + 4 + 5 + 1);
});

test("Testing.synth and skipValidation cannot write a task that has errors", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  new MaintenanceWindowTask(stack, "Bad", { ...automationBase, Priority: -1 } as never);
  expect(synthError(() => Testing.synth(stack)).diagnostics.map((d) => d.code)).toEqual(["PriorityRange"]);

  const app = new App({ skipValidation: true, outdir: fs.mkdtempSync(path.join(os.tmpdir(), "mwt-report-")) });
  new MaintenanceWindowTask(new TerraformStack(app, "t"), "Bad", { ...automationBase, Priority: -1 } as never);
  expect(synthError(() => app.synth()).message).toContain("[PriorityRange] Priority:");
});

test("only window errors give a MaintenanceWindowValidationError", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  new MaintenanceWindow(stack, "W", { Name: "ab", Schedule: "rate(1 day)", Duration: 2, Cutoff: 1 });
  const error = synthError(() => Testing.synth(stack, true));
  expect(error).toBeInstanceOf(MaintenanceWindowValidationError);
  expect(error.name).toBe("MaintenanceWindowValidationError");
});

test("the fail-fast context throws at construction, and nothing is left in the scope", () => {
  const stack = new TerraformStack(Testing.app({ context: { [FAIL_FAST_CONTEXT]: true } }), "s");
  expect(() => new MaintenanceWindowTask(stack, "Bad", { ...automationBase, Priority: -1 } as never)).toThrow(MaintenanceWindowTaskValidationError);
  expect(stack.node.tryFindChild("Bad")).toBeUndefined();
});

test("valid tasks and windows synthesize as before", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  new MaintenanceWindowTask(stack, "Ok", { ...automationBase, WindowId: WINDOW_ID } as never);
  expect(Object.keys(JSON.parse(Testing.synth(stack)).resource.aws_ssm_maintenance_window_task)).toHaveLength(1);
});

test("a cdktf app with three broken tasks in three stacks prints every error once and exits non-zero", () => {
  // Inside the checkout, so the app resolves cdktf from the repo's node_modules.
  const dir = fs.mkdtempSync(path.join(ROOT, ".tmp-report-app-"));
  const main = path.join(dir, "main.ts");
  fs.writeFileSync(
    main,
    [
      `import { App, TerraformStack } from "cdktf";`,
      `import { MaintenanceWindowTask } from ${JSON.stringify(path.join(ROOT, "lib"))};`,
      `const base = { WindowId: "mw-0123456789abcdef0", TaskArn: "Acme-Restart", TaskType: "AUTOMATION" };`,
      `const app = new App({ outdir: ${JSON.stringify(path.join(dir, "out"))} });`,
      `new MaintenanceWindowTask(new TerraformStack(app, "one"), "A", { ...base, Priority: -1 });`,
      `new MaintenanceWindowTask(new TerraformStack(app, "two"), "B", { ...base, Name: "a b" });`,
      `new MaintenanceWindowTask(new TerraformStack(app, "three"), "C", { ...base, CutoffBehavior: "cancel" } as never);`,
      `app.synth();`,
    ].join("\n"),
  );
  const r = spawnSync(process.execPath, ["-r", require.resolve("ts-node/register/transpile-only"), main], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs", moduleResolution: "node" }) },
  });
  expect(r.status).not.toBe(0);
  const out = r.stdout + r.stderr;
  for (const code of ["PriorityRange", "NameFormat", "CutoffBehaviorEnum"]) expect(out.split(`[${code}]`)).toHaveLength(2); // exactly once
  for (const header of ["MaintenanceWindowTask one/A (", "MaintenanceWindowTask two/B (", "MaintenanceWindowTask three/C ("]) expect(out).toContain(header);
  expect(out).not.toMatch(/diagnostics: \[|constructs: \[/); // no object dump
  expect(out).not.toContain("node_modules/cdktf"); // no cdktf stack trace
  fs.rmSync(dir, { recursive: true, force: true });
});
