import type { Construct } from "constructs";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { Annotations, type TerraformMetaArguments } from "./private/cdktf";
import type { CanonicalTask } from "./normalize/canonical";
import { normalize } from "./normalize/normalize";
import type { MaintenanceWindowTaskProps } from "./props/task-props";
import { metaArguments } from "./render/meta-arguments";
import { renderTask, type RenderedTask } from "./render/render";
import { formatDiagnostics, type Diagnostic } from "./validation/diagnostic";
import { validateCanonical, withoutAcknowledged } from "./validation";

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

interface Prepared {
  task: CanonicalTask;
  config: RenderedTask;
  warnings: Diagnostic[];
}

/** normalize → validate → render; throws before any construct exists when there are errors. */
function prepare(constructPath: string, props: MaintenanceWindowTaskProps): Prepared {
  const { task, sink } = normalize(props);
  validateCanonical(task, sink);
  const diagnostics = withoutAcknowledged(sink.diagnostics, task.acknowledgeWarnings);
  const errors = diagnostics.filter((d) => d.level === "error");
  if (errors.length > 0) throw new MaintenanceWindowTaskValidationError(constructPath, errors);
  return { task, config: renderTask(task), warnings: diagnostics.filter((d) => d.level === "warning") };
}

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
    const { task, config, warnings } = prepare(scope.node.path ? `${scope.node.path}/${id}` : id, props);
    super(scope, id, { ...config, ...metaArguments(props as TerraformMetaArguments) });
    this.warnings = warnings;
    for (const w of warnings) Annotations.of(this).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
    task.serviceRole?.grantTask(task);
  }

  /** The provider resource — this construct itself; kept for code written against a wrapper. */
  get resource(): SsmMaintenanceWindowTask {
    return this;
  }
}
