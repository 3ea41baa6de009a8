/** A misuse of a helper (a factory or construct option), with a stable code like the task's diagnostics. */
export class MaintenanceWindowConfigError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
  ) {
    super(`[${code}] ${path}: ${message}`);
    this.name = "MaintenanceWindowConfigError";
  }
}
