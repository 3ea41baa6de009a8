import { Fn, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { MaintenanceWindowTask, MaintenanceWindowTaskValidationError, type MaintenanceWindowTaskProps } from "../lib";
import AWS from "../lib/aws/control";
import { newStack, synthJson, synthTask, taskResources, TARGET_ID, WINDOW_ID, warningsOf } from "../test-support/synth";

const targets = [{ Key: "WindowTargetIds" as const, Values: [TARGET_ID] }];

describe("synthesized resource per task type", () => {
  test("RUN_COMMAND with every Run Command field", () => {
    const resource = synthTask({
      WindowId: WINDOW_ID,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 1,
      Name: "patch-web",
      Description: "Patch the web fleet",
      ServiceRoleArn: "arn:aws:iam::123456789012:role/mw-role",
      CutoffBehavior: "CANCEL_TASK",
      Targets: targets,
      MaxConcurrency: 2,
      MaxErrors: 0,
      TaskInvocationParameters: {
        RunCommand: {
          Comment: "patch",
          DocumentHash: "abc",
          DocumentHashType: "Sha256",
          DocumentVersion: "$LATEST",
          TimeoutSeconds: 600,
          OutputS3BucketName: "my-logs",
          OutputS3KeyPrefix: "runs/",
          ServiceRoleArn: "arn:aws:iam::123456789012:role/sns-publisher",
          CloudWatchOutputConfig: { CloudWatchLogGroupName: "/mw/patch", CloudWatchOutputEnabled: true },
          NotificationConfig: { NotificationArn: "arn:aws:sns:us-east-1:123456789012:mw", NotificationEvents: ["Failed"], NotificationType: "Command" },
          Parameters: { workingDirectory: ["/tmp"], commands: ["uptime", "df -h"] },
        },
      },
    });
    expect(resource).toEqual({
      window_id: WINDOW_ID,
      task_arn: "AWS-RunShellScript",
      task_type: "RUN_COMMAND",
      priority: 1,
      name: "patch-web",
      description: "Patch the web fleet",
      service_role_arn: "arn:aws:iam::123456789012:role/mw-role",
      cutoff_behavior: "CANCEL_TASK",
      max_concurrency: "2",
      max_errors: "0",
      targets: [{ key: "WindowTargetIds", values: [TARGET_ID] }],
      task_invocation_parameters: {
        run_command_parameters: {
          comment: "patch",
          document_hash: "abc",
          document_hash_type: "Sha256",
          document_version: "$LATEST",
          timeout_seconds: 600,
          output_s3_bucket: "my-logs",
          output_s3_key_prefix: "runs/",
          service_role_arn: "arn:aws:iam::123456789012:role/sns-publisher",
          cloudwatch_config: { cloudwatch_log_group_name: "/mw/patch", cloudwatch_output_enabled: true },
          notification_config: { notification_arn: "arn:aws:sns:us-east-1:123456789012:mw", notification_events: ["Failed"], notification_type: "Command" },
          parameter: [
            { name: "commands", values: ["uptime", "df -h"] },
            { name: "workingDirectory", values: ["/tmp"] },
          ],
        },
      },
    });
  });

  test("AUTOMATION without targets", () => {
    expect(
      synthTask({
        WindowId: WINDOW_ID,
        TaskArn: "AWS-RestartEC2Instance",
        TaskType: "AUTOMATION",
        Priority: 0,
        TaskInvocationParameters: {
          Automation: { DocumentVersion: "$DEFAULT", Parameters: { InstanceId: ["{{RESOURCE_ID}}"], AutomationAssumeRole: ["arn:aws:iam::123456789012:role/a"] } },
        },
      }),
    ).toEqual({
      window_id: WINDOW_ID,
      task_arn: "AWS-RestartEC2Instance",
      task_type: "AUTOMATION",
      priority: 0,
      task_invocation_parameters: {
        automation_parameters: {
          document_version: "$DEFAULT",
          parameter: [
            { name: "AutomationAssumeRole", values: ["arn:aws:iam::123456789012:role/a"] },
            { name: "InstanceId", values: ["{{RESOURCE_ID}}"] },
          ],
        },
      },
    });
  });

  test("LAMBDA with an object payload encoded as JSON", () => {
    expect(
      synthTask({
        WindowId: WINDOW_ID,
        TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup",
        TaskType: "LAMBDA",
        Priority: 5,
        TaskInvocationParameters: { Lambda: { Payload: { dryRun: false, tables: ["a", "b"] }, Qualifier: "live", ClientContext: "eyJhIjoxfQ==" } },
      }),
    ).toEqual({
      window_id: WINDOW_ID,
      task_arn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup",
      task_type: "LAMBDA",
      priority: 5,
      task_invocation_parameters: {
        lambda_parameters: { payload: '{"dryRun":false,"tables":["a","b"]}', qualifier: "live", client_context: "eyJhIjoxfQ==" },
      },
    });
  });

  test("STEP_FUNCTIONS with text input kept as given", () => {
    expect(
      synthTask({
        WindowId: WINDOW_ID,
        TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:nightly",
        TaskType: "STEP_FUNCTIONS",
        Priority: 2,
        TaskInvocationParameters: { StepFunctions: { Input: '{"mode": "full"}', Name: "nightly-run" } },
      }),
    ).toEqual({
      window_id: WINDOW_ID,
      task_arn: "arn:aws:states:us-east-1:123456789012:stateMachine:nightly",
      task_type: "STEP_FUNCTIONS",
      priority: 2,
      task_invocation_parameters: { step_functions_parameters: { input: '{"mode": "full"}', name: "nightly-run" } },
    });
  });
});

describe("CloudFormation's long nested keys", () => {
  const base = { WindowId: WINDOW_ID, Priority: 1 };
  test.each<[string, MaintenanceWindowTaskProps, MaintenanceWindowTaskProps]>([
    [
      "RunCommand",
      { ...base, TaskType: "RUN_COMMAND", TaskArn: "AWS-RunShellScript", Targets: targets, MaxConcurrency: "1", MaxErrors: "0", TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["ls"] }, TimeoutSeconds: 60 } } },
      { ...base, TaskType: "RUN_COMMAND", TaskArn: "AWS-RunShellScript", Targets: targets, MaxConcurrency: "1", MaxErrors: "0", TaskInvocationParameters: { MaintenanceWindowRunCommandParameters: { Parameters: { commands: ["ls"] }, TimeoutSeconds: 60 } } },
    ],
    [
      "Automation",
      { ...base, TaskType: "AUTOMATION", TaskArn: "AWS-StopEC2Instance", TaskInvocationParameters: { Automation: { Parameters: { InstanceId: ["i-0123456789abcdef0"] } } } },
      { ...base, TaskType: "AUTOMATION", TaskArn: "AWS-StopEC2Instance", TaskInvocationParameters: { MaintenanceWindowAutomationParameters: { Parameters: { InstanceId: ["i-0123456789abcdef0"] } } } },
    ],
    [
      "Lambda",
      { ...base, TaskType: "LAMBDA", TaskArn: "cleanup", TaskInvocationParameters: { Lambda: { Payload: "{}" } } },
      { ...base, TaskType: "LAMBDA", TaskArn: "cleanup", TaskInvocationParameters: { MaintenanceWindowLambdaParameters: { Payload: "{}" } } },
    ],
    [
      "StepFunctions",
      { ...base, TaskType: "STEP_FUNCTIONS", TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:x", TaskInvocationParameters: { StepFunctions: { Name: "n" } } },
      { ...base, TaskType: "STEP_FUNCTIONS", TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:x", TaskInvocationParameters: { MaintenanceWindowStepFunctionsParameters: { Name: "n" } } },
    ],
  ])("%s and its long key synthesize the same resource", (_, short, long) => {
    const a = synthTask(short);
    expect(a.task_invocation_parameters).toBeDefined();
    expect(synthTask(long)).toEqual(a);
  });
});

describe("tokens pass through untouched", () => {
  test("references, variables, number and list tokens", () => {
    const stack = newStack();
    const window = new SsmMaintenanceWindow(stack, "window", { name: "w", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
    const priority = new TerraformVariable(stack, "priority", { type: "number" });
    const concurrency = new TerraformVariable(stack, "concurrency", { type: "number" });
    const instances = new TerraformVariable(stack, "instances", { type: "list(string)" });
    const role = new TerraformVariable(stack, "role", { type: "string" });
    const task = new MaintenanceWindowTask(stack, "Task", {
      WindowId: window.id,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: priority.numberValue,
      ServiceRoleArn: role.stringValue,
      Targets: [{ Key: "InstanceIds", Values: instances.listValue }],
      MaxConcurrency: concurrency.numberValue,
      MaxErrors: "0",
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: instances.listValue } } },
    });
    const r = taskResources(stack).Task;
    expect(r.window_id).toBe("${aws_ssm_maintenance_window.window.id}");
    expect(r.priority).toBe("${var.priority}");
    expect(r.max_concurrency).toBe("${var.concurrency}");
    expect(r.service_role_arn).toBe("${var.role}");
    expect(r.targets).toEqual([{ key: "InstanceIds", values: "${var.instances}" }]);
    expect(r.task_invocation_parameters).toEqual({ run_command_parameters: { parameter: [{ name: "commands", values: "${var.instances}" }] } });
    expect(task.windowTaskId).toMatch(/TfToken/);
  });

  test("a whole Targets list token and a number token are not judged", () => {
    const stack = newStack();
    const list = new TerraformVariable(stack, "targets", { type: "list(object({key=string, values=list(string)}))" });
    expect(() =>
      new MaintenanceWindowTask(stack, "Task", {
        WindowId: WINDOW_ID,
        TaskArn: "AWS-RunShellScript",
        TaskType: "RUN_COMMAND",
        Priority: 1,
        Targets: list.value,
        MaxConcurrency: "1",
        MaxErrors: "1",
      }),
    ).not.toThrow();
    expect(taskResources(stack).Task.targets).toBe("${var.targets}");
  });

  test("an object payload holding a token becomes jsonencode()", () => {
    const stack = newStack();
    const table = new TerraformVariable(stack, "table", { type: "string" });
    new MaintenanceWindowTask(stack, "Task", {
      WindowId: WINDOW_ID,
      TaskArn: "cleanup",
      TaskType: "LAMBDA",
      Priority: 1,
      TaskInvocationParameters: { Lambda: { Payload: { table: table.stringValue } } },
    });
    const lambda = (taskResources(stack).Task.task_invocation_parameters as Record<string, Record<string, string>>).lambda_parameters;
    expect(lambda.payload).toBe('${jsonencode({"table" = var.table})}');
  });
});

describe("attributes and escape hatches", () => {
  test("getters reference the resource; importId formats <window_id>/<window_task_id>", () => {
    const stack = newStack();
    const task = new MaintenanceWindowTask(stack, "Task", { WindowId: WINDOW_ID, TaskArn: "x-doc", TaskType: "AUTOMATION", Priority: 1 });
    expect(task.resource).toBeInstanceOf(SsmMaintenanceWindowTask);
    const attrs = { windowTaskId: task.windowTaskId, arn: task.arn, id: task.id, windowId: task.windowId };
    for (const [name, value] of Object.entries(attrs)) new TerraformOutput(stack, name, { value });
    const outputs = synthJson(stack).output as Record<string, { value: string }>;
    const ref = `aws_ssm_maintenance_window_task.${task.resource.friendlyUniqueId}`;
    expect(outputs.windowTaskId.value).toBe(`\${${ref}.window_task_id}`);
    expect(outputs.arn.value).toBe(`\${${ref}.arn}`);
    expect(outputs.id.value).toBe(`\${${ref}.id}`);
    expect(outputs.windowId.value).toBe(`\${${ref}.window_id}`);
    expect(MaintenanceWindowTask.importId(WINDOW_ID, "1a2b3c4d-1111-2222-3333-444455556666")).toBe(`${WINDOW_ID}/1a2b3c4d-1111-2222-3333-444455556666`);
  });

  test("overrides on the resource reach the synthesized JSON", () => {
    const stack = newStack();
    const task = new MaintenanceWindowTask(stack, "Task", { WindowId: WINDOW_ID, TaskArn: "x-doc", TaskType: "AUTOMATION", Priority: 1 });
    task.resource.addOverride("description", "overridden");
    expect(taskResources(stack).Task.description).toBe("overridden");
  });

  test("the docs façade AWS.SSM.MaintenanceWindowTask returns the construct", () => {
    const stack = newStack();
    const task = AWS.SSM.MaintenanceWindowTask(stack, "Task", { WindowId: WINDOW_ID, TaskArn: "x-doc", TaskType: "AUTOMATION", Priority: 1 });
    expect(task).toBeInstanceOf(MaintenanceWindowTask);
    expect(taskResources(stack).Task.task_type).toBe("AUTOMATION");
  });

  test("the construct is the provider resource, with the construct id as its logical id", () => {
    const stack = newStack();
    const task = new MaintenanceWindowTask(stack, "Nightly", { WindowId: WINDOW_ID, TaskArn: "x-doc", TaskType: "AUTOMATION", Priority: 1 });
    expect(task).toBeInstanceOf(SsmMaintenanceWindowTask);
    expect(task.resource).toBe(task);
    expect(Object.keys(synthJson(stack).resource!.aws_ssm_maintenance_window_task)).toEqual(["Nightly"]);
  });

  test("the logical id comes from the construct id, so only a rename replaces the task", () => {
    const a = newStack();
    new MaintenanceWindowTask(a, "Nightly", { WindowId: WINDOW_ID, TaskArn: "x-doc", TaskType: "AUTOMATION", Priority: 1 });
    const b = newStack();
    new MaintenanceWindowTask(b, "Nightly", { WindowId: WINDOW_ID, TaskArn: "y-doc", TaskType: "AUTOMATION", Priority: 7 });
    expect(Object.keys(synthJson(a).resource!.aws_ssm_maintenance_window_task)).toEqual(Object.keys(synthJson(b).resource!.aws_ssm_maintenance_window_task));
  });
});

describe("meta-arguments pass through", () => {
  test("dependsOn, lifecycle (PascalCase names translated) and count", () => {
    const stack = newStack();
    const window = new SsmMaintenanceWindow(stack, "window", { name: "w", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
    new MaintenanceWindowTask(stack, "Task", {
      WindowId: WINDOW_ID,
      TaskArn: "x-doc",
      TaskType: "AUTOMATION",
      Priority: 1,
      dependsOn: [window],
      lifecycle: { preventDestroy: true, ignoreChanges: ["Priority", "MaxConcurrency", "description"] },
    });
    const r = taskResources(stack).Task;
    expect(r.depends_on).toEqual(["aws_ssm_maintenance_window.window"]);
    expect(r.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ["priority", "max_concurrency", "description"] });
  });
});

describe("validation at construction", () => {
  test("fails with one error listing every error diagnostic and the construct path", () => {
    const stack = newStack();
    let error: unknown;
    try {
      new MaintenanceWindowTask(stack, "Bad", {
        WindowId: "mw-123",
        TaskArn: "AWS-RunShellScript",
        TaskType: "RUN_COMMAND",
        Priority: -1,
        MaxConcurrency: "1",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MaintenanceWindowTaskValidationError);
    const e = error as MaintenanceWindowTaskValidationError;
    expect(e.diagnostics.map((d) => d.code).sort()).toEqual(["MaxConcurrencyWithoutTargets", "PriorityRange", "TargetsRequired", "WindowIdFormat"]);
    expect(e.message).toContain("test/Bad");
    expect(e.message).toMatch(/\[WindowIdFormat\] WindowId: "mw-123"/);
    expect(e.message).toMatch(/\[PriorityRange\] Priority: -1/);
  });

  test("warnings become annotations with their code; acknowledged codes are left out", () => {
    const props: MaintenanceWindowTaskProps = {
      WindowId: WINDOW_ID,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 1,
      Targets: targets,
      MaxConcurrency: "1",
      MaxErrors: "0",
      TaskInvocationParameters: { RunCommand: { DocumentHash: "abc", DocumentHashType: "Sha1", Parameters: { commands: ["uptime"] } } },
    };
    const stack = newStack();
    const task = new MaintenanceWindowTask(stack, "Task", props);
    expect(task.warnings.map((w) => w.code)).toEqual(["DocumentHashTypeSha1"]);
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[DocumentHashTypeSha1\] TaskInvocationParameters\.RunCommand\.DocumentHashType: /)]);

    const quiet = newStack();
    new MaintenanceWindowTask(quiet, "Task", { ...props, acknowledgeWarnings: ["DocumentHashTypeSha1"] });
    expect(warningsOf(quiet)).toEqual([]);
  });

  test("a plain-JS caller's typo is an error with a suggestion, never silently dropped", () => {
    const stack = newStack();
    const props = { WindowId: WINDOW_ID, TaskArn: "x-doc", TaskType: "AUTOMATION", Priority: 1, CutofBehavior: "CANCEL_TASK" };
    expect(() => new MaintenanceWindowTask(stack, "Task", props as unknown as MaintenanceWindowTaskProps)).toThrow(
      /\[UnknownProperty\] CutofBehavior: .*Did you mean "CutoffBehavior"\?/,
    );
  });

  test("Fn.rawString escapes a literal ${ for Terraform and passes validation", () => {
    const r = synthTask({
      WindowId: WINDOW_ID,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 1,
      Targets: targets,
      MaxConcurrency: "1",
      MaxErrors: "0",
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: [Fn.rawString("echo ${HOME}")] } } },
    });
    expect(JSON.stringify(r)).toContain("echo $${HOME}");
  });
});

describe("nothing global", () => {
  test("two apps, two stacks, two windows and tasks in one process do not interfere", () => {
    const build = (region: string, priority: number, ack: boolean) => {
      const app = Testing.app();
      const stacks = ["a", "b"].map((id) => new TerraformStack(app, id));
      for (const stack of stacks) {
        const window = new SsmMaintenanceWindow(stack, "window", { name: `w-${region}`, schedule: "rate(7 days)", duration: 2, cutoff: 1 });
        new MaintenanceWindowTask(stack, "Task", {
          WindowId: window.id,
          TaskArn: "AWS-RunShellScript",
          TaskType: "RUN_COMMAND",
          Priority: priority,
          Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
          MaxConcurrency: "1",
          MaxErrors: "0",
          TaskInvocationParameters: { RunCommand: { OutputS3KeyPrefix: region, Parameters: { commands: ["uptime"] } } },
          acknowledgeWarnings: ack ? ["OutputS3KeyPrefixIgnored"] : [],
        });
      }
      return stacks;
    };
    const [a1, b1] = build("one", 1, false);
    const [a2, b2] = build("two", 2, true);
    for (const [stack, priority, prefix] of [[a1, 1, "one"], [b1, 1, "one"], [a2, 2, "two"], [b2, 2, "two"]] as const) {
      const task = taskResources(stack).Task;
      expect(task.priority).toBe(priority);
      expect(task.task_invocation_parameters).toEqual({ run_command_parameters: { output_s3_key_prefix: prefix, parameter: [{ name: "commands", values: ["uptime"] }] } });
    }
    expect(warningsOf(a1)).toHaveLength(1);
    expect(warningsOf(b1)).toHaveLength(1);
    expect(warningsOf(a2)).toEqual([]);
    expect(warningsOf(b2)).toEqual([]);
  });
});
