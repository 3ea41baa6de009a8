// References instead of strings: props that name another resource also accept the resource's
// construct. The shapes are structural (no import of the provider's classes, which would cost load
// and type-check time); at synth the resource's Terraform type is checked, so passing, say, a
// Lambda function where a document belongs is an error naming both.

/** Any cdktf resource construct. */
export interface TerraformResourceRef {
  /** The Terraform resource type, e.g. `aws_ssm_document`. */
  readonly terraformResourceType: string;
}

/** A maintenance window: an `SsmMaintenanceWindow`, or this library's `MaintenanceWindow`. */
export type MaintenanceWindowRef = (TerraformResourceRef & { readonly id: string }) | { readonly resource: TerraformResourceRef & { readonly id: string } };

/** An SSM document (`SsmDocument`): a Command document or an Automation runbook. The task uses its name. */
export interface DocumentRef extends TerraformResourceRef {
  readonly name: string;
  readonly arn: string;
}

/** A Lambda function (`LambdaFunction`). The task uses its ARN. */
export interface LambdaFunctionRef extends TerraformResourceRef {
  readonly arn: string;
  readonly functionName: string;
}

/** A Step Functions state machine (`SfnStateMachine`). The task uses its ARN. */
export interface StateMachineRef extends TerraformResourceRef {
  readonly arn: string;
  readonly name: string;
}

/** An IAM role (`IamRole`, or this library's `MaintenanceWindowServiceRole`). The task uses its ARN. */
export interface RoleRef {
  readonly arn: string;
}

/** An SNS topic (`SnsTopic`). The notification uses its ARN. */
export interface TopicRef {
  readonly arn: string;
}
