// The four task types, and lookups by TaskType and by block kind.
import type { SsmMaintenanceWindowTaskTaskInvocationParameters } from "../../core/runtime";
import type { CanonicalInvocation, InvocationKind } from "../canonical";
import type { TaskTypeDescriptor } from "./descriptor";
import { AUTOMATION } from "./automation";
import { LAMBDA } from "./lambda";
import { RUN_COMMAND } from "./run-command";
import { STEP_FUNCTIONS } from "./step-functions";

export type { TaskTypeDescriptor, ParamsOf } from "./descriptor";
export { RUN_COMMAND, AUTOMATION, LAMBDA, STEP_FUNCTIONS };

/** Every task type, in the order the SSM API lists TaskInvocationParameters' members. */
export const TASK_TYPES: readonly TaskTypeDescriptor[] = [RUN_COMMAND, AUTOMATION, LAMBDA, STEP_FUNCTIONS] as readonly TaskTypeDescriptor<InvocationKind>[] as readonly TaskTypeDescriptor[];

/** The task type of a TaskType value, or undefined for an unknown value (or a token). */
export function taskTypeNamed(taskType: unknown): TaskTypeDescriptor | undefined {
  return TASK_TYPES.find((t) => t.taskType === taskType);
}

/** An invocation block as the provider's `task_invocation_parameters`, by its task type's renderer. */
export function renderBlock(inv: CanonicalInvocation): SsmMaintenanceWindowTaskTaskInvocationParameters {
  // The kind and the params of one block always match (CanonicalInvocation is a discriminated union).
  return (taskTypeOfKind(inv.kind) as TaskTypeDescriptor).render(inv.params as never);
}

/** The task type an invocation block kind belongs to. */
export function taskTypeOfKind<K extends InvocationKind>(kind: K): TaskTypeDescriptor<K> {
  return TASK_TYPES.find((t) => t.kind === kind) as unknown as TaskTypeDescriptor<K>;
}
