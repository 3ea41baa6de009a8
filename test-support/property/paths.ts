// Paths into task props, with placeholders resolved against the props at hand so that a mutation or
// a hostile value can be put anywhere, in the spelling the props already use:
//   "$TIP"   TaskInvocationParameters
//   "$BLOCK" the task type's invocation block key in use (short or CloudFormation's long), created
//            with the short key when absent (deprecated LoggingInfo/TaskParameters are then removed,
//            so that only the intended constraint is broken)
//   "$T0"    Targets[0]; a valid target (with MaxConcurrency/MaxErrors) is added when there is none
//   "$P0"    the first name of the parameter map there; one ("p0") is added when there is none
//   "$K0"    the first key of the Payload/Input object there; the field becomes an object if needed
import { LONG_KEY, SHORT_KEY, type Props, type TaskType } from "./arbitraries";

export type Seg = string | number;

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Deep copy of plain props (own "__proto__" keys kept: JSON.parse makes them own properties). */
export function cloneProps<T>(props: T): T {
  return JSON.parse(JSON.stringify(props)) as T;
}

/** The segments with placeholders replaced; adds what the placeholders need to `props`. */
export function resolvePath(props: Props, type: TaskType, segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  let cursor: unknown = props;
  segs.forEach((seg, i) => {
    let concrete: Seg = seg;
    if (seg === "$TIP") {
      concrete = "TaskInvocationParameters";
    } else if (seg === "$BLOCK") {
      const tip = cursor as Record<string, unknown>;
      concrete = [SHORT_KEY[type], LONG_KEY[type]].find((k) => Object.prototype.hasOwnProperty.call(tip, k) && isRecord(tip[k])) ?? SHORT_KEY[type];
      if (!isRecord(tip[concrete])) {
        setOwn(tip, concrete, {});
        delete props.LoggingInfo;
        delete props.TaskParameters;
      }
    } else if (seg === "$T0") {
      if (!Array.isArray(props.Targets) || props.Targets.length === 0 || !isRecord(props.Targets[0])) {
        props.Targets = [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }];
        props.MaxConcurrency = "1";
        props.MaxErrors = "0";
      }
      out.push("Targets");
      cursor = props.Targets;
      concrete = 0;
    } else if (seg === "$P0") {
      const map = cursor as Record<string, unknown>;
      concrete = Object.keys(map)[0] ?? "p0";
      // TaskParameters entries are { Values: [...] }; Parameters entries are lists.
      if (out[0] === "TaskParameters") {
        if (!isRecord(map[concrete])) setOwn(map, concrete, { Values: ["v"] });
      } else if (!Array.isArray(map[concrete])) setOwn(map, concrete, ["v"]);
    } else if (seg === "$K0") {
      const map = cursor as Record<string, unknown>;
      concrete = Object.keys(map)[0] ?? "k0";
      if (!Object.prototype.hasOwnProperty.call(map, concrete)) setOwn(map, concrete, "v");
    }
    out.push(concrete);
    if (i === segs.length - 1) return;
    // Step into the value, creating the container the rest of the path needs (a JSON text field
    // stepped into with $K0 becomes an object).
    const container = cursor as Record<string | number, unknown>;
    let next = Reflect.get(container, concrete);
    if (typeof next !== "object" || next === null) {
      next = typeof segs[i + 1] === "number" ? [] : {};
      if (typeof concrete === "number") (container as unknown as unknown[])[concrete] = next;
      else setOwn(container as Record<string, unknown>, concrete, next);
    }
    cursor = next;
  });
  return out;
}

/** Sets (or, with `remove`, deletes) the value at a concrete path. */
export function setAt(props: Props, path: readonly Seg[], value: unknown, remove = false): void {
  if (path.length === 0) throw new Error("setAt: empty path");
  let cursor: unknown = props;
  for (const seg of path.slice(0, -1)) cursor = Reflect.get(cursor as object, seg);
  const last = path[path.length - 1];
  const container = cursor as Record<string | number, unknown>;
  if (remove) {
    if (Array.isArray(container) && typeof last === "number") container.splice(last, 1);
    else delete container[last];
  } else if (Array.isArray(container) && typeof last === "number") container[last] = value;
  else setOwn(container as Record<string, unknown>, String(last), value);
}

export function getAt(props: unknown, path: readonly Seg[]): unknown {
  let cursor: unknown = props;
  for (const seg of path) {
    if (typeof cursor !== "object" || cursor === null) return undefined;
    cursor = Reflect.get(cursor, seg);
  }
  return cursor;
}

/** The path as the library writes it in diagnostics: `Targets[0].Values[1]`, `TaskInvocationParameters.RunCommand.Comment`. */
export function pathText(path: readonly Seg[]): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || "(props)";
}

/** True when a diagnostic path names the property at `path`, or something inside it, or its parent. */
export function namesPath(diagnosticPath: string, path: string): boolean {
  if (path === "(props)") return true;
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return related(diagnosticPath, path) || related(path, diagnosticPath);
}
