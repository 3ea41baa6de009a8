// The task's value readers: the core type checks plus the task's own shapes (targets, parameter
// maps, JSON fields, the deprecated fields, references to resources). Task types (./types) read
// their invocation blocks with them; normalize.ts reads the top level.
import type { CanonicalTarget, CanonicalTask, JsonField, ParameterMap } from "./canonical";
import type { DiagnosticSink } from "../core/diagnostics";
import { isAbsent, isList, isPlainObject, setOwn, TypeReader } from "../core/type-reader";
import { jsonProblem } from "../core/json-value";
import { isToken, tokenNumberAsString } from "../core/tokens";
import { isTerraformUnknown } from "../core/terraform-config";
import type { IResolvable } from "../core/runtime";

/**
 * Hints for keys people copy from elsewhere (the SSM API, the Alchemy docs page, Terraform's
 * snake_case names) that "did you mean" by spelling alone would not find.
 */
export const KEY_HINTS: Record<string, Record<string, string>> = {
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

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/** The task's readers: the shared type checks plus the task's own shapes (task types add theirs). */
export class TaskReader extends TypeReader {
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
      if (isTerraformUnknown(value)) return value as ParameterMap; // dynamic `parameter` blocks read back: not judged
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

export type AnyResource = { terraformResourceType?: string } & Record<string, unknown>;

/** Which resource types a field accepts, and the attribute it takes from each. */
export interface ReferenceRule {
  readonly types: Record<string, (r: AnyResource) => unknown>;
  /** For objects without a Terraform type (e.g. MaintenanceWindowServiceRole, which has an `arn`). */
  readonly untyped?: (r: AnyResource) => unknown;
}

export const WINDOW_REFERENCE: ReferenceRule = { types: { aws_ssm_maintenance_window: (r) => r.id } };
export const ROLE_REFERENCE: ReferenceRule = { types: { aws_iam_role: (r) => r.arn }, untyped: (r) => r.arn };
export const TOPIC_REFERENCE: ReferenceRule = { types: { aws_sns_topic: (r) => r.arn } };

/** A construct-like object (not a token, not a plain props object): has an `arn`, an `id` or a resource type. */
export function isResourceLike(value: unknown): value is AnyResource {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Array.isArray(value) || isToken(value)) return false;
    return "terraformResourceType" in value || "resource" in value || ("node" in value && "arn" in value);
  } catch {
    return false; // a revoked Proxy: the type readers report it at its path
  }
}

/** Our own constructs wrap their resource (`MaintenanceWindow.resource`). */
export function resourceOf(value: AnyResource): AnyResource {
  const inner = value.resource as AnyResource | undefined;
  return value.terraformResourceType === undefined && inner && typeof inner === "object" && "terraformResourceType" in inner ? inner : value;
}
