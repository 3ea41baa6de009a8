import { Construct } from "constructs";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { Annotations, type TerraformMetaArguments } from "./private/cdktf";
import { normalize } from "./normalize/normalize";
import type { MaintenanceWindowTaskProps } from "./props/task-props";
import { renderTask } from "./render/render";
import { formatDiagnostics, type Diagnostic } from "./validation/diagnostic";
import { validateCanonical, withoutAcknowledged } from "./validation";
import { metaArguments } from "./render/meta-arguments";

/** Thrown at construction when the props have error diagnostics; lists every one of them. */
export class MaintenanceWindowTaskValidationError extends Error {
  constructor(
    readonly constructPath: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(
      `MaintenanceWindowTask ${constructPath} has ${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"} ` +
        `that Terraform or AWS would reject:\n${formatDiagnostics(diagnostics)}\n` +
        "Codes are explained in help/validation.md.",
    );
    this.name = "MaintenanceWindowTaskValidationError";
  }
}

/**
 * An AWS Systems Manager maintenance window task (`aws_ssm_maintenance_window_task`), from
 * CloudFormation-style props. Validates at construction: errors throw, warnings become cdktf
 * warning annotations.
 *
 * @example
 * new MaintenanceWindowTask(stack, "Patch", {
 *   WindowId: window.id, TaskType: "RUN_COMMAND", TaskArn: "AWS-RunPatchBaseline", Priority: 1,
 *   Targets: [{ Key: "WindowTargetIds", Values: [target.id] }], MaxConcurrency: "10%", MaxErrors: "1",
 *   TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] } } },
 * });
 */
export class MaintenanceWindowTask extends Construct {
  /** The import id Terraform expects for this resource: `<window_id>/<window_task_id>`. */
  static importId(windowId: string, windowTaskId: string): string {
    return `${windowId}/${windowTaskId}`;
  }

  /** The underlying provider resource: the escape hatch for overrides (`addOverride`). */
  readonly resource: SsmMaintenanceWindowTask;
  /** Warnings reported for this task (acknowledged ones excluded). */
  readonly warnings: Diagnostic[];

  constructor(scope: Construct, id: string, props: MaintenanceWindowTaskProps) {
    super(scope, id);
    const { task, sink } = normalize(props);
    validateCanonical(task, sink);
    const diagnostics = withoutAcknowledged(sink.diagnostics, task.acknowledgeWarnings);
    const errors = diagnostics.filter((d) => d.level === "error");
    if (errors.length > 0) throw new MaintenanceWindowTaskValidationError(this.node.path, errors);
    this.warnings = diagnostics.filter((d) => d.level === "warning");
    for (const w of this.warnings) {
      Annotations.of(this).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
    }
    this.resource = new SsmMaintenanceWindowTask(this, "Resource", {
      ...renderTask(task),
      ...metaArguments(props as TerraformMetaArguments),
    });
    task.serviceRole?.grantTask(task);
  }

  /** The task's id assigned by AWS (a UUID). */
  get windowTaskId(): string {
    return this.resource.windowTaskId;
  }

  /** Terraform's id of the task (equal to `windowTaskId`). */
  get id(): string {
    return this.resource.id;
  }

  /** ARN of the task itself: `arn:aws:ssm:<region>:<account>:windowtask/<id>`. */
  get arn(): string {
    return this.resource.arn;
  }

  /** The window the task belongs to. */
  get windowId(): string {
    return this.resource.windowId;
  }

  /**
   * Adopts an existing task into Terraform state instead of creating one (cdktf's `importFrom`).
   * The id is `<window_id>/<window_task_id>`; see {@link MaintenanceWindowTask.importId}.
   */
  importFrom(importId: string): void {
    this.resource.importFrom(importId);
  }
}
