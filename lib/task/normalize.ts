// normalize: user props (any spelling, any JS value) → CanonicalTask + structural diagnostics.
// This is the one place that knows every alias (CloudFormation's long nested keys vs the API's short
// ones), checks JS types (plain-JS and JSON callers pass anything) and rejects unknown properties,
// because a property we cannot carry to Terraform would otherwise be silently lost. It also
// translates the deprecated fields (LoggingInfo, TaskParameters) into the Run Command block that
// carries them, so render() knows nothing about deprecation.
import type { CanonicalInvocation, CanonicalRunCommand, CanonicalTask } from "./canonical";
import { DiagnosticSink } from "../core/diagnostics";
import { granteeOf } from "../core/grants";
import { isAbsent, isPlainObject, typeName } from "../core/type-reader";
import { checkMetaArguments } from "../core/meta-arguments";
import { KEY_HINTS, ROLE_REFERENCE, TaskReader, WINDOW_REFERENCE, type ReferenceRule } from "./reader";
import { RUN_COMMAND, TASK_TYPES } from "./types";

/** cdktf's TerraformMetaArguments, accepted next to the AWS props and passed to the resource. */
export const META_ARGUMENT_KEYS = ["dependsOn", "count", "provider", "lifecycle", "forEach", "provisioners", "connection"] as const;

const TOP_LEVEL_KEYS = [
  "WindowId", "TaskArn", "TaskType", "Priority", "MaxConcurrency", "MaxErrors", "Targets", "ServiceRoleArn",
  "CutoffBehavior", "Name", "Description", "Region", "TaskInvocationParameters", "LoggingInfo", "TaskParameters",
  "acknowledgeWarnings", ...META_ARGUMENT_KEYS,
];

const ALL_INVOCATION_KEYS = TASK_TYPES.flatMap((t) => [t.shortKey, t.longKey]);

export interface NormalizeResult {
  readonly task: CanonicalTask;
  readonly sink: DiagnosticSink;
  /** The construct given as ServiceRoleArn that builds its policy from its tasks (MaintenanceWindowServiceRole). */
  readonly grant?: (task: CanonicalTask) => void;
}

/** Turns user props into the canonical task, reporting structural problems into `sink`. */
export function normalize(props: unknown, sink: DiagnosticSink = new DiagnosticSink()): NormalizeResult {
  try {
    const task = read(props, sink);
    const grant = isPlainObject(props) ? granteeOf(props.ServiceRoleArn) : undefined;
    return { task, sink, ...(grant ? { grant } : {}) };
  } catch (e) {
    // Only hostile objects get here (a Proxy whose traps throw, a getter that throws): report it
    // instead of crashing. The thrown text is not shown: it may quote a value.
    sink.error("TypeMismatch", "(props)", `The props could not be read (reading them threw ${e instanceof Error ? e.name : typeof e}). Pass plain data: objects, lists, strings, numbers and booleans.`);
    return { task: { invocations: [], acknowledgeWarnings: [] }, sink };
  }
}

function read(props: unknown, sink: DiagnosticSink): CanonicalTask {
  const r = new TaskReader(sink);
  if (!isPlainObject(props)) {
    // The value is not shown: props carry sensitive fields (Description, Payload, parameters).
    sink.error("TypeMismatch", "(props)", `Expected a plain object of task props, got ${typeName(props)}. Pass the props as an object literal (or plain data from JSON).`);
    return { invocations: [], acknowledgeWarnings: [] };
  }
  r.checkKeys(props, "", TOP_LEVEL_KEYS, KEY_HINTS.top);
  // Priority is optional, as in Terraform and the SSM API (only CloudFormation requires it).
  for (const key of ["WindowId", "TaskArn", "TaskType"]) {
    r.requirePresent(props[key], key, `${key} is required`, ". Add it to the task props.");
  }
  checkMetaArguments(props, sink);
  const task: CanonicalTask = {
    WindowId: r.string(r.reference(props.WindowId, "WindowId", WINDOW_REFERENCE), "WindowId"),
    TaskArn: r.string(r.reference(props.TaskArn, "TaskArn", taskArnReference(props.TaskType)), "TaskArn"),
    TaskType: r.string(props.TaskType, "TaskType"),
    Priority: r.number(props.Priority, "Priority"),
    MaxConcurrency: r.stringOrNumber(props.MaxConcurrency, "MaxConcurrency"),
    MaxErrors: r.stringOrNumber(props.MaxErrors, "MaxErrors"),
    Targets: r.targets(props.Targets),
    ServiceRoleArn: r.string(r.reference(props.ServiceRoleArn, "ServiceRoleArn", ROLE_REFERENCE), "ServiceRoleArn"),
    CutoffBehavior: r.string(props.CutoffBehavior, "CutoffBehavior"),
    Name: r.string(props.Name, "Name"),
    Description: r.string(props.Description, "Description", true),
    Region: r.string(props.Region, "Region"),
    invocations: invocations(r, sink, props.TaskInvocationParameters),
    LoggingInfo: r.loggingInfo(props.LoggingInfo),
    TaskParameters: r.taskParameters(props.TaskParameters),
    acknowledgeWarnings: r.stringList(props.acknowledgeWarnings, "acknowledgeWarnings") ?? [],
  };
  const fromDeprecated = deprecatedTranslation(task);
  return fromDeprecated ? { ...task, fromDeprecated } : task;
}

/** Every invocation block given, under either spelling (valid input has one). */
function invocations(r: TaskReader, sink: DiagnosticSink, value: unknown): CanonicalInvocation[] {
  const tip = r.object(value, "TaskInvocationParameters", ALL_INVOCATION_KEYS);
  if (!tip) return [];
  const out: CanonicalInvocation[] = [];
  for (const type of TASK_TYPES) {
    const { shortKey: short, longKey: long } = type;
    const given = [short, long].filter((k) => !isAbsent(tip[k]));
    if (given.length === 2) {
      sink.error(
        "DuplicateInvocationKey",
        `TaskInvocationParameters.${long}`,
        `Both "${short}" and "${long}" are given; they are two spellings of the same block. Keep one.`,
      );
    }
    for (const key of given) {
      const path = `TaskInvocationParameters.${key}`;
      const params = type.read(r, tip[key], path);
      if (params) out.push({ kind: type.kind, path, params } as CanonicalInvocation);
    }
  }
  return out;
}

/**
 * For a RUN_COMMAND task without an invocation block: LoggingInfo → OutputS3BucketName/KeyPrefix,
 * TaskParameters → Parameters (LoggingInfo's Region has no home in Terraform).
 */
function deprecatedTranslation(task: CanonicalTask): CanonicalRunCommand | undefined {
  if (task.TaskType !== RUN_COMMAND.taskType || task.invocations.length > 0 || (!task.LoggingInfo && !task.TaskParameters)) return undefined;
  return { OutputS3BucketName: task.LoggingInfo?.S3Bucket, OutputS3KeyPrefix: task.LoggingInfo?.S3Prefix, Parameters: task.TaskParameters };
}

/** What TaskArn accepts depends on TaskType; with an unknown TaskType, any task type's resources. */
function taskArnReference(taskType: unknown): ReferenceRule {
  return TASK_ARN_REFERENCES.get(taskType) ?? ANY_TASK_ARN_REFERENCE;
}

// Built once: read() asks for one on every task.
const TASK_ARN_REFERENCES = new Map<unknown, ReferenceRule>(TASK_TYPES.map((t) => [t.taskType, { types: t.taskArnResources }]));
const ANY_TASK_ARN_REFERENCE: ReferenceRule = { types: Object.assign({}, ...TASK_TYPES.map((t) => t.taskArnResources)) };
