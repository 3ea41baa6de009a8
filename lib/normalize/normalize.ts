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
import { DiagnosticSink, show } from "../validation/diagnostic";
import { isPlainObject, TypeReader } from "./type-reader";
import { isToken, tokenNumberAsString } from "../private/tokens";
import type { IResolvable } from "../private/cdktf";
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
    S3BucketName: 'Use "S3Bucket" (CloudFormation\'s name; S3BucketName is the SSM API\'s)',
    S3KeyPrefix: 'Use "S3Prefix" (CloudFormation\'s name; S3KeyPrefix is the SSM API\'s)',
    S3Region: 'Use "Region" (CloudFormation\'s name; S3Region is the SSM API\'s)',
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
  const r = new Reader(sink);
  if (!isPlainObject(props)) {
    sink.error("TypeMismatch", "(props)", `Expected an object of task props, got ${show(props)}.`);
    return { task: { invocations: [], acknowledgeWarnings: [] }, sink };
  }
  r.checkKeys(props, "", TOP_LEVEL_KEYS, KEY_HINTS.top);
  for (const key of ["WindowId", "TaskArn", "TaskType", "Priority"]) {
    if (props[key] === undefined || props[key] === null) {
      sink.error("RequiredProperty", key, `${key} is required. Add it to the task props.`);
    }
  }
  const serviceRole = r.roleConstruct(props.ServiceRoleArn);
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
    Description: r.string(props.Description, "Description"),
    invocations: r.invocations(props.TaskInvocationParameters),
    LoggingInfo: r.loggingInfo(props.LoggingInfo),
    TaskParameters: r.taskParameters(props.TaskParameters),
    acknowledgeWarnings: r.stringList(props.acknowledgeWarnings, "acknowledgeWarnings") ?? [],
    serviceRole,
  };
  return { task, sink };
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
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number") return isToken(value) ? tokenNumberAsString(value) : String(value);
    if (isToken(value)) return value as string;
    return this.mismatch(path, 'a string or number (e.g. "10%" or 2)', value);
  }

  /** A parameter map: name → list of values (values are sensitive in the SSM API). */
  parameterMap(value: unknown, path: string): ParameterMap | undefined {
    if (value === undefined || value === null) return undefined;
    if (isToken(value)) {
      // A token for the whole map cannot become Terraform's `parameter` blocks at synth time.
      this.sink.error("TypeMismatch", path, "A token cannot stand for the whole Parameters map (Terraform needs one parameter block per name). Write the map out; each list of values may be a token.");
      return undefined;
    }
    if (!isPlainObject(value)) return this.mismatch(path, "a map of parameter name → list of strings", value, true);
    const out: ParameterMap = {};
    for (const [name, values] of Object.entries(value)) {
      if (values === undefined) continue;
      if (typeof values === "string") {
        this.sink.error("TypeMismatch", join(path, name), `Parameter values must be a list of strings, got a single string. Wrap it in a list: ${name}: ["…"].`);
        continue;
      }
      const list = this.stringList(values, join(path, name), true);
      if (list) out[name] = list;
    }
    return out;
  }

  json(value: unknown, path: string): JsonField | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string" || isPlainObject(value) || isToken(value)) return value as JsonField;
    return this.mismatch(path, "JSON text or an object", value, true);
  }

  targets(value: unknown): CanonicalTarget[] | undefined | IResolvable {
    if (value === undefined || value === null) return undefined;
    if (isToken(value)) return value as IResolvable;
    if (!Array.isArray(value)) return this.mismatch("Targets", "a list of { Key, Values }", value);
    return value.map((item, i): CanonicalTarget => {
      const path = `Targets[${i}]`;
      const obj = this.object(item, path, ["Key", "Values"]);
      if (!obj) {
        if (item === undefined || item === null) this.mismatch(path, "an object { Key, Values }", item);
        return { path };
      }
      if (obj.Key === undefined) this.sink.error("RequiredProperty", `${path}.Key`, 'Key is required: "InstanceIds" or "WindowTargetIds".');
      if (obj.Values === undefined) this.sink.error("RequiredProperty", `${path}.Values`, "Values is required: the instance ids or window target ids.");
      return { path, Key: this.string(obj.Key, `${path}.Key`), Values: this.stringList(obj.Values, `${path}.Values`) };
    });
  }

  invocations(value: unknown): CanonicalInvocation[] {
    const tip = this.object(value, "TaskInvocationParameters", ALL_INVOCATION_KEYS);
    if (!tip) return [];
    const out: CanonicalInvocation[] = [];
    for (const kind of Object.keys(INVOCATION_KEYS) as InvocationKind[]) {
      const { short, long } = INVOCATION_KEYS[kind];
      const given = [short, long].filter((k) => tip[k] !== undefined && tip[k] !== null);
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
      ClientContext: this.string(o.ClientContext, `${path}.ClientContext`),
      Payload: this.json(o.Payload, `${path}.Payload`),
      Qualifier: this.string(o.Qualifier, `${path}.Qualifier`),
    };
  }

  private stepFunctions(value: unknown, path: string): CanonicalStepFunctions | undefined {
    const o = this.object(value, path, ["Input", "Name"]);
    if (!o) return undefined;
    return {
      Input: this.json(o.Input, `${path}.Input`),
      Name: this.string(o.Name, `${path}.Name`),
    };
  }

  loggingInfo(value: unknown): CanonicalTask["LoggingInfo"] {
    const o = this.object(value, "LoggingInfo", ["S3Bucket", "Region", "S3Prefix"], KEY_HINTS.LoggingInfo);
    if (!o) return undefined;
    if (o.S3Bucket === undefined) this.sink.error("RequiredProperty", "LoggingInfo.S3Bucket", "LoggingInfo.S3Bucket is required (CloudFormation's shape is { S3Bucket, Region, S3Prefix? }).");
    if (o.Region === undefined) this.sink.error("RequiredProperty", "LoggingInfo.Region", "LoggingInfo.Region is required (CloudFormation's shape is { S3Bucket, Region, S3Prefix? }).");
    return {
      S3Bucket: this.string(o.S3Bucket, "LoggingInfo.S3Bucket"),
      Region: this.string(o.Region, "LoggingInfo.Region"),
      S3Prefix: this.string(o.S3Prefix, "LoggingInfo.S3Prefix"),
    };
  }

  /** Deprecated TaskParameters: name → { Values }; flattened to name → values. */
  taskParameters(value: unknown): ParameterMap | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) return this.mismatch("TaskParameters", "a map of name → { Values: [...] }", value, true);
    const out: ParameterMap = {};
    for (const [name, expr] of Object.entries(value)) {
      const path = `TaskParameters.${name}`;
      const o = this.object(expr, path, ["Values"]);
      if (!o) continue;
      const values = this.stringList(o.Values, `${path}.Values`, true);
      if (values) out[name] = values;
    }
    return out;
  }
}


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
  if (typeof value !== "object" || value === null || Array.isArray(value) || isToken(value)) return false;
  return "terraformResourceType" in value || "resource" in value || ("node" in value && "arn" in value);
}

/** Our own constructs wrap their resource (`MaintenanceWindow.resource`). */
function resourceOf(value: AnyResource): AnyResource {
  const inner = value.resource as AnyResource | undefined;
  return value.terraformResourceType === undefined && inner && typeof inner === "object" && "terraformResourceType" in inner ? inner : value;
}
