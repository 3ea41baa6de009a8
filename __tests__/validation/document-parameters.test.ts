// Parameters of AWS-owned documents checked against the catalog (lib/catalog): names, required
// parameters, allowed values, patterns, value counts and the document type against TaskType. All
// warnings (AWS registers the task; every run fails). A customer's own document gets none.
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { MaintenanceWindowTask, validateMaintenanceWindowTask, type Diagnostic } from "../../lib";
import { automationBase, runCommandBase } from "../../test-support/fixtures";
import { warningsOf } from "../../test-support/synth";

function runCommand(taskArn: string, parameters?: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...runCommandBase, TaskArn: taskArn, TaskInvocationParameters: { RunCommand: { ...(parameters && { Parameters: parameters }), ...extra } } };
}

function automation(taskArn: string, parameters?: Record<string, unknown>): Record<string, unknown> {
  return { ...automationBase, TaskArn: taskArn, ...(parameters && { TaskInvocationParameters: { Automation: { Parameters: parameters } } }) };
}

function codes(props: Record<string, unknown>): string[] {
  return validateMaintenanceWindowTask(props).map((d) => `${d.level} ${d.code} ${d.path}`);
}

function only(props: Record<string, unknown>): Diagnostic {
  const diagnostics = validateMaintenanceWindowTask(props);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0];
}

describe("the mistakes from the issue", () => {
  test("Commands on AWS-RunShellScript (the parameter is commands)", () => {
    const d = only(runCommand("AWS-RunShellScript", { Commands: ["uptime"] }));
    expect(d).toMatchObject({ code: "DocumentParameterUnknown", level: "warning", path: "TaskInvocationParameters.RunCommand.Parameters.Commands" });
    expect(d.message).toContain('Did you mean "commands"?');
    expect(d.message).toContain("case-sensitive");
  });

  test("operation instead of Operation on AWS-RunPatchBaseline", () => {
    const d = only(runCommand("AWS-RunPatchBaseline", { operation: ["Install"] }));
    expect(d).toMatchObject({ code: "DocumentParameterUnknown", path: "TaskInvocationParameters.RunCommand.Parameters.operation" });
    expect(d.message).toContain('Did you mean "Operation"?');
  });

  test('RebootOption: ["Always"] (allowed: RebootIfNeeded, NoReboot), without echoing the value', () => {
    const d = only(runCommand("AWS-RunPatchBaseline", { Operation: ["Install"], RebootOption: ["Always"] }));
    expect(d).toMatchObject({ code: "DocumentParameterNotAllowed", path: "TaskInvocationParameters.RunCommand.Parameters.RebootOption" });
    expect(d.message).toContain('"RebootIfNeeded", "NoReboot"');
    expect(d.message).not.toContain("Always");
  });

  test("an Automation runbook on a RUN_COMMAND task", () => {
    const d = only(runCommand("AWS-RestartEC2Instance", { InstanceId: ["{{RESOURCE_ID}}"] }));
    expect(d).toMatchObject({ code: "DocumentTypeMismatch", level: "warning", path: "TaskArn" });
    expect(d.message).toContain('TaskType to "AUTOMATION"');
  });

  test("a Command document on an AUTOMATION task", () => {
    const d = only(automation("AWS-RunShellScript", { commands: ["uptime"] }));
    expect(d).toMatchObject({ code: "DocumentTypeMismatch", path: "TaskArn" });
    expect(d.message).toContain('TaskType to "RUN_COMMAND"');
  });

  test("the construct warns (and synthesizes), and the warning can be acknowledged", () => {
    const stack = new TerraformStack(Testing.app(), "params");
    new MaintenanceWindowTask(stack, "Patch", runCommand("AWS-RunPatchBaseline", { Operation: ["install"] }) as never);
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[DocumentParameterNotAllowed\] TaskInvocationParameters\.RunCommand\.Parameters\.Operation: .*write "Install"/)]);
    const quiet = new TerraformStack(Testing.app(), "quiet");
    new MaintenanceWindowTask(quiet, "Patch", { ...runCommand("AWS-RunPatchBaseline", { Operation: ["install"] }), acknowledgeWarnings: ["DocumentParameterNotAllowed"] } as never);
    expect(warningsOf(quiet)).toEqual([]);
  });
});

describe("correct parameters get no diagnostic", () => {
  test.each([
    ["AWS-RunShellScript", { commands: ["uptime", "df -h"], workingDirectory: ["/tmp"], executionTimeout: ["172800"] }],
    ["AWS-RunPowerShellScript", { commands: ["Get-Service"], executionTimeout: ["1"] }],
    ["AWS-RunPatchBaseline", { Operation: ["Scan"], RebootOption: ["NoReboot"], SnapshotId: ["12345699-9405-4f69-bc5e-9315a0123456"], InstallOverrideList: ["s3://b/k.yaml"], BaselineOverride: [""] }],
    ["AWS-UpdateSSMAgent", { allowDowngrade: ["false"], version: [""] }],
    ["AWS-UpdateSSMAgent", undefined],
  ])("%s %j", (arn, parameters) => {
    expect(codes(runCommand(arn, parameters))).toEqual([]);
  });

  test.each([
    ["AWS-RestartEC2Instance", { InstanceId: ["i-0123456789abcdef0", "{{RESOURCE_ID}}"], AutomationAssumeRole: ["arn:aws:iam::123456789012:role/a"] }],
    ["AWS-CreateImage", { InstanceId: ["{{TARGET_ID}}"], NoReboot: ["false"] }],
    ["AWS-ResizeInstance", { InstanceId: ["i-0123456789abcdef0"], InstanceType: ["t3.large"] }],
  ])("%s %j", (arn, parameters) => {
    expect(codes(automation(arn, parameters))).toEqual([]);
  });

  test("by ARN of the AWS-owned document, and with a DocumentVersion", () => {
    expect(codes(runCommand("arn:aws:ssm:us-east-1::document/AWS-RunPatchBaseline", { Operation: ["Install"] }))).toEqual([]);
    expect(codes(runCommand("arn:aws:ssm:us-east-1::document/AWS-RunPatchBaseline", { Operation: ["Patch"] }))).toEqual([
      "warning DocumentParameterNotAllowed TaskInvocationParameters.RunCommand.Parameters.Operation",
    ]);
    const pinned = { ...automationBase, TaskArn: "AWS-RestartEC2Instance", TaskInvocationParameters: { Automation: { DocumentVersion: "1", Parameters: { InstanceIds: ["i-0123456789abcdef0"] } } } };
    expect(codes(pinned)).toEqual(["warning DocumentParameterUnknown TaskInvocationParameters.Automation.Parameters.InstanceIds"]);
    expect(only(pinned).message).toContain('Did you mean "InstanceId"?');
  });

  test("pseudo parameters and {{ssm:…}} references are accepted wherever a value goes", () => {
    expect(codes(runCommand("AWS-RunPatchBaseline", { Operation: ["{{ssm:/patching/operation}}"], SnapshotId: ["{{WINDOW_EXECUTION_ID}}"], RebootOption: ["{{ssm:/patching/reboot}}"] }))).toEqual([]);
    expect(codes(runCommand("AWS-RunShellScript", { commands: ["echo hi"], executionTimeout: ["{{ssm:/mw/timeout}}"] }))).toEqual([]);
  });

  test("tokens are never judged", () => {
    const stack = new TerraformStack(Testing.app(), "tokens");
    const op = new TerraformVariable(stack, "op", { type: "string" });
    const list = new TerraformVariable(stack, "cmds", { type: "list(string)" });
    expect(codes(runCommand("AWS-RunPatchBaseline", { Operation: [op.stringValue] }))).toEqual([]);
    expect(codes(runCommand("AWS-RunShellScript", { commands: list.listValue }))).toEqual([]);
    expect(codes({ ...runCommand("AWS-RunShellScript", { commands: ["x"] }), TaskArn: op.stringValue })).toEqual([]);
  });
});

describe("a customer's own document gets no parameter diagnostic", () => {
  test.each([
    ["my-shell-script", { Commands: ["uptime"], anything: ["x"] }],
    ["arn:aws:ssm:us-east-1:123456789012:document/MyPatching", { operation: ["Always"] }],
  ])("%s", (arn, parameters) => {
    expect(codes(runCommand(arn, parameters))).toEqual([]);
    expect(codes(automation(arn, parameters))).toEqual([]);
  });
});

describe("required parameters, counts and types", () => {
  test("a required parameter missing, with a hint for runbooks on targets", () => {
    expect(codes(runCommand("AWS-RunPatchBaseline", { RebootOption: ["NoReboot"] }))).toEqual(["warning DocumentParameterRequired TaskInvocationParameters.RunCommand.Parameters"]);
    expect(codes(runCommand("AWS-RunShellScript"))).toEqual(["warning DocumentParameterRequired TaskInvocationParameters.RunCommand.Parameters"]);
    const d = only(automation("AWS-RestartEC2Instance"));
    expect(d).toMatchObject({ code: "DocumentParameterRequired", path: "TaskInvocationParameters.Automation.Parameters" });
    expect(d.message).toContain("{{RESOURCE_ID}}");
  });

  test("deprecated TaskParameters are what the document receives when there is no invocation block", () => {
    const props = { ...runCommandBase, TaskArn: "AWS-RunPatchBaseline", TaskParameters: { operation: { Values: ["Install"] } } };
    expect(codes(props)).toEqual(["warning TaskParametersDeprecated TaskParameters", "warning DocumentParameterUnknown TaskParameters.operation"]);
  });

  test("one value for a String, at least one for commands, whole numbers and booleans, maxChars", () => {
    expect(codes(runCommand("AWS-RunPatchBaseline", { Operation: ["Scan", "Install"] }))).toEqual(["warning DocumentParameterType TaskInvocationParameters.RunCommand.Parameters.Operation"]);
    expect(codes(runCommand("AWS-RunShellScript", { commands: [] }))).toEqual(["warning DocumentParameterType TaskInvocationParameters.RunCommand.Parameters.commands"]);
    expect(codes(automation("AWS-CreateImage", { InstanceId: ["i-0123456789abcdef0"], NoReboot: ["yes"] }))).toEqual(["warning DocumentParameterType TaskInvocationParameters.Automation.Parameters.NoReboot"]);
    expect(codes(runCommand("AWS-RunShellScript", { commands: ["x"], workingDirectory: [`/${"d".repeat(4096)}`] }))).toEqual(["warning DocumentParameterType TaskInvocationParameters.RunCommand.Parameters.workingDirectory"]);
  });

  test("a value that breaks the document's pattern (matched as a whole, as SSM does)", () => {
    for (const timeout of ["0", "172801", "999999", "60s"]) {
      expect(codes(runCommand("AWS-RunShellScript", { commands: ["x"], executionTimeout: [timeout] }))).toEqual(["warning DocumentParameterPattern TaskInvocationParameters.RunCommand.Parameters.executionTimeout"]);
    }
    const d = only(runCommand("AWS-RunPatchBaseline", { Operation: ["Install"], InstallOverrideList: ["http://example.com/secret-list.yaml"] }));
    expect(d.code).toBe("DocumentParameterPattern");
    expect(d.message).not.toContain("secret-list");
  });

  test("an unknown name on a complete entry, with and without a hint", () => {
    expect(only(runCommand("AWS-RunShellScript", { commands: ["x"], workingDir: ["/tmp"] })).message).toContain('Did you mean "workingDirectory"?');
    expect(only(runCommand("AWS-RunShellScript", { commands: ["x"], zzz: ["1"] })).message).not.toContain("Did you mean");
  });

  test("entries whose source lists only some parameters report names that differ in case only", () => {
    expect(codes(runCommand("AWS-ApplyAnsiblePlaybooks", { SourceType: ["GitHub"], TimeoutSeconds: ["3600"] }))).toEqual([]);
    expect(codes(runCommand("AWS-ApplyAnsiblePlaybooks", { sourcetype: ["GitHub"] }))).toEqual(["warning DocumentParameterUnknown TaskInvocationParameters.RunCommand.Parameters.sourcetype"]);
  });

  test("both spellings of a name: the existing DuplicateParameterName error and the unknown one", () => {
    expect(codes(runCommand("AWS-RunShellScript", { commands: ["x"], Commands: ["y"] }))).toEqual([
      "error DuplicateParameterName TaskInvocationParameters.RunCommand.Parameters.Commands",
      "warning DocumentParameterUnknown TaskInvocationParameters.RunCommand.Parameters.Commands",
    ]);
  });
});
