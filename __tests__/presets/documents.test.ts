// Documents presets: the props each returns, the Terraform JSON they synthesize to when spread into
// a MaintenanceWindowTask, every validation error, tokens passing through unjudged, and the TaskType
// tie at the type level (`npm run typecheck` checks the @ts-expect-error lines).
import { Fn, type TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import {
  MaintenanceWindowConfigError,
  MaintenanceWindowTask,
  MaintenanceWindowTaskValidationError,
  type AutomationTaskProps,
  type LambdaTaskProps,
  type MaintenanceWindowTaskProps,
  type RunCommandTaskProps,
} from "../../lib";
import { Documents, PresetValidationError, type AutomationPreset, type PresetErrorCode, type RunCommandPreset } from "../../lib/presets/documents";
import { lambdaBase, ROLE_ARN, TOPIC_ARN } from "../../test-support/fixtures";
import { newStack, synthTask, TARGET_ID, WINDOW_ID } from "../../test-support/synth";

const targeted = {
  WindowId: WINDOW_ID,
  Priority: 1,
  Targets: [{ Key: "WindowTargetIds" as const, Values: [TARGET_ID] }],
  MaxConcurrency: "1",
  MaxErrors: "0",
};
const targetless = { WindowId: WINDOW_ID, Priority: 1 };
const GUID = "12345699-9405-4f69-bc5e-9315a0123456";
const INSTANCE = "i-0123456789abcdef0";

describe("returned props", () => {
  test("runShellScript: the document, its parameter names and the Run Command fields", () => {
    expect(
      Documents.runShellScript(
        { commands: ["uptime", "df -h"], workingDirectory: "/tmp", executionTimeoutSeconds: 600 },
        { Comment: "disk check", TimeoutSeconds: 900, DocumentVersion: "$DEFAULT", OutputS3BucketName: "my-logs", ServiceRoleArn: ROLE_ARN },
      ),
    ).toStrictEqual({
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunShellScript",
      TaskInvocationParameters: {
        RunCommand: {
          Comment: "disk check",
          TimeoutSeconds: 900,
          DocumentVersion: "$DEFAULT",
          OutputS3BucketName: "my-logs",
          ServiceRoleArn: ROLE_ARN,
          Parameters: { commands: ["uptime", "df -h"], workingDirectory: ["/tmp"], executionTimeout: ["600"] },
        },
      },
    });
  });

  test("runShellScript: options left out are not sent", () => {
    expect(Documents.runShellScript({ commands: ["uptime"] })).toStrictEqual({
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunShellScript",
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
    });
  });

  test("runShellScript: a string is split into lines, outer blank lines and common indentation removed", () => {
    const script = `
      set -e
      if [ -d /tmp/cache ]; then
        rm -rf /tmp/cache
      fi

      echo done
    `;
    expect(Documents.runShellScript({ commands: script }).TaskInvocationParameters.RunCommand.Parameters).toStrictEqual({
      commands: ["set -e", "if [ -d /tmp/cache ]; then", "  rm -rf /tmp/cache", "fi", "", "echo done"],
    });
    expect(Documents.runShellScript({ commands: "uptime\r\ndf -h" }).TaskInvocationParameters.RunCommand.Parameters).toStrictEqual({ commands: ["uptime", "df -h"] });
    expect(Documents.runShellScript({ commands: "uptime" }).TaskInvocationParameters.RunCommand.Parameters).toStrictEqual({ commands: ["uptime"] });
  });

  test("runShellScript: a (readonly) list is taken as is and not aliased", () => {
    const commands = ["  indented stays", "multi\nline stays"] as const;
    const params = Documents.runShellScript({ commands }).TaskInvocationParameters.RunCommand.Parameters!;
    expect(params.commands).toEqual(["  indented stays", "multi\nline stays"]);
    expect(params.commands).not.toBe(commands);
  });

  test.each([1, 3600, 172800])("runShellScript: executionTimeoutSeconds %d is sent as a string", (seconds) => {
    expect(Documents.runShellScript({ commands: ["x"], executionTimeoutSeconds: seconds }).TaskInvocationParameters.RunCommand.Parameters!.executionTimeout).toEqual([String(seconds)]);
  });

  test("runPowerShellScript: same parameters, AWS-RunPowerShellScript", () => {
    expect(
      Documents.runPowerShellScript({ commands: ["Get-Service", "Restart-Service W3SVC"], workingDirectory: "C:\\Temp", executionTimeoutSeconds: 120 }, { Comment: "iis" }),
    ).toStrictEqual({
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunPowerShellScript",
      TaskInvocationParameters: {
        RunCommand: {
          Comment: "iis",
          Parameters: { commands: ["Get-Service", "Restart-Service W3SVC"], workingDirectory: ["C:\\Temp"], executionTimeout: ["120"] },
        },
      },
    });
  });

  test("runPatchBaseline: Operation only", () => {
    expect(Documents.runPatchBaseline({ Operation: "Scan" })).toStrictEqual({
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunPatchBaseline",
      TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Scan"] } } },
    });
  });

  test("runPatchBaseline: every parameter", () => {
    expect(
      Documents.runPatchBaseline(
        {
          Operation: "Install",
          RebootOption: "NoReboot",
          SnapshotId: GUID,
          InstallOverrideList: "s3://patch-lists/linux/override-list.yaml",
          BaselineOverride: "https://s3.amazonaws.com/patch-lists/baseline-override.json",
        },
        { TimeoutSeconds: 3600, CloudWatchOutputConfig: { CloudWatchOutputEnabled: true } },
      ),
    ).toStrictEqual({
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunPatchBaseline",
      TaskInvocationParameters: {
        RunCommand: {
          TimeoutSeconds: 3600,
          CloudWatchOutputConfig: { CloudWatchOutputEnabled: true },
          Parameters: {
            Operation: ["Install"],
            RebootOption: ["NoReboot"],
            SnapshotId: [GUID],
            InstallOverrideList: ["s3://patch-lists/linux/override-list.yaml"],
            BaselineOverride: ["https://s3.amazonaws.com/patch-lists/baseline-override.json"],
          },
        },
      },
    });
  });

  test("runPatchBaseline: {{…}} placeholders are accepted", () => {
    const params = Documents.runPatchBaseline({ Operation: "Install", SnapshotId: "{{WINDOW_EXECUTION_ID}}", InstallOverrideList: "{{ssm:/patching/override-list}}" }).TaskInvocationParameters.RunCommand.Parameters;
    expect(params).toStrictEqual({ Operation: ["Install"], SnapshotId: ["{{WINDOW_EXECUTION_ID}}"], InstallOverrideList: ["{{ssm:/patching/override-list}}"] });
  });

  test.each([
    ["restartEc2Instance", Documents.restartEc2Instance, "AWS-RestartEC2Instance"],
    ["stopEc2Instance", Documents.stopEc2Instance, "AWS-StopEC2Instance"],
    ["startEc2Instance", Documents.startEc2Instance, "AWS-StartEC2Instance"],
  ] as const)("%s: InstanceId defaults to {{RESOURCE_ID}}; a role and DocumentVersion are passed", (_, preset, document) => {
    expect(preset()).toStrictEqual({
      TaskType: "AUTOMATION",
      TaskArn: document,
      TaskInvocationParameters: { Automation: { Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } },
    });
    expect(preset({ InstanceId: INSTANCE, AutomationAssumeRole: ROLE_ARN }, { DocumentVersion: "$LATEST" })).toStrictEqual({
      TaskType: "AUTOMATION",
      TaskArn: document,
      TaskInvocationParameters: { Automation: { DocumentVersion: "$LATEST", Parameters: { InstanceId: [INSTANCE], AutomationAssumeRole: [ROLE_ARN] } } },
    });
    expect(preset({ InstanceId: [INSTANCE, "i-0abcdef1", "{{TARGET_ID}}"] }).TaskInvocationParameters.Automation.Parameters).toStrictEqual({
      InstanceId: [INSTANCE, "i-0abcdef1", "{{TARGET_ID}}"],
    });
  });

  test("presets are pure: the same options give equal, separate results", () => {
    const options = { commands: ["uptime"] };
    const a = Documents.runShellScript(options);
    const b = Documents.runShellScript(options);
    expect(a).toStrictEqual(b);
    expect(a).not.toBe(b);
    expect(options).toStrictEqual({ commands: ["uptime"] });
  });

  test("destructured presets work (no `this`)", () => {
    const { runPatchBaseline } = Documents;
    expect(runPatchBaseline({ Operation: "Scan" }).TaskArn).toBe("AWS-RunPatchBaseline");
  });
});

describe("spread into MaintenanceWindowTask", () => {
  test("the issue's example synthesizes the document's parameters", () => {
    const resource = synthTask({
      ...targeted,
      ...Documents.runShellScript({ commands: ["uptime", "df -h"], workingDirectory: "/tmp", executionTimeoutSeconds: 600 }),
    });
    expect(resource.task_arn).toBe("AWS-RunShellScript");
    expect(resource.task_type).toBe("RUN_COMMAND");
    expect(resource.task_invocation_parameters).toEqual({
      run_command_parameters: {
        parameter: [
          { name: "commands", values: ["uptime", "df -h"] },
          { name: "executionTimeout", values: ["600"] },
          { name: "workingDirectory", values: ["/tmp"] },
        ],
      },
    });
  });

  test("runShellScript with Run Command fields", () => {
    const resource = synthTask({
      ...targeted,
      ...Documents.runShellScript(
        { commands: "uptime" },
        {
          Comment: "uptime",
          TimeoutSeconds: 900,
          OutputS3BucketName: "my-logs",
          OutputS3KeyPrefix: "uptime/",
          CloudWatchOutputConfig: { CloudWatchOutputEnabled: true, CloudWatchLogGroupName: "/mw/uptime" },
          NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["Failed"], NotificationType: "Command" },
          ServiceRoleArn: ROLE_ARN,
        },
      ),
    });
    expect(resource.task_invocation_parameters).toEqual({
      run_command_parameters: {
        comment: "uptime",
        timeout_seconds: 900,
        output_s3_bucket: "my-logs",
        output_s3_key_prefix: "uptime/",
        cloudwatch_config: { cloudwatch_output_enabled: true, cloudwatch_log_group_name: "/mw/uptime" },
        notification_config: { notification_arn: TOPIC_ARN, notification_events: ["Failed"], notification_type: "Command" },
        service_role_arn: ROLE_ARN,
        parameter: [{ name: "commands", values: ["uptime"] }],
      },
    });
  });

  test("runPowerShellScript", () => {
    const resource = synthTask({ ...targeted, ...Documents.runPowerShellScript({ commands: "Get-Service\nGet-Process", executionTimeoutSeconds: 300 }) });
    expect(resource.task_arn).toBe("AWS-RunPowerShellScript");
    expect(resource.task_invocation_parameters).toEqual({
      run_command_parameters: {
        parameter: [
          { name: "commands", values: ["Get-Service", "Get-Process"] },
          { name: "executionTimeout", values: ["300"] },
        ],
      },
    });
  });

  test("runPatchBaseline", () => {
    const resource = synthTask({
      ...targeted,
      ...Documents.runPatchBaseline({ Operation: "Install", RebootOption: "RebootIfNeeded", InstallOverrideList: "s3://patch-lists/override-list.yaml" }, { TimeoutSeconds: 1800 }),
    });
    expect(resource.task_arn).toBe("AWS-RunPatchBaseline");
    expect(resource.task_invocation_parameters).toEqual({
      run_command_parameters: {
        timeout_seconds: 1800,
        parameter: [
          { name: "InstallOverrideList", values: ["s3://patch-lists/override-list.yaml"] },
          { name: "Operation", values: ["Install"] },
          { name: "RebootOption", values: ["RebootIfNeeded"] },
        ],
      },
    });
  });

  test.each([
    ["restartEc2Instance", Documents.restartEc2Instance, "AWS-RestartEC2Instance"],
    ["stopEc2Instance", Documents.stopEc2Instance, "AWS-StopEC2Instance"],
    ["startEc2Instance", Documents.startEc2Instance, "AWS-StartEC2Instance"],
  ] as const)("%s on the task's targets", (_, preset, document) => {
    const resource = synthTask({ ...targeted, ...preset({ AutomationAssumeRole: ROLE_ARN }, { DocumentVersion: "$DEFAULT" }) });
    expect(resource.task_type).toBe("AUTOMATION");
    expect(resource.task_arn).toBe(document);
    expect(resource.task_invocation_parameters).toEqual({
      automation_parameters: {
        document_version: "$DEFAULT",
        parameter: [
          { name: "AutomationAssumeRole", values: [ROLE_ARN] },
          { name: "InstanceId", values: ["{{RESOURCE_ID}}"] },
        ],
      },
    });
  });

  test("a targetless Automation task naming its instance", () => {
    const resource = synthTask({ ...targetless, ...Documents.stopEc2Instance({ InstanceId: INSTANCE }) });
    expect(resource).toEqual({
      window_id: WINDOW_ID,
      priority: 1,
      task_type: "AUTOMATION",
      task_arn: "AWS-StopEC2Instance",
      task_invocation_parameters: { automation_parameters: { parameter: [{ name: "InstanceId", values: [INSTANCE] }] } },
    });
  });

  test("the task's own validation still runs: shell ${VAR} must be escaped", () => {
    const unescaped = () => synthTask({ ...targeted, ...Documents.runShellScript({ commands: "echo ${HOME}" }) });
    expect(unescaped).toThrow(MaintenanceWindowTaskValidationError);
    expect(unescaped).toThrow(/TerraformInterpolation/);
    const resource = synthTask({ ...targeted, ...Documents.runShellScript({ commands: ["echo $${HOME}", Fn.rawString("echo ${USER}")] }) });
    expect(resource.task_invocation_parameters).toEqual({
      run_command_parameters: { parameter: [{ name: "commands", values: ["echo $${HOME}", "echo $${USER}"] }] },
    });
  });

  test("the task's own validation still runs on the second argument", () => {
    expect(() => synthTask({ ...targeted, ...Documents.runShellScript({ commands: ["uptime"] }, { TimeoutSeconds: 5 }) })).toThrow(/TimeoutSecondsRange/);
    expect(() => synthTask({ ...targetless, ...Documents.restartEc2Instance({}, { DocumentVersion: "latest" }) })).toThrow(/DocumentVersionFormat/);
  });
});

describe("validation", () => {
  const cases: [string, () => unknown, PresetErrorCode, string, string[]][] = [
    ["commands is an empty list", () => Documents.runShellScript({ commands: [] }), "PresetCommands", "commands", ["empty list", 'commands: ["uptime"]']],
    ["commands has only blank lines", () => Documents.runShellScript({ commands: ["", "  "] }), "PresetCommands", "commands", ["only blank lines"]],
    ["commands is a blank string", () => Documents.runPowerShellScript({ commands: "\n   \n" }), "PresetCommands", "commands", ["no command, only blank lines"]],
    ["commands is left out (JavaScript)", () => Documents.runShellScript({} as never), "PresetCommands", "commands", ["is required"]],
    ["commands is not a string (JavaScript)", () => Documents.runShellScript({ commands: 42 } as never), "PresetCommands", "commands", ["42"]],
    ["a command is not a string (JavaScript)", () => Documents.runShellScript({ commands: ["uptime", 7] } as never), "PresetCommands", "commands", ["commands[1]", "7"]],
    ["executionTimeoutSeconds is 0", () => Documents.runShellScript({ commands: ["x"], executionTimeoutSeconds: 0 }), "PresetExecutionTimeout", "executionTimeoutSeconds", ["is 0", "1 to 172800", "3600"]],
    ["executionTimeoutSeconds is above 48 hours", () => Documents.runShellScript({ commands: ["x"], executionTimeoutSeconds: 172801 }), "PresetExecutionTimeout", "executionTimeoutSeconds", ["172801", "AWS-RunShellScript"]],
    ["executionTimeoutSeconds is not whole", () => Documents.runPowerShellScript({ commands: ["x"], executionTimeoutSeconds: 1.5 }), "PresetExecutionTimeout", "executionTimeoutSeconds", ["1.5", "whole number", "AWS-RunPowerShellScript"]],
    ["executionTimeoutSeconds is NaN", () => Documents.runShellScript({ commands: ["x"], executionTimeoutSeconds: NaN }), "PresetExecutionTimeout", "executionTimeoutSeconds", ["NaN"]],
    ["executionTimeoutSeconds is a string (JavaScript)", () => Documents.runShellScript({ commands: ["x"], executionTimeoutSeconds: "600" } as never), "PresetExecutionTimeout", "executionTimeoutSeconds", ['"600"', "not a number"]],
    ["workingDirectory is longer than 4096 characters", () => Documents.runShellScript({ commands: ["x"], workingDirectory: `/${"a".repeat(4096)}` }), "PresetWorkingDirectory", "workingDirectory", ["4097", "4096"]],
    ["workingDirectory is not a string (JavaScript)", () => Documents.runShellScript({ commands: ["x"], workingDirectory: ["/tmp"] } as never), "PresetWorkingDirectory", "workingDirectory", ['["/tmp"]']],
    ["an option is the document's name for it", () => Documents.runShellScript({ commands: ["x"], executionTimeout: 600 } as never), "PresetUnknownOption", "executionTimeout", ['Did you mean "executionTimeoutSeconds"']],
    ["an option has the wrong case", () => Documents.runShellScript({ Commands: ["x"] } as never), "PresetUnknownOption", "Commands", ['Did you mean "commands"', "case-sensitive"]],
    ["a patch option has the wrong case", () => Documents.runPatchBaseline({ Operation: "Scan", rebootOption: "NoReboot" } as never), "PresetUnknownOption", "rebootOption", ['Did you mean "RebootOption"']],
    ["an EC2 option is plural", () => Documents.restartEc2Instance({ InstanceIds: [INSTANCE] } as never), "PresetUnknownOption", "InstanceIds", ['Did you mean "InstanceId"']],
    ["the options are not an object (JavaScript)", () => Documents.runShellScript("uptime" as never), "PresetOptions", "options", ['"uptime"', "object"]],
    ["Parameters is given in the second argument", () => Documents.runShellScript({ commands: ["x"] }, { Parameters: { commands: ["y"] } } as never), "PresetParametersInOptions", "Parameters", ["first argument"]],
    ["Parameters is given in the Automation options", () => Documents.stopEc2Instance({}, { Parameters: {} } as never), "PresetParametersInOptions", "Parameters", ["DocumentVersion"]],
    ["Operation is left out (JavaScript)", () => Documents.runPatchBaseline({} as never), "PresetOperation", "Operation", ["is required", '"Scan" or "Install"']],
    ["Operation is lower case", () => Documents.runPatchBaseline({ Operation: "install" as never }), "PresetOperation", "Operation", ['"install"', 'write "Install"']],
    ["Operation is not Scan or Install", () => Documents.runPatchBaseline({ Operation: "Patch" as never }), "PresetOperation", "Operation", ['"Patch"', '"Scan" or "Install"']],
    ["RebootOption is not RebootIfNeeded or NoReboot", () => Documents.runPatchBaseline({ Operation: "Install", RebootOption: "Never" as never }), "PresetRebootOption", "RebootOption", ['"Never"', '"RebootIfNeeded" or "NoReboot"']],
    ["RebootOption has the wrong case", () => Documents.runPatchBaseline({ Operation: "Install", RebootOption: "noreboot" as never }), "PresetRebootOption", "RebootOption", ['write "NoReboot"']],
    ["SnapshotId is not a GUID", () => Documents.runPatchBaseline({ Operation: "Install", SnapshotId: "weekly-snapshot" }), "PresetSnapshotId", "SnapshotId", ['"weekly-snapshot"', "GUID", "leave SnapshotId out"]],
    // The document's published allowedPattern has no braces, so SSM would reject a braced GUID.
    ["SnapshotId is a braced GUID", () => Documents.runPatchBaseline({ Operation: "Install", SnapshotId: `{${GUID}}` }), "PresetSnapshotId", "SnapshotId", [`{${GUID}}`, "GUID"]],
    ["InstallOverrideList is an http URL", () => Documents.runPatchBaseline({ Operation: "Install", InstallOverrideList: "http://example.com/list.yaml" }), "PresetInstallOverrideList", "InstallOverrideList", ["http://example.com/list.yaml", "s3://<bucket>/<key>"]],
    ["InstallOverrideList is a bucket without a key", () => Documents.runPatchBaseline({ Operation: "Install", InstallOverrideList: "s3://patch-lists" }), "PresetInstallOverrideList", "InstallOverrideList", ["s3://patch-lists"]],
    ["InstallOverrideList is a bare key", () => Documents.runPatchBaseline({ Operation: "Install", InstallOverrideList: "patch-lists/list.yaml" }), "PresetInstallOverrideList", "InstallOverrideList", ["https://"]],
    ["BaselineOverride is an ARN", () => Documents.runPatchBaseline({ Operation: "Scan", BaselineOverride: "arn:aws:s3:::patch-lists/override.json" }), "PresetBaselineOverride", "BaselineOverride", ["arn:aws:s3:::patch-lists/override.json"]],
    ["BaselineOverride's file name has a $", () => Documents.runPatchBaseline({ Operation: "Scan", BaselineOverride: "s3://patch-lists/$override.json" }), "PresetBaselineOverride", "BaselineOverride", ['"$"', "file name"]],
    ["InstanceId is an empty list", () => Documents.restartEc2Instance({ InstanceId: [] }), "PresetInstanceId", "InstanceId", ["empty list", "{{RESOURCE_ID}}"]],
    ["InstanceId is not an instance id", () => Documents.stopEc2Instance({ InstanceId: "web-1" }), "PresetInstanceId", "InstanceId", ['"web-1"', "i-0123456789abcdef0"]],
    ["an InstanceId is a managed node", () => Documents.startEc2Instance({ InstanceId: [INSTANCE, "mi-0123456789abcdef0"] }), "PresetInstanceId", "InstanceId", ["InstanceId[1]", "mi-0123456789abcdef0", "not EC2 instances"]],
    ["AutomationAssumeRole is not a role ARN", () => Documents.restartEc2Instance({ AutomationAssumeRole: "arn:aws:iam::123456789012:user/ops" }), "PresetAutomationAssumeRole", "AutomationAssumeRole", ["user/ops", "IAM role ARN"]],
    ["AutomationAssumeRole is a role name", () => Documents.stopEc2Instance({ AutomationAssumeRole: "automation-role" }), "PresetAutomationAssumeRole", "AutomationAssumeRole", ['"automation-role"']],
  ];

  test.each(cases)("fails when %s", (_, run, code, option, fragments) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PresetValidationError);
    const e = error as PresetValidationError;
    expect(e.name).toBe("PresetValidationError");
    expect(e.code).toBe(code);
    expect(e.option).toBe(option);
    expect(e).toBeInstanceOf(MaintenanceWindowConfigError);
    expect(e.message.startsWith(`[${code}] Documents.${e.preset}: `)).toBe(true);
    expect(e.path).toBe(`Documents.${e.preset}`);
    expect(e.message).toContain(option);
    for (const fragment of fragments) expect(e.message).toContain(fragment);
  });

  test("every error code has a case", () => {
    const all: PresetErrorCode[] = [
      "PresetOptions",
      "PresetUnknownOption",
      "PresetParametersInOptions",
      "PresetCommands",
      "PresetWorkingDirectory",
      "PresetExecutionTimeout",
      "PresetOperation",
      "PresetRebootOption",
      "PresetSnapshotId",
      "PresetInstallOverrideList",
      "PresetBaselineOverride",
      "PresetInstanceId",
      "PresetAutomationAssumeRole",
    ];
    expect(new Set(cases.map((c) => c[2]))).toEqual(new Set(all));
  });

  test("the error names the preset that threw", () => {
    expect(() => Documents.runPowerShellScript({ commands: [] })).toThrow(/^\[PresetCommands\] Documents\.runPowerShellScript: /);
    try {
      Documents.startEc2Instance({ InstanceId: "nope" });
    } catch (e) {
      expect((e as PresetValidationError).preset).toBe("startEc2Instance");
    }
    expect.assertions(2);
  });
});

describe("tokens pass through unjudged", () => {
  test("script parameters: a list token, a string token, a number token", () => {
    const stack = newStack();
    const script = new TerraformVariable(stack, "script", { type: "list(string)" });
    const dir = new TerraformVariable(stack, "dir", { type: "string" });
    const timeout = new TerraformVariable(stack, "timeout", { type: "number" });
    new MaintenanceWindowTask(stack, "Script", {
      ...targeted,
      ...Documents.runShellScript({ commands: script.listValue, workingDirectory: dir.stringValue, executionTimeoutSeconds: timeout.numberValue }),
    });
    expect(synthParameters(stack, "run_command_parameters")).toEqual([
      { name: "commands", values: "${var.script}" },
      { name: "executionTimeout", values: ["${var.timeout}"] },
      { name: "workingDirectory", values: ["${var.dir}"] },
    ]);
  });

  test("commands: references inside lines, a whole-line token, and token elements", () => {
    const stack = newStack();
    const bucket = new S3Bucket(stack, "logs", { bucketPrefix: "logs-" });
    const cmd = new TerraformVariable(stack, "cmd", { type: "string" });
    new MaintenanceWindowTask(stack, "Sync", {
      ...targeted,
      ...Documents.runShellScript({ commands: `
        aws s3 sync /var/log s3://${bucket.bucket}/logs
        ${cmd.stringValue}
      ` }),
    });
    expect(synthParameters(stack, "run_command_parameters")).toEqual([
      { name: "commands", values: ["aws s3 sync /var/log s3://${aws_s3_bucket.logs.bucket}/logs", "${var.cmd}"] },
    ]);
    const stack2 = newStack();
    const only = new TerraformVariable(stack2, "only", { type: "string" });
    new MaintenanceWindowTask(stack2, "Only", { ...targeted, ...Documents.runPowerShellScript({ commands: [only.stringValue, ""] }) });
    expect(synthParameters(stack2, "run_command_parameters")).toEqual([{ name: "commands", values: ["${var.only}", ""] }]);
  });

  test("patch baseline parameters", () => {
    const stack = newStack();
    const op = new TerraformVariable(stack, "op", { type: "string" });
    const reboot = new TerraformVariable(stack, "reboot", { type: "string" });
    const snapshot = new TerraformVariable(stack, "snapshot", { type: "string" });
    const bucket = new S3Bucket(stack, "lists", { bucketPrefix: "patch-lists-" });
    const preset = Documents.runPatchBaseline({
      Operation: op.stringValue as "Scan",
      RebootOption: reboot.stringValue as "NoReboot",
      SnapshotId: snapshot.stringValue,
      InstallOverrideList: `s3://${bucket.bucket}/override-list.yaml`,
      BaselineOverride: bucket.bucketRegionalDomainName,
    });
    new MaintenanceWindowTask(stack, "Patch", { ...targeted, ...preset });
    expect(synthParameters(stack, "run_command_parameters")).toEqual([
      { name: "BaselineOverride", values: ["${aws_s3_bucket.lists.bucket_regional_domain_name}"] },
      { name: "InstallOverrideList", values: ["s3://${aws_s3_bucket.lists.bucket}/override-list.yaml"] },
      { name: "Operation", values: ["${var.op}"] },
      { name: "RebootOption", values: ["${var.reboot}"] },
      { name: "SnapshotId", values: ["${var.snapshot}"] },
    ]);
  });

  test("EC2 runbook parameters: a list token and a role ARN reference", () => {
    const stack = newStack();
    const ids = new TerraformVariable(stack, "ids", { type: "list(string)" });
    const role = new IamRole(stack, "automation", { assumeRolePolicy: "{}" });
    new MaintenanceWindowTask(stack, "Restart", { ...targetless, ...Documents.restartEc2Instance({ InstanceId: ids.listValue, AutomationAssumeRole: role.arn }) });
    expect(synthParameters(stack, "automation_parameters")).toEqual([
      { name: "AutomationAssumeRole", values: ["${aws_iam_role.automation.arn}"] },
      { name: "InstanceId", values: "${var.ids}" },
    ]);
  });

  test("EC2 runbook parameters: token elements and a single string token", () => {
    const stack = newStack();
    const one = new TerraformVariable(stack, "one", { type: "string" });
    new MaintenanceWindowTask(stack, "Stop", { ...targetless, ...Documents.stopEc2Instance({ InstanceId: [INSTANCE, one.stringValue] }) });
    expect(synthParameters(stack, "automation_parameters")).toEqual([{ name: "InstanceId", values: [INSTANCE, "${var.one}"] }]);
    const stack2 = newStack();
    const single = new TerraformVariable(stack2, "single", { type: "string" });
    new MaintenanceWindowTask(stack2, "Start", { ...targetless, ...Documents.startEc2Instance({ InstanceId: single.stringValue }) });
    expect(synthParameters(stack2, "automation_parameters")).toEqual([{ name: "InstanceId", values: ["${var.single}"] }]);
  });
});

/** The `parameter` blocks of the only task of a stack. */
function synthParameters(stack: TerraformStack, block: "run_command_parameters" | "automation_parameters"): unknown {
  const json = JSON.parse(Testing.synth(stack));
  const [task] = Object.values(json.resource.aws_ssm_maintenance_window_task as Record<string, { task_invocation_parameters: Record<string, { parameter: unknown }> }>);
  return task.task_invocation_parameters[block].parameter;
}

describe("types keep the TaskType tie", () => {
  const shell = Documents.runShellScript({ commands: ["uptime"] });
  const restart = Documents.restartEc2Instance();

  test("a Run Command preset is the Run Command props' Pick, with literal types", () => {
    const picked: Pick<RunCommandTaskProps, "TaskType" | "TaskArn" | "TaskInvocationParameters"> = shell;
    const taskType: "RUN_COMMAND" = shell.TaskType;
    const taskArn: "AWS-RunShellScript" = shell.TaskArn;
    const generic: RunCommandPreset = Documents.runPatchBaseline({ Operation: "Scan" });
    expect([picked.TaskType, taskType, taskArn, generic.TaskArn]).toEqual(["RUN_COMMAND", "RUN_COMMAND", "AWS-RunShellScript", "AWS-RunPatchBaseline"]);
  });

  test("an Automation preset is the Automation props' Pick, with literal types", () => {
    const picked: Pick<AutomationTaskProps, "TaskType" | "TaskArn" | "TaskInvocationParameters"> = restart;
    const taskType: "AUTOMATION" = restart.TaskType;
    const generic: AutomationPreset = Documents.startEc2Instance();
    expect([picked.TaskType, taskType, generic.TaskArn]).toEqual(["AUTOMATION", "AUTOMATION", "AWS-StartEC2Instance"]);
  });

  test("a preset cannot be spread into a LAMBDA task (and the construct rejects it at run time too)", () => {
    // @ts-expect-error the RunCommand block does not fit a LAMBDA task's TaskInvocationParameters
    const asLambda: MaintenanceWindowTaskProps = { ...lambdaBase, ...shell, TaskType: "LAMBDA", TaskArn: lambdaBase.TaskArn };
    // @ts-expect-error the spread makes TaskType "RUN_COMMAND", which a LambdaTaskProps cannot have
    const lambdaProps: LambdaTaskProps = { ...lambdaBase, ...shell };
    // @ts-expect-error the Automation block does not fit a LAMBDA task either
    const automationAsLambda: MaintenanceWindowTaskProps = { ...lambdaBase, ...restart, TaskType: "LAMBDA", TaskArn: lambdaBase.TaskArn };
    expect(lambdaProps.TaskType).toBe("RUN_COMMAND");
    expect(() => new MaintenanceWindowTask(newStack(), "Lambda", asLambda)).toThrow(/InvocationTypeMismatch/);
    expect(() => new MaintenanceWindowTask(newStack(), "Lambda", automationAsLambda)).toThrow(/InvocationTypeMismatch/);
  });

  test("a Run Command preset cannot make an AUTOMATION task, nor the reverse", () => {
    // @ts-expect-error RunCommand parameters on an AUTOMATION task
    const a: MaintenanceWindowTaskProps = { ...targetless, ...shell, TaskType: "AUTOMATION" };
    // @ts-expect-error Automation parameters on a RUN_COMMAND task
    const b: MaintenanceWindowTaskProps = { ...targeted, ...restart, TaskType: "RUN_COMMAND" };
    expect([a.TaskType, b.TaskType]).toEqual(["AUTOMATION", "RUN_COMMAND"]);
  });

  test("option names and values are checked by the compiler", () => {
    const wrong = () => [
      // @ts-expect-error `Commands` is not an option (the document's parameter is `commands`)
      Documents.runShellScript({ Commands: ["uptime"] }),
      // @ts-expect-error Operation is "Scan" | "Install"
      Documents.runPatchBaseline({ Operation: "install" }),
      // @ts-expect-error Operation is required
      Documents.runPatchBaseline({ RebootOption: "NoReboot" }),
      // @ts-expect-error `InstanceIds` is not an option (the runbook's parameter is `InstanceId`)
      Documents.stopEc2Instance({ InstanceIds: [INSTANCE] }),
      // @ts-expect-error the document's parameters go in the first argument
      Documents.runShellScript({ commands: ["uptime"] }, { Parameters: { commands: ["df"] } }),
      // @ts-expect-error executionTimeoutSeconds is a number
      Documents.runShellScript({ commands: ["uptime"], executionTimeoutSeconds: "600" }),
      // @ts-expect-error Automation presets take DocumentVersion only, not Run Command fields
      Documents.restartEc2Instance({}, { Comment: "restart" }),
    ];
    expect(wrong).toThrow(PresetValidationError);
  });
});
