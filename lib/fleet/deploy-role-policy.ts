// What the role Terraform assumes in each fleet account may do: manage maintenance windows, their
// targets and tasks, and their tags (the calls hashicorp/aws makes for aws_ssm_maintenance_window,
// _target and _task: create, read, update, delete), pass the tasks' service roles to Systems
// Manager, and — only when the stacks create their service roles — manage those roles. The list is
// checked against the calls the provider makes in the fleet's end-to-end test. Pure: props in,
// statements out.
import type { PolicyStatement } from "../core/iam";

/** The SSM calls of hashicorp/aws for windows, targets, tasks and their tags. */
export const MAINTENANCE_WINDOW_ACTIONS: readonly string[] = [
  "ssm:AddTagsToResource",
  "ssm:CreateMaintenanceWindow",
  "ssm:DeleteMaintenanceWindow",
  "ssm:DeregisterTargetFromMaintenanceWindow",
  "ssm:DeregisterTaskFromMaintenanceWindow",
  "ssm:DescribeMaintenanceWindowTargets",
  "ssm:DescribeMaintenanceWindowTasks",
  "ssm:GetMaintenanceWindow",
  "ssm:GetMaintenanceWindowTask",
  "ssm:ListTagsForResource",
  "ssm:RegisterTargetWithMaintenanceWindow",
  "ssm:RegisterTaskWithMaintenanceWindow",
  "ssm:RemoveTagsFromResource",
  "ssm:UpdateMaintenanceWindow",
  "ssm:UpdateMaintenanceWindowTarget",
  "ssm:UpdateMaintenanceWindowTask",
];

/** The IAM calls of hashicorp/aws for an aws_iam_role with an inline aws_iam_role_policy (MaintenanceWindowServiceRole). */
export const SERVICE_ROLE_ACTIONS: readonly string[] = [
  "iam:CreateRole",
  "iam:DeleteRole",
  "iam:DeleteRolePolicy",
  "iam:GetRole",
  "iam:GetRolePolicy",
  "iam:ListAttachedRolePolicies",
  "iam:ListInstanceProfilesForRole",
  "iam:ListRolePolicies",
  "iam:PutRolePolicy",
  "iam:TagRole",
  "iam:UntagRole",
  "iam:UpdateAssumeRolePolicy",
  "iam:UpdateRole",
  "iam:UpdateRoleDescription",
];

export interface DeployRolePolicyInput {
  /** Service roles the tasks name (ServiceRoleArn, Run Command notification roles): passed to SSM. */
  readonly passRoleArns: readonly string[];
  /** When the stacks create their own service roles: the name prefix those roles share. */
  readonly serviceRoleNamePrefix?: string;
}

/**
 * The statements of the deploy role. SSM resources are the caller's own account's (a role cannot
 * reach another account's windows), so the ARNs name the resource types, not the account.
 */
export function deployRoleStatements(input: DeployRolePolicyInput): PolicyStatement[] {
  const statements: PolicyStatement[] = [
    {
      Sid: "ManageMaintenanceWindows",
      Effect: "Allow",
      Action: [...MAINTENANCE_WINDOW_ACTIONS],
      Resource: ["arn:*:ssm:*:*:maintenancewindow/*", "arn:*:ssm:*:*:windowtarget/*", "arn:*:ssm:*:*:windowtask/*"],
    },
  ];
  const prefix = input.serviceRoleNamePrefix;
  const passed = [...new Set([...input.passRoleArns, ...(prefix === undefined ? [] : [`arn:*:iam::*:role/${prefix}*`])])].sort();
  if (passed.length > 0) {
    statements.push({ Sid: "PassServiceRolesToSsm", Effect: "Allow", Action: ["iam:PassRole"], Resource: passed, Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } } });
  }
  if (prefix !== undefined) {
    statements.push({ Sid: "ManageServiceRoles", Effect: "Allow", Action: [...SERVICE_ROLE_ACTIONS], Resource: [`arn:*:iam::*:role/${prefix}*`] });
  }
  return statements;
}

/** The trust policy: the deploying principals may assume the role (with the external id when one is set). */
export function deployRoleTrustPolicy(principals: readonly string[], externalId?: string): object {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: [...principals] },
        Action: "sts:AssumeRole",
        ...(externalId === undefined ? {} : { Condition: { StringEquals: { "sts:ExternalId": externalId } } }),
      },
    ],
  };
}
