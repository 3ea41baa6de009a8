// The role each fleet account needs for Terraform: trusted by the deploying principal (a CI role in
// a central account), allowed exactly the maintenance-window calls (see deploy-role-policy.ts).
// Created once per account, in a bootstrap stack deployed with that account's admin credentials.
import { Construct } from "constructs";
import { newIamRole, newIamRolePolicy, type IamRole, type IamRolePolicy } from "../core/runtime";
import { MaintenanceWindowConfigError } from "../core/errors";
import { show } from "../core/diagnostics";
import { isToken } from "../core/tokens";
import { deployRoleStatements, deployRoleTrustPolicy } from "./deploy-role-policy";

export interface MaintenanceWindowFleetDeployRoleProps {
  /** Who may assume the role: IAM role or account ARNs of the deploying principal, e.g. `arn:aws:iam::999999999999:role/ci-deploy`. */
  readonly TrustedPrincipalArns: readonly string[];
  /**
   * Name of the role; the fleet's `roleArn` names it.
   *
   * @default "maintenance-window-deploy"
   */
  readonly RoleName?: string;
  /**
   * The external id the deploying principal must present.
   *
   * @default - none
   */
  readonly ExternalId?: string;
  /**
   * The service roles the tasks name (`ServiceRoleArn`): the deploy role may pass them to Systems Manager.
   *
   * @default - none
   */
  readonly PassRoleArns?: readonly string[];
  /**
   * When the fleet's stacks create their own service roles (MaintenanceWindowServiceRole with a
   * RoleName), the prefix of those names: the deploy role may then create, change, delete and pass
   * roles with that prefix, and no others.
   *
   * @default - the stacks create no IAM roles
   */
  readonly ServiceRoleNamePrefix?: string;
  /**
   * ARN of a permissions boundary policy.
   *
   * @default - no boundary
   */
  readonly PermissionsBoundary?: string;
}

const PRINCIPAL = /^arn:aws[a-z-]*:(iam::\d{12}:(root|role\/.+|user\/.+)|sts::\d{12}:assumed-role\/.+)$|^\d{12}$/;

/**
 * The IAM role that Terraform assumes in a fleet account (a {@link FleetTarget}'s `roleArn`), with
 * least privilege: the maintenance window, target and task calls of hashicorp/aws, `iam:PassRole`
 * of the named service roles to SSM only, and — with `ServiceRoleNamePrefix` — management of the
 * service roles the stacks create.
 */
export class MaintenanceWindowFleetDeployRole extends Construct {
  readonly role: IamRole;
  readonly policy: IamRolePolicy;

  constructor(scope: Construct, id: string, props: MaintenanceWindowFleetDeployRoleProps) {
    const path = `${scope.node.path ? `${scope.node.path}/` : ""}${id}`;
    const principals: unknown = props?.TrustedPrincipalArns;
    if (!Array.isArray(principals) || principals.length === 0) {
      throw new MaintenanceWindowConfigError("FleetDeployRolePrincipals", `${path}.TrustedPrincipalArns`, `${show(principals)}: give the ARNs that may assume the role (the CI role that runs cdktf deploy), e.g. ["arn:aws:iam::999999999999:role/ci-deploy"].`);
    }
    for (const [i, p] of principals.entries()) {
      if (isToken(p)) continue;
      if (typeof p !== "string" || !PRINCIPAL.test(p)) {
        throw new MaintenanceWindowConfigError("FleetDeployRolePrincipals", `${path}.TrustedPrincipalArns[${i}]`, `${show(p)} is not an IAM principal: allowed are arn:aws:iam::<account>:role/<name>, :user/<name>, :root, or a 12-digit account id.`);
      }
    }
    super(scope, id);
    this.role = newIamRole(this, "Resource", {
      name: props.RoleName ?? "maintenance-window-deploy",
      description: "Terraform deploys maintenance windows with this role (MaintenanceWindowFleet)",
      permissionsBoundary: props.PermissionsBoundary,
      assumeRolePolicy: JSON.stringify(deployRoleTrustPolicy(principals as string[], props.ExternalId)),
    });
    this.policy = newIamRolePolicy(this, "Policy", {
      name: "maintenance-window-deploy",
      role: this.role.id,
      policy: JSON.stringify({ Version: "2012-10-17", Statement: deployRoleStatements({ passRoleArns: props.PassRoleArns ?? [], serviceRoleNamePrefix: props.ServiceRoleNamePrefix }) }),
    });
  }

  /** ARN of the role: a fleet target's `roleArn`. */
  get arn(): string {
    return this.role.arn;
  }
}
