// The least-privilege policy of a maintenance window service role, derived from the tasks that use
// it: SSM assumes the role to send each command, start each runbook, invoke each function or start
// each state machine — and to pass the roles those need. Pure: canonical tasks in, statements out.
import { blocksOf, type CanonicalTask } from "../task/canonical";
import { isToken } from "../core/tokens";

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string>>;
}

// `*` in the partition, region and account positions: the task names the resource, the role is
// usable in the partition and region the provider deploys to.
const DOCUMENT = (name: string) => `arn:*:ssm:*:*:document/${name}`;
const AUTOMATION_DEFINITION = (name: string) => `arn:*:ssm:*:*:automation-definition/${name}:*`;

/** The document name in a document ARN, or the name itself. */
function documentName(taskArn: string): string {
  return taskArn.startsWith("arn:") ? taskArn.slice(taskArn.indexOf(":document/") + ":document/".length) : taskArn;
}

/** Resources a RUN_COMMAND task sends its command to: the listed instances, or any instance. */
function commandTargets(task: CanonicalTask): string[] {
  const targets = Array.isArray(task.Targets) && !isToken(task.Targets) ? task.Targets : undefined;
  const ids = targets?.every((t) => t.Key === "InstanceIds" && Array.isArray(t.Values) && !isToken(t.Values))
    ? targets.flatMap((t) => t.Values ?? [])
    : undefined;
  if (ids && ids.length > 0) return ids.map((id) => (id.startsWith("mi-") ? `arn:*:ssm:*:*:managed-instance/${id}` : `arn:*:ec2:*:*:instance/${id}`));
  // Window targets (tags, resource groups) resolve to instances only when the window runs.
  return ["arn:*:ec2:*:*:instance/*", "arn:*:ssm:*:*:managed-instance/*"];
}

/** Roles the task hands on: the Run Command SNS publisher, an Automation runbook's assume role. */
function passedRoles(task: CanonicalTask): string[] {
  const roles: (string | undefined)[] = [];
  for (const b of blocksOf(task, "RunCommand")) roles.push(b.params.ServiceRoleArn);
  for (const b of blocksOf(task, "Automation")) roles.push(...(b.params.Parameters?.AutomationAssumeRole ?? []));
  return roles.filter((r): r is string => typeof r === "string");
}

function statementsFor(task: CanonicalTask): PolicyStatement[] {
  const arn = task.TaskArn;
  if (arn === undefined) return [];
  const literal = !isToken(arn);
  switch (task.TaskType) {
    case "RUN_COMMAND":
      return [
        { Sid: "SendCommand", Effect: "Allow", Action: ["ssm:SendCommand"], Resource: [literal && !arn.startsWith("arn:") ? DOCUMENT(arn) : arn, ...commandTargets(task)] },
        {
          Sid: "FollowCommands",
          Effect: "Allow",
          // These actions have no resource-level permissions.
          Action: ["ssm:CancelCommand", "ssm:GetCommandInvocation", "ssm:ListCommandInvocations", "ssm:ListCommands"],
          Resource: ["*"],
        },
      ];
    case "AUTOMATION":
      return [
        { Sid: "StartAutomation", Effect: "Allow", Action: ["ssm:StartAutomationExecution"], Resource: [literal ? AUTOMATION_DEFINITION(documentName(arn)) : "arn:*:ssm:*:*:automation-definition/*"] },
        { Sid: "FollowAutomation", Effect: "Allow", Action: ["ssm:GetAutomationExecution"], Resource: ["arn:*:ssm:*:*:automation-execution/*"] },
      ];
    case "LAMBDA": {
      const fn = literal && !arn.startsWith("arn:") ? `arn:*:lambda:*:*:function:${arn}` : arn;
      return [{ Sid: "InvokeFunction", Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: [fn, `${fn}:*`] }];
    }
    case "STEP_FUNCTIONS": {
      const machine = literal ? arn.replace(/^(arn:[^:]*:states:[^:]*:[^:]*):stateMachine:([^:]+).*$/, "$1:execution:$2:*") : "arn:*:states:*:*:execution:*";
      return [
        { Sid: "StartExecution", Effect: "Allow", Action: ["states:StartExecution"], Resource: [arn] },
        { Sid: "FollowExecution", Effect: "Allow", Action: ["states:DescribeExecution"], Resource: [machine] },
      ];
    }
    default:
      return [];
  }
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
