// AWS's answer → the props of MaintenanceWindow / addTarget / addTask, as plain values with the
// references between them (a task's window target → the target's variable) and redacted values
// (→ a TerraformVariable) as `Code`, so that ./source.ts only prints. Pure: no I/O, no SDK.
//
// What is left out: values AWS fills in on its own when they were not given, which the provider
// reads back without a diff when the config leaves them out — Priority 0, AllowUnassociatedTargets
// false, Enabled true, empty lists and maps, the service-linked role as ServiceRoleArn, and the
// MaxConcurrency / MaxErrors placeholder "1" that AWS stores for a targetless task (our validation
// rejects them there, and the provider's attributes are Optional+Computed).
import { compare, type LiveWindowState } from "./read";
import type { LiveInvocation, LiveSelector, LiveTask, LiveTarget } from "./ssm";

/** A TypeScript expression printed as is (a reference, a variable's value); `live` is what it stands for, for validation. */
export class Code {
  constructor(
    readonly text: string,
    readonly live: unknown,
  ) {}
}

export type Value = string | number | boolean | Code | readonly Value[] | { readonly [key: string]: Value };
export type Props = { readonly [key: string]: Value };

export interface ResourcePlan {
  /** The construct id (the second argument). */
  readonly constructId: string;
  /** The variable the generated function keeps it in. */
  readonly variable: string;
  readonly props: Props;
  /** What `importFrom` gets. */
  readonly importId: string;
  /** Comment lines printed above the resource (sensitive values, validation findings). */
  readonly comments: string[];
}

/** A TerraformVariable standing for a sensitive value (--redact), declared at the top of the window's function. */
export interface VariablePlan {
  readonly variable: string;
  /** The Terraform name: `TF_VAR_<name>` sets it. */
  readonly name: string;
  readonly type: "string" | "list(string)";
  readonly description: string;
  /**
   * Whether the variable is `sensitive`. Payload and Input are: the provider marks those attributes
   * sensitive itself. Parameter values are not: the provider does not mark them, and a sensitive
   * value there makes Terraform plan an in-place update of the task only to record the mark
   * ("this block will be marked as sensitive"), so the first plan would not be imports only.
   */
  readonly sensitive: boolean;
}

export interface WindowPlan {
  readonly functionName: string;
  readonly windowId: string;
  readonly window: ResourcePlan;
  readonly targets: readonly ResourcePlan[];
  readonly tasks: readonly ResourcePlan[];
  readonly variables: readonly VariablePlan[];
}

export interface PlanOptions {
  /** Replace sensitive values with TerraformVariables. */
  readonly redact?: boolean;
}

// Words a generated variable or function must not be (reserved words, and the names the generated code uses itself).
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof " +
    "new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await " +
    "window scope stack arguments eval undefined MaintenanceWindow TerraformStack TerraformVariable Construct"
  ).split(" "),
);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function pascalCase(text: string): string {
  return words(text)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
    .join("");
}

export function camelCase(text: string): string {
  const p = pascalCase(text);
  return p ? p[0].toLowerCase() + p.slice(1) : "";
}

function snakeCase(text: string): string {
  return words(text)
    .map((w) => w.toLowerCase())
    .join("_");
}

/** `base`, or `base2`, `base3`, … : the first one not taken yet (then taken). */
export function unique(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name) || RESERVED.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/** A JavaScript identifier from a name: camelCased, never starting with a digit. */
function identifier(name: string, fallback: string): string {
  const c = camelCase(name);
  if (!c) return fallback;
  return /^[0-9]/.test(c) ? `${fallback}${c[0].toUpperCase()}${c.slice(1)}` : c;
}

function constructIdOf(name: string | undefined, fallback: string): string {
  const p = name ? pascalCase(name) : "";
  return p && !/^[0-9]/.test(p) ? p : `${fallback}${p}`;
}

/** Keys of `o` whose values are given (not undefined, not an empty list or map). */
function present(o: Record<string, Value | undefined>): Props {
  const out: Record<string, Value> = {};
  for (const [key, value] of Object.entries(o)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Code) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

function text(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function selectors(list: readonly LiveSelector[] | undefined, value: (key: string, v: string) => Value = (_k, v) => v): Value[] {
  return (list ?? []).map((s) => ({ Key: s.Key ?? "", Values: (s.Values ?? []).map((v) => value(s.Key ?? "", v)) }));
}

function sortedRecord<T>(record: Readonly<Record<string, T>> | undefined): Record<string, T> | undefined {
  if (!record) return undefined;
  return Object.fromEntries(Object.keys(record).sort(compare).map((k) => [k, record[k]]));
}

/** The service-linked role AWS uses (and reports) when a task names none. */
const SERVICE_LINKED_ROLE = /^arn:aws[a-z-]*:iam::\d{12}:role\/aws-service-role\/ssm\.amazonaws\.com\/AWSServiceRoleForAmazonSSM$/;

function windowProps(w: LiveWindowState): Props {
  const live = w.window;
  // Tags AWS sets itself (aws:…) cannot be written; the provider ignores them too.
  const tags = Object.fromEntries(Object.entries(sortedRecord(w.tags) ?? {}).filter(([k]) => !k.startsWith("aws:")));
  return present({
    Name: live.Name ?? "",
    Description: text(live.Description),
    Schedule: live.Schedule ?? "",
    ScheduleTimezone: text(live.ScheduleTimezone),
    ScheduleOffset: live.ScheduleOffset || undefined,
    Duration: live.Duration ?? 0,
    Cutoff: live.Cutoff ?? 0,
    AllowUnassociatedTargets: live.AllowUnassociatedTargets ? true : undefined,
    StartDate: text(live.StartDate),
    EndDate: text(live.EndDate),
    Enabled: live.Enabled === false ? false : undefined,
    Tags: tags,
  });
}

function targetProps(t: LiveTarget): Props {
  return present({
    ResourceType: t.ResourceType ?? "",
    Name: text(t.Name),
    Description: text(t.Description),
    OwnerInformation: text(t.OwnerInformation),
    Targets: selectors(t.Targets),
  });
}

/** A Payload / Input: the object when printing it as JSON gives back the same text (so it plans clean), else the text. */
function jsonValue(raw: string): Value {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) && JSON.stringify(parsed) === raw) return parsed as Value;
  } catch {
    // not JSON: written as the text it is
  }
  return raw;
}

function payloadText(payload: Uint8Array | string | undefined): string | undefined {
  if (payload === undefined) return undefined;
  return typeof payload === "string" ? payload : new TextDecoder().decode(payload);
}

interface TaskContext {
  readonly redact: boolean;
  /** The task's construct id: the variable's stem in the function. */
  readonly taskId: string;
  /** The window's function name: with the task's id, the Terraform variable's name (unique in the stack). */
  readonly functionName: string;
  readonly variables: VariablePlan[];
  readonly taken: Set<string>;
  readonly sensitive: string[];
}

/** A sensitive value: as it is (noted for the comment), or a TerraformVariable with --redact. */
function sensitive(ctx: TaskContext, label: string, stem: string, type: VariablePlan["type"], value: Value, live: unknown): Value {
  ctx.sensitive.push(label);
  if (!ctx.redact) return value;
  const variable = unique(identifier(`${ctx.taskId} ${stem}`, "value"), ctx.taken);
  const name = snakeCase(`${ctx.functionName} ${ctx.taskId} ${stem}`);
  ctx.variables.push({ variable, name, type, description: `${label} of task ${ctx.taskId} (set TF_VAR_${name})`, sensitive: type === "string" });
  return new Code(type === "string" ? `${variable}.stringValue` : `${variable}.listValue`, live);
}

function parameters(ctx: TaskContext, block: string, params: Readonly<Record<string, readonly string[]>> | undefined): Value | undefined {
  const sorted = sortedRecord(params);
  if (!sorted) return undefined;
  return Object.fromEntries(
    Object.entries(sorted).map(([name, values]) => [name, sensitive(ctx, `${block}.Parameters.${name}`, `${name}`, "list(string)", [...values], values)]),
  );
}

function invocation(type: string, p: LiveInvocation | undefined, ctx: TaskContext): Props {
  if (!p) return {};
  if (type === "RUN_COMMAND" && p.RunCommand) {
    const r = p.RunCommand;
    const cw = r.CloudWatchOutputConfig;
    const n = r.NotificationConfig;
    return present({
      RunCommand: present({
        Comment: text(r.Comment),
        CloudWatchOutputConfig: cw ? present({ CloudWatchLogGroupName: text(cw.CloudWatchLogGroupName), CloudWatchOutputEnabled: cw.CloudWatchOutputEnabled }) : undefined,
        DocumentHash: text(r.DocumentHash),
        DocumentHashType: text(r.DocumentHashType),
        DocumentVersion: text(r.DocumentVersion),
        NotificationConfig: n ? present({ NotificationArn: n.NotificationArn ?? "", NotificationEvents: n.NotificationEvents ? [...n.NotificationEvents] : undefined, NotificationType: text(n.NotificationType) }) : undefined,
        OutputS3BucketName: text(r.OutputS3BucketName),
        OutputS3KeyPrefix: text(r.OutputS3KeyPrefix),
        Parameters: parameters(ctx, "RunCommand", r.Parameters),
        ServiceRoleArn: text(r.ServiceRoleArn),
        TimeoutSeconds: r.TimeoutSeconds,
      }),
    });
  }
  if (type === "AUTOMATION" && p.Automation) {
    return present({ Automation: present({ DocumentVersion: text(p.Automation.DocumentVersion), Parameters: parameters(ctx, "Automation", p.Automation.Parameters) }) });
  }
  if (type === "LAMBDA" && p.Lambda) {
    const payload = payloadText(p.Lambda.Payload);
    return present({
      Lambda: present({
        ClientContext: text(p.Lambda.ClientContext),
        Payload: payload === undefined ? undefined : sensitive(ctx, "Lambda.Payload", "payload", "string", jsonValue(payload), payload),
        Qualifier: text(p.Lambda.Qualifier),
      }),
    });
  }
  if (type === "STEP_FUNCTIONS" && p.StepFunctions) {
    const input = p.StepFunctions.Input;
    return present({
      StepFunctions: present({
        Input: input === undefined ? undefined : sensitive(ctx, "StepFunctions.Input", "input", "string", jsonValue(input), input),
        Name: text(p.StepFunctions.Name),
      }),
    });
  }
  return {};
}

const TYPE_WORD: Record<string, string> = { RUN_COMMAND: "RunCommand", AUTOMATION: "Automation", LAMBDA: "Lambda", STEP_FUNCTIONS: "StepFunctions" };

function taskProps(t: LiveTask, targetRefs: ReadonlyMap<string, string>, ctx: TaskContext): Props {
  const type = t.TaskType ?? "";
  const targets = selectors(t.Targets, (key, v) => (key === "WindowTargetIds" && targetRefs.has(v) ? new Code(`${targetRefs.get(v)}.id`, v) : v));
  const hasTargets = targets.length > 0;
  return present({
    TaskType: type,
    TaskArn: t.TaskArn ?? "",
    Name: text(t.Name),
    Description: text(t.Description),
    Priority: t.Priority || undefined,
    ServiceRoleArn: t.ServiceRoleArn && !SERVICE_LINKED_ROLE.test(t.ServiceRoleArn) ? t.ServiceRoleArn : undefined,
    CutoffBehavior: text(t.CutoffBehavior),
    Targets: targets,
    MaxConcurrency: hasTargets ? text(t.MaxConcurrency) : undefined,
    MaxErrors: hasTargets ? text(t.MaxErrors) : undefined,
    TaskInvocationParameters: invocation(type, t.TaskInvocationParameters, ctx),
  });
}

function byNameThenId<T>(name: (t: T) => string, id: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => compare(name(a), name(b)) || compare(id(a), id(b));
}

/** One window's plan; `functionNames` holds the names already used in the file. */
export function planWindow(w: LiveWindowState, functionNames: Set<string>, options: PlanOptions = {}): WindowPlan {
  const windowId = w.window.WindowId;
  const functionName = unique(identifier(w.window.Name ?? "", "window"), functionNames);
  const variables: VariablePlan[] = [];
  const taken = new Set<string>();
  const constructIds = new Set<string>(["Resource"]); // the window's own resource is its child "Resource"

  const targetRefs = new Map<string, string>();
  const targets = [...w.targets]
    .sort(byNameThenId((t) => t.Name ?? "", (t) => t.WindowTargetId ?? ""))
    .map((t, i): ResourcePlan => {
      const constructId = unique(constructIdOf(t.Name, `Target${i + 1}`), constructIds);
      const variable = unique(identifier(constructId, "target"), taken);
      targetRefs.set(t.WindowTargetId ?? "", variable);
      return { constructId, variable, props: targetProps(t), importId: `${windowId}/${t.WindowTargetId ?? ""}`, comments: [] };
    });

  const tasks = [...w.tasks]
    .sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0) || byNameThenId<LiveTask>((t) => t.Name ?? "", (t) => t.WindowTaskId ?? "")(a, b))
    .map((t, i): ResourcePlan => {
      const constructId = unique(constructIdOf(t.Name, `${TYPE_WORD[t.TaskType ?? ""] ?? "Task"}Task${i + 1}`), constructIds);
      const variable = unique(identifier(constructId, "task"), taken);
      const ctx: TaskContext = { redact: !!options.redact, taskId: constructId, functionName, variables, taken, sensitive: [] };
      const props = taskProps(t, targetRefs, ctx);
      const comments: string[] = [];
      if (ctx.sensitive.length) {
        comments.push(
          options.redact
            ? `Sensitive values from TerraformVariables (set them before planning), not written here: ${ctx.sensitive.join(", ")}.`
            : `Sensitive values, written as AWS holds them: ${ctx.sensitive.join(", ")}. Review before committing, or re-run import with --redact.`,
        );
      }
      return { constructId, variable, props, importId: `${windowId}/${t.WindowTaskId ?? ""}`, comments };
    });

  const window: ResourcePlan = { constructId: pascalCase(functionName), variable: "window", props: windowProps(w), importId: windowId, comments: [] };
  return { functionName, windowId, window, targets, tasks, variables };
}

/** Every window's plan, names unique across the file. */
export function planAccount(windows: readonly LiveWindowState[], options: PlanOptions = {}): WindowPlan[] {
  const names = new Set<string>();
  return windows.map((w) => planWindow(w, names, options));
}

/** A plan's props as the values they stand for (live ids for references), for validation. */
export function liveValue(value: Value): unknown {
  if (value instanceof Code) return value.live;
  if (Array.isArray(value)) return value.map(liveValue);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, liveValue(v as Value)]));
  return value;
}
