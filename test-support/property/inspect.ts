// Helpers for judging one input: building the construct, snapshots that prove nothing was mutated,
// and a printer that survives any value (cycles, 100,000-deep objects, revoked proxies).
import { Testing, TerraformStack } from "cdktf";
import { FAIL_FAST_CONTEXT, MaintenanceWindowTask, MaintenanceWindowTaskValidationError, validateMaintenanceWindowTask, type Diagnostic } from "../../lib";
import { PROXY_TARGETS } from "./hostile";

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly thrown: unknown };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (thrown) {
    return { ok: false, thrown };
  }
}

/** validateMaintenanceWindowTask, capturing anything it throws. */
export function validate(props: unknown): Outcome<Diagnostic[]> {
  return attempt(() => validateMaintenanceWindowTask(props));
}

export interface Synthesized {
  /** The task's resource body in the synthesized JSON. */
  readonly resource: Record<string, unknown>;
  /** Every synthesized resource (there must be exactly one). */
  readonly resourceCount: number;
  readonly warnings: string[];
}

/**
 * new MaintenanceWindowTask(...) in a fresh stack + Testing.synth, capturing anything thrown. By
 * default errors surface at synth (the app-wide report); with `failFast` the constructor throws.
 */
export function construct(props: unknown, failFast = false): Outcome<Synthesized> {
  return attempt(() => {
    const stack = new TerraformStack(Testing.app(failFast ? { context: { [FAIL_FAST_CONTEXT]: true } } : undefined), "property");
    const task = new MaintenanceWindowTask(stack, "Task", props as never);
    const json = JSON.parse(Testing.synth(stack)) as { resource?: Record<string, Record<string, Record<string, unknown>>> };
    const all = Object.values(json.resource ?? {}).flatMap((byName) => Object.values(byName));
    const resource = json.resource?.aws_ssm_maintenance_window_task?.Task;
    if (!resource) throw new Error(`synthesized JSON has no aws_ssm_maintenance_window_task.Task: ${JSON.stringify(json).slice(0, 500)}`);
    const warnings = task.node.metadata.filter((m) => m.type === "@cdktf/warn" || m.type === "aws:cdk:warning").map((m) => String(m.data));
    return { resource, resourceCount: all.length, warnings };
  });
}

export function isOurError(e: unknown): e is MaintenanceWindowTaskValidationError {
  return e instanceof MaintenanceWindowTaskValidationError;
}

/** What was thrown, for a failure message. */
export function thrownText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 400)}${e.stack ? `\n${e.stack.split("\n").slice(1, 4).join("\n")}` : ""}`;
  return `${typeof e} ${describe(e)}`;
}

// ---- Snapshots --------------------------------------------------------------------------------

interface Entry {
  readonly obj: object;
  readonly frozen: boolean;
  readonly extensible: boolean;
  readonly proto: unknown;
  readonly keys: PropertyKey[];
  /** Per key: its value, or its descriptor for an accessor. */
  readonly values: unknown[];
  readonly accessors: boolean[];
  /** Entries of a Map or Set (not own properties). */
  readonly size?: number;
}

/**
 * Every object reachable from `root`, with its own properties (iterative: deep values; cycle-safe;
 * proxies this suite made are followed to their targets, revoked ones skipped).
 */
export function snapshotGraph(root: unknown): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    let v = stack.pop();
    if ((typeof v !== "object" && typeof v !== "function") || v === null) continue;
    if (PROXY_TARGETS.has(v as object)) {
      v = PROXY_TARGETS.get(v as object);
      if (v === undefined) continue;
    }
    const obj = v as object;
    if (seen.has(obj)) continue;
    seen.add(obj);
    const keys = Reflect.ownKeys(obj);
    const values: unknown[] = new Array(keys.length);
    const accessors: boolean[] = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const d = Reflect.getOwnPropertyDescriptor(obj, keys[i])!;
      accessors[i] = !("value" in d);
      values[i] = accessors[i] ? d : d.value;
      if (!accessors[i]) stack.push(d.value);
    }
    if (obj instanceof Map) for (const [k, x] of obj) stack.push(k, x);
    if (obj instanceof Set) for (const x of obj) stack.push(x);
    const size = obj instanceof Map || obj instanceof Set ? obj.size : undefined;
    out.push({ obj, frozen: Object.isFrozen(obj), extensible: Object.isExtensible(obj), proto: Object.getPrototypeOf(obj), keys, values, accessors, size });
  }
  return out;
}

/** The first difference between a snapshot and the objects as they are now, or undefined. */
export function graphChange(before: Entry[]): string | undefined {
  for (const e of before) {
    const now = Reflect.ownKeys(e.obj);
    if (now.length !== e.keys.length || now.some((k, i) => k !== e.keys[i])) return `an object now has keys [${now.map(String).join(", ")}], had [${e.keys.map(String).join(", ")}]`;
    if (Object.getPrototypeOf(e.obj) !== e.proto) return "an object's prototype changed";
    if (Object.isFrozen(e.obj) !== e.frozen || Object.isExtensible(e.obj) !== e.extensible) return "an object was frozen or sealed";
    for (let i = 0; i < e.keys.length; i++) {
      const d = Reflect.getOwnPropertyDescriptor(e.obj, e.keys[i])!;
      if (e.accessors[i] ? "value" in d : !Object.is(d.value, e.values[i])) return `key ${String(e.keys[i])} changed from ${describe(e.values[i])} to ${describe(d.value)}`;
    }
    if ((e.obj instanceof Map || e.obj instanceof Set) && e.obj.size !== e.size) return "a Map or Set changed size";
  }
  return undefined;
}

const BUILTIN_PROTOTYPES: [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
];

/** Own keys and values of the built-in prototypes (prototype pollution shows up here). */
export function snapshotPrototypes(): Map<string, [PropertyKey, unknown][]> {
  const m = new Map<string, [PropertyKey, unknown][]>();
  for (const [name, proto] of BUILTIN_PROTOTYPES) {
    m.set(
      name,
      Reflect.ownKeys(proto).map((k) => {
        const d = Reflect.getOwnPropertyDescriptor(proto, k)!;
        return [k, "value" in d ? d.value : d.get];
      }),
    );
  }
  return m;
}

export function prototypeChange(before: Map<string, [PropertyKey, unknown][]>): string | undefined {
  const now = snapshotPrototypes();
  for (const [name, entries] of before) {
    const after = now.get(name)!;
    if (after.length !== entries.length) return `${name} now has ${after.length} own keys (had ${entries.length}): ${after.map(([k]) => String(k)).filter((k) => !entries.some(([e]) => String(e) === k)).join(", ")}`;
    for (let i = 0; i < entries.length; i++) if (entries[i][0] !== after[i][0] || entries[i][1] !== after[i][1]) return `${name}.${String(entries[i][0])} changed`;
  }
  return undefined;
}

// ---- Printing ---------------------------------------------------------------------------------

/** A short, always-safe rendering of any value for failure messages. */
export function describe(value: unknown, maxDepth = 6): string {
  const seen = new Set<object>();
  const str = (s: string) => {
    const cps = [...s];
    const shown = cps.length > 60 ? `${cps.slice(0, 40).join("")}…` : s;
    return JSON.stringify(shown) + (cps.length > 60 ? `(${cps.length} code points, ${Buffer.byteLength(s)} bytes)` : "");
  };
  const go = (v: unknown, depth: number): string => {
    try {
      switch (typeof v) {
        case "string":
          return str(v);
        case "number":
          return Object.is(v, -0) ? "-0" : String(v);
        case "bigint":
          return `${v}n`;
        case "symbol":
          return String(v);
        case "function":
          return "[function]";
        case "undefined":
          return "undefined";
        case "boolean":
          return String(v);
      }
      if (v === null) return "null";
      const obj = v as object;
      if (PROXY_TARGETS.has(obj)) return PROXY_TARGETS.get(obj) === undefined ? "[revoked Proxy]" : `Proxy(${go(PROXY_TARGETS.get(obj), depth)})`;
      if (seen.has(obj)) return "[cycle]";
      if (depth >= maxDepth) return Array.isArray(obj) ? "[…]" : "{…}";
      seen.add(obj);
      try {
        if (Array.isArray(obj)) {
          const items: string[] = [];
          for (let i = 0; i < Math.min(obj.length, 8); i++) items.push(i in obj ? go(obj[i], depth + 1) : "<hole>");
          return `[${items.join(", ")}${obj.length > 8 ? `, … (${obj.length} items)` : ""}]`;
        }
        if (obj instanceof Map) return `Map(${obj.size})`;
        if (obj instanceof Set) return `Set(${obj.size})`;
        if (obj instanceof Date) return `Date(${obj.getTime()})`;
        if (obj instanceof String) return `String(${str(String(obj))})`;
        const proto = Object.getPrototypeOf(obj);
        const prefix = proto === null ? "[null prototype] " : proto === Object.prototype ? "" : `${proto?.constructor?.name ?? "?"} `;
        const keys = Reflect.ownKeys(obj);
        const parts = keys.slice(0, 12).map((k) => `${typeof k === "symbol" ? String(k) : JSON.stringify(k)}: ${go((obj as Record<PropertyKey, unknown>)[k], depth + 1)}`);
        return `${prefix}{${parts.join(", ")}${keys.length > 12 ? `, … (${keys.length} keys)` : ""}}${Object.isFrozen(obj) && keys.length ? " (frozen)" : ""}`;
      } finally {
        seen.delete(obj);
      }
    } catch (e) {
      return `[unprintable: ${e instanceof Error ? e.message : typeof e}]`;
    }
  };
  return go(value, 0);
}
