// `import` without AWS: the paginated read against a fake SSM port, the mapping and the code it
// generates (exact text for a fixed account, with and without --redact), the error messages, and
// the command line. The real endpoint, terraform and the packed bin are __tests__/e2e/import.test.ts.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importCommand, type ImportDeps } from "../lib/cli/import/command";
import { addFindings, loadValidators, type Validators } from "../lib/cli/import/findings";
import { camelCase, Code, planAccount, planWindow, unique } from "../lib/cli/import/model";
import { readAccount } from "../lib/cli/import/read";
import { comments, generateSource, printValue, stringLiteral } from "../lib/cli/import/source";
import { explainError, loadSsmApi } from "../lib/cli/import/ssm";
import { PROGRAM, runCli } from "../lib/cli/main";
import { fakeSsm, TARGET_ID, WINDOW_ID, weeklyPatching } from "../test-support/import-fixture";

const root = path.join(__dirname, "..");
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", "import", name), "utf8");
const HEADER = { packageName: PROGRAM, region: "eu-central-1", account: "123456789012", date: "2026-12-01", command: `npx ${PROGRAM} import --region eu-central-1` };

/** n windows like the fixture's, with ids mw-…0, mw-…1, … and names window-00, window-01, …. */
function manyWindows(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const w = weeklyPatching();
    const id = `mw-${String(i).padStart(17, "0")}`;
    return { ...w, window: { ...w.window, WindowId: id, Name: `window-${String(i).padStart(2, "0")}` } };
  });
}

describe("read: every page of every Describe call", () => {
  test("windows, targets and tasks over several pages; each task read with GetMaintenanceWindowTask; progress per window", async () => {
    const windows = manyWindows(5);
    const api = fakeSsm(windows, 2); // 5 windows → 3 pages; 4 tasks → 2 pages
    const progress: string[] = [];
    const read = await readAccount(api, { region: "eu-central-1", progress: (l) => progress.push(l) });
    expect(read.map((w) => w.window.WindowId)).toEqual(windows.map((w) => w.window.WindowId));
    expect(read.every((w) => w.tasks.length === 4 && w.targets.length === 1)).toBe(true);
    const describeWindows = api.calls.filter((c) => c.action === "DescribeMaintenanceWindows").map((c) => c.input);
    expect(describeWindows).toEqual([{}, { NextToken: "p1" }, { NextToken: "p2" }]);
    const describeTasks = api.calls.filter((c) => c.action === "DescribeMaintenanceWindowTasks" && (c.input as { WindowId: string }).WindowId === windows[0].window.WindowId);
    expect(describeTasks.map((c) => c.input)).toEqual([{ WindowId: windows[0].window.WindowId }, { WindowId: windows[0].window.WindowId, NextToken: "p1" }]);
    expect(api.calls.filter((c) => c.action === "GetMaintenanceWindowTask")).toHaveLength(20);
    expect(read[0].tasks.find((t) => t.TaskType === "RUN_COMMAND")?.TaskInvocationParameters?.RunCommand?.Parameters).toEqual({ Operation: ["Install"], RebootOption: ["RebootIfNeeded"] });
    expect(progress).toEqual([...windows.map((w, i) => `reading window ${i + 1}/5 (${w.window.WindowId}) ...`), "read 5 windows, 5 targets, 20 tasks"]);
  });

  test("--window: only those windows, without DescribeMaintenanceWindows; a window that does not exist is named", async () => {
    const windows = manyWindows(3);
    const api = fakeSsm(windows, 10);
    const read = await readAccount(api, { region: "eu-central-1", windowIds: [windows[2].window.WindowId, windows[2].window.WindowId] });
    expect(read.map((w) => w.window.WindowId)).toEqual([windows[2].window.WindowId]);
    expect(api.calls.some((c) => c.action === "DescribeMaintenanceWindows")).toBe(false);
    await expect(readAccount(api, { region: "eu-central-1", windowIds: ["mw-99999999999999999"] })).rejects.toThrow(
      "window mw-99999999999999999 does not exist in region eu-central-1 (ssm:GetMaintenanceWindow). Check --window and --region.",
    );
  });

  test("AccessDeniedException names the IAM action that was denied", async () => {
    const denied = Object.assign(new Error("User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ssm:DescribeMaintenanceWindowTasks"), { name: "AccessDeniedException" });
    const api = fakeSsm([weeklyPatching()], 10, (action) => (action === "DescribeMaintenanceWindowTasks" ? denied : undefined));
    await expect(readAccount(api, { region: "eu-central-1" })).rejects.toThrow(
      "missing permission: the credentials may not call ssm:DescribeMaintenanceWindowTasks (AWS said: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ssm:DescribeMaintenanceWindowTasks). Allow ssm:DescribeMaintenanceWindowTasks in the IAM policy of the user or role that runs import.",
    );
  });

  test("credentials, network and other errors", () => {
    expect(explainError(Object.assign(new Error("The security token included in the request is invalid."), { name: "UnrecognizedClientException" }), "GetMaintenanceWindow", "us-east-1").message).toBe(
      "the AWS credentials were rejected calling ssm:GetMaintenanceWindow (AWS said: The security token included in the request is invalid.). Check AWS_PROFILE / AWS_ACCESS_KEY_ID, or log in again.",
    );
    expect(explainError(Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }), "DescribeMaintenanceWindows", "us-east-1").message).toBe(
      "no AWS credentials found (Could not load credentials from any providers). Set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.",
    );
    const saved = { url: process.env.AWS_ENDPOINT_URL, ssm: process.env.AWS_ENDPOINT_URL_SSM };
    delete process.env.AWS_ENDPOINT_URL;
    delete process.env.AWS_ENDPOINT_URL_SSM;
    try {
      expect(explainError(Object.assign(new Error("getaddrinfo ENOTFOUND ssm.xx-nowhere-1.amazonaws.com"), { code: "ENOTFOUND" }), "DescribeMaintenanceWindows", "xx-nowhere-1").message).toBe(
        "could not reach the SSM endpoint of region xx-nowhere-1 calling ssm:DescribeMaintenanceWindows: ENOTFOUND. Check --region and the network.",
      );
    } finally {
      if (saved.url !== undefined) process.env.AWS_ENDPOINT_URL = saved.url;
      if (saved.ssm !== undefined) process.env.AWS_ENDPOINT_URL_SSM = saved.ssm;
    }
    expect(explainError(Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" }), "GetMaintenanceWindowTask", "us-east-1").message).toBe("ssm:GetMaintenanceWindowTask failed: ThrottlingException: Rate exceeded");
  });

  test("without the SDK installed: what to install", async () => {
    const missing = async () => {
      throw Object.assign(new Error("Cannot find module '@aws-sdk/client-ssm'"), { code: "MODULE_NOT_FOUND" });
    };
    await expect(loadSsmApi("us-east-1", missing)).rejects.toThrow("import needs the AWS SDK's SSM client, which is not installed. Install it next to this package: npm install @aws-sdk/client-ssm");
  });
});

describe("mapping and code generation", () => {
  test("exact output for a fixed account: references, import ids, defaults left out, sensitive values noted", () => {
    expect(generateSource(planAccount([weeklyPatching()]), HEADER)).toBe(fixture("weekly-patching.ts.txt"));
  });

  test("--redact: sensitive values become TerraformVariables named per task, created in the stack (Payload and Input sensitive)", () => {
    const source = generateSource(planAccount([weeklyPatching()], { redact: true }), HEADER);
    expect(source).toBe(fixture("weekly-patching-redact.ts.txt"));
    expect(source).not.toContain("dryRun");
    expect(source).not.toContain('"mode"');
    expect(source).not.toContain("RebootIfNeeded");
  });

  test("no windows: the header and an empty module, no unused imports", () => {
    const source = generateSource([], HEADER);
    expect(source).toContain(": 0 maintenance windows.\n");
    expect(source).not.toMatch(/^import /m);
    expect(source.endsWith("// The region has no maintenance windows (or none of those given with --window).\nexport {};\n")).toBe(true);
  });

  test("what AWS fills in is left out: targetless placeholders, Priority 0, defaults, the service-linked role, aws: tags", () => {
    const [plan] = planAccount([weeklyPatching()]);
    const byId = Object.fromEntries(plan.tasks.map((t) => [t.constructId, t.props]));
    expect(byId.LambdaTask3).not.toHaveProperty("MaxConcurrency");
    expect(byId.LambdaTask3).not.toHaveProperty("MaxErrors");
    expect(byId.LambdaTask3).not.toHaveProperty("ServiceRoleArn");
    expect(byId.Patch).toMatchObject({ MaxConcurrency: "10%", MaxErrors: "1" });
    expect(plan.window.props).not.toHaveProperty("AllowUnassociatedTargets");
    expect(plan.window.props).not.toHaveProperty("Enabled");
    expect(plan.window.props.Tags).toEqual({ Team: "ops", "cost center": "42" });
    const live = weeklyPatching();
    const zero = planWindow({ ...live, window: { ...live.window, Enabled: false, AllowUnassociatedTargets: true }, tasks: [{ ...live.tasks[3], Priority: 0 }] }, new Set());
    expect(zero.window.props).toMatchObject({ Enabled: false, AllowUnassociatedTargets: true });
    expect(zero.tasks[0].props).not.toHaveProperty("Priority");
  });

  test("a Payload whose text is not what JSON.stringify prints stays text (an object would plan a change)", () => {
    const live = weeklyPatching();
    const lambda = { ...live.tasks[0], TaskInvocationParameters: { Lambda: { Payload: '{ "dryRun": true }' } } };
    const [task] = planWindow({ ...live, tasks: [lambda] }, new Set()).tasks;
    expect(task.props.TaskInvocationParameters).toEqual({ Lambda: { Payload: '{ "dryRun": true }' } });
  });

  test("a window target id of another window stays a literal id; one of this window is a reference", () => {
    const live = weeklyPatching();
    const task = { ...live.tasks[1], Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID, "elsewhere"] }] };
    const [plan] = planAccount([{ ...live, tasks: [task] }]);
    const values = (plan.tasks[0].props.Targets as { Values: unknown[] }[])[0].Values;
    expect(values[0]).toEqual(new Code("web.id", TARGET_ID));
    expect(values[1]).toBe("elsewhere");
  });

  test("names: camelCased from the window Name, unique in the file, never a reserved word or a digit first", () => {
    const w = (Name: string, i: number) => ({ ...weeklyPatching(), window: { ...weeklyPatching().window, Name, WindowId: `mw-${String(i).padStart(17, "0")}` } });
    const plans = planAccount([w("weekly-patching", 1), w("Weekly Patching", 2), w("2024.q1", 3), w("delete", 4), w("window", 5), w("---", 6)]);
    expect(plans.map((p) => p.functionName)).toEqual(["weeklyPatching", "weeklyPatching2", "window2024Q1", "delete2", "window2", "window3"]);
    expect(plans.map((p) => p.window.constructId)).toEqual(["WeeklyPatching", "WeeklyPatching2", "Window2024Q1", "Delete2", "Window2", "Window3"]);
    expect(camelCase("AWS-RunPatchBaseline")).toBe("awsRunPatchBaseline");
    const taken = new Set<string>();
    expect([unique("web", taken), unique("web", taken), unique("class", taken)]).toEqual(["web", "web2", "class2"]);
  });

  test("formatting: one line when it fits in 100 columns, else one entry per line; prettier's quotes; wrapped comments", () => {
    expect(printValue({ Key: "tag:Role", Values: ["web"] }, "", 0)).toBe('{ Key: "tag:Role", Values: ["web"] }');
    const long = { Values: Array.from({ length: 8 }, (_, i) => `i-0123456789abcdef${i}`) };
    expect(printValue(long, "  ", 2)).toBe(`{\n    Values: [\n${long.Values.map((v) => `      "${v}",`).join("\n")}\n    ],\n  }`);
    expect(stringLiteral('{"a": "b"}')).toBe(`'{"a": "b"}'`);
    expect(stringLiteral(`it's "x"`)).toBe(JSON.stringify(`it's "x"`));
    expect(stringLiteral('a\\"b')).toBe(`'a\\\\"b'`);
    expect(comments([`${"word ".repeat(30)}end`], "  ").every((l) => l.length <= 100 && l.startsWith("  // "))).toBe(true);
  });

  test("validation findings are comments above the resource; errors are returned, warnings never acknowledged", () => {
    const [plan] = planAccount([weeklyPatching()]);
    const validators: Validators = {
      window: () => [{ code: "SomeWarning", level: "warning", path: "Schedule", message: "Looks odd." }],
      target: () => [],
      task: (_w, t) => (t.Name === "patch" ? [{ code: "SomeError", level: "error", path: "TaskArn", message: "Bad." }] : []),
    };
    const errors = addFindings(plan, validators);
    expect(errors).toEqual([`weeklyPatching: Patch (${WINDOW_ID}/11111111-1111-1111-1111-111111111111): [SomeError] TaskArn: Bad.`]);
    const source = generateSource([plan], HEADER);
    expect(source).toContain('  // Validation warns about the live config: [SomeWarning] Schedule: Looks odd. Fix it, or add\n  // "SomeWarning" to acknowledgeWarnings once you have read it.\n  const window = new MaintenanceWindow(');
    expect(source).toContain("  // Validation error (synth fails until it is fixed): [SomeError] TaskArn: Bad.\n  const patch = window.addTask(");
    expect(source).not.toContain("acknowledgeWarnings:");
  });

  test("the library's own checks find nothing in the fixture, redacted or not", async () => {
    const validators = await loadValidators();
    for (const redact of [false, true]) {
      const [plan] = planAccount([weeklyPatching()], { redact });
      expect(addFindings(plan, validators)).toEqual([]);
      expect([plan.window, ...plan.targets, ...plan.tasks].flatMap((r) => r.comments).filter((c) => c.startsWith("Validation"))).toEqual([]);
    }
  });
});

describe("the command line", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-import-unit-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[], deps: ImportDeps = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const all: ImportDeps = { api: async () => fakeSsm([weeklyPatching()], 1), now: () => new Date("2026-12-01T12:00:00Z"), env: {}, cwd: dir, ...deps };
    const code = await runCli(argv, { projectDir: dir, root: { name: PROGRAM, summary: "test", commands: [importCommand(all)] }, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    return { code, stdout: out.join(""), stderr: err.join("") };
  }

  test("to stdout by default, progress on stderr; --out writes the file; --window repeats", async () => {
    const r = await cli(["import", "--region", "eu-central-1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fixture("weekly-patching.ts.txt"));
    expect(r.stderr).toBe(`reading window 1/1 (${WINDOW_ID}) ...\nread 1 window, 1 targets, 4 tasks\n`);
    const file = await cli(["import", "--region", "eu-central-1", "--window", WINDOW_ID, "--window", WINDOW_ID, "--out", "windows.ts", "--redact"]);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe("");
    const written = fs.readFileSync(path.join(dir, "windows.ts"), "utf8");
    expect(written.split("\n")[0]).toBe(`// Generated by \`npx ${PROGRAM} import --region eu-central-1 --window ${WINDOW_ID} --window ${WINDOW_ID} --redact --out windows.ts\` on 2026-12-01`);
    expect(written).toContain("new TerraformVariable(stack, ");
  });

  test.each([
    [["import"], "missing --region (or AWS_REGION)"],
    [["import", "--region", "Frankfurt"], "'Frankfurt' is not an AWS region name (e.g. us-east-1, eu-central-1)"],
    [["import", "--region", "us-east-1", "--window", "weekly"], "--window 'weekly' is not a maintenance window id (mw- followed by 17 hex digits, e.g. mw-0123456789abcdef0)"],
    [["import", "--region", "us-east-1", "--out", "missing/windows.ts"], "--out missing/windows.ts: the directory"],
    [["import", "--region", "us-east-1", "--redact", "--redact"], "option '--redact' given twice"],
    [["import", "--regoin", "us-east-1"], "unknown option '--regoin' (did you mean --region?)"],
  ])("%j: exit 2 with the usage", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${PROGRAM}: ${message}`);
    expect(r.stderr).toContain(`Usage: ${PROGRAM} import [options]`);
    expect(r.stdout).toBe("");
  });

  test("AWS_REGION stands in for --region", async () => {
    expect((await cli(["import"], { env: { AWS_REGION: "eu-central-1" } })).code).toBe(0);
  });

  test("a denied call: exit 1, the IAM action, no stack trace", async () => {
    const denied = Object.assign(new Error("not authorized"), { name: "AccessDeniedException" });
    const r = await cli(["import", "--region", "eu-central-1"], { api: async () => fakeSsm([weeklyPatching()], 1, (a) => (a === "GetMaintenanceWindowTask" ? denied : undefined)) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${PROGRAM}: missing permission: the credentials may not call ssm:GetMaintenanceWindowTask (AWS said: not authorized). Allow ssm:GetMaintenanceWindowTask`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("--help lists the options; the CLI's start loads neither the AWS SDK nor the import's checks", async () => {
    const help = await cli(["import", "--help"]);
    expect(help.stdout).toMatch(/--window mw-ID +Only this window \(repeatable\)/);
    const script = 'require("./lib/cli/main"); process.stdout.write(JSON.stringify(Object.keys(require.cache)));';
    const loaded = JSON.parse(execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8" })) as string[];
    expect(loaded.filter((p) => p.includes(`${path.sep}@aws-sdk${path.sep}`))).toEqual([]);
    expect(loaded.filter((p) => p.includes(`${path.sep}lib${path.sep}window${path.sep}`))).toEqual([]);
  });
});
