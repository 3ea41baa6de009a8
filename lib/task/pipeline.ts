// The task pipeline, in one place: props → normalize → validate → (render). The construct and
// validateMaintenanceWindowTask() both run it; nothing else chains the steps.
import { byLevel, withoutAcknowledged, type Diagnostic } from "../core/diagnostics";
import type { CanonicalTask } from "./canonical";
import { normalize } from "./normalize";
import { renderTask, type RenderedTask } from "./render";
import { validateCanonical } from "./validation";

export interface CheckedTask {
  readonly task: CanonicalTask;
  /** Grants the task to the MaintenanceWindowServiceRole given as ServiceRoleArn, if any. */
  readonly grant?: (task: CanonicalTask) => void;
  /** Every finding, acknowledged warnings left out. */
  readonly diagnostics: Diagnostic[];
}

/** normalize → validate; acknowledged warnings are left out. */
export function checkTask(props: unknown): CheckedTask {
  const { task, sink, grant } = normalize(props);
  validateCanonical(task, sink);
  return { task, grant, diagnostics: withoutAcknowledged(sink.diagnostics, task.acknowledgeWarnings) };
}

/**
 * Checks maintenance window task props without building anything: for CI linting of props kept in
 * JSON or YAML. Returns every finding; an empty list means Terraform and AWS will accept the props.
 * Acknowledged warnings (`acknowledgeWarnings`) are left out.
 */
export function validateMaintenanceWindowTask(props: unknown): Diagnostic[] {
  return checkTask(props).diagnostics;
}

export interface PreparedTask {
  readonly task: CanonicalTask;
  readonly grant?: (task: CanonicalTask) => void;
  /** The resource config; undefined when there are errors (nothing is rendered then). */
  readonly config?: RenderedTask;
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

/** normalize → validate → render; with errors, nothing is rendered. */
export function prepareTask(props: unknown): PreparedTask {
  const { task, grant, diagnostics } = checkTask(props);
  const { errors, warnings } = byLevel(diagnostics);
  return { task, grant, config: errors.length > 0 ? undefined : renderTask(task), errors, warnings };
}
