// Runs properties with fast-check and reports them.
//
// Each property is first run as a census: every generated input is judged and counted (accepted /
// rejected / ...), and failures are grouped by kind with the smallest example of each — so one run
// lists every distinct problem, not only the first. Then fast-check itself runs the property with
// the same seed and shrinks the first failure to a minimal counterexample.
//
// Terraform-backed judges return undefined while the terraform verdict of an input is not known yet;
// the TerraformOracle queues the input. After each pass the queue is validated in one batch and the
// property is replayed (same seed, so the same inputs; cached verdicts): the census needs one batch,
// and each further batch lets fast-check's shrinker go one level deeper (unknown candidates count as
// passing until known, so a reported counterexample always really fails).
import * as fc from "fast-check";
import { baseSeed, profile, runsFor, seedFor, shrinkRounds, shrinkTimeMs } from "./config";
import { describe } from "./inspect";
import type { TerraformOracle } from "./terraform-oracle";

export interface Verdict {
  /** Counted in the summary, e.g. "accepted" or "oracles reject / we reject". */
  readonly tag: string;
  /** Finer labels counted on a second line of the summary (e.g. the deliberate rules that fired). */
  readonly notes?: readonly string[];
  /** Set when the property does not hold for the input: a kind (for grouping) and the details. */
  readonly failure?: { readonly kind: string; readonly detail: string };
}

/**
 * Judges one input; undefined when it waits for a terraform verdict. While shrinking (`census`
 * false) a judge may answer without asking terraform whenever the answer does not depend on it,
 * so each shrinking round sends terraform only the candidates that could still fail.
 */
export type Judge<T> = (input: T, context: { readonly census: boolean }) => Verdict | undefined;

export interface PropertySpec<T> {
  readonly name: string;
  readonly arb: fc.Arbitrary<T>;
  readonly judge: Judge<T>;
  /** Inputs in CI (PROPERTY_RUNS overrides; ×10 in the long profile). */
  readonly ciRuns: number;
  /** How to print an input (default: a safe generic printer). */
  readonly show?: (input: T) => string;
  /** Inputs that are always judged first (fast-check's `examples`), on top of the generated ones. */
  readonly examples?: readonly T[];
}

export interface FailureGroup {
  readonly kind: string;
  count: number;
  example: string;
  detail: string;
}

export interface PropertyReport {
  readonly name: string;
  readonly seed: number;
  readonly runs: number;
  readonly tags: Record<string, number>;
  readonly notes: Record<string, number>;
  readonly failures: FailureGroup[];
  shrunk?: { readonly example: string; readonly detail: string; readonly shrinks: number; readonly path: string };
  terraformRuns: number;
  ms: number;
  censusMs: number;
}

class PropertyFailure extends Error {
  constructor(readonly failure: NonNullable<Verdict["failure"]>) {
    super(`${failure.kind}\n${failure.detail}`);
  }
}

/** Runs the properties (sharing one terraform oracle, so their inputs are validated in the same batches). */
/** A spec of any input type, for runProperties (which never looks inside the inputs). */
export type AnySpec = PropertySpec<unknown>;

/** Erases a spec's input type. */
export function property<T>(spec: PropertySpec<T>): AnySpec {
  return spec as unknown as AnySpec;
}

export function runProperties(specs: readonly AnySpec[], oracle?: TerraformOracle): PropertyReport[] {
  const started = Date.now();
  const runsBefore = oracle?.validateRuns ?? 0;
  const reports: PropertyReport[] = specs.map((s) => ({ name: s.name, seed: seedFor(s.name), runs: runsFor(s.ciRuns) + (s.examples?.length ?? 0), tags: {}, notes: {}, failures: [], terraformRuns: 0, ms: 0, censusMs: 0 }));

  // 1. Census (one terraform batch for all properties, when there is an oracle).
  for (let pass = 0; ; pass++) {
    const pending = specs.map((spec, i) => census(spec, reports[i], pass > 0 || !oracle));
    if (!oracle || oracle.pendingCount === 0) {
      if (pending.some((n) => n > 0)) throw new Error("a judge waited for terraform, but the oracle has nothing queued");
      break;
    }
    if (pass > 0) throw new Error("terraform verdicts still missing after a flush (is a judge not deterministic?)");
    oracle.flush();
  }

  const censusMs = Date.now() - started;
  // 2. fast-check's own run and shrinking, for the properties that failed.
  const failing = specs.map((s, i) => ({ s, r: reports[i] })).filter(({ r }) => r.failures.length > 0);
  const shrinkStarted = Date.now();
  for (let round = 0; failing.length > 0; round++) {
    for (const { s, r } of failing) {
      const details = fc.check(
        fc.property(s.arb, (input) => {
          const v = s.judge(input, { census: false });
          if (v?.failure) throw new PropertyFailure(v.failure);
          return true; // holds, or not known yet (pending terraform)
        }),
        { seed: r.seed, numRuns: r.runs, interruptAfterTimeLimit: shrinkTimeMs(), examples: (s.examples ?? []).map((e) => [e] as [unknown]) },
      );
      if (details.failed && details.counterexample) {
        const err = details.errorInstance;
        r.shrunk = {
          example: (s.show ?? describe)(details.counterexample[0]),
          detail: err instanceof PropertyFailure ? `${err.failure.kind}: ${err.failure.detail}` : String(err),
          shrinks: details.numShrinks,
          path: shortPath(details.counterexamplePath ?? ""),
        };
      }
    }
    if (!oracle || oracle.pendingCount === 0 || round >= shrinkRounds() || Date.now() - shrinkStarted > shrinkTimeMs()) break;
    oracle.flush();
  }

  const ms = Date.now() - started;
  for (const r of reports) {
    r.ms = ms;
    r.censusMs = censusMs;
    r.terraformRuns = (oracle?.validateRuns ?? 0) - runsBefore;
    printSummary(r, oracle);
  }
  return reports;
}

/** Judges every input of a property; returns how many are waiting for terraform. */
function census(spec: AnySpec, report: PropertyReport, final: boolean): number {
  let pending = 0;
  const tags: Record<string, number> = {};
  const notes: Record<string, number> = {};
  const groups = new Map<string, FailureGroup>();
  fc.check(
    fc.property(spec.arb, (input) => {
      let v: Verdict | undefined;
      try {
        v = spec.judge(input, { census: true });
      } catch (e) {
        v = { tag: "judge threw", failure: { kind: "the test's judge threw (a bug in the test)", detail: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) } };
      }
      if (!v) {
        pending++;
        return true;
      }
      tags[v.tag] = (tags[v.tag] ?? 0) + 1;
      for (const n of v.notes ?? []) notes[n] = (notes[n] ?? 0) + 1;
      if (v.failure) {
        const example = (spec.show ?? describe)(input);
        const g = groups.get(v.failure.kind);
        if (!g) groups.set(v.failure.kind, { kind: v.failure.kind, count: 1, example, detail: v.failure.detail });
        else {
          g.count++;
          if (example.length < g.example.length) {
            g.example = example;
            g.detail = v.failure.detail;
          }
        }
      }
      return true;
    }),
    { seed: report.seed, numRuns: report.runs, examples: (spec.examples ?? []).map((e) => [e] as [unknown]) },
  );
  if (final || pending === 0) {
    Object.assign(report.tags, tags);
    Object.assign(report.notes, notes);
    report.failures.push(...[...groups.values()].sort((a, b) => b.count - a.count));
  }
  return pending;
}

function printSummary(r: PropertyReport, oracle?: TerraformOracle): void {
  const tags = Object.entries(r.tags)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${n} ${t}`)
    .join(", ");
  const notes = Object.entries(r.notes)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  const failed = r.failures.reduce((n, g) => n + g.count, 0);
  const tf = oracle ? `; terraform: ${r.terraformRuns} validate runs for these properties (${oracle.validateRuns} in all, ${oracle.resourcesValidated} resources)` : "";
  console.log(
    `[property] ${r.name}\n  ${r.runs} inputs (profile ${profile()}, PROPERTY_SEED=${baseSeed()}, seed ${r.seed}) in ${r.ms} ms (census ${r.censusMs} ms): ${tags}${tf}\n  ` +
      (notes ? `${notes}\n  ` : "") +
      (failed === 0 ? "holds" : `FAILS for ${failed} inputs in ${r.failures.length} groups: ${r.failures.map((g) => `${g.count}× ${g.kind}`).join("; ")}`),
  );
}

/** Throws a readable error listing the shrunk counterexample and every failure group. */
export function expectHolds(r: PropertyReport): void {
  if (r.failures.length === 0) return;
  const lines = [
    `Property "${r.name}" does not hold for ${r.failures.reduce((n, g) => n + g.count, 0)} of ${r.runs} inputs (PROPERTY_SEED=${baseSeed()}, seed ${r.seed}).`,
  ];
  if (r.shrunk) {
    lines.push("", `Minimal counterexample (fast-check, ${r.shrunk.shrinks} shrinks, path ${r.shrunk.path}):`, `  ${r.shrunk.example}`, `  → ${r.shrunk.detail}`);
  }
  lines.push("", "Failure groups (count, smallest example):");
  for (const g of r.failures.slice(0, 30)) lines.push(`- ${g.count}× ${g.kind}`, `    ${g.example}`, `    → ${g.detail.split("\n").join("\n      ")}`);
  if (r.failures.length > 30) lines.push(`… and ${r.failures.length - 30} more groups`);
  throw new Error(lines.join("\n"));
}

/** fast-check's replay path, shortened for printing (runs of ":0" collapsed). */
function shortPath(path: string): string {
  const short = path.replace(/(?::0){4,}/g, (m) => `:0×${m.length / 2}`);
  return short.length > 80 ? `${short.slice(0, 60)}… (${path.split(":").length} steps)` : short;
}
