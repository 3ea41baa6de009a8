import type { Rule } from "./rule";
import { hasTargets, literal, literalTaskType } from "./helpers";
import { AWS_SHAPE_PATTERNS, MAX_WINDOW_TARGET_IDS, matchesAwsPattern } from "../../../core/aws-patterns";
import { isToken } from "../../../core/tokens";
import { show } from "../../../core/diagnostics";


/**
 * Targets: RUN_COMMAND needs one; a task accepts only InstanceIds and WindowTargetIds keys; ids must
 * have AWS's format; MaxConcurrency/MaxErrors are required with targets and forbidden without.
 */
export const targetRules: Rule = {
  codes: {
    TargetsRequired: "error",
    MaxConcurrencyRequired: "error",
    MaxErrorsRequired: "error",
    MaxConcurrencyWithoutTargets: "error",
    MaxErrorsWithoutTargets: "error",
    TargetKeyUnsupported: "error",
    TargetValuesEmpty: "error",
    WindowTargetIdsCount: "error",
    InstanceIdFormat: "error",
    WindowTargetIdFormat: "error",
  },
  check(task, sink) {
    const targeted = hasTargets(task);
    if (targeted === false && literalTaskType(task) === "RUN_COMMAND") {
      sink.error(
        "TargetsRequired",
        "Targets",
        'RUN_COMMAND tasks need at least one target. Add Targets: [{ Key: "WindowTargetIds", Values: [windowTarget.id] }] or [{ Key: "InstanceIds", Values: ["i-…"] }].',
      );
    }
    if (targeted === true) {
      if (task.MaxConcurrency === undefined) {
        sink.error("MaxConcurrencyRequired", "MaxConcurrency", 'A task with Targets needs MaxConcurrency (e.g. "1" or "10%"); AWS rejects it otherwise.');
      }
      if (task.MaxErrors === undefined) {
        sink.error("MaxErrorsRequired", "MaxErrors", 'A task with Targets needs MaxErrors (e.g. "0" or "10%"); AWS rejects it otherwise.');
      }
    }
    if (targeted === false) {
      const why = (field: string) => `AWS rejects it on tasks without targets ("Maintenance window tasks without targets do not support ${field} values")`;
      if (task.MaxConcurrency !== undefined) {
        sink.error("MaxConcurrencyWithoutTargets", "MaxConcurrency", `MaxConcurrency ${show(task.MaxConcurrency)} is set but the task has no Targets; ${why("MaxConcurrency")}. Remove it, or add Targets.`);
      }
      if (task.MaxErrors !== undefined) {
        sink.error("MaxErrorsWithoutTargets", "MaxErrors", `MaxErrors ${show(task.MaxErrors)} is set but the task has no Targets; ${why("MaxErrors")}. Remove it, or add Targets.`);
      }
    }
    if (isToken(task.Targets) || !Array.isArray(task.Targets)) return;
    for (const target of task.Targets) {
      checkTarget(target.path, target.Key, target.Values, sink);
    }
  },
};

function checkTarget(path: string, key: string | undefined, values: string[] | undefined, sink: Parameters<Rule["check"]>[1]): void {
  if (literal(key) && key !== "InstanceIds" && key !== "WindowTargetIds") {
    sink.error(
      "TargetKeyUnsupported",
      `${path}.Key`,
      `${show(key)} is not a target type for a task; AWS accepts only "InstanceIds" or "WindowTargetIds" here. ` +
        "To target by tag or resource group, register an aws_ssm_maintenance_window_target with that key and use its id under WindowTargetIds.",
    );
  }
  if (!values || isToken(values)) return;
  if (values.length === 0) {
    sink.error("TargetValuesEmpty", `${path}.Values`, "Values is empty; a target needs at least one id. Add ids or remove the target.");
  }
  if (key === "WindowTargetIds" && values.length > MAX_WINDOW_TARGET_IDS) {
    sink.error(
      "WindowTargetIdsCount",
      `${path}.Values`,
      `${values.length} window target ids given; AWS allows at most ${MAX_WINDOW_TARGET_IDS} ("The maximum number of window targets is 10"). Combine targets into fewer window targets.`,
    );
  }
  const idPattern = key === "InstanceIds" ? AWS_SHAPE_PATTERNS.InstanceId : key === "WindowTargetIds" ? AWS_SHAPE_PATTERNS.MaintenanceWindowTargetId : undefined;
  if (!idPattern) return;
  values.forEach((id, i) => {
    if (isToken(id) || matchesAwsPattern(idPattern, id)) return;
    if (key === "InstanceIds") {
      sink.error("InstanceIdFormat", `${path}.Values[${i}]`, `${show(id)} is not an instance id. Allowed: "i-" followed by 8 or 17 characters, or "mi-" followed by 17 (managed nodes).`);
    } else {
      sink.error("WindowTargetIdFormat", `${path}.Values[${i}]`, `${show(id)} is not a window target id. Allowed: the 36-character UUID of an aws_ssm_maintenance_window_target (use its .id).`);
    }
  });
}
