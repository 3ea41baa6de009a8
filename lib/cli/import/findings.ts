// Our validation, run on what import generates, before it is written. A finding the live config
// really earns is written as a comment above the resource: a warning is never acknowledged for the
// user (acknowledgeWarnings is theirs to add once they have read it), and an error (a live value
// AWS took but Terraform or our checks reject) fails the import with exit 1 after the file is
// written, so the user sees what to fix and where.
import type { Diagnostic } from "../../core/diagnostics";
import { liveValue, type Props, type ResourcePlan, type WindowPlan } from "./model";

/** The library's checks (loaded lazily by the command: they load cdktf). */
export interface Validators {
  window(props: unknown): Diagnostic[];
  target(props: unknown): Diagnostic[];
  /** The task's own checks (`taskProps` with its WindowId) and addTask's checks against its window (without). */
  task(windowProps: unknown, taskProps: Record<string, unknown>, windowId: string): Diagnostic[];
}

export async function loadValidators(): Promise<Validators> {
  const windows = await import("../../window/pipeline");
  const tasks = await import("../../task/pipeline");
  return {
    window: windows.validateMaintenanceWindow,
    target: windows.validateMaintenanceWindowTarget,
    task: (windowProps, taskProps, windowId) => [
      ...tasks.validateMaintenanceWindowTask({ ...taskProps, WindowId: windowId }),
      ...windows.checkTaskOfWindow(windows.checkWindow(windowProps).props, taskProps),
    ],
  };
}

function live(props: Props): Record<string, unknown> {
  return liveValue(props) as Record<string, unknown>;
}

function note(plan: ResourcePlan, found: readonly Diagnostic[]): Diagnostic[] {
  for (const d of found) {
    plan.comments.push(
      d.level === "warning"
        ? `Validation warns about the live config: [${d.code}] ${d.path}: ${d.message} Fix it, or add "${d.code}" to acknowledgeWarnings once you have read it.`
        : `Validation error (synth fails until it is fixed): [${d.code}] ${d.path}: ${d.message}`,
    );
  }
  return found.filter((f) => f.level === "error");
}

/** Adds the warnings as comments; returns the errors as lines naming the resource. */
export function addFindings(plan: WindowPlan, validators: Validators): string[] {
  const windowProps = live(plan.window.props);
  const errors: string[] = [];
  const record = (resource: ResourcePlan, found: readonly Diagnostic[]) => {
    for (const d of note(resource, found)) errors.push(`${plan.functionName}: ${resource.constructId} (${resource.importId}): [${d.code}] ${d.path}: ${d.message}`);
  };
  record(plan.window, validators.window(windowProps));
  for (const t of plan.targets) record(t, validators.target(live(t.props)));
  for (const t of plan.tasks) record(t, validators.task(windowProps, live(t.props), plan.windowId));
  return errors;
}
