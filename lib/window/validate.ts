// Kept for the paths __tests__/terraform/window.test.ts imports; the window's steps live in
// ./read.ts (reading), ./rules/index.ts (checking) and ./pipeline.ts (the chain). Nothing in lib/
// imports this file.
export { readWindow, readWindowTarget } from "./read";
export { checkCanonicalWindow as checkWindow, checkCanonicalWindowTarget as checkWindowTarget, windowDiagnosticCodes } from "./rules";
export { validateMaintenanceWindow, validateMaintenanceWindowTarget } from "./pipeline";
export type { CanonicalSelector, CanonicalTag, CanonicalWindow, CanonicalWindowTarget } from "./canonical";
