// Terraform meta-arguments given next to the AWS props are passed to cdktf as they are; cdktf does
// not check their types and fails deep inside synth (`forEach: 5` is a TypeError in its resolver).
// So their shapes are checked here, with the same TypeMismatch code as every other prop.
import { TerraformCount, TerraformProvider, type TerraformMetaArguments } from "./runtime";
import { isToken } from "./tokens";
import type { DiagnosticSink } from "./diagnostics";
import { isAbsent, isPlainObject, typeName } from "./type-reader";

const LIFECYCLE_KEYS = ["createBeforeDestroy", "preventDestroy", "ignoreChanges", "replaceTriggeredBy", "precondition", "postcondition"];

/** Reports meta-arguments whose JS type cdktf cannot use. */
export function checkMetaArguments(props: Record<string, unknown>, sink: DiagnosticSink): void {
  const bad = (path: string, expected: string, value: unknown) =>
    sink.error("TypeMismatch", path, `Expected ${expected}, got ${typeName(value)}. Change ${path} to ${expected}, or remove it.`);
  const { count, forEach, dependsOn, provider, lifecycle, provisioners, connection } = props;
  // Each check is guarded: a hostile value (a revoked Proxy) is reported at its own key.
  const guard = (key: string, check: () => void) => {
    try {
      check();
    } catch {
      sink.error("TypeMismatch", key, `${key} could not be read (inspecting it threw). Pass a real value, or remove it.`);
    }
  };
  guard("count", () => {
    if (!isAbsent(count) && !isCount(count)) bad("count", "a whole number ≥ 0 or a TerraformCount", count);
  });
  guard("forEach", () => {
    if (!isAbsent(forEach) && !isIterator(forEach)) bad("forEach", "a TerraformIterator (e.g. TerraformIterator.fromList(...))", forEach);
  });
  if (!isAbsent(count) && !isAbsent(forEach)) {
    sink.error("TypeMismatch", "forEach", "count and forEach are both given; Terraform allows only one of them on a resource. Keep one.");
  }
  guard("dependsOn", () => {
    if (isAbsent(dependsOn) || isToken(dependsOn)) return;
    if (!Array.isArray(dependsOn)) return bad("dependsOn", "a list of resources or modules", dependsOn);
    for (let i = 0; i < dependsOn.length; i++) {
      if (!(i in dependsOn) || !isDependable(dependsOn[i])) bad(`dependsOn[${i}]`, "a resource, data source or module construct", dependsOn[i]);
    }
  });
  guard("provider", () => {
    if (!isAbsent(provider) && !TerraformProvider.isTerraformProvider(provider)) bad("provider", "a provider construct (e.g. an AwsProvider)", provider);
  });
  guard("lifecycle", () => {
    if (!isAbsent(lifecycle)) checkLifecycle(lifecycle, sink, bad);
  });
  guard("provisioners", () => {
    if (isAbsent(provisioners)) return;
    if (!Array.isArray(provisioners)) return bad("provisioners", "a list of provisioners", provisioners);
    for (let i = 0; i < provisioners.length; i++) {
      if (!(i in provisioners) || !isPlainObject(provisioners[i])) bad(`provisioners[${i}]`, 'a provisioner object such as { type: "local-exec", command: "..." }', provisioners[i]);
    }
  });
  guard("connection", () => {
    if (!isAbsent(connection) && !isPlainObject(connection)) bad("connection", "a connection object { type, host, ... }", connection);
  });
}

function checkLifecycle(lifecycle: unknown, sink: DiagnosticSink, bad: (path: string, expected: string, value: unknown) => void): void {
  if (!isPlainObject(lifecycle)) return bad("lifecycle", "an object { createBeforeDestroy?, preventDestroy?, ignoreChanges?, ... }", lifecycle);
  for (const key of Object.keys(lifecycle)) {
    if (!LIFECYCLE_KEYS.includes(key) && lifecycle[key] !== undefined) {
      sink.error("UnknownProperty", `lifecycle.${key}`, `Unknown lifecycle setting ${JSON.stringify(key)}; it would be lost. Allowed: ${LIFECYCLE_KEYS.join(", ")}.`);
    }
  }
  for (const key of ["createBeforeDestroy", "preventDestroy"]) {
    const v = lifecycle[key];
    if (!isAbsent(v) && typeof v !== "boolean" && !isToken(v)) bad(`lifecycle.${key}`, "true or false", v);
  }
  const ignore = lifecycle.ignoreChanges;
  if (!isAbsent(ignore) && ignore !== "all" && !isToken(ignore)) {
    if (!Array.isArray(ignore)) bad("lifecycle.ignoreChanges", 'a list of property names or "all"', ignore);
    else for (let i = 0; i < ignore.length; i++) if (typeof ignore[i] !== "string") bad(`lifecycle.ignoreChanges[${i}]`, "a property name (a string)", ignore[i]);
  }
  for (const key of ["replaceTriggeredBy", "precondition", "postcondition"]) {
    const v = lifecycle[key];
    if (!isAbsent(v) && !Array.isArray(v) && !isToken(v)) bad(`lifecycle.${key}`, "a list", v);
  }
}

function isCount(v: unknown): boolean {
  if (typeof v === "number") return isToken(v) || (Number.isInteger(v) && v >= 0);
  return isToken(v) || TerraformCount.isTerraformCount(v);
}

function isIterator(v: unknown): boolean {
  return typeof v === "object" && v !== null && typeof (v as { _getForEachExpression?: unknown })._getForEachExpression === "function";
}

function isDependable(v: unknown): boolean {
  return typeof v === "object" && v !== null && typeof (v as { fqn?: unknown }).fqn === "string";
}

// ------------------------------------------------------------------ passing them to the resource

/**
 * The Terraform meta-arguments among the props, passed to the resource unchanged except that
 * `lifecycle.ignoreChanges` may name our PascalCase props: `terraformNames` translates them to the
 * resource's attribute names (names it does not know pass as written).
 */
export function metaArguments(props: TerraformMetaArguments, terraformNames: Readonly<Record<string, string>>): TerraformMetaArguments {
  // null means "not set", as for every other prop (cdktf itself fails on a null inside lifecycle).
  const { dependsOn, count, provider, forEach, provisioners, connection } = withoutNulls(props as unknown as Record<string, unknown>) as TerraformMetaArguments;
  const lifecycle = props.lifecycle ? (withoutNulls(props.lifecycle as unknown as Record<string, unknown>) as TerraformMetaArguments["lifecycle"]) : undefined;
  // Most tasks have none: return the shared empty object rather than seven undefined keys.
  if (!dependsOn && count === undefined && !provider && !lifecycle && !forEach && !provisioners && !connection) return NONE;
  const ignore = lifecycle?.ignoreChanges;
  return {
    dependsOn,
    count,
    provider,
    forEach,
    provisioners,
    connection,
    lifecycle: lifecycle && {
      ...lifecycle,
      ignoreChanges: Array.isArray(ignore) ? ignore.map((name) => terraformNames[name] ?? name) : ignore,
    },
  };
}

const NONE: TerraformMetaArguments = Object.freeze({});

function withoutNulls(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) if (o[key] !== null && o[key] !== undefined) out[key] = o[key];
  return out;
}
