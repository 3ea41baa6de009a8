// Per-field limits from AWS's API model. Each row names the botocore shape its numbers, pattern or
// enum come from; __tests__/validation/aws-model-conformance.test.ts proves every row equals
// lib/validation/aws-model.json (extracted by scripts/extract-aws-model.py) — so these constants are
// checked against AWS's machine-readable model, not just against our own tests.
import type { CanonicalInvocation, CanonicalTask, InvocationKind } from "../canonical";
import { isToken } from "../../core/tokens";
import { at, items, type FieldConstraint as Constraint, type Located } from "../../core/field-constraints";

/** A row of the task's table. */
export type FieldConstraint = Constraint<CanonicalTask>;

function blocks<K extends InvocationKind>(task: CanonicalTask, kind: K): Extract<CanonicalInvocation, { kind: K }>[] {
  return task.invocations.filter((i): i is Extract<CanonicalInvocation, { kind: K }> => i.kind === kind);
}

/** A field of every invocation block of a kind. */
function inBlock<K extends InvocationKind>(kind: K, pick: (params: Extract<CanonicalInvocation, { kind: K }>["params"]) => unknown, field: string) {
  return (task: CanonicalTask): Located[] => blocks(task, kind).flatMap((b) => at(`${b.path}.${field}`, pick(b.params)));
}

function targets(task: CanonicalTask) {
  return Array.isArray(task.Targets) && !isToken(task.Targets) ? task.Targets : [];
}

function parameterEntries(task: CanonicalTask, kind: "RunCommand" | "Automation") {
  return blocks(task, kind).flatMap((b) =>
    (isToken(b.params.Parameters) ? [] : Object.entries(b.params.Parameters ?? {})).map(([name, values]) => ({ path: `${b.path}.Parameters.${name}`, name, values })),
  );
}

export const FIELD_CONSTRAINTS: readonly FieldConstraint[] = [
  {
    code: "WindowIdFormat", shape: "MaintenanceWindowId", measure: "string", min: 20, max: 20, pattern: "^mw-[0-9a-f]{17}$",
    allowed: '"mw-" followed by 17 lowercase hex digits (20 characters), e.g. a window resource\'s id',
    select: (t) => at("WindowId", t.WindowId),
  },
  {
    code: "TaskArnLength", shape: "MaintenanceWindowTaskArn", measure: "string", min: 1, max: 1600,
    allowed: "1–1600 characters", select: (t) => at("TaskArn", t.TaskArn),
  },
  {
    code: "TaskTypeEnum", shape: "MaintenanceWindowTaskType", measure: "string",
    enum: ["RUN_COMMAND", "AUTOMATION", "STEP_FUNCTIONS", "LAMBDA"],
    allowed: "RUN_COMMAND, AUTOMATION, STEP_FUNCTIONS or LAMBDA", select: (t) => at("TaskType", t.TaskType),
  },
  {
    code: "PriorityRange", shape: "MaintenanceWindowTaskPriority", measure: "integer", min: 0,
    terraform: { counts: "int32", min: 0, max: 2147483647 }, allowed: "a whole number from 0 to 2147483647 (lower runs first; Terraform stores it as a 32-bit integer)", select: (t) => at("Priority", t.Priority),
  },
  {
    code: "MaxConcurrencyFormat", shape: "MaxConcurrency", measure: "string", min: 1, max: 7,
    pattern: "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$",
    allowed: 'a whole number ≥ 1 without leading zeros (at most 7 characters) or a percentage from "1%" to "100%"',
    select: (t) => at("MaxConcurrency", t.MaxConcurrency),
  },
  {
    code: "MaxErrorsFormat", shape: "MaxErrors", measure: "string", min: 1, max: 7,
    pattern: "^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$",
    allowed: 'a whole number ≥ 0 without leading zeros (at most 7 characters) or a percentage from "0%" to "100%"',
    select: (t) => at("MaxErrors", t.MaxErrors),
  },
  {
    code: "NameFormat", shape: "MaintenanceWindowName", measure: "string", min: 3, max: 128, pattern: "^[a-zA-Z0-9_\\-.]{3,128}$",
    allowed: "3–128 characters: letters, digits, _ - and .", select: (t) => at("Name", t.Name),
  },
  {
    code: "DescriptionLength", shape: "MaintenanceWindowDescription", measure: "string", min: 1, max: 128, sensitive: true,
    terraform: { counts: "bytes", min: 1, max: 128 }, allowed: "1–128 characters and at most 128 bytes in UTF-8", select: (t) => at("Description", t.Description),
  },
  {
    code: "CutoffBehaviorEnum", shape: "MaintenanceWindowTaskCutoffBehavior", measure: "string", enum: ["CONTINUE_TASK", "CANCEL_TASK"],
    allowed: "CONTINUE_TASK or CANCEL_TASK", select: (t) => at("CutoffBehavior", t.CutoffBehavior),
  },
  {
    code: "TargetsCount", shape: "Targets", measure: "count", min: 0, max: 5,
    allowed: "at most 5 targets; put more instances in one target's Values, or use a window target",
    select: (t) => at("Targets", t.Targets),
  },
  {
    code: "TargetKeyFormat", shape: "TargetKey", measure: "string", min: 1, max: 163,
    pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name",
    allowed: "1–163 characters of letters, digits, spaces and _ . : / = - @",
    select: (t) => targets(t).flatMap((x) => at(`${x.path}.Key`, x.Key)),
  },
  {
    code: "TargetValuesCount", shape: "TargetValues", measure: "count", min: 0, max: 50,
    allowed: "at most 50 values per target; split them over several targets",
    select: (t) => targets(t).flatMap((x) => at(`${x.path}.Values`, x.Values)),
  },
  {
    code: "CommentLength", shape: "Comment", measure: "string", max: 100,
    terraform: { counts: "bytes", max: 100 }, allowed: "at most 100 characters and 100 bytes in UTF-8", select: inBlock("RunCommand", (p) => p.Comment, "Comment"),
  },
  {
    code: "CloudWatchLogGroupNameLength", shape: "CloudWatchLogGroupName", measure: "string", min: 1, max: 512,
    allowed: "1–512 characters",
    select: inBlock("RunCommand", (p) => p.CloudWatchOutputConfig?.CloudWatchLogGroupName, "CloudWatchOutputConfig.CloudWatchLogGroupName"),
  },
  {
    code: "DocumentHashLength", shape: "DocumentHash", measure: "string", max: 256,
    terraform: { counts: "bytes", max: 256 }, allowed: "at most 256 characters and 256 bytes in UTF-8", select: inBlock("RunCommand", (p) => p.DocumentHash, "DocumentHash"),
  },
  {
    code: "DocumentHashTypeEnum", shape: "DocumentHashType", measure: "string", enum: ["Sha256", "Sha1"],
    allowed: "Sha256 or Sha1", select: inBlock("RunCommand", (p) => p.DocumentHashType, "DocumentHashType"),
  },
  {
    code: "DocumentVersionFormat", shape: "DocumentVersion", measure: "string", pattern: "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)",
    allowed: '"$DEFAULT", "$LATEST" or a version number such as "3"',
    select: (t) => [
      ...inBlock("RunCommand", (p) => p.DocumentVersion, "DocumentVersion")(t),
      ...inBlock("Automation", (p) => p.DocumentVersion, "DocumentVersion")(t),
    ],
  },
  {
    code: "NotificationEventsEnum", shape: "NotificationEvent", measure: "string",
    enum: ["All", "InProgress", "Success", "TimedOut", "Cancelled", "Failed"],
    allowed: "All, InProgress, Success, TimedOut, Cancelled or Failed",
    select: (t) => blocks(t, "RunCommand").flatMap((b) => items(b.params.NotificationConfig?.NotificationEvents, `${b.path}.NotificationConfig.NotificationEvents`)),
  },
  {
    code: "NotificationTypeEnum", shape: "NotificationType", measure: "string", enum: ["Command", "Invocation"],
    allowed: "Command or Invocation",
    select: inBlock("RunCommand", (p) => p.NotificationConfig?.NotificationType, "NotificationConfig.NotificationType"),
  },
  {
    code: "OutputS3BucketNameLength", shape: "S3BucketName", measure: "string", min: 3, max: 63,
    allowed: "3–63 characters (an S3 bucket name)",
    select: (t) => [
      ...inBlock("RunCommand", (p) => p.OutputS3BucketName, "OutputS3BucketName")(t),
      ...at(t.LoggingInfo?.paths.S3Bucket ?? "", t.LoggingInfo?.S3Bucket),
    ],
  },
  {
    code: "OutputS3KeyPrefixLength", shape: "S3KeyPrefix", measure: "string", max: 500,
    allowed: "at most 500 characters",
    select: (t) => [
      ...inBlock("RunCommand", (p) => p.OutputS3KeyPrefix, "OutputS3KeyPrefix")(t),
      ...at(t.LoggingInfo?.paths.S3Prefix ?? "", t.LoggingInfo?.S3Prefix),
    ],
  },
  {
    code: "LoggingInfoRegionLength", shape: "S3Region", measure: "string", min: 3, max: 20,
    allowed: "3–20 characters (a region name such as us-east-1)", select: (t) => at(t.LoggingInfo?.paths.Region ?? "", t.LoggingInfo?.Region),
  },
  {
    code: "TimeoutSecondsRange", shape: "TimeoutSeconds", measure: "integer", min: 30, max: 2592000,
    allowed: "a whole number of seconds from 30 to 2592000 (30 days)",
    select: inBlock("RunCommand", (p) => p.TimeoutSeconds, "TimeoutSeconds"),
  },
  {
    code: "AutomationParametersCount", shape: "AutomationParameterMap", measure: "count", min: 1, max: 200,
    allowed: "1–200 parameters; leave Parameters out rather than giving an empty map",
    select: (t) => blocks(t, "Automation").flatMap((b) => at(`${b.path}.Parameters`, b.params.Parameters)),
  },
  {
    code: "AutomationParameterNameLength", shape: "AutomationParameterKey", measure: "string", min: 1, max: 50,
    allowed: "parameter names of 1–50 characters",
    select: (t) => parameterEntries(t, "Automation").map((e) => ({ path: e.path, value: e.name })),
  },
  {
    code: "AutomationParameterValuesCount", shape: "AutomationParameterValueList", measure: "count", min: 0, max: 50,
    allowed: "at most 50 values per parameter",
    select: (t) => parameterEntries(t, "Automation").map((e) => ({ path: e.path, value: e.values })),
  },
  {
    code: "AutomationParameterValueLength", shape: "AutomationParameterValue", measure: "string", min: 1, max: 512, sensitive: true,
    allowed: "values of 1–512 characters",
    select: (t) => parameterEntries(t, "Automation").flatMap((e) => items(e.values, e.path)),
  },
  {
    code: "ClientContextLength", shape: "MaintenanceWindowLambdaClientContext", measure: "string", min: 1, max: 8000, sensitive: true,
    terraform: { counts: "bytes", min: 1, max: 8000 }, allowed: "1–8000 characters and at most 8000 bytes (base64-encoded JSON)", select: inBlock("Lambda", (p) => p.ClientContext, "ClientContext"),
  },
  {
    code: "PayloadLength", shape: "MaintenanceWindowLambdaPayload", measure: "bytes", max: 4096, sensitive: true,
    allowed: "at most 4096 bytes of JSON", select: inBlock("Lambda", (p) => p.Payload, "Payload"),
  },
  {
    code: "QualifierLength", shape: "MaintenanceWindowLambdaQualifier", measure: "string", min: 1, max: 128,
    terraform: { counts: "bytes", min: 1, max: 128 }, allowed: "1–128 characters and at most 128 bytes (a version or alias)", select: inBlock("Lambda", (p) => p.Qualifier, "Qualifier"),
  },
  {
    code: "InputLength", shape: "MaintenanceWindowStepFunctionsInput", measure: "string", max: 4096, sensitive: true,
    terraform: { counts: "bytes", max: 4096 }, allowed: "at most 4096 characters and 4096 bytes of JSON", select: inBlock("StepFunctions", (p) => p.Input, "Input"),
  },
  {
    code: "StepFunctionsNameLength", shape: "MaintenanceWindowStepFunctionsName", measure: "string", min: 1, max: 80,
    terraform: { counts: "bytes", min: 1, max: 80 }, allowed: "1–80 characters and at most 80 bytes", select: inBlock("StepFunctions", (p) => p.Name, "Name"),
  },
  {
    code: "TaskParameterNameLength", shape: "MaintenanceWindowTaskParameterName", measure: "string", min: 1, max: 255,
    allowed: "parameter names of 1–255 characters",
    select: (t) => Object.keys(t.TaskParameters ?? {}).map((name) => ({ path: `TaskParameters.${name}`, value: name })),
  },
  {
    code: "TaskParameterValueLength", shape: "MaintenanceWindowTaskParameterValue", measure: "string", min: 1, max: 255, sensitive: true,
    allowed: "values of 1–255 characters",
    select: (t) => Object.entries(t.TaskParameters ?? {}).flatMap(([name, values]) => items(values, `TaskParameters.${name}.Values`)),
  },
];
