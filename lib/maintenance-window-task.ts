import type { Construct } from "constructs";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { Annotations, type TerraformMetaArguments } from "./core/runtime";
import type { CanonicalTask } from "./task/canonical";
import { normalize } from "./task/normalize";
import type { MaintenanceWindowTaskProps } from "./props/task-props";
import { metaArguments } from "./core/meta-arguments-render";
import { renderTask, type RenderedTask } from "./task/render";
import type { Diagnostic } from "./core/diagnostics";
import { deferErrors, pendingErrors } from "./core/app-report";
import { MaintenanceWindowTaskValidationError, reportError } from "./core/errors";

export { MaintenanceWindowTaskValidationError };
import { validateCanonical, withoutAcknowledged } from "./task/validation";

interface Prepared {
  task: CanonicalTask;
  config: RenderedTask;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

/** normalize → validate → render; with errors, nothing is rendered. */
function prepare(props: MaintenanceWindowTaskProps): Prepared {
  const { task, sink } = normalize(props);
  validateCanonical(task, sink);
  const diagnostics = withoutAcknowledged(sink.diagnostics, task.acknowledgeWarnings);
  const errors = diagnostics.filter((d) => d.level === "error");
  const warnings = diagnostics.filter((d) => d.level === "warning");
  return { task, config: errors.length > 0 ? PLACEHOLDER : renderTask(task), warnings, errors };
}

/** Stands in for a task with errors; never written: its window id throws the app's report. */
const PLACEHOLDER: RenderedTask = { windowId: "", taskArn: "", taskType: "" };

/**
 * An AWS Systems Manager maintenance window task (`aws_ssm_maintenance_window_task`), from
 * CloudFormation-style props. Validates at construction: errors throw, warnings become cdktf
 * warning annotations.
 *
 * It *is* the provider's `SsmMaintenanceWindowTask` resource (a subclass): every attribute, override
 * and meta-argument of the resource is available on it, and it costs no extra construct per task.
 *
 * @example
 * new MaintenanceWindowTask(stack, "Patch", {
 *   WindowId: window.id, TaskType: "RUN_COMMAND", TaskArn: "AWS-RunPatchBaseline", Priority: 1,
 *   Targets: [{ Key: "WindowTargetIds", Values: [target.id] }], MaxConcurrency: "10%", MaxErrors: "1",
 *   TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] } } },
 * });
 */
export class MaintenanceWindowTask extends SsmMaintenanceWindowTask {
  /** The import id Terraform expects for this resource: `<window_id>/<window_task_id>`. */
  static importId(windowId: string, windowTaskId: string): string {
    return `${windowId}/${windowTaskId}`;
  }

  /** Warnings reported for this task (acknowledged ones excluded). */
  readonly warnings: Diagnostic[];

  constructor(scope: Construct, id: string, props: MaintenanceWindowTaskProps) {
    const { task, config, warnings, errors } = prepare(props);
    const constructPath = scope.node.path ? `${scope.node.path}/${id}` : id;
    const pending = pendingErrors(scope, constructPath, "MaintenanceWindowTask", errors, reportError);
    super(scope, id, { ...config, ...(pending ? {} : metaArguments(props as TerraformMetaArguments)) });
    this.warnings = warnings;
    this.errors = errors;
    for (const w of warnings) Annotations.of(this).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
    if (pending) {
      this.windowId = deferErrors(this, pending, reportError);
      return;
    }
    task.serviceRole?.grantTask(task);
  }

  /** Error diagnostics of this task; the app fails to synthesize while any task has one. */
  readonly errors: Diagnostic[];

  /** The provider resource — this construct itself; kept for code written against a wrapper. */
  get resource(): SsmMaintenanceWindowTask {
    return this;
  }
}

