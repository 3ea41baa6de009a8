// normalize: user props (any spelling, any JS value) → CanonicalTask + structural diagnostics.
// This is the one place that knows every alias (CloudFormation's long nested keys vs the API's short
// ones), checks JS types (plain-JS and JSON callers pass anything) and rejects unknown properties,
// because a property we cannot carry to Terraform would otherwise be silently lost.
import type {
  CanonicalAutomation,
  CanonicalInvocation,
  CanonicalLambda,
  CanonicalRunCommand,
  CanonicalStepFunctions,
  CanonicalTarget,
  CanonicalTask,
  InvocationKind,
  JsonField,
  ParameterMap,
} from "./canonical";
import { DiagnosticSink } from "../core/diagnostics";
import { isAbsent, isList, isPlainObject, setOwn, typeName, TypeReader } from "../core/type-reader";
import { jsonProblem } from "../core/json-value";
import { checkMetaArguments } from "../core/meta-arguments";
import { isToken, tokenNumberAsString } from "../core/tokens";
import type { IResolvable } from "../core/runtime";
import type { GrantableRole } from "./canonical";

/** cdktf's TerraformMetaArguments, accepted next to the AWS props and passed to the resource. */
export const META_ARGUMENT_KEYS = ["dependsOn", "count", "provider", "lifecycle", "forEach", "provisioners", "connection"] as const;

const TOP_LEVEL_KEYS = [
  "WindowId", "TaskArn", "TaskType", "Priority", "MaxConcurrency", "MaxErrors", "Targets", "ServiceRoleArn",
  "CutoffBehavior", "Name", "Description", "TaskInvocationParameters", "LoggingInfo", "TaskParameters",
  "acknowledgeWarnings", ...META_ARGUMENT_KEYS,
];

/** Short (API) key and CloudFormation's long key of each invocation block. */
export const INVOCATION_KEYS: Record<InvocationKind, { short: string; long: string }> = {
  RunCommand: { short: "RunCommand", long: "MaintenanceWindowRunCommandParameters" },
  Automation: { short: "Automation", long: "MaintenanceWindowAutomationParameters" },
  Lambda: { short: "Lambda", long: "MaintenanceWindowLambdaParameters" },
  StepFunctions: { short: "StepFunctions", long: "MaintenanceWindowStepFunctionsParameters" },
};

const ALL_INVOCATION_KEYS = Object.values(INVOCATION_KEYS).flatMap((k) => [k.short, k.long]);

/**
 * Hints for keys people copy from elsewhere (the SSM API, the Alchemy docs page, Terraform's
 * snake_case names) that "did you mean" by spelling alone would not find.
 */
const KEY_HINTS: Record<string, Record<string, string>> = {
  LoggingInfo: {
    S3BucketOwner: "LoggingInfo has no bucket owner in CloudFormation or the SSM API; remove it.",
  },
  RunCommand: {
    DocumentName: 'There is no document name here: the task\'s TaskArn selects the document (e.g. TaskArn: "AWS-RunShellScript").',
    OutputS3Bucket: 'Did you mean "OutputS3BucketName"?',
    CloudwatchConfig: 'Did you mean "CloudWatchOutputConfig"?',
    Parameter: 'Did you mean "Parameters" (a map of name → list of values)?',
  },
  Automation: {
    DocumentName: "There is no document name here: the task's TaskArn selects the runbook.",
  },
  top: {
    Id: "The task id is an output (windowTaskId), not an input; remove it.",
    WindowTaskId: "The task id is an output (windowTaskId), not an input; remove it.",
  },
};

const TASK_TYPES_BY_KIND: Record<InvocationKind, string> = {
  RunCommand: "RUN_COMMAND",
  Automation: "AUTOMATION",
  Lambda: "LAMBDA",
  StepFunctions: "STEP_FUNCTIONS",
};

export interface NormalizeResult {
  readonly task: CanonicalTask;
  readonly sink: DiagnosticSink;
}

/** Turns user props into the canonical task, reporting structural problems into `sink`. */
export function normalize(props: unknown, sink: DiagnosticSink = new DiagnosticSink()): NormalizeResult {
  try {
    return { task: read(props, sink), sink };
  } catch (e) {
    // Only hostile objects get here (a Proxy whose traps throw, a getter that throws): report it
    // instead of crashing. The thrown text is not shown: it may quote a value.
    sink.error("TypeMismatch", "(props)", `The props could not be read (reading them threw ${e instanceof Error ? e.name : typeof e}). Pass plain data: objects, lists, strings, numbers and booleans.`);
    return { task: { invocations: [], acknowledgeWarnings: [] }, sink };
  }
}

function read(props: unknown, sink: DiagnosticSink): CanonicalTask {
  const r = new Reader(sink);
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
  const serviceRole = r.roleConstruct(props.ServiceRoleArn);
  return {
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
    invocations: r.invocations(props.TaskInvocationParameters),
    LoggingInfo: r.loggingInfo(props.LoggingInfo),
    TaskParameters: r.taskParameters(props.TaskParameters),
    acknowledgeWarnings: r.stringList(props.acknowledgeWarnings, "acknowledgeWarnings") ?? [],
    serviceRole,
  };
}

/** The TaskType an invocation block belongs to. */
export function taskTypeOf(kind: InvocationKind): string {
  return TASK_TYPES_BY_KIND[kind];
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/** The task's readers: the shared type checks plus the task's own shapes. */
class Reader extends TypeReader {
  constructor(sink: DiagnosticSink) {
    super(sink, { typeMismatch: "TypeMismatch", unknownProperty: "UnknownProperty" });
  }

  /**
   * A construct given where a string belongs (a window for WindowId, a document for TaskArn, ...):
   * replaced by the attribute the field needs, after checking the resource's Terraform type.
   * Strings, tokens and anything else pass through for the type checks.
   */
  reference(value: unknown, path: string, accepted: ReferenceRule): unknown {
    if (!isResourceLike(value)) return value;
    const target = resourceOf(value);
    const type = target.terraformResourceType;
    const pick = type === undefined ? accepted.untyped : accepted.types[type];
    if (!pick) {
      const expected = Object.keys(accepted.types).join(" or ");
      this.sink.error(
        "ReferenceType",
        path,
        `Got ${type ? `an ${type} resource` : "an object"} where ${path} expects ${expected ? `an ${expected} resource or ` : ""}a string. Pass the right resource, or its attribute as a string.`,
      );
      return undefined;
    }
    return pick(target);
  }

  /** The MaintenanceWindowServiceRole given as ServiceRoleArn, if any: it is granted what the task needs. */
  roleConstruct(value: unknown): GrantableRole | undefined {
    return isResourceLike(value) && typeof (value as unknown as Partial<GrantableRole>).grantTask === "function" ? (value as unknown as GrantableRole) : undefined;
  }

  /** MaxConcurrency/MaxErrors: numbers are accepted and carried as strings, as AWS stores them. */
  stringOrNumber(value: unknown, path: string): string | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number") return isToken(value) ? tokenNumberAsString(value) : String(value);
    if (isToken(value)) return value as string;
    return this.mismatch(path, 'a string or number (e.g. "10%" or 2)', value);
  }

  /** A parameter map: name → list of values (values are sensitive in the SSM API). */
  parameterMap(value: unknown, path: string): ParameterMap | undefined {
    if (isAbsent(value)) return undefined;
    if (isToken(value)) {
      // A token for the whole map cannot become Terraform's `parameter` blocks at synth time.
      this.sink.error("TypeMismatch", path, "A token cannot stand for the whole Parameters map (Terraform needs one parameter block per name). Write the map out; each list of values may be a token.");
      return undefined;
    }
    if (!isPlainObject(value)) return this.mismatch(path, "a map of parameter name → list of strings", value, true);
    const out: ParameterMap = {};
    for (const name of Object.keys(value)) {
      const values = value[name];
      if (values === undefined) continue; // a key set to undefined carries nothing
      const at = join(path, name);
      if (values === null) {
        this.requiredProperty(at, `Parameter ${JSON.stringify(name)} is null; Terraform needs a list of values. Give its values as a list, or remove the parameter.`);
        continue;
      }
      if (typeof values === "string") {
        this.sink.error("TypeMismatch", at, `Parameter values must be a list of strings, got a single string. Wrap it in a list: ${JSON.stringify(name)}: ["…"].`);
        continue;
      }
      const list = this.stringList(values, at, true);
      if (list) setOwn(out, name, list);
    }
    return out;
  }

  /** Payload / Input: JSON text, or plain data that encodes exactly (checked without recursion). */
  json(value: unknown, path: string, code: string): JsonField | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value === "string" || isToken(value)) return value as JsonField;
    if (!isPlainObject(value) && !isList(value)) return this.mismatch(path, "JSON text or an object", value, true);
    const problem = jsonProblem(value);
    if (problem) {
      this.sink.error(code, path, `The value (not shown: sensitive) ${problem}. Pass plain JSON data, or the JSON text itself.`);
      return undefined;
    }
    return value as JsonField;
  }

  targets(value: unknown): CanonicalTarget[] | undefined | IResolvable {
    if (isAbsent(value)) return undefined;
    if (isToken(value)) return value as IResolvable;
    if (!isList(value)) return this.mismatch("Targets", "a list of { Key, Values }", value);
    const out: CanonicalTarget[] = [];
    for (let i = 0; i < value.length; i++) {
      const path = `Targets[${i}]`;
      if (!(i in value)) {
        this.sink.error("TypeMismatch", path, `Targets has a hole at index ${i} (e.g. [a, , b]); remove the empty slot.`);
        out.push({ path });
        continue;
      }
      const item: unknown = value[i];
      if (isResourceLike(item)) {
        const type = resourceOf(item).terraformResourceType;
        this.sink.error(
          "ReferenceType",
          path,
          `Got ${type ? `an ${type} resource` : "a construct"} where a target { Key, Values } belongs. ` +
            (type === "aws_ssm_maintenance_window_target"
              ? 'Write TaskTargets.windowTargets(windowTarget), or { Key: "WindowTargetIds", Values: [windowTarget.id] }.'
              : 'Write { Key: "InstanceIds", Values: [...] } or { Key: "WindowTargetIds", Values: [...] } with the resource\'s id.'),
        );
        out.push({ path });
        continue;
      }
      const obj = this.object(item, path, ["Key", "Values"]);
      if (!obj) {
        if (isAbsent(item)) this.mismatch(path, "an object { Key, Values }", item);
        out.push({ path });
        continue;
      }
      this.requirePresent(obj.Key, `${path}.Key`, "Key is required", ': "InstanceIds" or "WindowTargetIds".');
      this.requirePresent(obj.Values, `${path}.Values`, "Values is required", ": the instance ids or window target ids.");
      out.push({ path, Key: this.string(obj.Key, `${path}.Key`), Values: this.stringList(obj.Values, `${path}.Values`) });
    }
    return out;
  }

  invocations(value: unknown): CanonicalInvocation[] {
    const tip = this.object(value, "TaskInvocationParameters", ALL_INVOCATION_KEYS);
    if (!tip) return [];
    const out: CanonicalInvocation[] = [];
    for (const kind of Object.keys(INVOCATION_KEYS) as InvocationKind[]) {
      const { short, long } = INVOCATION_KEYS[kind];
      const given = [short, long].filter((k) => !isAbsent(tip[k]));
      if (given.length === 2) {
        this.sink.error(
          "DuplicateInvocationKey",
          `TaskInvocationParameters.${long}`,
          `Both "${short}" and "${long}" are given; they are two spellings of the same block. Keep one.`,
        );
      }
      for (const key of given) {
        const path = `TaskInvocationParameters.${key}`;
        const inv = this.invocation(kind, tip[key], path);
        if (inv) out.push(inv);
      }
    }
    return out;
  }

  private invocation(kind: InvocationKind, value: unknown, path: string): CanonicalInvocation | undefined {
    switch (kind) {
      case "RunCommand": {
        const params = this.runCommand(value, path);
        return params && { kind, path, params };
      }
      case "Automation": {
        const params = this.automation(value, path);
        return params && { kind, path, params };
      }
      case "Lambda": {
        const params = this.lambda(value, path);
        return params && { kind, path, params };
      }
      case "StepFunctions": {
        const params = this.stepFunctions(value, path);
        return params && { kind, path, params };
      }
    }
  }

  private runCommand(value: unknown, path: string): CanonicalRunCommand | undefined {
    const o = this.object(value, path, [
      "Comment", "CloudWatchOutputConfig", "DocumentHash", "DocumentHashType", "DocumentVersion", "NotificationConfig",
      "OutputS3BucketName", "OutputS3KeyPrefix", "Parameters", "ServiceRoleArn", "TimeoutSeconds",
    ], KEY_HINTS.RunCommand);
    if (!o) return undefined;
    const cwPath = `${path}.CloudWatchOutputConfig`;
    const cw = this.object(o.CloudWatchOutputConfig, cwPath, ["CloudWatchLogGroupName", "CloudWatchOutputEnabled"]);
    const ncPath = `${path}.NotificationConfig`;
    const nc = this.object(o.NotificationConfig, ncPath, ["NotificationArn", "NotificationEvents", "NotificationType"]);
    return {
      Comment: this.string(o.Comment, `${path}.Comment`),
      CloudWatchOutputConfig: cw && {
        CloudWatchLogGroupName: this.string(cw.CloudWatchLogGroupName, `${cwPath}.CloudWatchLogGroupName`),
        CloudWatchOutputEnabled: this.boolean(cw.CloudWatchOutputEnabled, `${cwPath}.CloudWatchOutputEnabled`),
      },
      DocumentHash: this.string(o.DocumentHash, `${path}.DocumentHash`),
      DocumentHashType: this.string(o.DocumentHashType, `${path}.DocumentHashType`),
      DocumentVersion: this.string(o.DocumentVersion, `${path}.DocumentVersion`),
      NotificationConfig: nc && {
        NotificationArn: this.string(this.reference(nc.NotificationArn, `${ncPath}.NotificationArn`, TOPIC_REFERENCE), `${ncPath}.NotificationArn`),
        NotificationEvents: this.stringList(nc.NotificationEvents, `${ncPath}.NotificationEvents`),
        NotificationType: this.string(nc.NotificationType, `${ncPath}.NotificationType`),
      },
      OutputS3BucketName: this.string(o.OutputS3BucketName, `${path}.OutputS3BucketName`),
      OutputS3KeyPrefix: this.string(o.OutputS3KeyPrefix, `${path}.OutputS3KeyPrefix`),
      Parameters: this.parameterMap(o.Parameters, `${path}.Parameters`),
      ServiceRoleArn: this.string(this.reference(o.ServiceRoleArn, `${path}.ServiceRoleArn`, ROLE_REFERENCE), `${path}.ServiceRoleArn`),
      TimeoutSeconds: this.number(o.TimeoutSeconds, `${path}.TimeoutSeconds`),
    };
  }

  private automation(value: unknown, path: string): CanonicalAutomation | undefined {
    const o = this.object(value, path, ["DocumentVersion", "Parameters"], KEY_HINTS.Automation);
    if (!o) return undefined;
    return {
      DocumentVersion: this.string(o.DocumentVersion, `${path}.DocumentVersion`),
      Parameters: this.parameterMap(o.Parameters, `${path}.Parameters`),
    };
  }

  private lambda(value: unknown, path: string): CanonicalLambda | undefined {
    const o = this.object(value, path, ["ClientContext", "Payload", "Qualifier"]);
    if (!o) return undefined;
    return {
      ClientContext: this.string(o.ClientContext, `${path}.ClientContext`, true),
      Payload: this.json(o.Payload, `${path}.Payload`, "PayloadNotJson"),
      Qualifier: this.string(o.Qualifier, `${path}.Qualifier`),
    };
  }

  private stepFunctions(value: unknown, path: string): CanonicalStepFunctions | undefined {
    const o = this.object(value, path, ["Input", "Name"]);
    if (!o) return undefined;
    return {
      Input: this.json(o.Input, `${path}.Input`, "InputNotJson"),
      Name: this.string(o.Name, `${path}.Name`),
    };
  }

  /**
   * Deprecated LoggingInfo, in CloudFormation's shape { S3Bucket, Region, S3Prefix } or the SSM API's
   * { S3BucketName, S3Region, S3KeyPrefix }; both map the same way. Paths keep the user's names.
   */
  loggingInfo(value: unknown): CanonicalTask["LoggingInfo"] {
    const o = this.object(value, "LoggingInfo", [...LOGGING_INFO_CFN, ...LOGGING_INFO_API], KEY_HINTS.LoggingInfo);
    if (!o) return undefined;
    const given = (names: readonly string[]) => names.filter((k) => o[k] !== undefined);
    const cfn = given(LOGGING_INFO_CFN);
    const api = given(LOGGING_INFO_API);
    if (cfn.length > 0 && api.length > 0) {
      this.sink.error(
        "LoggingInfoMixedShapes",
        "LoggingInfo",
        `LoggingInfo mixes CloudFormation's names (${cfn.join(", ")}) with the SSM API's (${api.join(", ")}). Use one shape: { S3Bucket, Region, S3Prefix } or { S3BucketName, S3Region, S3KeyPrefix }.`,
      );
    }
    const [bucketKey, regionKey, prefixKey] = api.length > 0 && cfn.length === 0 ? LOGGING_INFO_API : LOGGING_INFO_CFN;
    const shape = bucketKey === "S3Bucket" ? "CloudFormation's shape is { S3Bucket, Region, S3Prefix? }" : "the SSM API's shape is { S3BucketName, S3Region, S3KeyPrefix? }";
    // A mixed object has one error (the mix), not also a "missing" one for each half.
    const mixed = cfn.length > 0 && api.length > 0;
    for (const key of mixed ? [] : [bucketKey, regionKey]) {
      this.requirePresent(o[key], `LoggingInfo.${key}`, `LoggingInfo.${key} is required`, ` (${shape}).`);
    }
    return {
      S3Bucket: this.string(o[bucketKey], `LoggingInfo.${bucketKey}`),
      Region: this.string(o[regionKey], `LoggingInfo.${regionKey}`),
      S3Prefix: this.string(o[prefixKey], `LoggingInfo.${prefixKey}`),
      paths: { S3Bucket: `LoggingInfo.${bucketKey}`, Region: `LoggingInfo.${regionKey}`, S3Prefix: `LoggingInfo.${prefixKey}` },
    };
  }

  /** Deprecated TaskParameters: name → { Values }; flattened to name → values (values are sensitive). */
  taskParameters(value: unknown): ParameterMap | undefined {
    if (isAbsent(value)) return undefined;
    if (!isPlainObject(value)) return this.mismatch("TaskParameters", "a map of name → { Values: [...] }", value, true);
    const out: ParameterMap = {};
    for (const name of Object.keys(value)) {
      const expr = value[name];
      if (expr === undefined) continue;
      const path = `TaskParameters.${name}`;
      if (expr === null) {
        this.requiredProperty(path, `TaskParameters ${JSON.stringify(name)} is null; give { Values: [...] } or remove it.`);
        continue;
      }
      const o = this.object(expr, path, ["Values"], undefined, true);
      if (!o) continue;
      if (!this.requirePresent(o.Values, `${path}.Values`, `TaskParameters ${JSON.stringify(name)} has no Values`, "; give { Values: [...] } or remove the parameter.")) continue;
      const values = this.stringList(o.Values, `${path}.Values`, true);
      if (values) setOwn(out, name, values);
    }
    return out;
  }
}

const LOGGING_INFO_CFN = ["S3Bucket", "Region", "S3Prefix"] as const;
const LOGGING_INFO_API = ["S3BucketName", "S3Region", "S3KeyPrefix"] as const;

type AnyResource = { terraformResourceType?: string } & Record<string, unknown>;

/** Which resource types a field accepts, and the attribute it takes from each. */
interface ReferenceRule {
  readonly types: Record<string, (r: AnyResource) => unknown>;
  /** For objects without a Terraform type (e.g. MaintenanceWindowServiceRole, which has an `arn`). */
  readonly untyped?: (r: AnyResource) => unknown;
}

const WINDOW_REFERENCE: ReferenceRule = { types: { aws_ssm_maintenance_window: (r) => r.id } };
const ROLE_REFERENCE: ReferenceRule = { types: { aws_iam_role: (r) => r.arn }, untyped: (r) => r.arn };
const TOPIC_REFERENCE: ReferenceRule = { types: { aws_sns_topic: (r) => r.arn } };
const DOCUMENT = { aws_ssm_document: (r: AnyResource) => r.name };
const LAMBDA = { aws_lambda_function: (r: AnyResource) => r.arn, aws_lambda_alias: (r: AnyResource) => r.arn };
const STATE_MACHINE = { aws_sfn_state_machine: (r: AnyResource) => r.arn, aws_sfn_alias: (r: AnyResource) => r.arn };

/** What TaskArn accepts depends on TaskType; with an unknown TaskType, any of them. */
function taskArnReference(taskType: unknown): ReferenceRule {
  switch (taskType) {
    case "RUN_COMMAND":
    case "AUTOMATION":
      return { types: DOCUMENT };
    case "LAMBDA":
      return { types: LAMBDA };
    case "STEP_FUNCTIONS":
      return { types: STATE_MACHINE };
    default:
      return { types: { ...DOCUMENT, ...LAMBDA, ...STATE_MACHINE } };
  }
}

/** A construct-like object (not a token, not a plain props object): has an `arn`, an `id` or a resource type. */
function isResourceLike(value: unknown): value is AnyResource {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Array.isArray(value) || isToken(value)) return false;
    return "terraformResourceType" in value || "resource" in value || ("node" in value && "arn" in value);
  } catch {
    return false; // a revoked Proxy: the type readers report it at its path
  }
}

/** Our own constructs wrap their resource (`MaintenanceWindow.resource`). */
function resourceOf(value: AnyResource): AnyResource {
  const inner = value.resource as AnyResource | undefined;
  return value.terraformResourceType === undefined && inner && typeof inner === "object" && "terraformResourceType" in inner ? inner : value;
}
