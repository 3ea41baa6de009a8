// Validation of maintenance window and window target props: read the props (any JS value: plain-JS
// and JSON callers pass anything), report structural problems, then check every value AWS or the
// Terraform provider would reject. Tokens are never judged: their values are known only at apply.
import type { IResolvable, TerraformMetaArguments } from "../core/runtime";
import { containsToken, isToken } from "../core/tokens";
import { suggest } from "../core/suggest";
import { matchesAwsPattern } from "../core/aws-patterns";
import { DiagnosticSink, show, type Diagnostic } from "../core/diagnostics";
import { isPlainObject, TypeReader, typeName } from "../core/type-reader";
import { TERRAFORM_LIMITS, WINDOW_SHAPES } from "./model";
import { checkSchedule, parseIsoTimestamp, timeZoneProblem, type IsoTimestamp, type ScheduleKind } from "./schedule";

/** Every diagnostic code of the window, its targets and `addTask`, with its level. */
export const WINDOW_DIAGNOSTIC_CODES: Readonly<Record<string, "error" | "warning">> = {
  // structure (window and target props)
  WindowUnknownProperty: "error",
  WindowTypeMismatch: "error",
  WindowRequiredProperty: "error",
  // window
  WindowNameFormat: "error",
  WindowDescriptionLength: "error",
  WindowScheduleFormat: "error",
  WindowCronFieldCount: "error",
  WindowCronFieldValue: "error",
  WindowCronDayOfMonthOrWeek: "error",
  WindowRateFormat: "error",
  WindowRateUnitPlural: "error",
  WindowAtFormat: "error",
  WindowDurationRange: "error",
  WindowCutoffRange: "error",
  WindowCutoffNotBeforeDuration: "error",
  WindowScheduleOffsetRange: "error",
  WindowScheduleOffsetWithoutCron: "error",
  WindowScheduleTimezoneUnknown: "error",
  WindowDateFormat: "error",
  WindowEndDateNotAfterStartDate: "error",
  WindowEndDatePassed: "warning",
  WindowTagsCount: "error",
  WindowTagKeyFormat: "error",
  WindowTagValueFormat: "error",
  WindowTagKeyDuplicate: "error",
  WindowTagKeyReserved: "error",
  WindowTerraformInterpolation: "error",
  // window targets
  WindowTargetResourceTypeEnum: "error",
  WindowTargetsCount: "error",
  WindowTargetKeyFormat: "error",
  WindowTargetKeyUnsupported: "error",
  WindowTargetKeyCase: "warning",
  WindowTargetValuesCount: "error",
  WindowTargetValuesEmpty: "warning",
  WindowTargetInstanceIdFormat: "error",
  WindowTargetResourceGroupKeys: "error",
  WindowTargetNameFormat: "error",
  WindowTargetDescriptionLength: "error",
  WindowTargetOwnerInformationLength: "error",
  // addTask
  WindowUnassociatedTargetsNotAllowed: "error",
};

/** Every window diagnostic code with its level (the table of help/maintenance-window.md). */
export function windowDiagnosticCodes(): Record<string, "error" | "warning"> {
  return { ...WINDOW_DIAGNOSTIC_CODES };
}

// ------------------------------------------------------------------------------------------ reading

/** Meta-arguments accepted next to the AWS props; count/forEach are refused with a reason. */
const META_KEYS = ["dependsOn", "provider", "lifecycle"] as const;
const META_HINTS: Record<string, string> = {
  count: "count and forEach are not supported: targets and tasks use the window's id. Create one MaintenanceWindow per window in a loop instead.",
  forEach: "count and forEach are not supported: targets and tasks use the window's id. Create one MaintenanceWindow per window in a loop instead.",
  provisioners: "Provisioners are not supported on a maintenance window; remove them.",
  connection: "Connections are not supported on a maintenance window; remove it.",
};

const WINDOW_KEYS = [
  "Name", "Schedule", "Duration", "Cutoff", "AllowUnassociatedTargets", "Description", "ScheduleTimezone", "ScheduleOffset",
  "StartDate", "EndDate", "Enabled", "Tags", "acknowledgeWarnings", ...META_KEYS,
];
const WINDOW_HINTS: Record<string, string> = {
  ...META_HINTS,
  Id: "The window id is an output (window.id), not an input; remove it.",
  WindowId: "The window id is an output (window.id), not an input; remove it.",
  Targets: 'Targets are registered with window.addTarget(id, { ResourceType: "INSTANCE", Targets: [...] }).',
  Tasks: "Tasks are added with window.addTask(id, props).",
  Timezone: 'Did you mean "ScheduleTimezone"?',
  TimeZone: 'Did you mean "ScheduleTimezone"?',
  ScheduleExpression: 'Did you mean "Schedule"?',
};

const TARGET_KEYS = ["ResourceType", "Targets", "Name", "Description", "OwnerInformation", "acknowledgeWarnings", ...META_KEYS];
const TARGET_HINTS: Record<string, string> = {
  ...META_HINTS,
  WindowId: "addTarget registers the target with this window and sets WindowId itself; remove it.",
  Key: "Put Key and Values inside Targets: [{ Key, Values }].",
  Values: "Put Key and Values inside Targets: [{ Key, Values }].",
  Id: "The window target id is an output (target.id), not an input; remove it.",
};

/** A tag with where it came from (`Tags[0]` for the list form, `Tags.<key>` for the map form). */
export interface CanonicalTag {
  readonly path: string;
  readonly Key?: string;
  readonly Value?: string;
}

/** Window props after reading: every value has the right JS type (or is a token), or is undefined. */
export interface CanonicalWindow {
  readonly Name?: string;
  readonly Schedule?: string;
  readonly Duration?: number;
  readonly Cutoff?: number;
  readonly AllowUnassociatedTargets?: boolean | IResolvable;
  readonly Description?: string;
  readonly ScheduleTimezone?: string;
  readonly ScheduleOffset?: number;
  readonly StartDate?: string;
  readonly EndDate?: string;
  readonly Enabled?: boolean | IResolvable;
  /** Literal tags, or a token standing for the whole map. */
  readonly Tags?: CanonicalTag[] | IResolvable;
  readonly acknowledgeWarnings: string[];
  readonly meta: Pick<TerraformMetaArguments, "dependsOn" | "provider" | "lifecycle">;
}

export interface CanonicalSelector {
  readonly path: string;
  readonly Key?: string;
  readonly Values?: string[];
}

/** Window target props after reading. */
export interface CanonicalWindowTarget {
  readonly ResourceType?: string;
  readonly Targets?: CanonicalSelector[] | IResolvable;
  readonly Name?: string;
  readonly Description?: string;
  readonly OwnerInformation?: string;
  readonly acknowledgeWarnings: string[];
  readonly meta: Pick<TerraformMetaArguments, "dependsOn" | "provider" | "lifecycle">;
}

/** The window's readers: the shared type checks (with Window* codes) plus the window's own shapes. */
class Reader extends TypeReader {
  constructor(sink: DiagnosticSink, what: string) {
    super(sink, { typeMismatch: "WindowTypeMismatch", unknownProperty: "WindowUnknownProperty" }, what);
  }

  props(props: unknown): Record<string, unknown> | undefined {
    if (isPlainObject(props)) return props;
    this.sink.error("WindowTypeMismatch", "(props)", `Expected an object of ${this.what} props, got ${typeName(props)} ${show(props)}.`);
    return undefined;
  }

  keys(obj: Record<string, unknown>, path: string, allowed: readonly string[], hints: Record<string, string> = {}): void {
    this.checkKeys(obj, path, allowed, hints);
  }

  required(obj: Record<string, unknown>, keys: readonly string[], example: Record<string, string>): void {
    for (const key of keys) {
      if (obj[key] === undefined || obj[key] === null) {
        this.sink.error("WindowRequiredProperty", key, `${key} is required by a ${this.what}. Add it, e.g. ${key}: ${example[key]}.`);
      }
    }
  }

  meta(props: Record<string, unknown>): Pick<TerraformMetaArguments, "dependsOn" | "provider" | "lifecycle"> {
    const { dependsOn, provider, lifecycle } = props;
    if (dependsOn !== undefined && !Array.isArray(dependsOn)) this.mismatch("dependsOn", "a list of resources", dependsOn);
    if (lifecycle !== undefined && !isPlainObject(lifecycle)) this.mismatch("lifecycle", "an object", lifecycle);
    return { dependsOn, provider, lifecycle } as Pick<TerraformMetaArguments, "dependsOn" | "provider" | "lifecycle">;
  }

  tags(value: unknown): CanonicalTag[] | IResolvable | undefined {
    if (value === undefined || value === null) return undefined;
    if (isToken(value)) return value as IResolvable;
    if (Array.isArray(value)) {
      return value.map((item, i): CanonicalTag => {
        const path = `Tags[${i}]`;
        if (!isPlainObject(item)) {
          this.mismatch(path, "an object { Key, Value }", item);
          return { path };
        }
        this.keys(item, path, ["Key", "Value"]);
        if (item.Key === undefined) this.sink.error("WindowRequiredProperty", `${path}.Key`, "Key is required in a tag: { Key, Value }.");
        if (item.Value === undefined) this.sink.error("WindowRequiredProperty", `${path}.Value`, 'Value is required in a tag: { Key, Value } (an empty string "" is allowed).');
        return { path, Key: this.string(item.Key, `${path}.Key`), Value: this.string(item.Value, `${path}.Value`) };
      });
    }
    if (isPlainObject(value)) {
      return Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => ({ path: `Tags.${key}`, Key: key, Value: this.string(v, `Tags.${key}`) }));
    }
    return this.mismatch("Tags", "a list of { Key, Value } or a map of key → value", value);
  }

  selectors(value: unknown): CanonicalSelector[] | IResolvable | undefined {
    if (value === undefined || value === null) return undefined;
    if (isToken(value)) return value as IResolvable;
    if (!Array.isArray(value)) return this.mismatch("Targets", "a list of { Key, Values }", value);
    return value.map((item, i): CanonicalSelector => {
      const path = `Targets[${i}]`;
      if (!isPlainObject(item)) {
        this.mismatch(path, "an object { Key, Values }", item);
        return { path };
      }
      this.keys(item, path, ["Key", "Values"], { Value: 'Did you mean "Values" (a list)?' });
      if (item.Key === undefined) this.sink.error("WindowRequiredProperty", `${path}.Key`, 'Key is required: e.g. "tag:Role", "InstanceIds" or "resource-groups:Name".');
      if (item.Values === undefined) this.sink.error("WindowRequiredProperty", `${path}.Values`, "Values is required: the instance ids, tag values, tag keys, group name or resource types.");
      return { path, Key: this.string(item.Key, `${path}.Key`), Values: this.stringList(item.Values, `${path}.Values`) };
    });
  }
}

/** Reads window props into a CanonicalWindow, reporting structural problems. */
export function readWindow(props: unknown, sink: DiagnosticSink): CanonicalWindow {
  const r = new Reader(sink, "maintenance window");
  const p = r.props(props);
  if (!p) return { acknowledgeWarnings: [], meta: {} };
  r.keys(p, "", WINDOW_KEYS, WINDOW_HINTS);
  r.required(p, ["Name", "Schedule", "Duration", "Cutoff"], { Name: '"weekly-patching"', Schedule: '"cron(0 2 ? * SUN *)"', Duration: "3", Cutoff: "1" });
  return {
    Name: r.string(p.Name, "Name"),
    Schedule: r.string(p.Schedule, "Schedule"),
    Duration: r.number(p.Duration, "Duration"),
    Cutoff: r.number(p.Cutoff, "Cutoff"),
    AllowUnassociatedTargets: r.boolean(p.AllowUnassociatedTargets, "AllowUnassociatedTargets"),
    Description: r.string(p.Description, "Description", true),
    ScheduleTimezone: r.string(p.ScheduleTimezone, "ScheduleTimezone"),
    ScheduleOffset: r.number(p.ScheduleOffset, "ScheduleOffset"),
    StartDate: r.string(p.StartDate, "StartDate"),
    EndDate: r.string(p.EndDate, "EndDate"),
    Enabled: r.boolean(p.Enabled, "Enabled"),
    Tags: r.tags(p.Tags),
    acknowledgeWarnings: r.stringList(p.acknowledgeWarnings, "acknowledgeWarnings") ?? [],
    meta: r.meta(p),
  };
}

/** Reads window target props into a CanonicalWindowTarget, reporting structural problems. */
export function readWindowTarget(props: unknown, sink: DiagnosticSink): CanonicalWindowTarget {
  const r = new Reader(sink, "maintenance window target");
  const p = r.props(props);
  if (!p) return { acknowledgeWarnings: [], meta: {} };
  r.keys(p, "", TARGET_KEYS, TARGET_HINTS);
  r.required(p, ["ResourceType", "Targets"], { ResourceType: '"INSTANCE"', Targets: '[{ Key: "tag:Role", Values: ["web"] }]' });
  return {
    ResourceType: r.string(p.ResourceType, "ResourceType"),
    Targets: r.selectors(p.Targets),
    Name: r.string(p.Name, "Name"),
    Description: r.string(p.Description, "Description", true),
    OwnerInformation: r.string(p.OwnerInformation, "OwnerInformation", true),
    acknowledgeWarnings: r.stringList(p.acknowledgeWarnings, "acknowledgeWarnings") ?? [],
    meta: r.meta(p),
  };
}

// ----------------------------------------------------------------------------------------- checking

/** A value we can judge: present and not a token (nor holding one). */
function known<T>(value: T | undefined): value is T {
  return value !== undefined && !containsToken(value);
}

function lengthProblem(s: string, min: number, max: number): string | undefined {
  return s.length < min || s.length > max ? `is ${s.length} characters` : undefined;
}

function pattern(shape: { pattern: string }, s: string): boolean {
  return matchesAwsPattern(shape.pattern, s);
}

const TEMPLATE_SEQUENCE = /(?<![$%])([$%])\{/;

function interpolation(sink: DiagnosticSink, path: string, value: string | undefined, sensitive: boolean): void {
  if (!known(value)) return;
  const m = TEMPLATE_SEQUENCE.exec(value);
  if (!m) return;
  const seq = `${m[1]}{`;
  sink.error(
    "WindowTerraformInterpolation",
    path,
    `${sensitive ? "The value (not shown: sensitive)" : JSON.stringify(value)} contains "${seq}", which Terraform reads as ${m[1] === "$" ? "an interpolation" : "a template directive"}. ` +
      `Write "${m[1]}${seq}" for a literal "${seq}", or wrap the string in Fn.rawString(...).`,
  );
}

function integerInRange(sink: DiagnosticSink, code: string, path: string, n: number | undefined, min: number, max: number, unit: string): boolean {
  if (!known(n)) return false;
  if (Number.isInteger(n) && n >= min && n <= max) return true;
  sink.error(code, path, `${show(n)} ${Number.isInteger(n) ? "is out of range" : "is not a whole number"}. Allowed: a whole number of ${unit} from ${min} to ${max}.`);
  return false;
}

/** The kind of a literal, well-formed schedule (undefined for a token or a malformed one). */
function scheduleKind(w: CanonicalWindow, sink: DiagnosticSink): ScheduleKind | undefined {
  if (!known(w.Schedule)) return undefined;
  const { kind, problems } = checkSchedule(w.Schedule);
  for (const p of problems) sink.error(p.code, "Schedule", `${show(w.Schedule)}: ${p.message}`);
  return kind;
}

function checkDate(sink: DiagnosticSink, path: string, value: string | undefined): IsoTimestamp | undefined {
  if (!known(value)) return undefined;
  const parsed = parseIsoTimestamp(value);
  if ("problem" in parsed) {
    sink.error("WindowDateFormat", path, `${show(value)} ${parsed.problem}. Allowed: ISO-8601 extended format, e.g. "2030-01-01T00:00:00Z" or "2030-01-01T00:00:00-08:00".`);
    return undefined;
  }
  return parsed;
}

/** Checks a read window; `now` (ms since the epoch) is for the EndDate warning. */
export function checkWindow(w: CanonicalWindow, sink: DiagnosticSink, now: number = Date.now()): void {
  const S = WINDOW_SHAPES;
  if (known(w.Name) && !pattern(S.MaintenanceWindowName, w.Name)) {
    sink.error("WindowNameFormat", "Name", `${show(w.Name)} ${lengthProblem(w.Name, 3, 128) ?? "has characters AWS does not allow"}. Allowed: 3–128 letters, digits, _ - and . (no spaces).`);
  }
  if (known(w.Description)) {
    const problem = lengthProblem(w.Description, S.MaintenanceWindowDescription.min, S.MaintenanceWindowDescription.max);
    if (problem) sink.error("WindowDescriptionLength", "Description", `${show(w.Description, true)} ${problem}. Allowed: 1–128 characters; leave it out rather than empty.`);
    interpolation(sink, "Description", w.Description, true);
  }

  const kind = scheduleKind(w, sink);
  const duration = integerInRange(sink, "WindowDurationRange", "Duration", w.Duration, S.MaintenanceWindowDurationHours.min, S.MaintenanceWindowDurationHours.max, "hours");
  const cutoff = integerInRange(sink, "WindowCutoffRange", "Cutoff", w.Cutoff, S.MaintenanceWindowCutoff.min, S.MaintenanceWindowCutoff.max, "hours");
  if (duration && cutoff && w.Cutoff! >= w.Duration!) {
    sink.error(
      "WindowCutoffNotBeforeDuration",
      "Cutoff",
      `Cutoff ${w.Cutoff} is not less than Duration ${w.Duration}: no task could ever start. Cutoff is the hours before the window's end when new tasks stop starting; ` +
        `use at most ${w.Duration! - 1} (0 lets tasks start until the end), or lengthen Duration.`,
    );
  }
  if (integerInRange(sink, "WindowScheduleOffsetRange", "ScheduleOffset", w.ScheduleOffset, S.MaintenanceWindowOffset.min, S.MaintenanceWindowOffset.max, "days")) {
    if (kind === "rate" || kind === "at") {
      sink.error(
        "WindowScheduleOffsetWithoutCron",
        "ScheduleOffset",
        `ScheduleOffset ${w.ScheduleOffset} is set but the schedule is a ${kind} expression; AWS supports offsets only for cron schedules. Remove it, or use a cron schedule.`,
      );
    }
  }
  if (known(w.ScheduleTimezone)) {
    const problem = timeZoneProblem(w.ScheduleTimezone);
    if (problem) sink.error("WindowScheduleTimezoneUnknown", "ScheduleTimezone", `${show(w.ScheduleTimezone)} ${problem}.`);
  }

  const start = checkDate(sink, "StartDate", w.StartDate);
  const end = checkDate(sink, "EndDate", w.EndDate);
  // Without offsets both are read in the same zone; with mixed forms the zone is unknown: not compared.
  if (start && end && start.hasOffset === end.hasOffset && end.epochMs <= start.epochMs) {
    sink.error("WindowEndDateNotAfterStartDate", "EndDate", `EndDate ${show(w.EndDate)} is not after StartDate ${show(w.StartDate)}; the window would never be active. Swap them, or fix one.`);
  }
  // A day of margin: an EndDate without an offset is read in the schedule's zone, not UTC.
  if (end && end.epochMs < now - 24 * 3600_000) {
    sink.warning("WindowEndDatePassed", "EndDate", `EndDate ${show(w.EndDate)} has passed: the window will never run again. Move it into the future or remove it.`);
  }

  checkTags(w.Tags, sink);
}

function checkTags(tags: CanonicalTag[] | IResolvable | undefined, sink: DiagnosticSink): void {
  if (tags === undefined || isToken(tags) || !Array.isArray(tags)) return;
  const S = WINDOW_SHAPES;
  if (tags.length > S.TagList.max) sink.error("WindowTagsCount", "Tags", `${tags.length} tags given; AWS allows at most ${S.TagList.max} per resource.`);
  const seen = new Map<string, string>();
  for (const tag of tags) {
    if (known(tag.Key)) {
      const keyPath = tag.path.startsWith("Tags[") ? `${tag.path}.Key` : tag.path;
      if (!pattern(S.TagKey, tag.Key) || tag.Key.length < S.TagKey.min || tag.Key.length > S.TagKey.max) {
        sink.error(
          "WindowTagKeyFormat",
          keyPath,
          `Tag key ${show(tag.Key)} ${lengthProblem(tag.Key, S.TagKey.min, S.TagKey.max) ?? "has characters AWS does not allow"}. Allowed: 1–128 letters, digits, spaces and _ . : / = + - @.`,
        );
      } else if (/^aws:/i.test(tag.Key)) {
        sink.error("WindowTagKeyReserved", keyPath, `Tag key ${show(tag.Key)} starts with "aws:", which AWS reserves for its own tags. Use another prefix.`);
      }
      const earlier = seen.get(tag.Key);
      if (earlier !== undefined) {
        sink.error("WindowTagKeyDuplicate", keyPath, `Tag key ${show(tag.Key)} is given twice (also at ${earlier}); Terraform keeps one value per key. Remove one.`);
      } else seen.set(tag.Key, keyPath);
    }
    if (known(tag.Value) && (!pattern(S.TagValue, tag.Value) || tag.Value.length > S.TagValue.max)) {
      const valuePath = tag.path.startsWith("Tags[") ? `${tag.path}.Value` : tag.path;
      sink.error(
        "WindowTagValueFormat",
        valuePath,
        `Tag value ${show(tag.Value)} ${tag.Value.length > S.TagValue.max ? `is ${tag.Value.length} characters` : "has characters AWS does not allow"}. Allowed: 0–256 letters, digits, spaces and _ . : / = + - @.`,
      );
    }
  }
}

/** Keys a maintenance window target accepts (besides `tag:<tag key>`). */
const SELECTOR_KEYS = ["InstanceIds", "tag-key", "resource-groups:Name", "resource-groups:ResourceTypeFilters"];

/** The key's canonical spelling when it differs only in case, or undefined. */
function canonicalKey(key: string): string | undefined {
  if (/^tag:/i.test(key)) return `tag:${key.slice(4)}`;
  return SELECTOR_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
}

/** Checks read window target props. */
export function checkWindowTarget(t: CanonicalWindowTarget, sink: DiagnosticSink): void {
  const S = WINDOW_SHAPES;
  if (known(t.ResourceType) && !S.MaintenanceWindowResourceType.enum.includes(t.ResourceType as never)) {
    const close = S.MaintenanceWindowResourceType.enum.find((e) => e.toLowerCase() === t.ResourceType!.toLowerCase().replace(/[- ]/g, "_"));
    sink.error(
      "WindowTargetResourceTypeEnum",
      "ResourceType",
      `${show(t.ResourceType)} is not a resource type${close ? ` (values are case-sensitive: did you mean "${close}"?)` : ""}. Allowed: INSTANCE or RESOURCE_GROUP.`,
    );
  }
  if (known(t.Name) && !pattern(S.MaintenanceWindowName, t.Name)) {
    sink.error("WindowTargetNameFormat", "Name", `${show(t.Name)} ${lengthProblem(t.Name, 3, 128) ?? "has characters AWS does not allow"}. Allowed: 3–128 letters, digits, _ - and . (no spaces).`);
  }
  if (known(t.Description)) {
    const problem = lengthProblem(t.Description, TERRAFORM_LIMITS.targetDescriptionMin, S.MaintenanceWindowDescription.max);
    if (problem) {
      sink.error(
        "WindowTargetDescriptionLength",
        "Description",
        `${show(t.Description, true)} ${problem}. Allowed: 3–128 characters (AWS allows 1, but the Terraform provider rejects fewer than 3).`,
      );
    }
    interpolation(sink, "Description", t.Description, true);
  }
  if (known(t.OwnerInformation)) {
    const problem = lengthProblem(t.OwnerInformation, S.OwnerInformation.min, S.OwnerInformation.max);
    if (problem) sink.error("WindowTargetOwnerInformationLength", "OwnerInformation", `${show(t.OwnerInformation, true)} ${problem}. Allowed: 1–128 characters.`);
    interpolation(sink, "OwnerInformation", t.OwnerInformation, true);
  }

  if (t.Targets === undefined || isToken(t.Targets) || !Array.isArray(t.Targets)) return;
  const selectors = t.Targets;
  if (selectors.length < TERRAFORM_LIMITS.targetsMin || selectors.length > S.Targets.max) {
    sink.error(
      "WindowTargetsCount",
      "Targets",
      `${selectors.length} selectors given; a window target needs 1–5 (Terraform requires at least one, AWS allows at most 5). ` +
        (selectors.length === 0 ? 'Add one, e.g. { Key: "tag:Role", Values: ["web"] }.' : "Put more values in one selector, or register another window target."),
    );
  }
  for (const s of selectors) checkSelector(s, sink);

  if (t.ResourceType === "RESOURCE_GROUP") {
    const keys = selectors.map((s) => s.Key);
    if (keys.some((k) => k === undefined || isToken(k))) return;
    const others = selectors.filter((s) => !/^resource-groups:/.test(s.Key!));
    for (const s of others) {
      sink.error(
        "WindowTargetResourceGroupKeys",
        `${s.path}.Key`,
        `${show(s.Key)} cannot select resources of a RESOURCE_GROUP target; it takes "resource-groups:Name" and optionally "resource-groups:ResourceTypeFilters". ` +
          'For instances by id or tag use ResourceType: "INSTANCE".',
      );
    }
    if (!keys.includes("resource-groups:Name")) {
      sink.error("WindowTargetResourceGroupKeys", "Targets", 'A RESOURCE_GROUP target needs a { Key: "resource-groups:Name", Values: ["<group name>"] } selector.');
    }
  }
}

function checkSelector(s: CanonicalSelector, sink: DiagnosticSink): void {
  const S = WINDOW_SHAPES;
  const keyPath = `${s.path}.Key`;
  if (known(s.Key)) {
    const key = s.Key;
    if (key.length < S.TargetKey.min || key.length > S.TargetKey.max || !pattern(S.TargetKey, key)) {
      sink.error(
        "WindowTargetKeyFormat",
        keyPath,
        `${show(key)} ${lengthProblem(key, S.TargetKey.min, S.TargetKey.max) ?? "has characters AWS does not allow"}. Allowed: 1–163 letters, digits, spaces and _ . : / = - @.`,
      );
    } else if (key === "tag:") {
      sink.error("WindowTargetKeyUnsupported", keyPath, '"tag:" needs the tag key after the colon, e.g. "tag:Role" with the tag values in Values.');
    } else if (!/^tag:/.test(key) && !SELECTOR_KEYS.includes(key)) {
      const canonical = canonicalKey(key);
      if (canonical !== undefined) {
        sink.warning("WindowTargetKeyCase", keyPath, `${show(key)} differs from AWS's spelling only in case; AWS documents "${canonical}". Write it that way.`);
      } else {
        const hint =
          key === "WindowTargetIds"
            ? "WindowTargetIds is how a task targets window targets; a window target selects instances or resource groups."
            : /^InstanceId$/i.test(key)
              ? 'Did you mean "InstanceIds"?'
              : /^(ResourceGroup|resource-groups?)$/i.test(key)
                ? 'Did you mean "resource-groups:Name"?'
                : `Did you mean ${show(suggest(key, SELECTOR_KEYS) ?? "tag:" + key)}?`;
        sink.error(
          "WindowTargetKeyUnsupported",
          keyPath,
          `${show(key)} is not a key a maintenance window target accepts. Allowed: InstanceIds, tag:<tag key>, tag-key, resource-groups:Name, resource-groups:ResourceTypeFilters. ${hint}`,
        );
      }
    }
  }
  if (!s.Values || isToken(s.Values)) return;
  if (s.Values.length === 0) {
    sink.warning("WindowTargetValuesEmpty", `${s.path}.Values`, "Values is empty: this selector matches nothing. Add values, or remove the selector.");
  }
  if (s.Values.length > S.TargetValues.max) {
    sink.error("WindowTargetValuesCount", `${s.path}.Values`, `${s.Values.length} values given; AWS allows at most ${S.TargetValues.max} per selector. Split them over several window targets, or select by tag.`);
  }
  s.Values.forEach((v, i) => {
    if (isToken(v)) return;
    if (s.Key === "InstanceIds" && !matchesAwsPattern(S.InstanceId.pattern, v)) {
      sink.error(
        "WindowTargetInstanceIdFormat",
        `${s.path}.Values[${i}]`,
        `${show(v)} is not an instance id. Allowed: "i-" followed by 8 or 17 characters, or "mi-" followed by 17 (managed nodes). To select by tag use Key "tag:<tag key>".`,
      );
    }
    interpolation(sink, `${s.path}.Values[${i}]`, v, false);
  });
}

/**
 * Checks task props given to `addTask` against the window: `WindowId` is the window's, and a window
 * without AllowUnassociatedTargets only runs tasks on its registered targets.
 */
export function checkTaskOfWindow(window: CanonicalWindow, taskProps: unknown, sink: DiagnosticSink): void {
  if (!isPlainObject(taskProps)) return; // the task reports it
  if (taskProps.WindowId !== undefined) {
    sink.error("WindowUnknownProperty", "WindowId", "addTask sets WindowId to this window's id; remove it (or create a MaintenanceWindowTask yourself for another window).");
  }
  const allow = window.AllowUnassociatedTargets;
  if (allow === true || isToken(allow)) return;
  const targets = taskProps.Targets;
  if (!Array.isArray(targets) || isToken(targets)) return;
  targets.forEach((t, i) => {
    if (isPlainObject(t) && t.Key === "InstanceIds") {
      sink.error(
        "WindowUnassociatedTargetsNotAllowed",
        `Targets[${i}].Key`,
        "The task targets InstanceIds directly, but the window does not allow unassociated targets (AllowUnassociatedTargets is false by default): AWS only accepts " +
          'registered window targets here. Register the instances with window.addTarget(...) and use { Key: "WindowTargetIds", Values: [target.id] }, or set AllowUnassociatedTargets: true on the window.',
      );
    }
  });
}

/** Leaves out acknowledged warnings (errors cannot be acknowledged). */
export function withoutAcknowledged(diagnostics: Diagnostic[], acknowledged: readonly string[]): Diagnostic[] {
  if (acknowledged.length === 0) return diagnostics;
  return diagnostics.filter((d) => d.level === "error" || !acknowledged.includes(d.code));
}

/**
 * Checks maintenance window props without building anything (e.g. props kept in JSON or YAML).
 * Returns every finding; an empty list means Terraform and AWS will accept the props. Acknowledged
 * warnings (`acknowledgeWarnings`) are left out.
 */
export function validateMaintenanceWindow(props: unknown): Diagnostic[] {
  const sink = new DiagnosticSink();
  const w = readWindow(props, sink);
  checkWindow(w, sink);
  return withoutAcknowledged(sink.diagnostics, w.acknowledgeWarnings);
}

/** Checks window target props (`addTarget`'s) without building anything. */
export function validateMaintenanceWindowTarget(props: unknown): Diagnostic[] {
  const sink = new DiagnosticSink();
  const t = readWindowTarget(props, sink);
  checkWindowTarget(t, sink);
  return withoutAcknowledged(sink.diagnostics, t.acknowledgeWarnings);
}
