// The reverse mappings against the forward ones, on the same cases: props → Terraform config (our
// construct's resource) → props (taskPropsFromTerraform) → config again gives the same config, the
// props read back are a fixed point, and props already in the canonical spelling (the API's short
// keys, strings for MaxConcurrency/MaxErrors, JSON as text) come back exactly. Generated valid tasks
// of all four types (the property suite's arbitraries), and fixed cases; the same for the window
// and its targets.
import { TerraformStack, Testing } from "cdktf";
import * as fc from "fast-check";
import { MaintenanceWindow, MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../../lib";
import { taskPropsFromTerraform } from "../../lib/task/from-terraform";
import { checkTask } from "../../lib/task/pipeline";
import { CHECKED_RESOURCES } from "../../lib/checks/judge";
import { windowPropsFromTerraform, windowTargetPropsFromTerraform } from "../../lib/window/from-terraform";
import { anyValidTask, type Props } from "../../test-support/property/arbitraries";
import { timeoutMs } from "../../test-support/property/config";
import { expectHolds, property, runProperties, type PropertySpec } from "../../test-support/property/runner";

/** The Terraform body of a construct's resource, as `toTerraform()` gives it (metadata left out). */
function bodyOf(resource: { toTerraform(): unknown; terraformResourceType: string }): Record<string, unknown> {
  const config = resource.toTerraform() as { resource: Record<string, Record<string, Record<string, unknown>>> };
  const { "//": _, ...body } = Object.values(config.resource[resource.terraformResourceType])[0];
  return JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
}

/** Forward: props → our construct's Terraform body. */
function forward(props: unknown): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), "s");
  return bodyOf(new MaintenanceWindowTask(stack, "T", props as MaintenanceWindowTaskProps));
}

const roundTrip: PropertySpec<Props> = {
  name: "forward then reverse gives the task back: same config, a fixed point, no new finding",
  arb: anyValidTask,
  ciRuns: 300,
  judge: (props) => {
    const config = forward(props);
    const back = taskPropsFromTerraform(config);
    const again = forward(back);
    if (JSON.stringify(again) !== JSON.stringify(config)) return { tag: "fails", failure: { kind: "config differs", detail: `${JSON.stringify(config)}\n≠\n${JSON.stringify(again)}` } };
    const twice = taskPropsFromTerraform(again);
    if (JSON.stringify(twice) !== JSON.stringify(back)) return { tag: "fails", failure: { kind: "props not a fixed point", detail: `${JSON.stringify(back)}\n≠\n${JSON.stringify(twice)}` } };
    const errors = checkTask(back).diagnostics.filter((d) => d.level === "error");
    if (errors.length > 0) return { tag: "fails", failure: { kind: "errors after reverse", detail: JSON.stringify(errors) } };
    return { tag: "round trip holds" };
  },
};

test(roundTrip.name, () => {
  const [report] = runProperties([property(roundTrip)]);
  expectHolds(report);
}, timeoutMs());

const WINDOW_ID = "mw-0123456789abcdef0";

describe.each<[string, Record<string, unknown>]>([
  [
    "run command, every field",
    {
      WindowId: WINDOW_ID, TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND", Priority: 3, MaxConcurrency: "10%", MaxErrors: "1",
      Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }], ServiceRoleArn: "arn:aws:iam::123456789012:role/mw", CutoffBehavior: "CANCEL_TASK",
      Name: "patch", Description: "nightly",
      TaskInvocationParameters: {
        RunCommand: {
          Comment: "c", DocumentHash: "a".repeat(64), DocumentHashType: "Sha256", DocumentVersion: "$LATEST", OutputS3BucketName: "logs", OutputS3KeyPrefix: "mw/",
          ServiceRoleArn: "arn:aws:iam::123456789012:role/notify", TimeoutSeconds: 600,
          CloudWatchOutputConfig: { CloudWatchLogGroupName: "/mw", CloudWatchOutputEnabled: true },
          NotificationConfig: { NotificationArn: "arn:aws:sns:us-east-1:123456789012:t", NotificationEvents: ["Failed"], NotificationType: "Command" },
          Parameters: { commands: ["echo $${HOME}", "uptime"], workingDirectory: ["/tmp"] },
        },
      },
    },
  ],
  [
    "automation",
    { WindowId: WINDOW_ID, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 0, TaskInvocationParameters: { Automation: { DocumentVersion: "2", Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } } },
  ],
  [
    "lambda",
    { WindowId: WINDOW_ID, TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:f", TaskType: "LAMBDA", TaskInvocationParameters: { Lambda: { ClientContext: "e30=", Payload: '{"a":1}', Qualifier: "prod" } } },
  ],
  [
    "step functions",
    { WindowId: WINDOW_ID, TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:m", TaskType: "STEP_FUNCTIONS", TaskInvocationParameters: { StepFunctions: { Input: '{"b":[1,2]}', Name: "run" } } },
  ],
  ["no invocation block", { WindowId: WINDOW_ID, TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:f", TaskType: "LAMBDA" }],
])("fixed case: %s", (_, props) => {
  test("reverse(forward(props)) is the props, exactly", () => {
    expect(taskPropsFromTerraform(forward(props))).toEqual(props);
  });
});

test("other spellings come back in the canonical one: long keys, numbers, objects as JSON text, deprecated fields", () => {
  const props = {
    WindowId: WINDOW_ID, TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND", MaxConcurrency: 2, MaxErrors: 0,
    Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
    LoggingInfo: { S3Bucket: "logs", Region: "us-east-1", S3Prefix: "p/" }, TaskParameters: { commands: { Values: ["uptime"] } },
    acknowledgeWarnings: ["LoggingInfoDeprecated", "TaskParametersDeprecated", "LoggingInfoRegionDropped"],
  };
  expect(taskPropsFromTerraform(forward(props))).toEqual({
    WindowId: WINDOW_ID, TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND", MaxConcurrency: "2", MaxErrors: "0",
    Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
    TaskInvocationParameters: { RunCommand: { OutputS3BucketName: "logs", OutputS3KeyPrefix: "p/", Parameters: { commands: ["uptime"] } } },
  });
  const lambda = { WindowId: WINDOW_ID, TaskArn: "f", TaskType: "LAMBDA", TaskInvocationParameters: { MaintenanceWindowLambdaParameters: { Payload: { z: 1, a: [true] } } } };
  expect(taskPropsFromTerraform(forward(lambda))).toEqual({ WindowId: WINDOW_ID, TaskArn: "f", TaskType: "LAMBDA", TaskInvocationParameters: { Lambda: { Payload: '{"a":[true],"z":1}' } } });
});

test("window and target: reverse(forward(props)) is the props", () => {
  const stack = new TerraformStack(Testing.app(), "w");
  const windowProps = {
    Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1, AllowUnassociatedTargets: true, Description: "d", ScheduleTimezone: "Europe/Berlin",
    ScheduleOffset: 2, StartDate: "2030-01-01T00:00:00Z", EndDate: "2031-01-01T00:00:00Z", Enabled: false, Tags: { team: "ops" },
  };
  const targetProps = { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web", "api"] }], Name: "web", Description: "web tier", OwnerInformation: "o" } as const;
  const window = new MaintenanceWindow(stack, "W", windowProps);
  const target = window.addTarget("T", targetProps);
  expect(windowPropsFromTerraform(bodyOf(window.resource))).toEqual(windowProps);
  expect(windowTargetPropsFromTerraform(bodyOf(target))).toEqual(targetProps);
  // Tags given as a list come back as the map Terraform holds.
  const listTags = new MaintenanceWindow(stack, "L", { ...windowProps, Tags: [{ Key: "team", Value: "ops" }] });
  expect(windowPropsFromTerraform(bodyOf(listTags.resource)).Tags).toEqual({ team: "ops" });
});

// Window and target props without rendering quirks (tags as a map, as Terraform holds them).
const windowProps = fc
  .record(
    {
      Name: fc.stringMatching(/^[a-zA-Z0-9_.-]{3,128}$/),
      Schedule: fc.constantFrom("cron(0 2 ? * SUN *)", "rate(7 days)", "cron(30 4 ? * MON-FRI *)"),
      Duration: fc.integer({ min: 2, max: 24 }),
      AllowUnassociatedTargets: fc.boolean(),
      Description: fc.stringMatching(/^[a-zA-Z0-9 ]{3,100}$/),
      ScheduleTimezone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York"),
      Enabled: fc.boolean(),
      Tags: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,20}$/), fc.stringMatching(/^[a-z0-9 ]{0,20}$/), { maxKeys: 3 }),
    },
    { requiredKeys: ["Name", "Schedule", "Duration"] },
  )
  .chain((w) => fc.integer({ min: 0, max: w.Duration - 1 }).map((Cutoff) => ({ ...w, Cutoff })));
const targetProps = fc.record(
  {
    ResourceType: fc.constant("INSTANCE"),
    Targets: fc.array(fc.record({ Key: fc.constantFrom("tag:Role", "tag-key", "InstanceIds"), Values: fc.array(fc.stringMatching(/^i-[0-9a-f]{17}$/), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 5 }),
    Name: fc.stringMatching(/^[a-zA-Z0-9_.-]{3,128}$/),
    OwnerInformation: fc.stringMatching(/^[a-zA-Z0-9 ]{1,100}$/),
  },
  { requiredKeys: ["ResourceType", "Targets"] },
);

test("window and target, generated: reverse(forward(props)) is the props", () => {
  fc.assert(
    fc.property(windowProps, targetProps, (w, t) => {
      const stack = new TerraformStack(Testing.app(), "w");
      const window = new MaintenanceWindow(stack, "W", w);
      const target = window.addTarget("T", t as never);
      expect(windowPropsFromTerraform(bodyOf(window.resource))).toEqual(w);
      expect(windowTargetPropsFromTerraform(bodyOf(target))).toEqual(t);
    }),
    { seed: 20251111, numRuns: 100 },
  );
});

test("HCL's list-wrapped blocks read as the object form", () => {
  const hclShape = {
    window_id: WINDOW_ID, task_arn: "AWS-RestartEC2Instance", task_type: "AUTOMATION",
    task_invocation_parameters: [{ automation_parameters: [{ document_version: "1", parameter: [{ name: "InstanceId", values: ["i-1"] }] }] }],
  };
  expect(taskPropsFromTerraform(hclShape)).toEqual({
    WindowId: WINDOW_ID, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION",
    TaskInvocationParameters: { Automation: { DocumentVersion: "1", Parameters: { InstanceId: ["i-1"] } } },
  });
});

test("an attribute we do not know keeps its Terraform name, so the reader names it (check says it in Terraform's terms)", () => {
  const props = taskPropsFromTerraform({ window_id: WINDOW_ID, task_arn: "f", task_type: "LAMBDA", prority: 1 });
  const diagnostics = checkTask(props).diagnostics;
  expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["UnknownProperty", "prority"]]);
  const body = { window_id: WINDOW_ID, task_arn: "f", task_type: "LAMBDA", prority: 1, task_invocation_parameters: { lambda_parameters: { qualifer: "x" } } };
  expect(CHECKED_RESOURCES.aws_ssm_maintenance_window_task.check(body, []).map((d) => d.message)).toEqual([
    '"prority" is not an argument of aws_ssm_maintenance_window_task: terraform validate rejects it (Unsupported argument). Did you mean "priority"? Rename it, or remove it.',
    '"qualifer" is not an argument of aws_ssm_maintenance_window_task in task_invocation_parameters.lambda_parameters: terraform validate rejects it (Unsupported argument). Did you mean "qualifier"? Rename it, or remove it.',
  ]);
  expect(CHECKED_RESOURCES.aws_ssm_maintenance_window.check({ name: "w", schedule: "rate(7 days)", duration: 2, cutof: 1 }, []).map((d) => [d.code, d.message])).toContainEqual([
    "WindowUnknownProperty",
    '"cutof" is not an argument of aws_ssm_maintenance_window: terraform validate rejects it (Unsupported argument). Did you mean "cutoff"? Rename it, or remove it.',
  ]);
});

test("values are converted as Terraform converts them: quoted numbers and booleans, numbers in string attributes", () => {
  const task = taskPropsFromTerraform({
    window_id: WINDOW_ID, task_arn: "AWS-RunShellScript", task_type: "RUN_COMMAND", priority: "2", max_concurrency: 1, max_errors: 0, name: 123,
    targets: [{ key: "InstanceIds", values: ["i-0123456789abcdef0"] }],
    task_invocation_parameters: { run_command_parameters: { timeout_seconds: "60", cloudwatch_config: { cloudwatch_output_enabled: "true" }, parameter: [{ name: "commands", values: [1, true] }] } },
  });
  expect(task).toMatchObject({ Priority: 2, MaxConcurrency: "1", MaxErrors: "0", Name: "123" });
  expect(task.TaskInvocationParameters).toEqual({ RunCommand: { TimeoutSeconds: 60, CloudWatchOutputConfig: { CloudWatchOutputEnabled: true }, Parameters: { commands: ["1", "true"] } } });
  expect(checkTask(task).diagnostics.filter((d) => d.level === "error")).toEqual([]);
  const window = windowPropsFromTerraform({ name: "w", schedule: "rate(7 days)", duration: "3", cutoff: "1", enabled: "false", tags: { n: 1 } });
  expect(window).toEqual({ Name: "w", Schedule: "rate(7 days)", Duration: 3, Cutoff: 1, Enabled: false, Tags: { n: "1" } });
});

test("a string Terraform cannot convert stays, and is the reader's type error", () => {
  const props = taskPropsFromTerraform({ window_id: WINDOW_ID, task_arn: "f", task_type: "LAMBDA", priority: "high" });
  expect(checkTask(props).diagnostics.map((d) => [d.code, d.path])).toEqual([["TypeMismatch", "Priority"]]);
});
