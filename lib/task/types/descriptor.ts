// A task type, described once: its TaskType, the two spellings of its invocation block, how the
// block is read and rendered, what its TaskArn is, and which resources may stand for it. normalize,
// render, the rules and the service-role policy read this table instead of switching on TaskType.
// IAM resources use `*` in the partition, region and account positions: the task names the
// resource, and the role is usable in the partition and region the provider deploys to.
import type { PolicyStatement } from "../../core/iam";
import type { SsmMaintenanceWindowTaskTaskInvocationParameters } from "../../core/runtime";
import type { CanonicalInvocation, CanonicalTask, InvocationKind } from "../canonical";
import type { AnyResource, TaskReader } from "../reader";
import type { TerraformFields } from "../encode";

export type ParamsOf<K extends InvocationKind> = Extract<CanonicalInvocation, { kind: K }>["params"];

export interface TaskTypeDescriptor<K extends InvocationKind = InvocationKind> {
  /** The canonical block kind (the SSM API's short key). */
  readonly kind: K;
  /** The TaskType value, e.g. `RUN_COMMAND`. */
  readonly taskType: string;
  /** The invocation block's key in the SSM API (`RunCommand`) and in CloudFormation (`MaintenanceWindowRunCommandParameters`). */
  readonly shortKey: string;
  readonly longKey: string;
  /** Reads the block; undefined when it is not an object (the reader reported it). */
  read(reader: TaskReader, value: unknown, path: string): ParamsOf<K> | undefined;
  /** The block's name inside `task_invocation_parameters` and its fields' names (render and the reverse mapping read them). */
  readonly terraform: { readonly block: string; readonly fields: TerraformFields };
  /** The block as the provider's `task_invocation_parameters`. */
  render(params: ParamsOf<K>): SsmMaintenanceWindowTaskTaskInvocationParameters;
  /** What a TaskArn of this type looks like, for the TaskArnFormat warning. */
  readonly taskArn: { readonly test: (arn: string) => boolean; readonly allowed: string };
  /** Resource types that may be given as TaskArn, and the attribute taken from each. */
  readonly taskArnResources: Readonly<Record<string, (r: AnyResource) => unknown>>;
  /**
   * What the window's service role must be allowed to run a task of this type with this TaskArn
   * (`literal`: the TaskArn is a value, not a token), for MaintenanceWindowServiceRole.
   */
  servicePermissions(taskArn: string, literal: boolean, task: CanonicalTask): PolicyStatement[];
}
