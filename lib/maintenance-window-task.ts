import type { Construct } from "constructs";
import { Annotations, SsmMaintenanceWindowTask, type TerraformMetaArguments } from "./core/runtime";
import type { Diagnostic } from "./core/diagnostics";
import { deferErrors, markJudged, pendingErrors } from "./core/app-report";
import { MaintenanceWindowTaskValidationError, reportError } from "./core/errors";
import { metaArguments } from "./core/meta-arguments";
import type { MaintenanceWindowTaskProps } from "./props/task-props";
import { prepareTask } from "./task/pipeline";
import { TASK_TERRAFORM_NAMES, type RenderedTask } from "./task/render";

export { MaintenanceWindowTaskValidationError };

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
    const { task, grant, config = PLACEHOLDER, warnings, errors } = prepareTask(props);
    const constructPath = scope.node.path ? `${scope.node.path}/${id}` : id;
    const pending = pendingErrors(scope, constructPath, "MaintenanceWindowTask", errors, reportError);
    super(scope, id, { ...config, ...(pending ? {} : metaArguments(props as TerraformMetaArguments, TASK_TERRAFORM_NAMES)) });
    markJudged(this);
    this.warnings = warnings;
    this.errors = errors;
    for (const w of warnings) Annotations.of(this).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
    if (pending) {
      this.windowId = deferErrors(this, pending, reportError);
      return;
    }
    grant?.(task);
  }

  /** Error diagnostics of this task; the app fails to synthesize while any task has one. */
  readonly errors: Diagnostic[];

  /** The provider resource — this construct itself; kept for code written against a wrapper. */
  get resource(): SsmMaintenanceWindowTask {
    return this;
  }
}

