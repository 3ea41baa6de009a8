// The least-privilege policy of a maintenance window service role, derived from the tasks that use
// it: SSM assumes the role to send each command, start each runbook, invoke each function or start
// each state machine — and to pass the roles those need. Pure: canonical tasks in, statements out.
import { blocksOf, type CanonicalTask } from "../task/canonical";
import type { PolicyStatement } from "../core/iam";
import { isToken } from "../core/tokens";
import { taskTypeNamed } from "../task/types";

export type { PolicyStatement } from "../core/iam";

/** Roles the task hands on: the Run Command SNS publisher, an Automation runbook's assume role. */
function passedRoles(task: CanonicalTask): string[] {
  const roles: (string | undefined)[] = [];
  for (const b of blocksOf(task, "RunCommand")) roles.push(b.params.ServiceRoleArn);
  for (const b of blocksOf(task, "Automation")) roles.push(...(b.params.Parameters?.AutomationAssumeRole ?? []));
  return roles.filter((r): r is string => typeof r === "string");
}

/** What the role needs for one task: its task type's permissions for its TaskArn (none for an unknown type). */
function statementsFor(task: CanonicalTask): PolicyStatement[] {
  const arn = task.TaskArn;
  if (arn === undefined) return [];
  return taskTypeNamed(task.TaskType)?.servicePermissions(arn, !isToken(arn), task) ?? [];
}

/**
 * The statements for a set of tasks: one per kind of permission, resources merged, sorted and
 * de-duplicated so the policy is stable (no diff when tasks are re-ordered).
 */
export function serviceRoleStatements(tasks: readonly CanonicalTask[], selfArn?: string): PolicyStatement[] {
  const bySid = new Map<string, PolicyStatement>();
  const add = (s: PolicyStatement) => {
    const existing = bySid.get(s.Sid);
    if (existing) existing.Resource = [...new Set([...existing.Resource, ...s.Resource])];
    else bySid.set(s.Sid, { ...s, Resource: [...s.Resource] });
  };
  for (const task of tasks) {
    statementsFor(task).forEach(add);
    // The role is also the Run Command notification publisher: it may publish to those topics.
    for (const b of blocksOf(task, "RunCommand")) {
      const topic = b.params.NotificationConfig?.NotificationArn;
      if (selfArn !== undefined && b.params.ServiceRoleArn === selfArn && topic !== undefined) {
        add({ Sid: "PublishNotifications", Effect: "Allow", Action: ["sns:Publish"], Resource: [topic] });
      }
    }
    const roles = passedRoles(task);
    if (roles.length > 0) {
      add({ Sid: "PassRolesToSsm", Effect: "Allow", Action: ["iam:PassRole"], Resource: roles, Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } } });
    }
  }
  return [...bySid.values()]
    .map((s) => ({ ...s, Resource: s.Resource.includes("*") ? ["*"] : [...s.Resource].sort() }))
    .sort((a, b) => a.Sid.localeCompare(b.Sid));
}

/** Trust policy: only Systems Manager may assume the role. */
export const SSM_TRUST_POLICY = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }],
};
