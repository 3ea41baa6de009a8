// A fixed account for the import unit tests (__tests__/cli-import.test.ts): one window with a
// target and one task of each type, as the SSM API answers, and a fake SSM port that serves it in
// pages of `pageSize` (NextToken "p1", "p2", …) and records every call.
import type { LiveWindowState } from "../lib/cli/import/read";
import type { SsmAction, SsmApi, SsmCalls } from "../lib/cli/import/ssm";

export const WINDOW_ID = "mw-0123456789abcdef0";
export const TARGET_ID = "e32eecb2-646c-4f4b-8ed1-205fb0c0ffee";

export function weeklyPatching(): LiveWindowState {
  return {
    window: {
      WindowId: WINDOW_ID,
      Name: "weekly-patching",
      Description: "Patch the web fleet",
      Schedule: "cron(0 2 ? * SUN *)",
      ScheduleTimezone: "Europe/Berlin",
      Duration: 3,
      Cutoff: 1,
      AllowUnassociatedTargets: false,
      Enabled: true,
    },
    tags: { Team: "ops", "aws:cloudformation:stack-name": "legacy", "cost center": "42" },
    targets: [{ WindowTargetId: TARGET_ID, ResourceType: "INSTANCE", Name: "web", Targets: [{ Key: "tag:Role", Values: ["web"] }] }],
    tasks: [
      {
        WindowTaskId: "33333333-3333-3333-3333-333333333333",
        TaskType: "LAMBDA",
        TaskArn: "arn:aws:lambda:eu-central-1:123456789012:function:cleanup",
        Priority: 3,
        MaxConcurrency: "1",
        MaxErrors: "1",
        ServiceRoleArn: "arn:aws:iam::123456789012:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM",
        TaskInvocationParameters: { Lambda: { Payload: new TextEncoder().encode('{"dryRun":true}'), Qualifier: "live" } },
      },
      {
        WindowTaskId: "11111111-1111-1111-1111-111111111111",
        Name: "patch",
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunPatchBaseline",
        Priority: 1,
        Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID] }],
        MaxConcurrency: "10%",
        MaxErrors: "1",
        CutoffBehavior: "CANCEL_TASK",
        TaskInvocationParameters: { RunCommand: { TimeoutSeconds: 600, Parameters: { Operation: ["Install"], RebootOption: ["RebootIfNeeded"] } } },
      },
      {
        WindowTaskId: "44444444-4444-4444-4444-444444444444",
        Name: "nightly",
        TaskType: "STEP_FUNCTIONS",
        TaskArn: "arn:aws:states:eu-central-1:123456789012:stateMachine:nightly",
        Priority: 4,
        MaxConcurrency: "1",
        MaxErrors: "1",
        ServiceRoleArn: "arn:aws:iam::123456789012:role/maintenance",
        TaskInvocationParameters: { StepFunctions: { Input: '{"mode": "full"}', Name: "nightly" } },
      },
      {
        WindowTaskId: "22222222-2222-2222-2222-222222222222",
        Name: "restart",
        TaskType: "AUTOMATION",
        TaskArn: "AWS-RestartEC2Instance",
        Priority: 2,
        MaxConcurrency: "1",
        MaxErrors: "1",
        TaskInvocationParameters: { Automation: { DocumentVersion: "$DEFAULT", Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } },
      },
    ],
  };
}

export interface FakeSsm extends SsmApi {
  readonly calls: { action: SsmAction; input: unknown }[];
}

/** Serves `windows` in pages of `pageSize`; `fail` may throw for a call instead. */
export function fakeSsm(windows: readonly LiveWindowState[], pageSize: number, fail?: (action: SsmAction) => unknown): FakeSsm {
  const calls: { action: SsmAction; input: unknown }[] = [];
  const page = <T>(items: readonly T[], token: string | undefined) => {
    const start = token ? Number(token.slice(1)) * pageSize : 0;
    const end = start + pageSize;
    return { items: items.slice(start, end), ...(end < items.length ? { NextToken: `p${end / pageSize}` } : {}) };
  };
  const find = (id: string) => {
    const w = windows.find((x) => x.window.WindowId === id);
    if (!w) throw Object.assign(new Error(`Maintenance window ${id} does not exist`), { name: "DoesNotExistException" });
    return w;
  };
  const handlers: { [A in SsmAction]: (input: SsmCalls[A]["input"]) => SsmCalls[A]["output"] } = {
    DescribeMaintenanceWindows: (i) => {
      const { items, ...rest } = page(windows, i.NextToken);
      return { WindowIdentities: items.map((w) => ({ WindowId: w.window.WindowId, Name: w.window.Name })), ...rest };
    },
    GetMaintenanceWindow: (i) => find(i.WindowId).window,
    ListTagsForResource: (i) => ({ TagList: Object.entries(find(i.ResourceId).tags).map(([Key, Value]) => ({ Key, Value })) }),
    DescribeMaintenanceWindowTargets: (i) => {
      const { items, ...rest } = page(find(i.WindowId).targets, i.NextToken);
      return { Targets: items, ...rest };
    },
    DescribeMaintenanceWindowTasks: (i) => {
      const { items, ...rest } = page(find(i.WindowId).tasks, i.NextToken);
      return { Tasks: items.map((t) => ({ WindowTaskId: t.WindowTaskId, TaskArn: t.TaskArn })), ...rest };
    },
    GetMaintenanceWindowTask: (i) => {
      const task = find(i.WindowId).tasks.find((t) => t.WindowTaskId === i.WindowTaskId);
      if (!task) throw Object.assign(new Error("no such task"), { name: "DoesNotExistException" });
      return task;
    },
  };
  return {
    calls,
    call: async (action, input) => {
      calls.push({ action, input });
      const error = fail?.(action);
      if (error) throw error;
      return (handlers[action] as (input: unknown) => never)(input);
    },
    account: async () => "123456789012",
  };
}
