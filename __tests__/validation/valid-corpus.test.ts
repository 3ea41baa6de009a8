// No false alarms: tasks AWS accepts get no error (and, unless noted, no warning).
import { Fn, Testing, TerraformStack, TerraformVariable } from "cdktf";
import { validateMaintenanceWindowTask } from "../../lib";
import { automationBase, lambdaBase, ROLE_ARN, runCommandBase, stepFunctionsBase, TARGET_ID, TOPIC_ARN, withRunCommand } from "../../test-support/fixtures";

const stack = new TerraformStack(Testing.app(), "corpus");
const str = new TerraformVariable(stack, "s", { type: "string" }).stringValue;
const num = new TerraformVariable(stack, "n", { type: "number" }).numberValue;
const list = new TerraformVariable(stack, "l", { type: "list(string)" }).listValue;

const VALID: [string, unknown][] = [
  ["minimal Run Command", runCommandBase],
  ["instance targets, percentages", { ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0", "i-01234567", "mi-0123456789abcdef0"] }], MaxConcurrency: "100%", MaxErrors: "0%" }],
  ["two targets, numbers", { ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }, { Key: "WindowTargetIds", Values: [TARGET_ID] }], MaxConcurrency: 5, MaxErrors: 0 }],
  ["every Run Command field", withRunCommand({
    Comment: "Patch", DocumentHash: "a".repeat(64), DocumentHashType: "Sha256", DocumentVersion: "$DEFAULT", TimeoutSeconds: 3600,
    OutputS3BucketName: "my-logs", OutputS3KeyPrefix: "mw/", ServiceRoleArn: ROLE_ARN,
    CloudWatchOutputConfig: { CloudWatchLogGroupName: "/aws/ssm/mw", CloudWatchOutputEnabled: true },
    NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["All"], NotificationType: "Invocation" },
    Parameters: { commands: ["echo {{ssm:/app/version}}", "echo $${HOME}"], workingDirectory: [""], executionTimeout: ["3600"] },
  })],
  ["document version number", withRunCommand({ DocumentVersion: "12" })],
  ["document ARN", { ...runCommandBase, TaskArn: "arn:aws:ssm:us-east-1:123456789012:document/My-Doc" }],
  ["AWS-owned document ARN without account", { ...runCommandBase, TaskArn: "arn:aws:ssm:us-east-1::document/AWS-RunShellScript", TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } } }],
  ["GovCloud role", { ...runCommandBase, ServiceRoleArn: "arn:aws-us-gov:iam::123456789012:role/service-role/mw" }],
  ["targetless automation with pseudo-parameters", { ...automationBase, TaskInvocationParameters: { Automation: { DocumentVersion: "$LATEST", Parameters: { InstanceId: ["{{TARGET_ID}}"], AutomationAssumeRole: [ROLE_ARN] } } } }],
  ["automation with targets", { ...automationBase, Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID] }], MaxConcurrency: "10%", MaxErrors: "1", TaskInvocationParameters: { MaintenanceWindowAutomationParameters: { Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } } }],
  ["lambda by name with qualifier", { ...lambdaBase, TaskArn: "cleanup", TaskInvocationParameters: { Lambda: { Qualifier: "$LATEST", Payload: '{"a":1}', ClientContext: "eyJ9" } } }],
  ["lambda by versioned ARN", { ...lambdaBase, TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup:3" }],
  ["lambda object payload", { ...lambdaBase, TaskInvocationParameters: { Lambda: { Payload: { nested: { list: [1, "two", null, true] } } } } }],
  ["step functions", { ...stepFunctionsBase, TaskInvocationParameters: { StepFunctions: { Input: { a: "b" }, Name: "run-1" } } }],
  ["step functions text input", { ...stepFunctionsBase, TaskInvocationParameters: { MaintenanceWindowStepFunctionsParameters: { Input: "[1,2]" } } }],
  ["cutoff + name + description", { ...automationBase, CutoffBehavior: "CANCEL_TASK", Name: "Nightly_job-1.0", Description: "Nightly ${}".replace("${}", "run") }],
  ["tokens everywhere", {
    WindowId: str, TaskArn: str, TaskType: "RUN_COMMAND", Priority: num, ServiceRoleArn: str, Name: str, Description: str,
    Targets: [{ Key: "InstanceIds", Values: list }], MaxConcurrency: num, MaxErrors: str,
    TaskInvocationParameters: { RunCommand: { TimeoutSeconds: num, OutputS3BucketName: str, Comment: str, Parameters: { commands: list, other: [str] },
      NotificationConfig: { NotificationArn: str, NotificationEvents: list }, ServiceRoleArn: str, DocumentVersion: str } },
  }],
  ["token TaskType skips type-specific rules", { ...automationBase, TaskType: str, TaskInvocationParameters: { Lambda: { Payload: str } } }],
  ["Targets as a list token", { ...runCommandBase, Targets: new TerraformVariable(stack, "tl", { type: "list(any)" }).listValue }],
  ["whole Targets list token", { ...runCommandBase, Targets: new TerraformVariable(stack, "t", { type: "list(any)" }).value }],
  ["Fn.rawString in a command", withRunCommand({ Parameters: { commands: [Fn.rawString("echo ${HOME}")] } })],
  ["object payload with tokens", { ...lambdaBase, TaskInvocationParameters: { Lambda: { Payload: { table: str, size: num } } } }],
];

describe("valid tasks get no diagnostics", () => {
  test.each(VALID)("%s", (_, props) => {
    expect(validateMaintenanceWindowTask(props)).toEqual([]);
  });
});
