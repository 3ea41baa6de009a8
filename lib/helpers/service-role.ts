// A least-privilege IAM role for maintenance window tasks: trusted by Systems Manager only, with a
// policy built from the tasks that use it (ServiceRoleArn: role) rather than written by hand.
import { Construct } from "constructs";
import { Lazy, newIamRole, newIamRolePolicy, type IamRole, type IamRolePolicy } from "../core/runtime";
import { registerGrantee } from "../core/grants";
import type { CanonicalTask } from "../task/canonical";
import { SSM_TRUST_POLICY, serviceRoleStatements, type PolicyStatement } from "./service-role-policy";

export interface MaintenanceWindowServiceRoleProps {
  /**
   * Name of the IAM role.
   *
   * @default - Terraform generates a unique name
   */
  readonly RoleName?: string;
  /**
   * Description of the role.
   *
   * @default "Service role for maintenance window tasks"
   */
  readonly Description?: string;
  /**
   * ARN of a permissions boundary policy.
   *
   * @default - no boundary
   */
  readonly PermissionsBoundary?: string;
}

/**
 * An IAM role that Systems Manager assumes to run maintenance window tasks. Pass it as a task's
 * `ServiceRoleArn`; its inline policy then allows exactly what those tasks do (send that command
 * document, start that runbook, invoke that function, start that state machine, pass the roles
 * they hand on) and nothing else.
 */
export class MaintenanceWindowServiceRole extends Construct {
  /** The underlying `aws_iam_role`. */
  readonly role: IamRole;
  /** The inline policy (`aws_iam_role_policy`) built from the tasks. */
  readonly policy: IamRolePolicy;
  private readonly tasks: CanonicalTask[] = [];

  constructor(scope: Construct, id: string, props: MaintenanceWindowServiceRoleProps = {}) {
    super(scope, id);
    this.role = newIamRole(this, "Resource", {
      name: props.RoleName,
      description: props.Description ?? "Service role for maintenance window tasks",
      permissionsBoundary: props.PermissionsBoundary,
      assumeRolePolicy: JSON.stringify(SSM_TRUST_POLICY),
    });
    this.policy = newIamRolePolicy(this, "Policy", {
      name: "maintenance-window-tasks",
      role: this.role.id,
      // Computed at synth: tasks register after the role is created.
      policy: Lazy.stringValue({ produce: () => JSON.stringify({ Version: "2012-10-17", Statement: this.statements() }) }),
    });
    // Tasks naming this role as ServiceRoleArn register with it (see core/grants.ts).
    registerGrantee(this, (task) => this.tasks.push(task as CanonicalTask));
    this.node.addValidation({
      validate: () => (this.tasks.length === 0 ? [`MaintenanceWindowServiceRole ${this.node.path} is used by no task: its policy would be empty (IAM rejects that). Pass it as a task's ServiceRoleArn.`] : []),
    });
  }

  /** ARN of the role. */
  get arn(): string {
    return this.role.arn;
  }

  /** Name of the role. */
  get roleName(): string {
    return this.role.name;
  }

  /** The policy statements for the tasks registered so far. */
  statements(): PolicyStatement[] {
    return serviceRoleStatements(this.tasks, this.arn);
  }
}
