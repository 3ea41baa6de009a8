import type { Diagnostic } from "./diagnostics";
import { formatReport, type ConstructErrors } from "./app-report";

const LIBRARY_ERROR = Symbol.for("cdktf-ssm-maintenance-window-task.Error");
const DIAGNOSTICS_ERROR = Symbol.for("cdktf-ssm-maintenance-window-task.DiagnosticsError");

/**
 * The base class of every error this library throws (as aws-cdk-lib's `ValidationError`): catch it
 * to tell our errors from others. `instanceof` works within one copy of the package; test with
 * `MaintenanceWindowError.isMaintenanceWindowError(e)` when an app may load two copies (a marker
 * symbol, shared through the global symbol registry).
 */
export class MaintenanceWindowError extends Error {
  /** True for every error of this library, from any copy of the package. */
  static isMaintenanceWindowError(x: unknown): x is MaintenanceWindowError {
    return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[LIBRARY_ERROR] === true;
  }

  constructor(message: string) {
    super(message);
    Object.defineProperty(this, LIBRARY_ERROR, { value: true, enumerable: false });
    this.name = "MaintenanceWindowError";
  }
}

/** A misuse of a helper (a factory, a construct option, the façade), with a stable code like the task's diagnostics. */
export class MaintenanceWindowConfigError extends MaintenanceWindowError {
  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
  ) {
    super(`[${code}] ${path}: ${message}`);
    this.name = "MaintenanceWindowConfigError";
  }
}

/**
 * The error thrown when tasks or windows have error diagnostics: at synthesis (one error for the
 * whole app), or at construction when the app sets the fail-fast context. `constructs` lists every
 * construct with errors; `diagnostics` all of their diagnostics. Test for it with
 * `MaintenanceWindowDiagnosticsError.isDiagnosticsError(e)`, which also works across two copies of
 * the package.
 */
export class MaintenanceWindowDiagnosticsError extends MaintenanceWindowError {
  /** True for this error and its subclasses, from any copy of the package. */
  static isDiagnosticsError(x: unknown): x is MaintenanceWindowDiagnosticsError {
    return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[DIAGNOSTICS_ERROR] === true;
  }

  /** Every construct with errors, in creation order. */
  declare readonly constructs: readonly ConstructErrors[];

  constructor(constructs: readonly ConstructErrors[]) {
    const report = formatReport(constructs);
    super(report);
    // Not enumerable: Node prints an uncaught error's own enumerable properties after its message,
    // which would dump every diagnostic a second time.
    Object.defineProperty(this, "constructs", { value: constructs, enumerable: false });
    // cdktf prefixes "Resolution error:" to the message of an error thrown while resolving a token;
    // the report is the whole message, so writes to it are ignored.
    Object.defineProperty(this, "message", { get: () => report, set: () => undefined, enumerable: false, configurable: true });
    Object.defineProperty(this, DIAGNOSTICS_ERROR, { value: true, enumerable: false });
    this.name = "MaintenanceWindowDiagnosticsError";
  }

  /** Every error diagnostic of every construct. */
  get diagnostics(): Diagnostic[] {
    return this.constructs.flatMap((c) => c.diagnostics);
  }

  /** The path of the first construct with errors. */
  get constructPath(): string {
    return this.constructs[0]?.constructPath ?? "";
  }
}

/** Names the error class after what failed, and drops the stack trace (it points into cdktf, not the user's code). */
export function finishError<T extends MaintenanceWindowDiagnosticsError>(error: T, name: string): T {
  error.name = name;
  const stack = `${name}: ${error.message}`;
  Object.defineProperty(error, "stack", { get: () => stack, set: () => undefined, enumerable: false, configurable: true });
  return error;
}

/**
 * The error of an app whose tasks (or windows) have error diagnostics. Thrown once, when the app
 * synthesizes, listing every error of every task and window; or by the constructor when the app
 * sets the fail-fast context (`FAIL_FAST_CONTEXT`).
 */
export class MaintenanceWindowTaskValidationError extends MaintenanceWindowDiagnosticsError {
  constructor(constructs: readonly ConstructErrors[]) {
    super(constructs);
    finishError(this, "MaintenanceWindowTaskValidationError");
  }
}

/** The same, when only maintenance windows (their props, targets or `addTask` checks) have errors. */
export class MaintenanceWindowValidationError extends MaintenanceWindowDiagnosticsError {
  constructor(constructs: readonly ConstructErrors[]) {
    super(constructs);
    finishError(this, "MaintenanceWindowValidationError");
  }
}

/** A raw task resource (judged by the MaintenanceWindowTaskChecks aspect) counts as a task. */
const TASK_RESOURCE_TYPE = "aws_ssm_maintenance_window_task";

/** The app-wide error: a task error if any task failed, else the window's. */
export function reportError(all: readonly ConstructErrors[]): MaintenanceWindowDiagnosticsError {
  return all.some((c) => c.what === "MaintenanceWindowTask" || c.what === TASK_RESOURCE_TYPE) ? new MaintenanceWindowTaskValidationError(all) : new MaintenanceWindowValidationError(all);
}
