// App-wide error reporting. A task or window with errors does not throw where it is constructed
// (that would show one mistake per synth): it records its errors under the app and registers a
// validation. When cdktf synthesizes (`app.synth()`, `cdktf synth`), the first validation that
// runs throws one error listing every error of every task and window in the app, grouped by
// construct, each with the file:line that created it. A placeholder value that throws the same
// report when resolved keeps a broken resource from ever being written, even with
// `skipValidation` or `Testing.synth` (which runs no validations).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Construct, IConstruct } from "constructs";
import type { Diagnostic } from "./diagnostics";
import { Token } from "./runtime";

/** Context key: `true` makes every task and window throw at construction, as before 0.2. */
export const FAIL_FAST_CONTEXT = "cdktf-ssm-maintenance-window-task:failFast";

/** The errors of one construct. */
export interface ConstructErrors {
  /** The construct path, e.g. `app/stack/Patch`. */
  readonly constructPath: string;
  /** What it is: `MaintenanceWindowTask`, `MaintenanceWindow`, `MaintenanceWindow target`, ... */
  readonly what: string;
  /** Where the user's code created it (`file:line:column`), when it could be found. */
  readonly source?: string;
  readonly diagnostics: readonly Diagnostic[];
}

const BY_APP = new WeakMap<IConstruct, ConstructErrors[]>();

/** True when the app asked for errors at construction (context {@link FAIL_FAST_CONTEXT}). */
export function failFast(scope: IConstruct): boolean {
  const value: unknown = scope.node.tryGetContext(FAIL_FAST_CONTEXT);
  return value === true || value === "true";
}

/**
 * The errors of a construct about to be created under `scope`, with the user's source location, or
 * undefined when there are none. An app with the fail-fast context gets them thrown at once.
 */
export function pendingErrors(
  scope: IConstruct,
  constructPath: string,
  what: string,
  diagnostics: readonly Diagnostic[],
  makeError: (all: readonly ConstructErrors[]) => Error,
): ConstructErrors | undefined {
  if (diagnostics.length === 0) return undefined;
  const errors = { constructPath, what, source: callerLocation(), diagnostics };
  if (failFast(scope)) throw makeError([errors]);
  return errors;
}

/**
 * Records `errors` for the app of `construct` and makes synthesis fail with the app-wide report.
 * Returns a placeholder string that throws the report when Terraform JSON is produced.
 */
export function deferErrors(construct: Construct, errors: ConstructErrors, makeError: (all: readonly ConstructErrors[]) => Error): string {
  const root = construct.node.root;
  let list = BY_APP.get(root);
  if (!list) BY_APP.set(root, (list = []));
  list.push(errors);
  const fail = (): never => {
    throw makeError(BY_APP.get(root) ?? [errors]);
  };
  construct.node.addValidation({ validate: fail });
  // A token without a creation stack: cdktf appends the stack to the message of an error thrown
  // while resolving, which would bury the report under cdktf's own frames.
  return Token.asString({ creationStack: [], resolve: fail, toString: () => "<invalid maintenance window task>" });
}

/** The file:line:column of the first stack frame outside this library, or undefined. */
export function callerLocation(): string | undefined {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const libDir = path.join(__dirname, "..");
  for (const frame of frames) {
    const m = /\(?((?:[A-Za-z]:)?[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(frame);
    if (!m) continue;
    const file = m[1].replace(/^file:\/\//, "");
    if (file.startsWith(libDir) || file.includes(`${path.sep}node_modules${path.sep}`) || file.startsWith("node:") || !path.isAbsolute(file)) continue;
    return `${path.relative(process.cwd(), file) || file}:${m[2]}:${m[3]}`;
  }
  return undefined;
}

/** The compact report: a header per construct, then one line per diagnostic. */
export function formatReport(all: readonly ConstructErrors[]): string {
  const count = all.reduce((n, c) => n + c.diagnostics.length, 0);
  const lines = [`${count} error${count === 1 ? "" : "s"} that Terraform or AWS would reject, in ${all.length} construct${all.length === 1 ? "" : "s"}:`];
  for (const c of all) {
    lines.push(`${c.what} ${c.constructPath}${c.source ? ` (${c.source})` : ""}`);
    for (const d of c.diagnostics) lines.push(`  [${d.code}] ${d.path}: ${d.message}`);
  }
  lines.push(`Every code is explained in ${docsPath("validation.md")}.`);
  return lines.join("\n");
}

/** Where the installed package's help page is, as a path the user can open. */
export function docsPath(page: string): string {
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, "help", page);
    if (fs.existsSync(candidate)) return path.relative(process.cwd(), candidate) || candidate;
  }
  return `help/${page} in the cdktf-ssm-maintenance-window-task package`;
}

// Resources our constructs created and judged already: the MaintenanceWindowTaskChecks aspect
// leaves them alone, so nothing is reported twice.
const JUDGED = new WeakSet<IConstruct>();

/** Marks a resource as judged by the construct that created it. */
export function markJudged(resource: IConstruct): void {
  JUDGED.add(resource);
}

/** True for a resource one of our constructs created (and judged). */
export function isJudged(resource: IConstruct): boolean {
  return JUDGED.has(resource);
}

/**
 * Records the errors of a resource found after construction (by an aspect, during synthesis) into
 * the app-wide report; returns the placeholder to write over one of its attributes, so the broken
 * resource is never written (see deferErrors). With the fail-fast context, throws at once.
 */
export function reportLateErrors(resource: Construct, errors: ConstructErrors, makeError: (all: readonly ConstructErrors[]) => Error): string {
  if (failFast(resource)) throw makeError([errors]);
  return deferErrors(resource, errors, makeError);
}
