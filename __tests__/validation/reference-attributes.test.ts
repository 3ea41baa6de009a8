// Reference checks: a token that refers to the wrong resource type or attribute (WindowId:
// window.name, OutputS3BucketName: bucket.arn, …) is caught at synth; right references, variables,
// locals, data sources of the right type and references we cannot interpret get no diagnostic.
import { Fn, TerraformLocal, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamRole } from "@cdktf/provider-aws/lib/data-aws-iam-role";
import { DataAwsInstances } from "@cdktf/provider-aws/lib/data-aws-instances";
import { DataAwsSsmDocument } from "@cdktf/provider-aws/lib/data-aws-ssm-document";
import { DataAwsSsmParameter } from "@cdktf/provider-aws/lib/data-aws-ssm-parameter";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SfnActivity } from "@cdktf/provider-aws/lib/sfn-activity";
import { SfnStateMachine } from "@cdktf/provider-aws/lib/sfn-state-machine";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { MaintenanceWindow, MaintenanceWindowTask, validateMaintenanceWindowTask } from "../../lib";
import { warningsOf } from "../../test-support/synth";

function world() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "refs");
  const window = new SsmMaintenanceWindow(stack, "weekly", { name: "weekly", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
  const windowTarget = new SsmMaintenanceWindowTarget(stack, "web", { windowId: window.id, resourceType: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }] });
  const role = new IamRole(stack, "role", { name: "mw", assumeRolePolicy: "{}" });
  const bucket = new S3Bucket(stack, "logs", { bucketPrefix: "logs-" });
  const topic = new SnsTopic(stack, "topic", { name: "mw" });
  const logGroup = new CloudwatchLogGroup(stack, "output", { name: "/mw/output" });
  const instance = new Instance(stack, "host", { ami: "ami-12345678", instanceType: "t3.micro" });
  const fn = new LambdaFunction(stack, "cleanup", { functionName: "cleanup", role: "arn:aws:iam::123456789012:role/l", handler: "index.handler", runtime: "nodejs20.x", filename: "f.zip" });
  const machine = new SfnStateMachine(stack, "nightly", { name: "nightly", roleArn: "arn:aws:iam::123456789012:role/s", definition: "{}" });
  const document = new SsmDocument(stack, "doc", { name: "my-doc", documentType: "Command", content: "{}" });
  return { app, stack, window, windowTarget, role, bucket, topic, logGroup, instance, fn, machine, document };
}

type World = ReturnType<typeof world>;

/** Valid RUN_COMMAND props wired to the world's resources, with overrides. */
function runCommand(w: World, overrides: Record<string, unknown> = {}, runCommandBlock: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    WindowId: w.window.id,
    TaskArn: "AWS-RunShellScript",
    TaskType: "RUN_COMMAND",
    Priority: 1,
    Targets: [{ Key: "WindowTargetIds", Values: [w.windowTarget.id] }],
    MaxConcurrency: "1",
    MaxErrors: "0",
    TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] }, ...runCommandBlock } },
    ...overrides,
  };
}

function findings(props: Record<string, unknown>): string[] {
  return validateMaintenanceWindowTask(props).map((d) => `${d.level} ${d.code} ${d.path}`);
}

describe("the mistakes from the issue", () => {
  test("WindowId: window.name → the window's id", () => {
    const w = world();
    const [d, ...rest] = validateMaintenanceWindowTask(runCommand(w, { WindowId: w.window.name }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "ReferenceWrongAttribute", level: "error", path: "WindowId" });
    expect(d.message).toContain("aws_ssm_maintenance_window.weekly.name");
    expect(d.message).toContain('"id"');
    expect(d.message).toContain("aws_ssm_maintenance_window.weekly.id");
  });

  test("WindowTargetIds: [window.id] → a window target's id", () => {
    const w = world();
    const diagnostics = validateMaintenanceWindowTask(runCommand(w, { Targets: [{ Key: "WindowTargetIds", Values: [w.window.id] }] }));
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["ReferenceWrongResource", "Targets[0].Values[0]"]]);
    expect(diagnostics[0].message).toContain("TaskTargets.windowTargets");
  });

  test("InstanceIds: [windowTarget.id] → an instance id", () => {
    const w = world();
    const diagnostics = validateMaintenanceWindowTask(runCommand(w, { Targets: [{ Key: "InstanceIds", Values: [w.instance.id, w.windowTarget.id] }] }));
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["ReferenceWrongResource", "Targets[0].Values[1]"]]);
    expect(diagnostics[0].message).toContain('Key "WindowTargetIds"');
  });

  test("OutputS3BucketName: bucket.arn → the bucket's name", () => {
    const w = world();
    const diagnostics = validateMaintenanceWindowTask(runCommand(w, {}, { OutputS3BucketName: w.bucket.arn }));
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["ReferenceWrongAttribute", "TaskInvocationParameters.RunCommand.OutputS3BucketName"]]);
    expect(diagnostics[0].message).toContain(".bucket (aws_s3_bucket.logs.bucket)");
  });

  test("ServiceRoleArn: role.name → the role's ARN (task and Run Command)", () => {
    const w = world();
    expect(findings(runCommand(w, { ServiceRoleArn: w.role.name }, { ServiceRoleArn: w.role.id }))).toEqual([
      "error ReferenceWrongAttribute ServiceRoleArn",
      "error ReferenceWrongAttribute TaskInvocationParameters.RunCommand.ServiceRoleArn",
    ]);
  });

  test("the construct reports them as errors: the stack does not synthesize", () => {
    const w = world();
    // Whether the construct throws at once or when the app synthesizes, the error lists every code.
    const build = () => {
      new MaintenanceWindowTask(w.stack, "Task", runCommand(w, { WindowId: w.window.name, ServiceRoleArn: w.role.name }, { OutputS3BucketName: w.bucket.arn }) as never);
      Testing.synth(w.stack);
    };
    expect(build).toThrow(/\[ReferenceWrongAttribute\] WindowId[\s\S]*\[ReferenceWrongAttribute\] ServiceRoleArn[\s\S]*\[ReferenceWrongAttribute\] TaskInvocationParameters\.RunCommand\.OutputS3BucketName/);
  });
});

describe("each field's references", () => {
  test("right references get no diagnostic", () => {
    const w = world();
    const props = runCommand(
      w,
      { ServiceRoleArn: w.role.arn },
      {
        ServiceRoleArn: w.role.arn,
        OutputS3BucketName: w.bucket.bucket,
        NotificationConfig: { NotificationArn: w.topic.arn, NotificationEvents: ["Failed"] },
        CloudWatchOutputConfig: { CloudWatchOutputEnabled: true, CloudWatchLogGroupName: w.logGroup.name },
      },
    );
    expect(findings(props)).toEqual([]);
    expect(findings(runCommand(w, { Targets: [{ Key: "InstanceIds", Values: [w.instance.id] }] }, { OutputS3BucketName: w.bucket.id, NotificationConfig: { NotificationArn: w.topic.id }, ServiceRoleArn: w.role.arn }))).toEqual([]);
    expect(findings(runCommand(w, { TaskArn: w.document.name }))).toEqual([]);
    expect(findings(runCommand(w, { TaskArn: w.document.arn }))).toEqual([]);
  });

  test("attributes that carry the right value on other resources (a window target's window_id)", () => {
    const w = world();
    expect(findings(runCommand(w, { WindowId: w.windowTarget.windowId }))).toEqual([]);
  });

  test("a topic's name, another resource's ARN and a log group's ARN", () => {
    const w = world();
    const queue = new SqsQueue(w.stack, "queue", {});
    expect(findings(runCommand(w, {}, { NotificationConfig: { NotificationArn: w.topic.name }, ServiceRoleArn: w.role.arn }))).toEqual([
      "error ReferenceWrongAttribute TaskInvocationParameters.RunCommand.NotificationConfig.NotificationArn",
    ]);
    expect(findings(runCommand(w, {}, { NotificationConfig: { NotificationArn: queue.arn }, ServiceRoleArn: w.role.arn }))).toEqual([
      "warning ReferenceUnexpectedResource TaskInvocationParameters.RunCommand.NotificationConfig.NotificationArn",
    ]);
    expect(findings(runCommand(w, {}, { CloudWatchOutputConfig: { CloudWatchOutputEnabled: true, CloudWatchLogGroupName: w.logGroup.arn } }))).toEqual([
      "error ReferenceWrongAttribute TaskInvocationParameters.RunCommand.CloudWatchOutputConfig.CloudWatchLogGroupName",
    ]);
  });

  test("an instance profile's ARN is not a role ARN", () => {
    const w = world();
    const profile = new IamInstanceProfile(w.stack, "profile", { role: w.role.name });
    const [d] = validateMaintenanceWindowTask(runCommand(w, { ServiceRoleArn: profile.arn }));
    expect(d).toMatchObject({ code: "ReferenceWrongResource", path: "ServiceRoleArn" });
    expect(d.message).toContain("an IAM instance profile");
  });

  test("TaskArn per task type", () => {
    const w = world();
    const lambda = { WindowId: w.window.id, TaskType: "LAMBDA", Priority: 1 };
    const sfn = { WindowId: w.window.id, TaskType: "STEP_FUNCTIONS", Priority: 1 };
    expect(findings({ ...lambda, TaskArn: w.fn.arn })).toEqual([]);
    expect(findings({ ...lambda, TaskArn: w.fn.functionName })).toEqual([]);
    expect(findings({ ...lambda, TaskArn: w.fn.qualifiedArn })).toEqual([]);
    expect(findings({ ...lambda, TaskArn: w.fn.invokeArn })).toEqual(["error ReferenceWrongAttribute TaskArn"]);
    expect(findings({ ...lambda, TaskArn: w.machine.arn })).toEqual(["error ReferenceWrongResource TaskArn"]);
    expect(findings({ ...sfn, TaskArn: w.machine.arn })).toEqual([]);
    expect(findings({ ...sfn, TaskArn: w.machine.id })).toEqual([]);
    expect(findings({ ...sfn, TaskArn: w.machine.name })).toEqual(["error ReferenceWrongAttribute TaskArn"]);
    const activity = new SfnActivity(w.stack, "activity", { name: "a" });
    expect(findings({ ...sfn, TaskArn: activity.id })).toEqual(["warning ReferenceUnexpectedResource TaskArn"]);
    expect(findings(runCommand(w, { TaskArn: w.fn.arn }))).toEqual(["error ReferenceWrongResource TaskArn"]);
    expect(findings(runCommand(w, { TaskArn: w.document.documentVersion }))).toEqual(["error ReferenceWrongAttribute TaskArn"]);
  });

  test("deprecated LoggingInfo.S3Bucket is a bucket name too", () => {
    const w = world();
    const props = { ...runCommand(w), TaskInvocationParameters: undefined, LoggingInfo: { S3Bucket: w.bucket.arn, Region: "us-east-1" } };
    expect(findings(props).filter((f) => f.includes("Reference"))).toEqual(["error ReferenceWrongAttribute LoggingInfo.S3Bucket"]);
  });

  test("a list token of the wrong resource as Values", () => {
    const w = world();
    const all = new DataAwsInstances(w.stack, "all", {});
    expect(findings(runCommand(w, { Targets: [{ Key: "InstanceIds", Values: all.ids }] }))).toEqual([]);
    expect(findings(runCommand(w, { Targets: [{ Key: "WindowTargetIds", Values: all.ids }] }))).toEqual(["error ReferenceWrongResource Targets[0].Values"]);
  });
});

describe("what is never judged", () => {
  test("variables, locals, function calls, interpolated strings, value carriers and data sources of the right type", () => {
    const w = world();
    const windowId = new TerraformVariable(w.stack, "window_id", { type: "string" });
    const roleArn = new TerraformLocal(w.stack, "role_arn", "arn:aws:iam::123456789012:role/x");
    const stored = new DataAwsSsmParameter(w.stack, "stored", { name: "/mw/window-id" });
    const existing = new DataAwsIamRole(w.stack, "existing", { name: "ops" });
    const doc = new DataAwsSsmDocument(w.stack, "shell", { name: "AWS-RunShellScript" });
    expect(findings(runCommand(w, { WindowId: windowId.stringValue, ServiceRoleArn: roleArn.asString }))).toEqual([]);
    expect(findings(runCommand(w, { WindowId: stored.value, ServiceRoleArn: existing.arn, TaskArn: doc.name }))).toEqual([]);
    expect(findings(runCommand(w, { WindowId: Fn.lower(w.window.name) }, { OutputS3BucketName: `${w.bucket.bucket}-copy` }))).toEqual([]);
  });

  test("a data source of the right type with the wrong attribute is still caught", () => {
    const w = world();
    const existing = new DataAwsIamRole(w.stack, "existing", { name: "ops" });
    const [d] = validateMaintenanceWindowTask(runCommand(w, { ServiceRoleArn: existing.name }));
    expect(d).toMatchObject({ code: "ReferenceWrongAttribute", path: "ServiceRoleArn" });
    expect(d.message).toContain("data.aws_iam_role.existing.arn");
  });

  test("constructs are replaced by their right attribute first (MaintenanceWindow, IamRole, SnsTopic)", () => {
    const w = world();
    const mw = new MaintenanceWindow(w.stack, "Nightly", { Name: "nightly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1 });
    expect(findings(runCommand(w, { WindowId: mw, ServiceRoleArn: w.role }, { NotificationConfig: { NotificationArn: w.topic }, ServiceRoleArn: w.role }))).toEqual([]);
  });

  test("a reference to a resource in another stack", () => {
    const w = world();
    const other = new TerraformStack(w.app, "other");
    new MaintenanceWindowTask(other, "Task", runCommand(w) as never);
    expect(warningsOf(other)).toEqual([]);
    const wrong = new TerraformStack(w.app, "wrong");
    expect(() => {
      new MaintenanceWindowTask(wrong, "Wrong", runCommand(w, { WindowId: w.window.name }) as never);
      Testing.synth(wrong);
    }).toThrow(/ReferenceWrongAttribute/);
  });
});
