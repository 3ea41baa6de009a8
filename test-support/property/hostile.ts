// Hostile JavaScript values (item 5 of the issue) at every prop position and as meta-arguments:
// null, undefined, holes, NaN, ±Infinity, BigInt, symbols, functions, Map/Set/Date/boxed
// primitives/class instances, Object.create(null), cycles, 100,000-deep objects and lists,
// transparent and revoked proxies, frozen objects, own "__proto__"/"constructor" keys, and plain
// values of the wrong type (forEach: 5).
//
// The generated input is plain data (a base task, a position, a kind): fast-check can shrink and
// print it; the hostile value itself is built fresh for every evaluation by buildHostileProps().
import * as fc from "fast-check";
import { TASK_TYPES, validTask, type Props, type TaskType } from "./arbitraries";
import { cloneProps, getAt, resolvePath, setAt, type Seg } from "./paths";

export const HOSTILE_KINDS = [
  "null",
  "undefined",
  "hole",
  "undefinedItem",
  "NaN",
  "Infinity",
  "-Infinity",
  "bigint",
  "symbol",
  "function",
  "map",
  "set",
  "date",
  "boxedString",
  "classInstance",
  "nullPrototype",
  "cyclic",
  "deepObject",
  "deepArray",
  "proxy",
  "revokedProxy",
  "frozen",
  "protoKey",
  "constructorKey",
  // Plain values of the wrong type (forEach: 5, count: "x", lifecycle: []).
  "number",
  "string",
  "emptyObject",
  "emptyList",
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** Positions (paths with placeholders, see paths.ts) by task type; [] is the props object itself. */
export function positionsFor(type: TaskType): Seg[][] {
  const top: Seg[][] = [
    [],
    ...["WindowId", "TaskArn", "TaskType", "Priority", "MaxConcurrency", "MaxErrors", "Targets", "ServiceRoleArn", "CutoffBehavior", "Name", "Description"].map((k) => [k]),
    ["TaskInvocationParameters"],
    ["$TIP", "$BLOCK"],
    ["$T0"],
    ["$T0", "Key"],
    ["$T0", "Values"],
    ["$T0", "Values", 0],
    ["acknowledgeWarnings"],
    ["LoggingInfo"],
    ["TaskParameters"],
    ["TaskParameters", "$P0"],
    // Meta-arguments.
    ["count"],
    ["forEach"],
    ["dependsOn"],
    ["provider"],
    ["lifecycle"],
    ["lifecycle", "ignoreChanges"],
    ["lifecycle", "createBeforeDestroy"],
  ];
  const b = (...rest: Seg[]): Seg[] => ["$TIP", "$BLOCK", ...rest];
  const byType: Record<TaskType, Seg[][]> = {
    RUN_COMMAND: [
      ...["Comment", "DocumentHash", "DocumentHashType", "DocumentVersion", "OutputS3BucketName", "OutputS3KeyPrefix", "ServiceRoleArn", "TimeoutSeconds", "CloudWatchOutputConfig", "NotificationConfig", "Parameters"].map((k) => b(k)),
      b("CloudWatchOutputConfig", "CloudWatchLogGroupName"),
      b("CloudWatchOutputConfig", "CloudWatchOutputEnabled"),
      b("NotificationConfig", "NotificationArn"),
      b("NotificationConfig", "NotificationEvents"),
      b("NotificationConfig", "NotificationEvents", 0),
      b("Parameters", "$P0"),
      b("Parameters", "$P0", 0),
    ],
    AUTOMATION: [b("DocumentVersion"), b("Parameters"), b("Parameters", "$P0"), b("Parameters", "$P0", 0)],
    LAMBDA: [b("ClientContext"), b("Qualifier"), b("Payload"), b("Payload", "$K0")],
    STEP_FUNCTIONS: [b("Name"), b("Input"), b("Input", "$K0")],
  };
  return [...top, ...byType[type]];
}

export interface HostileInput {
  readonly type: TaskType;
  readonly base: Props;
  readonly position: readonly Seg[];
  readonly kind: HostileKind;
}

/** Any kind; the 100,000-deep ones (the slowest to build and walk) less often. */
export const hostileKind: fc.Arbitrary<HostileKind> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_KINDS.filter((k) => k !== "deepObject" && k !== "deepArray")), weight: 40 },
  { arbitrary: fc.constantFrom<HostileKind>("deepObject", "deepArray"), weight: 1 },
);

export const hostileInput: fc.Arbitrary<HostileInput> = fc.oneof(
  ...TASK_TYPES.map((type) => {
    const positions = positionsFor(type);
    return fc
      .tuple(validTask(type), fc.nat({ max: positions.length - 1 }), hostileKind)
      .map(([base, i, kind]): HostileInput => ({ type, base, position: positions[i], kind }));
  }),
);

/** Proxies this module made (a revoked proxy cannot be inspected at all), with their targets. */
export const PROXY_TARGETS = new WeakMap<object, object | undefined>();

class Thing {
  constructor(fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
}

function deepFreeze<T>(v: T): T {
  const stack: unknown[] = [v];
  const seen = new Set<unknown>();
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null || seen.has(x)) continue;
    seen.add(x);
    Object.freeze(x);
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
  }
  return v;
}

function withOwn(base: unknown, key: string, value: unknown): unknown {
  const out: Record<string, unknown> = typeof base === "object" && base !== null && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The hostile value of a kind, made from the value currently at the position (`current`). */
export function hostileValue(kind: HostileKind, current: unknown, position: readonly Seg[]): unknown {
  const isObj = typeof current === "object" && current !== null;
  const isList = Array.isArray(current);
  const inParameters = position.includes("Parameters") || position[0] === "TaskParameters";
  switch (kind) {
    case "null":
      return null;
    case "undefined":
      return undefined;
    case "hole": {
      const list: unknown[] = isList ? [undefined, ...(current as unknown[])] : [undefined, current ?? "x"];
      delete list[0];
      return list;
    }
    case "undefinedItem":
      return isList ? [...(current as unknown[]), undefined] : [undefined];
    case "NaN":
      return NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
    case "bigint":
      return BigInt(2) ** BigInt(64);
    case "symbol":
      return Symbol("hostile");
    case "function":
      return () => current;
    case "map":
      return new Map(isObj ? Object.entries(current as object) : [["value", current]]);
    case "set":
      return new Set(isList ? (current as unknown[]) : [current]);
    case "date":
      return new Date(0);
    case "boxedString":
      return new String(typeof current === "string" ? current : "x");
    case "classInstance":
      return new Thing(isObj && !isList ? (current as Record<string, unknown>) : { value: current });
    case "nullPrototype": {
      const o = Object.create(null) as Record<string, unknown>;
      if (isObj && !isList) for (const k of Object.keys(current as object)) o[k] = (current as Record<string, unknown>)[k];
      else o.value = current;
      return o;
    }
    case "cyclic": {
      if (isList) {
        const l = [...(current as unknown[])];
        l.push(l);
        return l;
      }
      const o: Record<string, unknown> = isObj ? { ...(current as Record<string, unknown>) } : { value: current };
      o.self = o;
      return o;
    }
    case "deepObject": {
      let o: Record<string, unknown> = { leaf: "x" };
      for (let i = 0; i < 100_000; i++) o = { a: o };
      return o;
    }
    case "deepArray": {
      let l: unknown[] = ["x"];
      for (let i = 0; i < 100_000; i++) l = [l];
      return l;
    }
    case "proxy": {
      const target = isObj ? current : { value: current };
      const p = new Proxy(target as object, {});
      PROXY_TARGETS.set(p, target as object);
      return p;
    }
    case "revokedProxy": {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      PROXY_TARGETS.set(proxy, undefined);
      return proxy;
    }
    case "frozen":
      return deepFreeze(isObj ? current : [current]);
    case "protoKey":
      // A parameter named "__proto__" (its values), or an unknown "__proto__" property elsewhere.
      return withOwn(current, "__proto__", inParameters ? ["x"] : { polluted: "yes" });
    case "constructorKey":
      return withOwn(current, "constructor", inParameters ? ["x"] : { polluted: "yes" });
    case "number":
      return 5;
    case "string":
      return "x";
    case "emptyObject":
      return {};
    case "emptyList":
      return [];
  }
}

export interface BuiltHostile {
  readonly props: unknown;
  /** The concrete path of the hostile value ([] for the props themselves). */
  readonly path: Seg[];
}

/** The props of a hostile input, built fresh (the base is copied; nothing shared between runs). */
export function buildHostileProps(input: HostileInput): BuiltHostile {
  const props = cloneProps(input.base);
  // The deprecated fields count only on a RUN_COMMAND task without invocation parameters.
  if (input.type === "RUN_COMMAND" && (input.position[0] === "LoggingInfo" || input.position[0] === "TaskParameters")) delete props.TaskInvocationParameters;
  if (input.position.length === 0) return { props: hostileValue(input.kind, props, []), path: [] };
  const path = resolvePath(props, input.type, input.position);
  const value = hostileValue(input.kind, getAt(props, path), path);
  setAt(props, path, value);
  return { props, path };
}
