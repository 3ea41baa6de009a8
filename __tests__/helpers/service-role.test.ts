import { Testing } from "cdktf";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { MaintenanceWindowServiceRole, MaintenanceWindowTask } from "../../lib";
import { normalize } from "../../lib/task/normalize";
import { serviceRoleStatements } from "../../lib/helpers/service-role-policy";
import { automationBase, lambdaBase, runCommandBase, stepFunctionsBase, WINDOW_ID } from "../../test-support/fixtures";
import { newStack, synthJson, taskResources } from "../../test-support/synth";

const canonical = (props: unknown) => normalize(props).task;

describe("serviceRoleStatements (pure)", () => {
  test("Run Command on listed instances: the document and those instances only", () => {
    const statements = serviceRoleStatements([canonical({ ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0", "mi-0123456789abcdef0"] }] })]);
    expect(statements).toEqual([
      { Sid: "FollowCommands", Effect: "Allow", Action: ["ssm:CancelCommand", "ssm:GetCommandInvocation", "ssm:ListCommandInvocations", "ssm:ListCommands"], Resource: ["*"] },
      {
        Sid: "SendCommand",
        Effect: "Allow",
        Action: ["ssm:SendCommand"],
        Resource: ["arn:*:ec2:*:*:instance/i-0123456789abcdef0", "arn:*:ssm:*:*:document/Acme-RunScript", "arn:*:ssm:*:*:managed-instance/mi-0123456789abcdef0"],
      },
    ]);
  });

  test("Run Command on window targets may reach any instance (tags resolve at run time)", () => {
    const [, send] = serviceRoleStatements([canonical(runCommandBase)]);
    expect(send.Resource).toEqual(["arn:*:ec2:*:*:instance/*", "arn:*:ssm:*:*:document/Acme-RunScript", "arn:*:ssm:*:*:managed-instance/*"]);
  });

  test("Automation: that runbook, and PassRole for its AutomationAssumeRole only to SSM", () => {
    const role = "arn:aws:iam::123456789012:role/automation";
    const statements = serviceRoleStatements([canonical({ ...automationBase, TaskInvocationParameters: { Automation: { Parameters: { AutomationAssumeRole: [role] } } } })]);
    expect(statements).toEqual([
      { Sid: "FollowAutomation", Effect: "Allow", Action: ["ssm:GetAutomationExecution"], Resource: ["arn:*:ssm:*:*:automation-execution/*"] },
      { Sid: "PassRolesToSsm", Effect: "Allow", Action: ["iam:PassRole"], Resource: [role], Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } } },
      { Sid: "StartAutomation", Effect: "Allow", Action: ["ssm:StartAutomationExecution"], Resource: ["arn:*:ssm:*:*:automation-definition/Acme-RestartInstances:*"] },
    ]);
  });

  test("Lambda and Step Functions: that function (any qualifier), that state machine and its executions", () => {
    const statements = serviceRoleStatements([canonical(lambdaBase), canonical(stepFunctionsBase)]);
    expect(statements).toEqual([
      { Sid: "FollowExecution", Effect: "Allow", Action: ["states:DescribeExecution"], Resource: ["arn:aws:states:us-east-1:123456789012:execution:nightly:*"] },
      { Sid: "InvokeFunction", Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: ["arn:aws:lambda:us-east-1:123456789012:function:cleanup", "arn:aws:lambda:us-east-1:123456789012:function:cleanup:*"] },
      { Sid: "StartExecution", Effect: "Allow", Action: ["states:StartExecution"], Resource: ["arn:aws:states:us-east-1:123456789012:stateMachine:nightly"] },
    ]);
  });

  test("the policy does not depend on the order of the tasks", () => {
    const tasks = [canonical(runCommandBase), canonical(lambdaBase), canonical({ ...runCommandBase, TaskArn: "AWS-RunPatchBaseline" })];
    expect(serviceRoleStatements([...tasks].reverse())).toEqual(serviceRoleStatements(tasks));
  });

  test("as the Run Command notification role it may publish to the task's topic, and pass itself to SSM", () => {
    const self = "arn:aws:iam::123456789012:role/mw";
    const topic = "arn:aws:sns:us-east-1:123456789012:mw";
    const task = canonical({ ...runCommandBase, TaskInvocationParameters: { RunCommand: { ServiceRoleArn: self, NotificationConfig: { NotificationArn: topic } } } });
    const statements = serviceRoleStatements([task], self);
    expect(statements.find((s) => s.Sid === "PublishNotifications")).toEqual({ Sid: "PublishNotifications", Effect: "Allow", Action: ["sns:Publish"], Resource: [topic] });
    expect(statements.find((s) => s.Sid === "PassRolesToSsm")?.Resource).toEqual([self]);
    expect(serviceRoleStatements([task], "arn:aws:iam::123456789012:role/other").find((s) => s.Sid === "PublishNotifications")).toBeUndefined();
  });

  test("nothing is granted for a task type it does not know", () => {
    expect(serviceRoleStatements([canonical({ ...automationBase, TaskType: "SHELL" })])).toEqual([]);
  });
});

describe("MaintenanceWindowServiceRole", () => {
  test("tasks that use it as ServiceRoleArn build its policy; the role trusts SSM only", () => {
    const stack = newStack();
    const role = new MaintenanceWindowServiceRole(stack, "Role", { RoleName: "mw-tasks" });
    const fn = new LambdaFunction(stack, "fn", { functionName: "cleanup", role: "arn:aws:iam::123456789012:role/l", handler: "h", runtime: "nodejs20.x", filename: "f.zip" });
    new MaintenanceWindowTask(stack, "Run", { ...runCommandBase, ServiceRoleArn: role });
    new MaintenanceWindowTask(stack, "Fn", { WindowId: WINDOW_ID, TaskType: "LAMBDA", TaskArn: fn, Priority: 2, ServiceRoleArn: role });
    const json = synthJson(stack) as { resource: Record<string, Record<string, Record<string, string>>> };
    const iamRole = Object.values(json.resource.aws_iam_role)[0];
    expect(JSON.parse(iamRole.assume_role_policy)).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    const policy = JSON.parse(Object.values(json.resource.aws_iam_role_policy)[0].policy);
    expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(["FollowCommands", "InvokeFunction", "SendCommand"]);
    expect(policy.Statement[1].Resource).toEqual(["${aws_lambda_function.fn.arn}", "${aws_lambda_function.fn.arn}:*"]);
    expect(taskResources(stack).Run.service_role_arn).toMatch(/^\$\{aws_iam_role\.Role_[0-9A-F]{8}\.arn\}$/);
  });

  test("a role no task uses fails validation (IAM rejects an empty policy)", () => {
    const stack = newStack();
    new MaintenanceWindowServiceRole(stack, "Unused");
    expect(() => Testing.fullSynth(stack)).toThrow(/used by no task/);
  });
});
