// render: canonical task → the provider's SsmMaintenanceWindowTaskConfig. Pure (creates no
// constructs) and run only after validation found no errors. Empty optional blocks are never
// emitted: an empty `notification_config {}` is a known perpetual diff in the provider.
import type { IResolvable, SsmMaintenanceWindowTaskConfig, SsmMaintenanceWindowTaskTaskInvocationParameters } from "../core/runtime";
import { isToken } from "../core/tokens";
import type { CanonicalTask } from "./canonical";
import { prune } from "./encode";
import { renderBlock, RUN_COMMAND, taskTypeOfKind } from "./types";

/** Our PascalCase names → Terraform's attribute names, for `lifecycle.ignoreChanges`. */
export const TASK_TERRAFORM_NAMES: Readonly<Record<string, string>> = {
  WindowId: "window_id",
  TaskArn: "task_arn",
  TaskType: "task_type",
  Priority: "priority",
  MaxConcurrency: "max_concurrency",
  MaxErrors: "max_errors",
  Targets: "targets",
  ServiceRoleArn: "service_role_arn",
  CutoffBehavior: "cutoff_behavior",
  Name: "name",
  Description: "description",
  Region: "region",
  TaskInvocationParameters: "task_invocation_parameters",
};

/**
 * The resource config without meta-arguments (the construct adds those). `region` is hashicorp/aws
 * 6's: the rules let it through only when the binding has it (lib/core/region.ts).
 */
export type RenderedTask = Omit<SsmMaintenanceWindowTaskConfig, "dependsOn" | "count" | "provider" | "lifecycle" | "forEach" | "provisioners" | "connection"> & { readonly region?: string };

export function renderTask(task: CanonicalTask): RenderedTask {
  return prune({
    windowId: task.WindowId as string,
    taskArn: task.TaskArn as string,
    taskType: task.TaskType as string,
    priority: task.Priority,
    maxConcurrency: task.MaxConcurrency,
    maxErrors: task.MaxErrors,
    targets: renderTargets(task.Targets),
    serviceRoleArn: task.ServiceRoleArn,
    cutoffBehavior: task.CutoffBehavior,
    name: task.Name,
    description: task.Description,
    region: task.Region,
    taskInvocationParameters: renderInvocation(task),
  });
}

function renderTargets(targets: CanonicalTask["Targets"]): RenderedTask["targets"] {
  if (targets === undefined) return undefined;
  if (isToken(targets) || !Array.isArray(targets)) return targets as IResolvable; // a token for the whole list
  return targets.length === 0 ? undefined : targets.map((t) => ({ key: t.Key as string, values: t.Values as string[] }));
}

/** The block matching TaskType; for a RUN_COMMAND task without one, the deprecated fields' translation. */
function renderInvocation(task: CanonicalTask): SsmMaintenanceWindowTaskTaskInvocationParameters | undefined {
  const inv = task.invocations.find((i) => isToken(task.TaskType) || taskTypeOfKind(i.kind).taskType === task.TaskType);
  if (inv) return renderBlock(inv);
  return task.fromDeprecated && RUN_COMMAND.render(task.fromDeprecated);
}
