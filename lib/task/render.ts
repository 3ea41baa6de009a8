// render: canonical task → the provider's SsmMaintenanceWindowTaskConfig. Pure (creates no
// constructs) and run only after validation found no errors. Empty optional blocks are never
// emitted: an empty `notification_config {}` is a known perpetual diff in the provider.
import type {
  SsmMaintenanceWindowTaskConfig,
  SsmMaintenanceWindowTaskTaskInvocationParameters,
  SsmMaintenanceWindowTaskTaskInvocationParametersRunCommandParameters as RunCommandConfig,
} from "../core/runtime";
import type {
  CanonicalAutomation,
  CanonicalInvocation,
  CanonicalLambda,
  CanonicalRunCommand,
  CanonicalStepFunctions,
  CanonicalTask,
  JsonField,
  ParameterMap,
} from "./canonical";
import { taskTypeOf } from "./normalize";
import { Fn, type IResolvable } from "../core/runtime";
import { containsToken, isToken } from "../core/tokens";
import { canonicalJson, sortKeysDeep } from "../core/json-value";

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
  TaskInvocationParameters: "task_invocation_parameters",
};

/** The resource config without meta-arguments (the construct adds those). */
export type RenderedTask = Omit<SsmMaintenanceWindowTaskConfig, "dependsOn" | "count" | "provider" | "lifecycle" | "forEach" | "provisioners" | "connection">;

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
  const inv = task.invocations.find((i) => isToken(task.TaskType) || taskTypeOf(i.kind) === task.TaskType);
  if (inv) return renderBlock(inv);
  if (task.TaskType === "RUN_COMMAND" && (task.LoggingInfo || task.TaskParameters)) {
    return { runCommandParameters: renderRunCommand(fromDeprecated(task)) };
  }
  return undefined;
}

function renderBlock(inv: CanonicalInvocation): SsmMaintenanceWindowTaskTaskInvocationParameters {
  switch (inv.kind) {
    case "RunCommand":
      return { runCommandParameters: renderRunCommand(inv.params) };
    case "Automation":
      return { automationParameters: renderAutomation(inv.params) };
    case "Lambda":
      return { lambdaParameters: renderLambda(inv.params) };
    case "StepFunctions":
      return { stepFunctionsParameters: renderStepFunctions(inv.params) };
  }
}

/** LoggingInfo → OutputS3BucketName/KeyPrefix; TaskParameters → Parameters (Region has no home). */
export function fromDeprecated(task: CanonicalTask): CanonicalRunCommand {
  return {
    OutputS3BucketName: task.LoggingInfo?.S3Bucket,
    OutputS3KeyPrefix: task.LoggingInfo?.S3Prefix,
    Parameters: task.TaskParameters,
  };
}

function renderRunCommand(p: CanonicalRunCommand): RunCommandConfig {
  return {
    comment: p.Comment,
    documentHash: p.DocumentHash,
    documentHashType: p.DocumentHashType,
    documentVersion: p.DocumentVersion,
    outputS3Bucket: p.OutputS3BucketName,
    outputS3KeyPrefix: p.OutputS3KeyPrefix,
    serviceRoleArn: p.ServiceRoleArn,
    timeoutSeconds: p.TimeoutSeconds,
    cloudwatchConfig: renderCloudWatch(p.CloudWatchOutputConfig),
    notificationConfig: p.NotificationConfig && {
      notificationArn: p.NotificationConfig.NotificationArn,
      notificationEvents: p.NotificationConfig.NotificationEvents,
      notificationType: p.NotificationConfig.NotificationType,
    },
    parameter: renderParameters(p.Parameters),
  };
}

/**
 * `{ CloudWatchOutputEnabled: false }` without a log group is what AWS does anyway, and the one
 * form of the block AWS may not read back (the provider's flatten sets `cloudwatch_config` only
 * when GetMaintenanceWindowTask returns one), which would plan a change on every run. Tasks without
 * the block read back clean (HashiCorp's acceptance tests), so that form is left out.
 */
function renderCloudWatch(cw: CanonicalRunCommand["CloudWatchOutputConfig"]): RunCommandConfig["cloudwatchConfig"] {
  if (!cw) return undefined;
  if (cw.CloudWatchOutputEnabled === false && cw.CloudWatchLogGroupName === undefined) return undefined;
  return { cloudwatchLogGroupName: cw.CloudWatchLogGroupName, cloudwatchOutputEnabled: cw.CloudWatchOutputEnabled };
}

function renderAutomation(p: CanonicalAutomation) {
  return { documentVersion: p.DocumentVersion, parameter: renderParameters(p.Parameters) };
}

function renderLambda(p: CanonicalLambda) {
  return { clientContext: p.ClientContext, payload: renderJson(p.Payload), qualifier: p.Qualifier };
}

function renderStepFunctions(p: CanonicalStepFunctions) {
  return { input: renderJson(p.Input), name: p.Name };
}

/** A name → values map as Terraform's `parameter` set, sorted by name as the provider reads it back. */
export function renderParameters(map: ParameterMap | undefined): { name: string; values: string[] }[] | undefined {
  if (!map) return undefined;
  const names = Object.keys(map).sort();
  return names.length === 0 ? undefined : names.map((name) => ({ name, values: map[name] }));
}

/**
 * Objects become canonical JSON text (keys sorted at every level), so reordering an object's keys
 * never plans an update; with tokens inside, Terraform's jsonencode() builds it at apply time
 * (it sorts object keys too).
 */
export function renderJson(value: JsonField | undefined): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  if (isToken(value)) return value as unknown as string; // a token for the whole text
  return containsToken(value) ? Fn.jsonencode(sortKeysDeep(value)) : canonicalJson(value);
}

/** Drops undefined values and blocks left empty, recursively (arrays and tokens are kept as they are). */
export function prune<T>(value: T): T {
  return pruneValue(value) as T;
}

function pruneValue(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || isToken(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const pruned = pruneValue(v);
    if (pruned !== undefined) out[key] = pruned;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
