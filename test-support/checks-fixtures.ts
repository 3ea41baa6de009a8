// Raw provider resources with known findings, for the MaintenanceWindowTaskChecks aspect and the
// `check` command: one stack, judged in the tree by the aspect and, synthesized as `.tf.json` and
// as HCL, judged by `check`. EXPECTED lists every finding by resource: exactly these, nothing more.
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { Construct } from "constructs";

export const RESOURCE_IDS = { window: "BadWindow", target: "BadTarget", broken: "BrokenTask", risky: "RiskyTask", clean: "CleanTask", nested: "Module" } as const;

/** Every finding, as `<resource id> <level> <code>` (the resource id is its construct id under the stack). */
export const EXPECTED: readonly string[] = [
  "BadWindow error WindowCutoffNotBeforeDuration",
  "BadWindow error WindowScheduleFormat",
  "BadTarget error WindowTargetResourceTypeEnum",
  "BadTarget warning WindowTargetValuesEmpty",
  "BrokenTask error TimeoutSecondsRange",
  "BrokenTask error PriorityRange",
  "RiskyTask warning DocumentHashTypeSha1",
  "RiskyTask warning DocumentParameterRequired",
  "Module/Inner error TaskTypeEnum",
];

/** Adds the raw resources to `stack`; values that are references stay tokens (never judged). */
export function addRawResources(stack: TerraformStack): void {
  const hours = new TerraformVariable(stack, "hours", { type: "number", default: 2 });
  const window = new SsmMaintenanceWindow(stack, RESOURCE_IDS.window, { name: "weekly", schedule: "every sunday", duration: 2, cutoff: 2 });
  new SsmMaintenanceWindowTarget(stack, RESOURCE_IDS.target, {
    windowId: window.id,
    resourceType: "FOO",
    targets: [{ key: "tag:Role", values: [] }],
  });
  new SsmMaintenanceWindowTask(stack, RESOURCE_IDS.broken, {
    windowId: window.id,
    taskArn: "AWS-RunShellScript",
    taskType: "RUN_COMMAND",
    priority: -1,
    maxConcurrency: "1",
    maxErrors: "1",
    targets: [{ key: "WindowTargetIds", values: ["2d7a4c1e-9f41-4c3b-8f0e-6f1d2b7a9c10"] }],
    taskInvocationParameters: { runCommandParameters: { timeoutSeconds: 10, parameter: [{ name: "commands", values: ["uptime"] }] } },
  });
  new SsmMaintenanceWindowTask(stack, RESOURCE_IDS.risky, {
    windowId: "mw-0123456789abcdef0",
    taskArn: "AWS-RunShellScript",
    taskType: "RUN_COMMAND",
    maxConcurrency: "10%",
    maxErrors: "1",
    targets: [{ key: "InstanceIds", values: ["i-0123456789abcdef0"] }],
    taskInvocationParameters: { runCommandParameters: { documentHashType: "Sha1", documentHash: "a".repeat(40), timeoutSeconds: hours.numberValue } },
  });
  new SsmMaintenanceWindowTask(stack, RESOURCE_IDS.clean, {
    windowId: window.id,
    taskArn: "AWS-RestartEC2Instance",
    taskType: "AUTOMATION",
    priority: hours.numberValue,
    taskInvocationParameters: { automationParameters: { documentVersion: "$LATEST", parameter: [{ name: "InstanceId", values: ["{{RESOURCE_ID}}"] }] } },
  });
  const module = new Construct(stack, RESOURCE_IDS.nested);
  new SsmMaintenanceWindowTask(module, "Inner", { windowId: window.id, taskArn: "arn:aws:lambda:us-east-1:123456789012:function:f", taskType: "LAMBDA_FUNCTION" });
}

/** The stack as Terraform JSON (cdk.tf.json), without running any check. */
export function rawStackJson(): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), "raw");
  addRawResources(stack);
  return JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
}

/** The stack as HCL, as `cdktf synth --hcl` writes it. */
export function rawStackHcl(): string {
  const stack = new TerraformStack(Testing.app(), "raw");
  addRawResources(stack);
  return stack.toHclTerraform().hcl as string;
}
