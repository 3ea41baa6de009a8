// MaintenanceWindow against the real provider (hashicorp/aws 5.100.0): a stack using every prop,
// every kind of window target and every task type passes `terraform validate`; and every window or
// window target input that `terraform validate` rejects, our validator rejects first.
import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { MaintenanceWindow } from "../../lib/window/maintenance-window";
import { renderWindow, renderWindowTarget } from "../../lib/window/render";
import { readWindow, readWindowTarget, validateMaintenanceWindow, validateMaintenanceWindowTarget } from "../../lib/window/validate";
import { DiagnosticSink } from "../../lib/core/diagnostics";
import { assertTerraform, removeDir, validateStack } from "../../test-support/terraform";

const WINDOW_ID = "mw-0123456789abcdef0";
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const window = (props: Record<string, unknown>) => ({ Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1, ...props });
const target = (props: Record<string, unknown>) => ({ ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }], ...props });

test("a stack using MaintenanceWindow passes terraform validate", () => {
  assertTerraform();
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

  const result = validateStack(Testing.synth(stack));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.valid).toBe(true);
  removeDir(result.dir);
});

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

test("every window and window target input terraform validate rejects, our validator rejects first", () => {
  assertTerraform();
  const stack = new TerraformStack(Testing.app(), "corpus");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  // Rendered WITHOUT our checks, straight into the provider bindings.
  for (const [name, props] of [...BAD_WINDOWS, ...GOOD_WINDOWS]) new SsmMaintenanceWindow(stack, name, renderWindow(readWindow(props, new DiagnosticSink())));
  for (const [name, props] of [...BAD_TARGETS, ...GOOD_TARGETS]) {
    new SsmMaintenanceWindowTarget(stack, name, renderWindowTarget(readWindowTarget(props, new DiagnosticSink()), WINDOW_ID));
  }
  const result = validateStack(Testing.synth(stack));
  removeDir(result.dir);
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
