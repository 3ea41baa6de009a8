// References instead of strings: constructs where the props name another resource.
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { SfnStateMachine } from "@cdktf/provider-aws/lib/sfn-state-machine";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import type { TerraformStack } from "cdktf";
import { MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../lib";
import { newStack, taskResources } from "../test-support/synth";

function resources(stack: TerraformStack) {
  const window = new SsmMaintenanceWindow(stack, "window", { name: "w", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
  const target = new SsmMaintenanceWindowTarget(stack, "target", { windowId: window.id, resourceType: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }] });
  const document = new SsmDocument(stack, "doc", { name: "my-doc", documentType: "Command", content: "{}" });
  const fn = new LambdaFunction(stack, "fn", { functionName: "cleanup", role: "arn:aws:iam::123456789012:role/l", handler: "index.handler", runtime: "nodejs20.x", filename: "fn.zip" });
  const machine = new SfnStateMachine(stack, "sm", { name: "nightly", roleArn: "arn:aws:iam::123456789012:role/s", definition: "{}" });
  const role = new IamRole(stack, "role", { assumeRolePolicy: "{}" });
  const topic = new SnsTopic(stack, "topic", { name: "t" });
  return { window, target, document, fn, machine, role, topic };
}

test("a window, a document, a role and a topic as constructs", () => {
  const stack = newStack();
  const r = resources(stack);
  new MaintenanceWindowTask(stack, "Task", {
    WindowId: r.window,
    TaskArn: r.document,
    TaskType: "RUN_COMMAND",
    Priority: 1,
    ServiceRoleArn: r.role,
    Targets: [{ Key: "WindowTargetIds", Values: [r.target.id] }],
    MaxConcurrency: "1",
    MaxErrors: "0",
    TaskInvocationParameters: { RunCommand: { ServiceRoleArn: r.role, NotificationConfig: { NotificationArn: r.topic, NotificationType: "Command" } } },
  });
  const task = taskResources(stack).Task;
  expect(task).toMatchObject({
    window_id: "${aws_ssm_maintenance_window.window.id}",
    task_arn: "${aws_ssm_document.doc.name}",
    service_role_arn: "${aws_iam_role.role.arn}",
    task_invocation_parameters: {
      run_command_parameters: { service_role_arn: "${aws_iam_role.role.arn}", notification_config: { notification_arn: "${aws_sns_topic.topic.arn}" } },
    },
  });
});

test.each([
  ["LAMBDA", (r: ReturnType<typeof resources>) => r.fn, "${aws_lambda_function.fn.arn}"],
  ["STEP_FUNCTIONS", (r: ReturnType<typeof resources>) => r.machine, "${aws_sfn_state_machine.sm.arn}"],
  ["AUTOMATION", (r: ReturnType<typeof resources>) => r.document, "${aws_ssm_document.doc.name}"],
] as const)("%s takes its TaskArn from the construct", (type, pick, expected) => {
  const stack = newStack();
  const r = resources(stack);
  new MaintenanceWindowTask(stack, "Task", { WindowId: r.window, TaskType: type, TaskArn: pick(r), Priority: 1 } as MaintenanceWindowTaskProps);
  expect(taskResources(stack).Task.task_arn).toBe(expected);
});

test("fails when a construct of the wrong type is given, naming both", () => {
  const stack = newStack();
  const r = resources(stack);
  const props = { WindowId: r.target, TaskArn: r.fn, TaskType: "RUN_COMMAND", Priority: 1 } as unknown as MaintenanceWindowTaskProps;
  expect(() => new MaintenanceWindowTask(stack, "Task", props)).toThrow(
    /\[ReferenceType\] WindowId: Got an aws_ssm_maintenance_window_target resource where WindowId expects an aws_ssm_maintenance_window resource[\s\S]*\[ReferenceType\] TaskArn: Got an aws_lambda_function resource where TaskArn expects an aws_ssm_document resource/,
  );
});

test("the types tie TaskArn constructs to TaskType", () => {
  const stack = newStack();
  const r = resources(stack);
  // @ts-expect-error a Lambda function is not a document
  const bad: MaintenanceWindowTaskProps = { WindowId: r.window, TaskType: "RUN_COMMAND", TaskArn: r.fn, Priority: 1 };
  expect(bad.TaskType).toBe("RUN_COMMAND");
});
