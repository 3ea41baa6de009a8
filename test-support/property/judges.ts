// The properties, as judges of one input each (see runner.ts). They state what should hold, with
// the oracles (botocore's model, terraform validate) and the suite's own mapping of the props — never
// the library's tables.
import { allDiagnosticCodes, type Diagnostic } from "../../lib";
import type { Props } from "./arbitraries";
import { checkApiRequest } from "./botocore-oracle";
import { buildHostileProps, type HostileInput } from "./hostile";
import { construct, describe, graphChange, isOurError, prototypeChange, snapshotGraph, snapshotPrototypes, thrownText, validate } from "./inspect";
import { normalizeResource, toApiRequest, toTerraformResource, type TfMapping } from "./mapping";
import { mutatedProps, type MutatedTask } from "./mutations";
import { namesPath, pathText, setAt, type Seg } from "./paths";
import type { Verdict } from "./runner";
import { buildSecretProps, type SecretInput } from "./secrets";
import type { TerraformOracle } from "./terraform-oracle";

const fail = (tag: string, kind: string, detail: string): Verdict => ({ tag, failure: { kind, detail } });
const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.level === "error");
const codes = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.code))].sort().join(", ");
const listDiagnostics = (ds: Diagnostic[]) => ds.map((d) => `[${d.code}] ${d.path}: ${d.message}`).join("\n") || "(none)";

/** What the botocore model says about props (unrepresentable props: the API cannot carry them). */
export function modelVerdict(props: unknown): string[] {
  const api = toApiRequest(props);
  if (!api.ok) return [`not representable as an API request: ${api.path}: ${api.reason}`];
  return checkApiRequest(api.value).map((v) => `${v.path}: ${v.rule}`);
}

// ---- (1) valid tasks ----------------------------------------------------------------------------

type Context = { readonly census: boolean };
const CENSUS: Context = { census: true };

/** Valid → no error diagnostic, the construct synthesizes exactly the props, terraform validate passes. */
export function judgeValid(props: Props, oracle?: TerraformOracle, context: Context = CENSUS): Verdict | undefined {
  const model = modelVerdict(props);
  if (model.length > 0) return fail("generator error", "test generator made a task botocore's model rejects", model.join("\n"));
  const tf = toTerraformResource(props);
  if (!tf.ok) return fail("generator error", "test generator made unrepresentable props", `${tf.path}: ${tf.reason}`);

  const pure = judgeValidLocally(props, tf.value);
  if (!oracle || (!context.census && pure.failure)) return pure;
  // Terraform: the props' own resource (that the generator is right) and the synthesized one.
  const mapped = oracle.lookup(tf.value.resource);
  const c = pure.synthesized ? oracle.lookup(pure.synthesized) : undefined;
  if (!mapped || (pure.synthesized && !c)) return undefined;
  if (!mapped.valid) return fail("generator error", "test generator made a task terraform validate rejects", mapped.errors.join("\n"));
  if (pure.failure) return pure;
  if (c && !c.valid) return fail("accepted", "terraform validate rejects the synthesized JSON", c.errors.join("\n"));
  return pure;
}

function judgeValidLocally(props: Props, tf: TfMapping): Verdict & { synthesized?: Record<string, unknown> } {
  const v = validate(props);
  if (!v.ok) return fail("crash", `validateMaintenanceWindowTask threw ${thrownName(v.thrown)}`, thrownText(v.thrown));
  const errors = errorsOf(v.value);
  if (errors.length > 0) return fail("rejected", `a valid task is rejected: ${codes(errors)}`, listDiagnostics(errors));
  const c = construct(props);
  if (!c.ok) {
    return isOurError(c.thrown)
      ? fail("rejected", "the construct rejects a task validateMaintenanceWindowTask accepts", thrownText(c.thrown))
      : fail("crash", `construct/synth threw ${thrownName(c.thrown)}`, thrownText(c.thrown));
  }
  const synthesized = c.value.resource;
  if (c.value.resourceCount !== 1) return { ...fail("accepted", "the construct synthesized more than one resource", String(c.value.resourceCount)), synthesized };
  const want = normalizeResource(tf.resource, tf.jsonFromObject);
  const got = normalizeResource(synthesized, tf.jsonFromObject);
  if (want !== got) return { ...fail("accepted", "the synthesized resource is not what the props say", firstDifference(want, got)), synthesized };
  return { tag: v.value.length > 0 ? "accepted with warnings" : "accepted", synthesized };
}

// ---- (2)(3) single-constraint mutations ----------------------------------------------------------

/** An error code we report on purpose for inputs both oracles accept (optionally only at some paths). */
export interface DeliberateRule {
  readonly code: string;
  /** Only diagnostics whose path matches. */
  readonly path?: RegExp;
  readonly reason: string;
}

export type MutationMode = "model" | "rejected" | "no-false-rejection";

const allowedBy = (rules: readonly DeliberateRule[]) => (d: Diagnostic) => rules.some((r) => r.code === d.code && (!r.path || r.path.test(d.path)));

/**
 * - "model" (no terraform): whenever botocore's model rejects the input, we report an error.
 * - "rejected": whenever terraform validate or botocore's model rejects it, we report an error.
 * - "no-false-rejection": when both accept it, every error we report is a deliberate rule from
 *   `allowed`; and when we accept it too, the construct synthesizes exactly the props.
 */
export function judgeMutation(m: MutatedTask, mode: MutationMode, oracle?: TerraformOracle, allowed: readonly DeliberateRule[] = [], context: Context = CENSUS): Verdict | undefined {
  const props = mutatedProps(m);
  const what = `${m.mutation.field} — ${m.mutation.op}`;
  const model = modelVerdict(props);
  const v = validate(props);
  if (!v.ok) return fail("crash", `validateMaintenanceWindowTask threw ${thrownName(v.thrown)}`, `${what}\n${thrownText(v.thrown)}`);
  const errors = errorsOf(v.value);
  const notAllowed = errors.filter((d) => !allowedBy(allowed)(d));

  // What our side alone says: a failure is possible only if the oracles decide so.
  let candidate: Verdict["failure"] | undefined;
  if (mode !== "no-false-rejection") {
    if (errors.length === 0) candidate = { kind: "", detail: "" };
  } else if (errors.length > 0) {
    if (notAllowed.length > 0) candidate = { kind: `rejected although botocore and terraform accept it: ${codes(notAllowed)}`, detail: `${what}\n${listDiagnostics(notAllowed)}` };
  } else {
    const c = construct(props);
    const tf = toTerraformResource(props);
    if (!c.ok) candidate = { kind: isOurError(c.thrown) ? "the construct rejects what validate accepts" : `construct/synth threw ${thrownName(c.thrown)}`, detail: `${what}\n${thrownText(c.thrown)}` };
    else if (tf.ok) {
      const want = normalizeResource(tf.value.resource, tf.value.jsonFromObject);
      const got = normalizeResource(c.value.resource, tf.value.jsonFromObject);
      if (want !== got) candidate = { kind: `an accepted input synthesizes differently from the props: ${m.mutation.field}`, detail: `${what}\n${firstDifference(want, got)}` };
    }
  }
  if (!context.census && !candidate) return { tag: "holds (shrinking)" };
  if (!context.census && mode === "no-false-rejection" && model.length > 0) return { tag: "holds (shrinking)" };

  let terraform: string[] = [];
  if (mode !== "model" && (context.census || model.length === 0)) {
    const tf = toTerraformResource(props);
    if (!tf.ok) terraform = [`no raw resource can carry it: ${tf.path}: ${tf.reason}`];
    else {
      const verdict = oracle!.lookup(tf.value.resource);
      if (!verdict) return undefined;
      terraform = verdict.valid ? [] : verdict.errors.map((e) => `terraform validate: ${e}`);
    }
  }
  const oracleRejects = model.length > 0 || terraform.length > 0;
  const tag = `${oracleRejects ? "oracles reject" : "oracles accept"} / ${errors.length > 0 ? "we reject" : "we accept"}`;

  if (mode !== "no-false-rejection") {
    if (oracleRejects && errors.length === 0) {
      const who = [model.length > 0 ? "botocore's model" : "", terraform.length > 0 ? "terraform" : ""].filter(Boolean).join(" and ");
      return fail(tag, `accepted although ${who} rejects it: ${what}`, [...model, ...terraform].join("\n"));
    }
    return { tag };
  }
  if (oracleRejects) return { tag };
  if (candidate) return { tag, failure: candidate };
  return errors.length > 0 ? { tag: `${tag} (deliberate rule)`, notes: [...new Set(errors.map((e) => e.code))] } : { tag };
}

// ---- (4) hostile values ----------------------------------------------------------------------------

const KNOWN_CODES = allDiagnosticCodes();

/**
 * validate and construct+synth never throw anything but MaintenanceWindowTaskValidationError, agree
 * with each other, do not modify the props or the built-in prototypes, and drop nothing silently:
 * an error names the hostile property, or its value is carried exactly into the synthesized JSON.
 */
export function judgeHostile(h: HostileInput): Verdict {
  const where = `${h.kind} at ${pathText(h.position)}`;
  const protos = snapshotPrototypes();
  const built = buildHostileProps(h);
  const path = pathText(built.path);
  const graph = snapshotGraph(built.props);

  const v = validate(built.props);
  const c = construct(built.props);
  const fast = construct(built.props, true);
  const protoChange = prototypeChange(protos);
  if (protoChange) return fail("pollution", `a built-in prototype was modified: ${h.kind}`, `${where}\n${protoChange}`);
  const change = graphChange(graph);
  if (change) return fail("mutation", `the props were modified: ${h.kind}`, `${where}\n${change}`);
  if (!v.ok) return fail("crash", `validateMaintenanceWindowTask threw ${thrownName(v.thrown)} for ${h.kind}`, `${where}\n${thrownText(v.thrown)}`);
  if (!c.ok && !isOurError(c.thrown)) return fail("crash", `construct/synth threw ${thrownName(c.thrown)} for ${h.kind}`, `${where}\n${thrownText(c.thrown)}`);
  if (!fast.ok && !isOurError(fast.thrown)) return fail("crash", `construct/synth threw ${thrownName(fast.thrown)} for ${h.kind} (fail-fast context)`, `${where}\n${thrownText(fast.thrown)}`);
  if (fast.ok !== c.ok) return fail("inconsistent", "the fail-fast context changes whether the task builds", `${where}\n${c.ok ? thrownText(!fast.ok && fast.thrown) : thrownText(c.thrown)}`);

  const malformed = v.value.find((d) => typeof d.path !== "string" || typeof d.message !== "string" || KNOWN_CODES[d.code] !== d.level);
  if (malformed) return fail("malformed", "a diagnostic without a documented code/level, path or message", `${where}\n${describe(malformed)}`);
  const errors = errorsOf(v.value);
  if (errors.length > 0 && c.ok) return fail("inconsistent", "validate reports errors but the construct builds", `${where}\n${listDiagnostics(errors)}`);
  if (errors.length === 0 && !c.ok) return fail("inconsistent", "validate accepts but the construct throws", `${where}\n${thrownText(c.thrown)}`);

  if (errors.length > 0) {
    if (errors.some((e) => namesPath(e.path, path))) return { tag: "reported" };
    // null, undefined and empty containers carry nothing: the errors their absence causes are the right ones.
    if (["null", "undefined", "emptyList", "emptyObject"].includes(h.kind) && sameErrors(errors, errorsWithout(h, built.path))) return { tag: "reported (as absent)" };
    return fail("reported elsewhere", `no error names the hostile property: ${h.kind}`, `${where} (path ${path})\n${listDiagnostics(errors)}`);
  }
  // Accepted: the value must be carried over exactly.
  const tf = toTerraformResource(built.props);
  if (!tf.ok) return fail("silently accepted", `accepted but JSON cannot carry it: ${h.kind}`, `${where}\n${tf.path}: ${tf.reason}\nwarnings: ${listDiagnostics(v.value)}`);
  if (!c.ok) return fail("inconsistent", "validate accepts but the construct throws", `${where}\n${thrownText(c.thrown)}`);
  const want = normalizeResource(tf.value.resource, tf.value.jsonFromObject);
  const got = normalizeResource(c.value.resource, tf.value.jsonFromObject);
  if (want !== got) return fail("silently changed", `accepted but not carried over exactly: ${h.kind}`, `${where}\n${firstDifference(want, got)}`);
  return { tag: "carried over" };
}

/** The errors of the same props with the hostile position removed altogether. */
function errorsWithout(h: HostileInput, path: Seg[]): Diagnostic[] | undefined {
  if (path.length === 0) return undefined;
  const built = buildHostileProps(h);
  setAt(built.props as Props, path, undefined, true);
  const v = validate(built.props);
  return v.ok ? errorsOf(v.value) : undefined;
}

function sameErrors(a: Diagnostic[], b: Diagnostic[] | undefined): boolean {
  const key = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.path}`).sort().join("\n");
  return b !== undefined && key(a) === key(b);
}

// ---- (5) secrets ------------------------------------------------------------------------------------

/** No diagnostic message or path, no thrown text and no warning annotation contains a planted secret. */
export function judgeSecret(s: SecretInput): Verdict {
  const props = buildSecretProps(s);
  const needles = [s.marker, s.marker.slice(0, 10), s.marker.slice(-10)];
  const leaks = (text: string) => needles.some((n) => text.includes(n));
  const v = validate(props);
  if (!v.ok) {
    const leaked = leaks(thrownText(v.thrown));
    return fail("crash", `validateMaintenanceWindowTask threw ${thrownName(v.thrown)}${leaked ? " (and its text shows the secret)" : ""}`, thrownText(v.thrown).split(s.marker).join("<SECRET>"));
  }
  for (const d of v.value) {
    if (leaks(d.message) || leaks(d.path)) {
      const plants = s.plants.map((p) => `${p.field}/${p.form}`).join(", ");
      return fail("echoed", `secret echoed by [${d.code}] (${d.level})`, `planted: ${plants}; ${d.path.split(s.marker).join("<SECRET>")}: ${d.message.split(s.marker).join("<SECRET>")}`);
    }
  }
  const c = construct(props);
  if (!c.ok) {
    const text = c.thrown instanceof Error ? `${c.thrown.message}\n${c.thrown.stack ?? ""}` : String(c.thrown);
    if (leaks(text)) return fail("echoed", "secret echoed in the thrown error", text.split(s.marker).join("<SECRET>").slice(0, 1500));
    if (!isOurError(c.thrown)) return fail("crash", `construct/synth threw ${thrownName(c.thrown)}`, thrownText(c.thrown));
  } else {
    const w = c.value.warnings.find(leaks);
    if (w) return fail("echoed", "secret echoed in a warning annotation", w.split(s.marker).join("<SECRET>"));
  }
  return { tag: errorsOf(v.value).length > 0 ? "rejected" : "accepted" };
}

// ---- helpers ------------------------------------------------------------------------------------

function thrownName(e: unknown): string {
  return e instanceof Error ? e.name : typeof e;
}

/** Where two canonical JSON texts first differ, with some context. */
export function firstDifference(want: string, got: string): string {
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  const from = Math.max(0, i - 120);
  return `props say: …${want.slice(from, i + 120)}…\nsynthesized: …${got.slice(from, i + 120)}…`;
}
