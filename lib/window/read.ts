// Reading window and window target props (any JS value: plain-JS and JSON callers pass anything)
// into their canonical form, on the core's type reader with the window's codes. Structural problems
// are reported here; the limits and cross-field rules run on what this returns.
import type { IResolvable } from "../core/runtime";
import { isToken } from "../core/tokens";
import { DiagnosticSink, show } from "../core/diagnostics";
import { checkMetaArguments } from "../core/meta-arguments";
import { isList, isPlainObject, TypeReader, typeName } from "../core/type-reader";
import type { CanonicalSelector, CanonicalTag, CanonicalTaskOfWindow, CanonicalWindow, CanonicalWindowTarget, WindowMeta } from "./canonical";

/** Meta-arguments accepted next to the AWS props; count, forEach, provisioners and connection are refused with a reason. */
const META_KEYS = ["dependsOn", "provider", "lifecycle"] as const;
const NO_LOOPS = "count and forEach are not supported: targets and tasks use the window's id. Create one MaintenanceWindow per window in a loop instead.";
const META_HINTS: Record<string, string> = {
  count: NO_LOOPS,
  forEach: NO_LOOPS,
  provisioners: "Provisioners are not supported on a maintenance window; remove them.",
  connection: "Connections are not supported on a maintenance window; remove it.",
};

const WINDOW_KEYS = [
  "Name", "Schedule", "Duration", "Cutoff", "AllowUnassociatedTargets", "Description", "ScheduleTimezone", "ScheduleOffset",
  "StartDate", "EndDate", "Enabled", "Tags", "Region", "acknowledgeWarnings", ...META_KEYS,
];
const WINDOW_ID_IS_OUTPUT = "The window id is an output (window.id), not an input; remove it.";
const WINDOW_HINTS: Record<string, string> = {
  ...META_HINTS,
  Id: WINDOW_ID_IS_OUTPUT,
  WindowId: WINDOW_ID_IS_OUTPUT,
  Targets: 'Targets are registered with window.addTarget(id, { ResourceType: "INSTANCE", Targets: [...] }).',
  Tasks: "Tasks are added with window.addTask(id, props).",
  Timezone: 'Did you mean "ScheduleTimezone"?',
  TimeZone: 'Did you mean "ScheduleTimezone"?',
  ScheduleExpression: 'Did you mean "Schedule"?',
};
const WINDOW_REQUIRED = { Name: '"weekly-patching"', Schedule: '"cron(0 2 ? * SUN *)"', Duration: "3", Cutoff: "1" };

const TARGET_KEYS = ["ResourceType", "Targets", "Name", "Description", "OwnerInformation", "Region", "acknowledgeWarnings", ...META_KEYS];
const KEY_AND_VALUES_INSIDE = "Put Key and Values inside Targets: [{ Key, Values }].";
const TARGET_HINTS: Record<string, string> = {
  ...META_HINTS,
  WindowId: "addTarget registers the target with this window and sets WindowId itself; remove it.",
  Key: KEY_AND_VALUES_INSIDE,
  Values: KEY_AND_VALUES_INSIDE,
  Id: "The window target id is an output (target.id), not an input; remove it.",
};
const TARGET_REQUIRED = { ResourceType: '"INSTANCE"', Targets: '[{ Key: "tag:Role", Values: ["web"] }]' };

/** Reports the core's meta-argument findings under the window's codes (`TypeMismatch` → `WindowTypeMismatch`). */
class WindowCodes extends DiagnosticSink {
  constructor(private readonly to: DiagnosticSink) {
    super();
  }

  override error(code: string, path: string, message: string): void {
    this.to.error(`Window${code}`, path, message);
  }

  override warning(code: string, path: string, message: string): void {
    this.to.warning(`Window${code}`, path, message);
  }
}

/** The core's readers with the window's codes, plus the window's own shapes. */
class Reader extends TypeReader {
  constructor(sink: DiagnosticSink, what: string) {
    super(sink, { typeMismatch: "WindowTypeMismatch", unknownProperty: "WindowUnknownProperty" }, what);
  }

  override requiredProperty(path: string, message: string): void {
    this.sink.error("WindowRequiredProperty", path, message);
  }

  /** The props object, its keys checked, its required props present; undefined when it is no object. */
  props(props: unknown, allowed: readonly string[], hints: Record<string, string>, required: Record<string, string>): Record<string, unknown> | undefined {
    if (!isPlainObject(props)) {
      this.sink.error("WindowTypeMismatch", "(props)", `Expected an object of ${this.what} props, got ${typeName(props)} ${show(props)}.`);
      return undefined;
    }
    this.checkKeys(props, "", allowed, hints);
    for (const [key, example] of Object.entries(required)) {
      this.requirePresent(props[key], key, `${key} is required by a ${this.what}`, `. Add it, e.g. ${key}: ${example}.`);
    }
    return props;
  }

  acknowledged(value: unknown): string[] {
    return this.stringList(value, "acknowledgeWarnings") ?? [];
  }

  meta(props: Record<string, unknown>): WindowMeta {
    const { dependsOn, provider, lifecycle } = props;
    checkMetaArguments({ dependsOn, provider, lifecycle }, new WindowCodes(this.sink));
    return { dependsOn, provider, lifecycle } as WindowMeta;
  }

  tags(value: unknown): CanonicalTag[] | IResolvable | undefined {
    if (value === undefined || value === null) return undefined;
    if (isToken(value)) return value as IResolvable;
    if (isList(value)) {
      return value.map((item, i): CanonicalTag => {
        const path = `Tags[${i}]`;
        if (!isPlainObject(item)) {
          this.mismatch(path, "an object { Key, Value }", item);
          return { path };
        }
        this.checkKeys(item, path, ["Key", "Value"]);
        this.requirePresent(item.Key, `${path}.Key`, "Key is required in a tag", ": { Key, Value }.");
        this.requirePresent(item.Value, `${path}.Value`, "Value is required in a tag", ': { Key, Value } (an empty string "" is allowed).');
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
    if (!isList(value)) return this.mismatch("Targets", "a list of { Key, Values }", value);
    return value.map((item, i): CanonicalSelector => {
      const path = `Targets[${i}]`;
      if (!isPlainObject(item)) {
        this.mismatch(path, "an object { Key, Values }", item);
        return { path };
      }
      this.checkKeys(item, path, ["Key", "Values"], { Value: 'Did you mean "Values" (a list)?' });
      this.requirePresent(item.Key, `${path}.Key`, "Key is required", ': e.g. "tag:Role", "InstanceIds" or "resource-groups:Name".');
      this.requirePresent(item.Values, `${path}.Values`, "Values is required", ": the instance ids, tag values, tag keys, group name or resource types.");
      return { path, Key: this.string(item.Key, `${path}.Key`), Values: this.stringList(item.Values, `${path}.Values`) };
    });
  }
}

/** Reads window props into a CanonicalWindow, reporting structural problems. */
export function readWindow(props: unknown, sink: DiagnosticSink): CanonicalWindow {
  const r = new Reader(sink, "maintenance window");
  const p = r.props(props, WINDOW_KEYS, WINDOW_HINTS, WINDOW_REQUIRED);
  if (!p) return { acknowledgeWarnings: [], meta: {} };
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
    Region: r.string(p.Region, "Region"),
    acknowledgeWarnings: r.acknowledged(p.acknowledgeWarnings),
    meta: r.meta(p),
  };
}

/** Reads window target props into a CanonicalWindowTarget, reporting structural problems. */
export function readWindowTarget(props: unknown, sink: DiagnosticSink): CanonicalWindowTarget {
  const r = new Reader(sink, "maintenance window target");
  const p = r.props(props, TARGET_KEYS, TARGET_HINTS, TARGET_REQUIRED);
  if (!p) return { acknowledgeWarnings: [], meta: {} };
  return {
    ResourceType: r.string(p.ResourceType, "ResourceType"),
    Targets: r.selectors(p.Targets),
    Name: r.string(p.Name, "Name"),
    Description: r.string(p.Description, "Description", true),
    OwnerInformation: r.string(p.OwnerInformation, "OwnerInformation", true),
    Region: r.string(p.Region, "Region"),
    acknowledgeWarnings: r.acknowledged(p.acknowledgeWarnings),
    meta: r.meta(p),
  };
}

/**
 * Reads what `addTask` checks of task props against the window: `WindowId` is set by the window
 * (an error when given), and the keys of the task's literal targets. The task reads the rest.
 */
export function readTaskOfWindow(window: CanonicalWindow, taskProps: unknown, sink: DiagnosticSink): CanonicalTaskOfWindow {
  if (!isPlainObject(taskProps)) return { window, targetKeys: [] }; // the task reports it
  if (taskProps.WindowId !== undefined) {
    sink.error("WindowUnknownProperty", "WindowId", "addTask sets WindowId to this window's id; remove it (or create a MaintenanceWindowTask yourself for another window).");
  }
  const targets = taskProps.Targets;
  const region = taskProps.Region;
  if (!isList(targets) || isToken(targets)) return { window, targetKeys: [], region };
  const targetKeys = targets.flatMap((t, i) => (isPlainObject(t) ? [{ path: `Targets[${i}].Key`, Key: t.Key }] : []));
  return { window, targetKeys, region };
}
