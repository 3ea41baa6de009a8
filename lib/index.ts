export { MaintenanceWindowTask, MaintenanceWindowTaskValidationError } from "./maintenance-window-task";
export * from "./props/task-props";
export { validateMaintenanceWindowTask, allDiagnosticCodes } from "./validation";
export type { Diagnostic } from "./validation/diagnostic";
