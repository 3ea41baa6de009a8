// Constructs that are granted what the tasks using them need (MaintenanceWindowServiceRole builds
// its least-privilege policy from them). A role registers itself here when it is created; normalize
// looks a ServiceRoleArn value up. A registry instead of a public `grantTask(task)` method keeps the
// canonical task, an internal type, out of the published API.
const GRANTEES = new WeakMap<object, (task: unknown) => void>();

/** Registers `construct` to receive every task that names it. */
export function registerGrantee(construct: object, grant: (task: unknown) => void): void {
  GRANTEES.set(construct, grant);
}

/** The grant function of a registered construct, or undefined for any other value. */
export function granteeOf(value: unknown): ((task: unknown) => void) | undefined {
  return typeof value === "object" && value !== null ? GRANTEES.get(value) : undefined;
}
