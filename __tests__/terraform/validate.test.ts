// Every `terraform validate` of the terraform project in ONE root configuration: each check below
// contributes a module (test-support/terraform-batch.ts), one `terraform init` + one `validate`
// judge them all, and each check reads exactly its own module's diagnostics (a sentinel module
// proves the provider validated every module; otherwise each is validated alone). Each terraform
// call costs seconds and ~600 MB, so this replaces seven init/validate pairs of separate files
// (example-app, window x2, validate-corpus, hashicorp-acceptance, docs-validate, hcl). The checks
// are the former files' own, unchanged:
//  - the example app (main.ts's stack) synthesizes and passes validate with the real hashicorp/aws
//    5.100.0 provider, offline from the machine's mirror;
//  - MaintenanceWindow: a stack using every prop, every kind of window target and every task type
//    passes; every window or window-target input terraform rejects, our validator rejects first;
//  - conformance: a corpus of bad task inputs rendered WITHOUT our validation into raw
//    aws_ssm_maintenance_window_task resources: terraform rejects exactly the bad ones, and our
//    validator rejects each of them first;
//  - HashiCorp's acceptance-test configurations (test-support/hashicorp-acceptance.ts; their
//    construction and attribute checks are in hashicorp-acceptance.test.ts): every case's stack
//    passes, no error, no warning;
//  - every example in README.md and help/ that synthesizes passes (its own root of modules, nested);
//  - users leaving CDKTF take `cdktf synth --hcl`: the example app's HCL output is valid Terraform.
// (The property suite's oracle, terraform/property.test.ts, validates thousands of generated
// resources in its own batched runs; the packaged consumer app, terraform/consumer.test.ts, runs in
// the build project against the installed tarball.)
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { ExampleStack } from "../../examples/example-stack";
import { MaintenanceWindowTask, validateMaintenanceWindowTask } from "../../lib";
import { normalize } from "../../lib/task/normalize";
import { renderTask } from "../../lib/task/render";
import { MaintenanceWindow } from "../../lib/window/maintenance-window";
import { renderWindow, renderWindowTarget } from "../../lib/window/render";
import { readWindow, readWindowTarget } from "../../lib/window/read";
import { validateMaintenanceWindow, validateMaintenanceWindowTarget } from "../../lib/window/pipeline";
import { DiagnosticSink } from "../../lib/core/diagnostics";
import { buildDir, generateModules } from "../../test-support/docs";
import { synthesizeBlock } from "../../test-support/docs-stacks";
import { automationBase, ROLE_ARN, runCommandBase, TOPIC_ARN, withRunCommand } from "../../test-support/fixtures";
import { ACCEPTANCE_CASES, acceptanceStack } from "../../test-support/hashicorp-acceptance";
import { batchStats, filesOf, jsonModule, lastInit, validateModules, type ModuleFiles, type ModuleResult } from "../../test-support/terraform-batch";
import { assertTerraform, removeDir } from "../../test-support/terraform";

jest.setTimeout(300_000);

const root = path.join(__dirname, "../..");
const WINDOW_ID = "mw-0123456789abcdef0";
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const window = (props: Record<string, unknown>) => ({ Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1, ...props });
const target = (props: Record<string, unknown>) => ({ ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }], ...props });

// ---- The contributions: each builds its configuration (a failure to build is that check's failure) ----

/** The example app's stack. */
function exampleApp(): ModuleFiles {
  const stack = new ExampleStack(Testing.app(), "example");
  const json = Testing.synth(stack, true);
  expect(Object.keys(JSON.parse(json).resource.aws_ssm_maintenance_window_task)).toHaveLength(5);
  return jsonModule(json);
}

/** A stack using MaintenanceWindow with every prop, every kind of window target and every task type. */
function windowStack(): ModuleFiles {
  const stack = new TerraformStack(Testing.app(), "window");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  const eu = new AwsProvider(stack, "eu", { region: "eu-west-1", alias: "eu" });
  const weekly = new MaintenanceWindow(stack, "Weekly", {
    Name: "weekly-patching",
    Description: "Patch every Sunday",
    Schedule: "cron(0 2 ? * SUN *)",
    ScheduleTimezone: "Europe/Berlin",
    Duration: 3,
    Cutoff: 1,
    AllowUnassociatedTargets: false,
    StartDate: "2030-01-01T00:00:00+01:00",
    EndDate: "2035-01-01T00:00:00+01:00",
    Enabled: true,
    Tags: [{ Key: "Team", Value: "ops" }],
  });
  const web = weekly.addTarget("Web", {
    ResourceType: "INSTANCE",
    Targets: [
      { Key: "tag:Role", Values: ["web"] },
      { Key: "tag-key", Values: ["Patch"] },
    ],
    Name: "web-servers",
    Description: "Instances tagged Role=web",
    OwnerInformation: "team-web",
  });
  const batch = weekly.addTarget("Batch", {
    ResourceType: "RESOURCE_GROUP",
    Targets: [
      { Key: "resource-groups:Name", Values: ["batch-workers"] },
      { Key: "resource-groups:ResourceTypeFilters", Values: ["AWS::EC2::Instance"] },
    ],
  });
  const ids = weekly.addTarget("Ids", { ResourceType: "INSTANCE", Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] });
  weekly.addTask("Patch", {
    TaskType: "RUN_COMMAND",
    TaskArn: "AWS-RunPatchBaseline",
    Priority: 1,
    Targets: [{ Key: "WindowTargetIds", Values: [web.id, batch.id, ids.id] }],
    MaxConcurrency: "10%",
    MaxErrors: "1",
    CutoffBehavior: "CANCEL_TASK",
    TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] }, TimeoutSeconds: 3600 } },
  });
  weekly.addTask("Restart", { TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 2 });
  weekly.addTask("Cleanup", { TaskType: "LAMBDA", TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup", Priority: 3, TaskInvocationParameters: { Lambda: { Payload: { dryRun: false } } } });
  weekly.addTask("Report", { TaskType: "STEP_FUNCTIONS", TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:report", Priority: 4 });
  const monthly = new MaintenanceWindow(stack, "Monthly", {
    Name: "monthly",
    Schedule: "cron(30 23 ? * TUE#3 *)",
    ScheduleOffset: 2,
    Duration: 24,
    Cutoff: 0,
    AllowUnassociatedTargets: true,
    Tags: { Team: "db" },
    provider: eu,
  });
  monthly.addTask("Uptime", {
    TaskType: "RUN_COMMAND",
    TaskArn: "AWS-RunShellScript",
    Priority: 1,
    Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
    MaxConcurrency: 1,
    MaxErrors: 0,
    TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
  });
  new MaintenanceWindow(stack, "Daily", { Name: "daily", Schedule: "rate(1 day)", Duration: 1, Cutoff: 0 });
  new MaintenanceWindow(stack, "Once", { Name: "once", Schedule: "at(2030-07-07T15:55:00)", Duration: 4, Cutoff: 1 });
  return jsonModule(Testing.synth(stack));
}

/** [name, props]: each expected to be rejected by terraform validate. */
const BAD_WINDOWS: [string, Record<string, unknown>][] = [
  ["offset_zero", window({ ScheduleOffset: 0 })],
  ["offset_seven", window({ ScheduleOffset: 7 })],
  ["duration_fraction", window({ Duration: 1.5 })],
];
const BAD_TARGETS: [string, Record<string, unknown>][] = [
  ["resource_type_enum", target({ ResourceType: "VM" })],
  ["name_space", target({ Name: "web servers" })],
  ["name_short", target({ Name: "ab" })],
  ["name_long", target({ Name: "n".repeat(129) })],
  ["description_short", target({ Description: "ab" })],
  ["description_long", target({ Description: "d".repeat(129) })],
  ["owner_empty", target({ OwnerInformation: "" })],
  ["owner_long", target({ OwnerInformation: "o".repeat(129) })],
  ["key_characters", target({ Targets: [{ Key: "tag:Role,Env", Values: ["web"] }] })],
  ["key_empty", target({ Targets: [{ Key: "", Values: ["web"] }] })],
  ["key_long", target({ Targets: [{ Key: `tag:${"k".repeat(160)}`, Values: ["web"] }] })],
  ["values_51", target({ Targets: [{ Key: "InstanceIds", Values: many(51, (i) => `i-${String(i).padStart(17, "0")}`) }] })],
  ["selectors_6", target({ Targets: many(6, (i) => ({ Key: `tag:T${i}`, Values: ["x"] })) })],
  ["selectors_0", target({ Targets: [] })],
];
/** Valid controls at the limits: terraform must accept them, so a failure above is about the bad value. */
const GOOD_WINDOWS: [string, Record<string, unknown>][] = [
  ["good_limits", window({ Name: "n".repeat(128), Description: "d".repeat(128), Duration: 24, Cutoff: 23, ScheduleOffset: 6 })],
  ["good_low", window({ Name: "abc", Description: "d", Duration: 1, Cutoff: 0, ScheduleOffset: 1, Tags: { ["k".repeat(128)]: "v".repeat(256) } })],
];
const GOOD_TARGETS: [string, Record<string, unknown>][] = [
  ["good_target_limits", target({ Name: "n".repeat(128), Description: "d".repeat(128), OwnerInformation: "o".repeat(128), Targets: many(5, (i) => ({ Key: `tag:${String(i).repeat(159)}`, Values: ["x"] })) })],
  ["good_target_low", target({ Name: "abc", Description: "abc", OwnerInformation: "o", Targets: [{ Key: "InstanceIds", Values: many(50, (i) => `i-${String(i).padStart(17, "0")}`) }] })],
];

/** Windows and window targets rendered WITHOUT our checks, straight into the provider bindings. */
function windowCorpus(): ModuleFiles {
  const stack = new TerraformStack(Testing.app(), "corpus");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  // Rendered WITHOUT our checks, straight into the provider bindings.
  for (const [name, props] of [...BAD_WINDOWS, ...GOOD_WINDOWS]) new SsmMaintenanceWindow(stack, name, renderWindow(readWindow(props, new DiagnosticSink())));
  for (const [name, props] of [...BAD_TARGETS, ...GOOD_TARGETS]) {
    new SsmMaintenanceWindowTarget(stack, name, renderWindowTarget(readWindowTarget(props, new DiagnosticSink()), WINDOW_ID));
  }
  return jsonModule(Testing.synth(stack));
}

/** [name, props] — each expected to be rejected by terraform validate. */
const BAD_TASKS: [string, Record<string, unknown>][] = [
  ["task_type_enum", { ...automationBase, TaskType: "SHELL" }],
  ["priority_negative", { ...automationBase, Priority: -1 }],
  ["max_concurrency_zero", { ...runCommandBase, MaxConcurrency: "0" }],
  ["max_concurrency_percent", { ...runCommandBase, MaxConcurrency: "101%" }],
  ["max_errors_leading_zero", { ...runCommandBase, MaxErrors: "01" }],
  ["name_space", { ...automationBase, Name: "my task" }],
  ["name_short", { ...automationBase, Name: "ab" }],
  ["description_long", { ...automationBase, Description: "d".repeat(129) }],
  ["service_role_not_arn", { ...automationBase, ServiceRoleArn: "MaintenanceRole" }],
  ["service_role_bad_account", { ...automationBase, ServiceRoleArn: "arn:aws:iam::12345:role/x" }],
  ["cutoff_enum", { ...automationBase, CutoffBehavior: "STOP" }],
  ["targets_six", { ...runCommandBase, Targets: many(6, () => runCommandBase.Targets[0]) }],
  ["target_values_51", { ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: many(51, (i) => `i-${String(i).padStart(17, "0")}`) }] }],
  ["comment_long", withRunCommand({ Comment: "c".repeat(101) })],
  ["document_hash_type_enum", withRunCommand({ DocumentHashType: "MD5" })],
  ["document_version_format", withRunCommand({ DocumentVersion: "latest" })],
  ["timeout_low", withRunCommand({ TimeoutSeconds: 29 })],
  ["timeout_high", withRunCommand({ TimeoutSeconds: 2592001 })],
  ["notification_arn_not_arn", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: "topic" } })],
  ["notification_events_enum", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["Sometimes"] } })],
  ["notification_type_enum", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationType: "Email" } })],
  ["run_command_role_not_arn", withRunCommand({ ServiceRoleArn: "publisher" })],
];

/** Valid controls: terraform must accept them, so a failure above is about the bad value. */
const GOOD_TASKS: [string, Record<string, unknown>][] = [
  ["good_run_command", withRunCommand({ Comment: "c".repeat(100), TimeoutSeconds: 30, DocumentVersion: "$LATEST", ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["All"], NotificationType: "Command" } })],
  ["good_automation", { ...automationBase, Priority: 0, Name: "abc", Description: "d".repeat(128), CutoffBehavior: "CANCEL_TASK", ServiceRoleArn: ROLE_ARN }],
  ["good_limits", { ...runCommandBase, MaxConcurrency: "100%", MaxErrors: "0%", Targets: many(5, () => ({ Key: "InstanceIds", Values: many(50, (i) => `i-${String(i).padStart(17, "0")}`) })) }],
];

/** Raw resource JSON for props, bypassing our validation (snake_case as Terraform JSON wants it). */
function rawResource(props: Record<string, unknown>): Record<string, unknown> {
  const config = renderTask(normalize(props).task);
  const snake = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(snake);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/[A-Z0-9]+/g, (m) => `_${m.toLowerCase()}`).replace("s_3", "s3"), snake(x)]));
    }
    return v;
  };
  return snake(config) as Record<string, unknown>;
}

/** Raw task resources for the task corpus, bypassing our validation. */
function taskCorpus(): ModuleFiles {
  const resources = Object.fromEntries([...BAD_TASKS, ...GOOD_TASKS].map(([name, props]) => [name, rawResource(props)]));
  const stack = {
    terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } },
    provider: { aws: [{ region: "us-east-1" }] },
    resource: { aws_ssm_maintenance_window_task: resources },
  };
  return jsonModule(stack);
}

/** Case name (module) → acceptance case, for the report. */
const caseNames = new Map<string, string>();
/** Cases whose stack constructed. */
const builtCases = new Set<string>();

/** Every HashiCorp acceptance case's stack (our task at the HCL's address), each a module of its own. */
function acceptance(): ModuleFiles {
  const files: ModuleFiles = {};
  const modules: Record<string, { source: string }> = {};
  ACCEPTANCE_CASES.forEach((c, i) => {
    let json: string;
    try {
      const { stack } = acceptanceStack("case");
      new MaintenanceWindowTask(stack, "test", c.build(stack));
      json = Testing.synth(stack);
    } catch {
      return; // reported by hashicorp-acceptance.test.ts's case test, and by "every case took part" below
    }
    const name = `case_${i}`;
    files[`${name}/main.tf.json`] = json;
    modules[name] = { source: `./${name}` };
    caseNames.set(name, c.config);
    builtCases.add(c.config);
  });
  files["main.tf.json"] = JSON.stringify({ module: modules });
  return files;
}

/** Module (example_N) → where the docs block is. */
const docsNames = new Map<string, string>();
let docsBlocks = 0;

/**
 * Every synthesizing docs example, each a module; without its backend and `import` blocks, which only
 * a root module may have (importFrom is exercised for real by the end-to-end suite).
 */
function docs(): ModuleFiles {
  const blocks = generateModules(buildDir("terraform")).filter((b) => !b.options["type-error"] && !b.options["expect-errors"]);
  docsBlocks = blocks.length;
  const files: ModuleFiles = {};
  const modules: Record<string, { source: string }> = {};
  blocks.forEach((block, i) => {
    const parsed = synthesizeBlock(block);
    delete parsed.terraform?.backend;
    delete parsed.import;
    // A root module's variables come from the user; as a module they would need a value in the call.
    for (const variable of Object.values(parsed.variable ?? {})) {
      if (!("default" in variable)) variable.default = null;
    }
    const name = `example_${i}`;
    files[`${name}/main.tf.json`] = JSON.stringify(parsed, null, 1);
    modules[name] = { source: `./${name}` };
    docsNames.set(name, `${block.file}:${block.line}`);
  });
  files["main.tf.json"] = JSON.stringify({ module: modules });
  return files;
}

let hcl = "";

/** `cdktf synth --hcl` of the example app: the stack directory's files. */
function hclStack(): ModuleFiles {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-hcl-"));
  try {
    execFileSync(path.join(root, "node_modules/.bin/cdktf"), ["synth", "--hcl", "--output", out], {
      cwd: root,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", LOCAL_AWS: "" },
      stdio: "pipe",
    });
    const stackDir = path.join(out, "stacks", "maintenance-window-tasks");
    hcl = fs.readFileSync(path.join(stackDir, "cdk.tf"), "utf8");
    return filesOf(stackDir);
  } finally {
    removeDir(out);
  }
}

const CONTRIBUTIONS: Record<string, () => ModuleFiles> = {
  example_app: exampleApp,
  window_stack: windowStack,
  window_corpus: windowCorpus,
  task_corpus: taskCorpus,
  acceptance,
  docs,
  hcl: hclStack,
};

const results = new Map<string, ModuleResult>();
const buildErrors = new Map<string, unknown>();

beforeAll(() => {
  assertTerraform();
  const modules: Record<string, ModuleFiles> = {};
  for (const [name, build] of Object.entries(CONTRIBUTIONS)) {
    try {
      modules[name] = build();
    } catch (error) {
      buildErrors.set(name, error);
    }
  }
  for (const [name, result] of validateModules(modules)) results.set(name, result);
});

/** The module's validate result; rethrows its build error. */
function resultOf(name: string): ModuleResult {
  if (buildErrors.has(name)) throw buildErrors.get(name);
  const result = results.get(name);
  if (!result) throw new Error(`no terraform result for ${name}`);
  return result;
}

// ---- The checks ----------------------------------------------------------------------------------

test("the example stack passes terraform validate", () => {
  const result = resultOf("example_app");
  expect(result.diagnostics).toEqual([]);
  expect(result.valid).toBe(true);
});

test("a stack using MaintenanceWindow passes terraform validate", () => {
  const result = resultOf("window_stack");
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.valid).toBe(true);
});

test("every window and window target input terraform validate rejects, our validator rejects first", () => {
  const result = resultOf("window_corpus");
  const rejected = new Set(
    result.diagnostics
      .filter((d) => d.severity === "error")
      // Schema errors carry an address; block-count errors only a snippet context.
      .map((d) => /(aws_ssm_maintenance_window(?:_target)?)\.([a-z0-9_]+)/.exec(d.address || d.snippet?.context || "")?.slice(1).join(".") ?? "?"),
  );
  const bad = [...BAD_WINDOWS.map(([n]) => `aws_ssm_maintenance_window.${n}`), ...BAD_TARGETS.map(([n]) => `aws_ssm_maintenance_window_target.${n}`)];
  // Terraform rejects exactly the bad inputs ...
  expect([...rejected].sort()).toEqual(bad.sort());
  // ... and our validator reports an error for each of them, before terraform ever runs.
  for (const [name, props] of BAD_WINDOWS) {
    expect({ name, errors: validateMaintenanceWindow(props).some((d) => d.level === "error") }).toEqual({ name, errors: true });
  }
  for (const [name, props] of BAD_TARGETS) {
    expect({ name, errors: validateMaintenanceWindowTarget(props).some((d) => d.level === "error") }).toEqual({ name, errors: true });
  }
  for (const [name, props] of [...GOOD_WINDOWS]) expect({ name, diagnostics: validateMaintenanceWindow(props) }).toEqual({ name, diagnostics: [] });
  for (const [name, props] of [...GOOD_TARGETS]) expect({ name, diagnostics: validateMaintenanceWindowTarget(props) }).toEqual({ name, diagnostics: [] });
});

test("every input terraform validate rejects, our validator rejects first", () => {
  const result = resultOf("task_corpus");
  const rejected = new Set(
    result.diagnostics
      .filter((d) => d.severity === "error")
      // Schema errors carry an address; block-count errors only a snippet context.
      .map((d) => /aws_ssm_maintenance_window_task\.([a-z0-9_]+)/.exec(d.address || d.snippet?.context || "")?.[1] ?? "?"),
  );

  // Terraform rejects exactly the bad inputs (proves each corpus entry really is bad for terraform).
  expect([...rejected].sort()).toEqual(BAD_TASKS.map(([name]) => name).sort());
  // ... and our validator reports an error for each of them, before terraform ever runs.
  for (const [name, props] of BAD_TASKS) {
    const errors = validateMaintenanceWindowTask(props).filter((d) => d.level === "error");
    expect({ name, errors: errors.length > 0 }).toEqual({ name, errors: true });
  }
  for (const [name, props] of GOOD_TASKS) {
    expect({ name, diagnostics: validateMaintenanceWindowTask(props) }).toEqual({ name, diagnostics: [] });
  }
});

test("every case's stack passes one terraform validate (hashicorp/aws 5.100.0)", () => {
  const result = resultOf("acceptance");
  const problems = result.diagnostics
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => `${d.severity} ${caseNames.get(/module\.(case_\d+)/.exec(d.address ?? d.snippet?.context ?? "")?.[1] ?? "") ?? "?"}: ${d.summary} ${d.detail ?? ""}`);
  expect(problems).toEqual([]);
  expect(result.valid).toBe(true);
  // Every case took part (a case that failed to construct is missing from the run).
  expect(ACCEPTANCE_CASES.filter((c) => !builtCases.has(c.config)).map((c) => c.config)).toEqual([]);
});

test("every synthesizing docs example passes terraform validate", () => {
  const result = resultOf("docs");
  expect(docsBlocks).toBeGreaterThan(20);
  const errors = result.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => `${docsNames.get(/module\.(example_\d+)/.exec(d.address ?? d.snippet?.context ?? "")?.[1] ?? "") ?? "?"}: ${d.summary} ${d.detail ?? ""}`);
  expect(errors).toEqual([]);
  expect(result.valid).toBe(true);
});

test("cdktf synth --hcl of the example app passes terraform validate", () => {
  const result = resultOf("hcl");
  expect(hcl).toMatch(/resource "aws_ssm_maintenance_window_task" "window_basicMaintenanceTask_[0-9A-F]{8}"/);
  expect(hcl).toMatch(/task_invocation_parameters \{/);
  // terraform init of the root holding it (and the others) printed nothing to stderr.
  expect(lastInit.stderr).toBe("");
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.valid).toBe(true);
});

test("every configuration above was judged by one terraform validate of one root (the sentinel module was validated)", () => {
  expect([...buildErrors.keys()]).toEqual([]);
  expect(batchStats).toEqual({ validateRuns: 1, modules: Object.keys(CONTRIBUTIONS).length });
});
