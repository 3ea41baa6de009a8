// Valid props for each task type, used as the base of validation cases.
export const WINDOW_ID = "mw-0123456789abcdef0";
export const TARGET_ID = "e32eecb2-646c-4f4b-8ed1-205fba1b2c3d";
export const ROLE_ARN = "arn:aws:iam::123456789012:role/maintenance";
export const TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:maintenance";

// A customer's own Command document: the document catalog's parameter checks do not apply to it,
// so cases about other rules are not also reporting a missing `commands` parameter.
export const runCommandBase = {
  WindowId: WINDOW_ID,
  TaskArn: "Acme-RunScript",
  TaskType: "RUN_COMMAND",
  Priority: 1,
  Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID] }],
  MaxConcurrency: "1",
  MaxErrors: "0",
} as const;

export const automationBase = { WindowId: WINDOW_ID, TaskArn: "Acme-RestartInstances", TaskType: "AUTOMATION", Priority: 1 } as const;
export const lambdaBase = { WindowId: WINDOW_ID, TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup", TaskType: "LAMBDA", Priority: 1 } as const;
export const stepFunctionsBase = {
  WindowId: WINDOW_ID,
  TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:nightly",
  TaskType: "STEP_FUNCTIONS",
  Priority: 1,
} as const;

/** RUN_COMMAND props with the given Run Command block. */
export function withRunCommand(params: Record<string, unknown>): Record<string, unknown> {
  return { ...runCommandBase, TaskInvocationParameters: { RunCommand: params } };
}
