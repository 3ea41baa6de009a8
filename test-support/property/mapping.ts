// The suite's own reading of the props, independent of lib/: what an SSM API request and what a raw
// `aws_ssm_maintenance_window_task` resource the props stand for, following only what the README
// and the props' JSDoc promise (CloudFormation's long nested keys = the API's short ones; numbers in
// MaxConcurrency/MaxErrors are sent as strings; Payload/Input objects are sent as their JSON;
// Parameters entries set to undefined are left out; LoggingInfo/TaskParameters on a RUN_COMMAND task
// without invocation parameters become the Run Command output settings and parameters).
//
// It maps rejected inputs too (values of the wrong type are carried as they are, unknown keys are
// carried under their snake_case name), so the oracles can judge them. Values that JSON cannot carry
// exactly (NaN, BigInt, Map, Date, class instances, holes, cycles, symbols, functions, revoked
// proxies) make the props "unrepresentable": no raw resource could stand for them.

export type Mapped<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly path: string; readonly reason: string };

class Unrepresentable extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Invocation blocks: the API's short key, CloudFormation's long key, Terraform's block name. */
export const INVOCATION_BLOCKS = [
  { short: "RunCommand", long: "MaintenanceWindowRunCommandParameters", tf: "run_command_parameters", type: "RUN_COMMAND" },
  { short: "Automation", long: "MaintenanceWindowAutomationParameters", tf: "automation_parameters", type: "AUTOMATION" },
  { short: "Lambda", long: "MaintenanceWindowLambdaParameters", tf: "lambda_parameters", type: "LAMBDA" },
  { short: "StepFunctions", long: "MaintenanceWindowStepFunctionsParameters", tf: "step_functions_parameters", type: "STEP_FUNCTIONS" },
] as const;

const META_ARGUMENTS = ["count", "forEach", "dependsOn", "provider", "lifecycle", "provisioners", "connection"];
const OPTIONS = ["acknowledgeWarnings"];

const TOP_TF: Record<string, string> = {
  WindowId: "window_id",
  TaskArn: "task_arn",
  TaskType: "task_type",
  Priority: "priority",
  MaxConcurrency: "max_concurrency",
  MaxErrors: "max_errors",
  ServiceRoleArn: "service_role_arn",
  CutoffBehavior: "cutoff_behavior",
  Name: "name",
  Description: "description",
};

const RUN_COMMAND_TF: Record<string, string> = {
  Comment: "comment",
  DocumentHash: "document_hash",
  DocumentHashType: "document_hash_type",
  DocumentVersion: "document_version",
  OutputS3BucketName: "output_s3_bucket",
  OutputS3KeyPrefix: "output_s3_key_prefix",
  ServiceRoleArn: "service_role_arn",
  TimeoutSeconds: "timeout_seconds",
};

/** Terraform attribute names for lifecycle.ignoreChanges (the README: PascalCase props may be named). */
const IGNORE_CHANGES_TF: Record<string, string> = { ...TOP_TF, Targets: "targets", TaskInvocationParameters: "task_invocation_parameters" };

/** Block (nested object) names in the Terraform resource, for comparing rendered JSON. */
export const TF_SINGLE_BLOCKS = new Set([
  "task_invocation_parameters",
  "run_command_parameters",
  "automation_parameters",
  "lambda_parameters",
  "step_functions_parameters",
  "cloudwatch_config",
  "notification_config",
  "lifecycle",
]);
const TF_LIST_BLOCKS = new Set(["targets", "parameter", "depends_on", "provisioner"]);

// ---------------------------------------------------------------------------------------------
// Reading values safely (hostile values: revoked proxies throw on every operation).

export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const absent = (v: unknown) => v === undefined || v === null;

/** Own enumerable string keys; symbol keys make the object unrepresentable. */
function ownKeys(obj: object, path: string): string[] {
  const keys = Reflect.ownKeys(obj);
  if (keys.some((k) => typeof k === "symbol")) throw new Unrepresentable(path, "symbol keys");
  return (keys as string[]).filter((k) => Object.prototype.propertyIsEnumerable.call(obj, k));
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Generic PascalCase/camelCase → snake_case, for keys the props do not define. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

/**
 * Why `value` cannot be carried exactly as JSON, or undefined. Iterative (100,000-deep values),
 * cycle-safe; undefined object members are absent (JSON leaves them out).
 */
export function jsonProblem(root: unknown, rootPath = ""): { path: string; reason: string } | undefined {
  // Depth-first with explicit exit markers, so the set of objects on the current path stays exact;
  // paths are built only for the problem found (each item links to its parent).
  interface Item {
    readonly v: unknown;
    readonly parent?: Item;
    readonly key?: string | number;
  }
  const pathOf = (item: Item): string => {
    const keys: (string | number)[] = [];
    for (let i: Item | undefined = item; i && i.key !== undefined; i = i.parent) keys.push(i.key);
    return keys.reverse().reduce<string>((p, k) => join(p, k), rootPath);
  };
  const onPath = new Set<object>();
  const stack: (Item | { exit: object })[] = [{ v: root }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("exit" in item) {
      onPath.delete(item.exit);
      continue;
    }
    const v = item.v;
    switch (typeof v) {
      case "string":
      case "boolean":
        continue;
      case "number":
        if (!Number.isFinite(v)) return { path: pathOf(item), reason: `${v} is not a JSON number` };
        continue;
      case "undefined":
        return { path: pathOf(item), reason: "undefined inside a list" };
      case "bigint":
      case "symbol":
      case "function":
        return { path: pathOf(item), reason: `a ${typeof v}` };
    }
    if (v === null) continue;
    const obj = v as object;
    if (onPath.has(obj)) return { path: pathOf(item), reason: "a cycle" };
    onPath.add(obj);
    stack.push({ exit: obj });
    if (Array.isArray(obj)) {
      for (let i = obj.length - 1; i >= 0; i--) {
        if (!(i in obj)) return { path: pathOf({ v: undefined, parent: item, key: i }), reason: "a hole in a list" };
        stack.push({ v: obj[i], parent: item, key: i });
      }
      continue;
    }
    if (!isPlainRecord(obj)) return { path: pathOf(item), reason: "not plain data (a class instance, Map, Date, boxed primitive, ...)" };
    for (const k of ownKeys(obj, "")) {
      const child = (obj as Record<string, unknown>)[k];
      if (child !== undefined) stack.push({ v: child, parent: item, key: k });
    }
  }
  return undefined;
}

/** JSON.stringify of plain data with keys sorted at every level (comparisons ignore key order). */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) setOwn(out, k, sort((v as Record<string, unknown>)[k]));
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value)) ?? "undefined";
}

function guard<T>(fn: () => T): Mapped<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof Unrepresentable) return { ok: false, path: e.path, reason: e.reason };
    // A hostile value threw while being read (a revoked proxy, a throwing getter).
    return { ok: false, path: "(props)", reason: `reading the props threw ${e instanceof Error ? e.name : typeof e}` };
  }
}

/** A JSON field (Payload/Input) given as an object: its JSON text, if JSON can carry it exactly. */
function jsonText(value: unknown, path: string): unknown {
  if (typeof value !== "object" || value === null) return value; // text (or a wrong type) as given
  const problem = jsonProblem(value, path);
  if (problem) throw new Unrepresentable(problem.path, problem.reason);
  return JSON.stringify(value);
}

function copyMap(value: unknown): unknown {
  if (!isPlainRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of ownKeys(value, "")) if (value[k] !== undefined) setOwn(out, k, value[k]);
  return out;
}

/** Which invocation blocks are given (non-absent), by kind; both spellings of one kind → unrepresentable. */
function invocationBlocks(tip: Record<string, unknown>, path: string): { block: (typeof INVOCATION_BLOCKS)[number]; key: string; value: unknown }[] {
  const out: { block: (typeof INVOCATION_BLOCKS)[number]; key: string; value: unknown }[] = [];
  for (const block of INVOCATION_BLOCKS) {
    const given = [block.short, block.long].filter((k) => Object.prototype.hasOwnProperty.call(tip, k) && !absent(tip[k]));
    if (given.length === 2) throw new Unrepresentable(join(path, block.long), `both ${block.short} and ${block.long}: the API has one member`);
    if (given.length === 1) out.push({ block, key: given[0], value: tip[given[0]] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Props → SSM API request (RegisterTaskWithMaintenanceWindow), for the botocore oracle.

export function toApiRequest(props: unknown): Mapped<Record<string, unknown>> {
  return guard(() => {
    if (!isPlainRecord(props)) throw new Unrepresentable("(props)", "props are not a plain object");
    const req: Record<string, unknown> = {};
    for (const key of ownKeys(props, "")) {
      const v = props[key];
      if (v === undefined || META_ARGUMENTS.includes(key) || OPTIONS.includes(key)) continue;
      if ((key === "MaxConcurrency" || key === "MaxErrors") && typeof v === "number") setOwn(req, key, String(v));
      else if (key === "TaskInvocationParameters" && isPlainRecord(v)) setOwn(req, key, apiInvocation(v));
      else if (key === "LoggingInfo" && isPlainRecord(v)) setOwn(req, key, apiLoggingInfo(v));
      else setOwn(req, key, v);
    }
    return req;
  });
}

function apiInvocation(tip: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set<string>(INVOCATION_BLOCKS.flatMap((b) => [b.short, b.long]));
  for (const k of ownKeys(tip, "TaskInvocationParameters")) if (!known.has(k) && tip[k] !== undefined) setOwn(out, k, tip[k]);
  for (const { block, key, value } of invocationBlocks(tip, "TaskInvocationParameters")) {
    const path = `TaskInvocationParameters.${key}`;
    if (!isPlainRecord(value)) {
      setOwn(out, block.short, value);
      continue;
    }
    const params: Record<string, unknown> = {};
    for (const k of ownKeys(value, path)) {
      const v = value[k];
      if (v === undefined) continue;
      if ((k === "Payload" && block.short === "Lambda") || (k === "Input" && block.short === "StepFunctions")) setOwn(params, k, jsonText(v, join(path, k)));
      else if (k === "Parameters" && (block.short === "RunCommand" || block.short === "Automation")) setOwn(params, k, copyMap(v));
      else setOwn(params, k, v);
    }
    setOwn(out, block.short, params);
  }
  return out;
}

/** CloudFormation's LoggingInfo names → the API's (either shape is accepted; one member given twice is ambiguous). */
function apiLoggingInfo(li: Record<string, unknown>): Record<string, unknown> {
  const rename: Record<string, string> = { S3Bucket: "S3BucketName", S3Prefix: "S3KeyPrefix", Region: "S3Region" };
  const out: Record<string, unknown> = {};
  for (const k of ownKeys(li, "LoggingInfo")) {
    if (li[k] === undefined) continue;
    const name = rename[k] ?? k;
    if (Object.prototype.hasOwnProperty.call(out, name)) throw new Unrepresentable(`LoggingInfo.${k}`, `${name} given in both shapes`);
    setOwn(out, name, li[k]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Props → raw aws_ssm_maintenance_window_task resource (Terraform JSON), for terraform validate and
// for comparing with what the construct synthesizes.

export interface TfMapping {
  /** The resource body, JSON-faithful. */
  readonly resource: Record<string, unknown>;
  /** Attribute paths whose text is JSON encoded from an object (compared as JSON values). */
  readonly jsonFromObject: readonly string[];
}

export function toTerraformResource(props: unknown): Mapped<TfMapping> {
  return guard(() => {
    if (!isPlainRecord(props)) throw new Unrepresentable("(props)", "props are not a plain object");
    const r: Record<string, unknown> = {};
    const jsonFromObject: string[] = [];
    const put = (key: string, v: unknown) => {
      if (!absent(v) && !Object.prototype.hasOwnProperty.call(r, key)) setOwn(r, key, v);
    };
    const keys = ownKeys(props, "");
    const type = props.TaskType;
    let blocksGiven = false;
    for (const key of keys) {
      const v = props[key];
      if (absent(v)) continue;
      if (TOP_TF[key]) put(TOP_TF[key], (key === "MaxConcurrency" || key === "MaxErrors") && typeof v === "number" ? String(v) : v);
      else if (key === "Targets") put("targets", Array.isArray(v) ? v.map((t, i) => tfTarget(t, `Targets[${i}]`)) : v);
      else if (key === "TaskInvocationParameters") {
        put("task_invocation_parameters", isPlainRecord(v) ? tfInvocation(v, jsonFromObject) : v);
        blocksGiven = !isPlainRecord(v) || invocationBlocks(v, key).length > 0;
      } else if (key === "LoggingInfo" || key === "TaskParameters") {
        // Rendered below (RUN_COMMAND without invocation parameters only; AWS ignores them otherwise).
      } else if (key === "count") {
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new Unrepresentable("count", "not a whole number ≥ 0");
        put("count", v);
      } else if (key === "lifecycle") put("lifecycle", tfLifecycle(v));
      else if ((key === "dependsOn" || key === "provisioners") && Array.isArray(v) && v.length === 0 && !jsonProblem(v, key)) put(key === "dependsOn" ? "depends_on" : "provisioner", []);
      else if (key === "connection" && isPlainRecord(v) && !jsonProblem(v, key)) put("connection", Object.fromEntries(ownKeys(v, key).filter((k) => v[k] !== undefined).map((k) => [snakeCase(k), v[k]])));
      else if (META_ARGUMENTS.includes(key)) throw new Unrepresentable(key, "no value the suite can render (it generates no constructs)");
      else if (key === "acknowledgeWarnings") {
        if (!Array.isArray(v) || jsonProblem(v, key) || v.some((x) => typeof x !== "string")) throw new Unrepresentable(key, "not a list of codes");
      } else put(snakeCase(key), v);
    }
    const deprecated = (["LoggingInfo", "TaskParameters"] as const).filter((k) => keys.includes(k) && !absent(props[k]));
    if (deprecated.length > 0 && type === "RUN_COMMAND" && !blocksGiven) {
      const tip = isPlainRecord(r.task_invocation_parameters) ? r.task_invocation_parameters : {};
      setOwn(r, "task_invocation_parameters", { ...tip, run_command_parameters: tfDeprecated(props) });
    } else {
      // Not rendered (AWS ignores them), but a value JSON cannot carry is still not a value.
      for (const k of deprecated) {
        const problem = jsonProblem(props[k], k);
        if (problem) throw new Unrepresentable(problem.path, problem.reason);
      }
    }
    const problem = jsonProblem(r);
    if (problem) throw new Unrepresentable(problem.path, problem.reason);
    return { resource: r, jsonFromObject };
  });
}

function tfTarget(t: unknown, path: string): unknown {
  if (!isPlainRecord(t)) return t;
  const out: Record<string, unknown> = {};
  for (const k of ownKeys(t, path)) {
    if (absent(t[k])) continue;
    const name = k === "Key" ? "key" : k === "Values" ? "values" : snakeCase(k);
    if (!Object.prototype.hasOwnProperty.call(out, name)) setOwn(out, name, t[k]);
  }
  return out;
}

function tfParameters(map: unknown): unknown {
  if (!isPlainRecord(map)) return map;
  return ownKeys(map, "")
    .filter((name) => map[name] !== undefined)
    .sort()
    .map((name) => ({ name, values: map[name] }));
}

function tfFields(params: Record<string, unknown>, path: string, names: Record<string, string>, special: (k: string, v: unknown) => [string, unknown] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ownKeys(params, path)) {
    const v = params[k];
    if (absent(v)) continue;
    const mapped = special(k, v) ?? [names[k] ?? snakeCase(k), v];
    if (!Object.prototype.hasOwnProperty.call(out, mapped[0])) setOwn(out, mapped[0], mapped[1]);
  }
  return out;
}

function tfInvocation(tip: Record<string, unknown>, jsonFromObject: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set<string>(INVOCATION_BLOCKS.flatMap((b) => [b.short, b.long]));
  for (const k of ownKeys(tip, "TaskInvocationParameters")) if (!known.has(k) && !absent(tip[k])) setOwn(out, snakeCase(k), tip[k]);
  for (const { block, key, value } of invocationBlocks(tip, "TaskInvocationParameters")) {
    const path = `TaskInvocationParameters.${key}`;
    if (!isPlainRecord(value)) {
      setOwn(out, block.tf, value);
      continue;
    }
    let body: Record<string, unknown>;
    switch (block.short) {
      case "RunCommand":
        body = tfFields(value, path, RUN_COMMAND_TF, (k, v) => {
          if (k === "Parameters") return ["parameter", tfParameters(v)];
          if (k === "CloudWatchOutputConfig") {
            return ["cloudwatch_config", isPlainRecord(v) ? tfFields(v, `${path}.${k}`, { CloudWatchLogGroupName: "cloudwatch_log_group_name", CloudWatchOutputEnabled: "cloudwatch_output_enabled" }, () => undefined) : v];
          }
          if (k === "NotificationConfig") {
            return ["notification_config", isPlainRecord(v) ? tfFields(v, `${path}.${k}`, { NotificationArn: "notification_arn", NotificationEvents: "notification_events", NotificationType: "notification_type" }, () => undefined) : v];
          }
          return undefined;
        });
        break;
      case "Automation":
        body = tfFields(value, path, { DocumentVersion: "document_version" }, (k, v) => (k === "Parameters" ? ["parameter", tfParameters(v)] : undefined));
        break;
      case "Lambda":
        body = tfFields(value, path, { ClientContext: "client_context", Qualifier: "qualifier" }, (k, v) => {
          if (k !== "Payload") return undefined;
          if (typeof v === "object") jsonFromObject.push("task_invocation_parameters.lambda_parameters.payload");
          return ["payload", jsonText(v, `${path}.Payload`)];
        });
        break;
      case "StepFunctions":
        body = tfFields(value, path, { Name: "name" }, (k, v) => {
          if (k !== "Input") return undefined;
          if (typeof v === "object") jsonFromObject.push("task_invocation_parameters.step_functions_parameters.input");
          return ["input", jsonText(v, `${path}.Input`)];
        });
        break;
    }
    setOwn(out, block.tf, body);
  }
  return out;
}

/** LoggingInfo (either shape) and TaskParameters, as the Run Command block Terraform has for them. */
function tfDeprecated(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const li = props.LoggingInfo;
  if (isPlainRecord(li)) {
    const bucket = li.S3Bucket ?? li.S3BucketName;
    const prefix = li.S3Prefix ?? li.S3KeyPrefix;
    if (!absent(bucket)) out.output_s3_bucket = bucket;
    if (!absent(prefix)) out.output_s3_key_prefix = prefix;
    // Region / S3Region: Terraform has no field for it (documented as dropped, with a warning).
  } else if (!absent(li)) out.logging_info = li;
  const tp = props.TaskParameters;
  if (isPlainRecord(tp)) {
    out.parameter = ownKeys(tp, "TaskParameters")
      .filter((n) => tp[n] !== undefined)
      .sort()
      .map((name) => ({ name, values: isPlainRecord(tp[name]) ? (tp[name] as Record<string, unknown>).Values : tp[name] }));
  } else if (!absent(tp)) out.parameter = tp;
  return out;
}

function tfLifecycle(v: unknown): unknown {
  if (!isPlainRecord(v)) throw new Unrepresentable("lifecycle", "not an object");
  const out: Record<string, unknown> = {};
  for (const k of ownKeys(v, "lifecycle")) {
    const x = v[k];
    if (absent(x)) continue;
    if ((k === "createBeforeDestroy" || k === "preventDestroy") && typeof x === "boolean") out[snakeCase(k)] = x;
    else if (k === "ignoreChanges" && (x === "all" || (Array.isArray(x) && !jsonProblem(x) && x.every((n) => typeof n === "string")))) {
      out.ignore_changes = x === "all" ? "all" : (x as string[]).map((n) => IGNORE_CHANGES_TF[n] ?? n);
    } else throw new Unrepresentable(`lifecycle.${k}`, "not a lifecycle setting the suite can render");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparing a synthesized resource with the mapping.

/**
 * Terraform-equivalent form of a resource body for comparison: a block given as an object or a
 * one-element list is the same block; empty blocks and null attributes are the same as absent (the
 * README: empty blocks are never emitted); `parameter` is a set (ordered by name here); object keys
 * in any order.
 */
export function normalizeResource(resource: unknown, jsonFromObject: readonly string[] = []): string {
  const norm = (v: unknown, key: string, path: string): unknown => {
    if (jsonFromObject.includes(path) && typeof v === "string") {
      try {
        return { $json: JSON.parse(v) };
      } catch {
        return v;
      }
    }
    if (Array.isArray(v)) {
      if (TF_SINGLE_BLOCKS.has(key) && v.length === 1) return norm(v[0], key, path);
      const items = v.map((x) => norm(x, key, path));
      if (key === "parameter") items.sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b)));
      return items;
    }
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        const child = norm((v as Record<string, unknown>)[k], k, path ? `${path}.${k}` : k);
        if (child === null || child === undefined) continue;
        // `cloudwatch_config { cloudwatch_output_enabled = false }` without a log group is AWS's
        // default and a block AWS does not read back (a perpetual diff): the same as no block.
        if (k === "cloudwatch_config" && isPlainRecord(child) && Object.keys(child).length === 1 && child.cloudwatch_output_enabled === false) continue;
        const blockish = TF_SINGLE_BLOCKS.has(k) || TF_LIST_BLOCKS.has(k);
        if (blockish && ((Array.isArray(child) && child.length === 0) || (typeof child === "object" && !Array.isArray(child) && Object.keys(child).length === 0))) continue;
        setOwn(out, k, child);
      }
      return out;
    }
    return v;
  };
  // Payload/Input objects are compared as JSON values, so mark the mapped side's paths on both.
  return canonicalJson(norm(resource, "", ""));
}
