import type { CanonicalTask } from "../../canonical";
export { blocksOf } from "../../canonical";
import { isToken } from "../../../core/tokens";

/** true / false when known; undefined when Targets is a token (unknown until apply). */
export function hasTargets(task: CanonicalTask): boolean | undefined {
  if (task.Targets === undefined) return false;
  if (isToken(task.Targets) || !Array.isArray(task.Targets)) return undefined;
  return task.Targets.length > 0;
}

/** The literal TaskType, or undefined when it is missing or a token. */
export function literalTaskType(task: CanonicalTask): string | undefined {
  return task.TaskType === undefined || isToken(task.TaskType) ? undefined : task.TaskType;
}

/** A string we can judge: present and not a token. */
export function literal(value: string | undefined): value is string {
  return value !== undefined && !isToken(value);
}
