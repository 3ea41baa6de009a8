// Static factories for a task's `Targets`, enforcing AWS's limits where the mistake is made.
import type { MaintenanceWindowTaskTarget } from "../props/task-props";
import type { TerraformResourceRef } from "../props/references";
import { MaintenanceWindowConfigError } from "../core/errors";
import { isToken } from "../core/tokens";
import { AWS_SHAPE_PATTERNS, matchesAwsPattern } from "../core/aws-patterns";
import { MAX_WINDOW_TARGET_IDS } from "../core/aws-patterns";

/** A window target: an `SsmMaintenanceWindowTarget` (or anything with its `id`). */
export type WindowTargetRef = TerraformResourceRef & { readonly id: string };

const MAX_TARGETS = 5;
const MAX_VALUES = 50;

export class TaskTargets {
  /**
   * Targets the given window targets (constructs or ids) — how a task runs on instances chosen by
   * tag or resource group. Passing constructs makes the task depend on them: no id wiring.
   *
   * AWS allows at most 10 window targets per task.
   */
  static windowTargets(targets: (WindowTargetRef | string)[]): MaintenanceWindowTaskTarget[] {
    if (isToken(targets)) return [{ Key: "WindowTargetIds", Values: targets as string[] }];
    if (targets.length === 0) throw new MaintenanceWindowConfigError("TargetValuesEmpty", "TaskTargets.windowTargets", "No window targets given; pass at least one.");
    if (targets.length > MAX_WINDOW_TARGET_IDS) {
      throw new MaintenanceWindowConfigError(
        "WindowTargetIdsCount",
        "TaskTargets.windowTargets",
        `${targets.length} window targets given; AWS allows at most ${MAX_WINDOW_TARGET_IDS} per task. Combine them into fewer window targets (a window target can match many instances).`,
      );
    }
    const ids = targets.map((t, i) => {
      if (typeof t === "string") return t;
      if (t.terraformResourceType !== "aws_ssm_maintenance_window_target") {
        throw new MaintenanceWindowConfigError("ReferenceType", `TaskTargets.windowTargets[${i}]`, `Got an ${t.terraformResourceType} resource; expected an aws_ssm_maintenance_window_target or its id.`);
      }
      return t.id;
    });
    ids.forEach((id, i) => {
      if (!isToken(id) && !matchesAwsPattern(AWS_SHAPE_PATTERNS.MaintenanceWindowTargetId, id)) {
        throw new MaintenanceWindowConfigError("WindowTargetIdFormat", `TaskTargets.windowTargets[${i}]`, `${JSON.stringify(id)} is not a window target id (a 36-character UUID). Pass the window target construct or its .id.`);
      }
    });
    return [{ Key: "WindowTargetIds", Values: ids }];
  }

  /**
   * Targets instances by id, split into targets of at most 50 ids (AWS's limit per target); at most
   * 250 ids (5 targets). A list token becomes one target.
   */
  static instances(ids: string[]): MaintenanceWindowTaskTarget[] {
    if (isToken(ids)) return [{ Key: "InstanceIds", Values: ids }];
    if (ids.length === 0) throw new MaintenanceWindowConfigError("TargetValuesEmpty", "TaskTargets.instances", "No instance ids given; pass at least one.");
    if (ids.length > MAX_TARGETS * MAX_VALUES) {
      throw new MaintenanceWindowConfigError(
        "TargetsCount",
        "TaskTargets.instances",
        `${ids.length} instance ids given; a task takes at most ${MAX_TARGETS * MAX_VALUES} (5 targets of 50). Target them by tag through a window target instead.`,
      );
    }
    ids.forEach((id, i) => {
      if (!isToken(id) && !matchesAwsPattern(AWS_SHAPE_PATTERNS.InstanceId, id)) {
        throw new MaintenanceWindowConfigError("InstanceIdFormat", `TaskTargets.instances[${i}]`, `${JSON.stringify(id)} is not an instance id ("i-" + 8 or 17 characters, or "mi-" + 17 for managed nodes).`);
      }
    });
    const targets: MaintenanceWindowTaskTarget[] = [];
    for (let i = 0; i < ids.length; i += MAX_VALUES) targets.push({ Key: "InstanceIds", Values: ids.slice(i, i + MAX_VALUES) });
    return targets;
  }
}
