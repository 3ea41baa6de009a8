import { Construct } from "constructs";
import { MaintenanceWindowTask } from "../maintenance-window-task";
import { Annotations, newSsmMaintenanceWindow, newSsmMaintenanceWindowTarget, type SsmMaintenanceWindow, type SsmMaintenanceWindowTarget } from "../core/runtime";
import { DiagnosticSink, type Diagnostic } from "../core/diagnostics";
import { deferErrors, pendingErrors } from "../core/app-report";
import { MaintenanceWindowValidationError, reportError } from "../core/errors";
import { renderWindow, renderWindowTarget } from "./render";
import {
  checkTaskOfWindow,
  checkWindow,
  checkWindowTarget,
  readWindow,
  readWindowTarget,
  withoutAcknowledged,
  type CanonicalWindow,
} from "./validate";
import type { MaintenanceWindowProps, MaintenanceWindowTargetProps, WindowTaskProps } from "./window-props";

export type {
  DistributiveOmit,
  MaintenanceWindowOptions,
  MaintenanceWindowProps,
  MaintenanceWindowResourceType,
  MaintenanceWindowTag,
  MaintenanceWindowTargetProps,
  WindowTargetKey,
  WindowTargetSelector,
  WindowTaskProps,
} from "./window-props";
export { validateMaintenanceWindow, validateMaintenanceWindowTarget, windowDiagnosticCodes } from "./validate";

export { MaintenanceWindowValidationError };

/** The error diagnostics (acknowledged warnings aside). */
function errorsOf(diagnostics: Diagnostic[], acknowledged: readonly string[]): Diagnostic[] {
  return withoutAcknowledged(diagnostics, acknowledged).filter((d) => d.level === "error");
}

/** Adds the warnings that are not acknowledged as cdktf warning annotations; returns them. */
function annotateWarnings(scope: Construct, diagnostics: Diagnostic[], acknowledged: readonly string[]): Diagnostic[] {
  const warnings = withoutAcknowledged(diagnostics, acknowledged).filter((d) => d.level === "warning");
  for (const w of warnings) Annotations.of(scope).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
  return warnings;
}

/**
 * An AWS Systems Manager maintenance window (`aws_ssm_maintenance_window`) from CloudFormation-style
 * props, with its targets and tasks added as children, so a whole window reads as one block.
 * Validates at construction: errors throw, warnings become cdktf warning annotations.
 *
 * @example
 * const window = new MaintenanceWindow(stack, "Weekly", {
 *   Name: "weekly-patching", Schedule: "cron(0 2 ? * SUN *)", ScheduleTimezone: "Europe/Berlin",
 *   Duration: 3, Cutoff: 1,
 * });
 * const web = window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
 * window.addTask("Patch", {
 *   TaskType: "RUN_COMMAND", TaskArn: "AWS-RunPatchBaseline", Priority: 1,
 *   Targets: [{ Key: "WindowTargetIds", Values: [web.id] }], MaxConcurrency: "10%", MaxErrors: "1",
 *   TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] } } },
 * });
 */
export class MaintenanceWindow extends Construct {
  /** The underlying provider resource: the escape hatch for overrides (`addOverride`). */
  readonly resource: SsmMaintenanceWindow;
  /** Warnings reported for this window (acknowledged ones excluded). */
  readonly warnings: Diagnostic[];
  private readonly props: CanonicalWindow;

  constructor(scope: Construct, id: string, props: MaintenanceWindowProps) {
    const sink = new DiagnosticSink();
    const window = readWindow(props, sink);
    checkWindow(window, sink);
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    const pending = pendingErrors(scope, path, "MaintenanceWindow", errorsOf(sink.diagnostics, window.acknowledgeWarnings), reportError);
    super(scope, id);
    this.props = window;
    this.warnings = annotateWarnings(this, sink.diagnostics, window.acknowledgeWarnings);
    if (pending) {
      // A stand-in whose name throws the app's report if it is ever written; tasks and targets can still refer to it.
      const name = deferErrors(this, pending, reportError);
      this.resource = newSsmMaintenanceWindow(this, "Resource", { name, schedule: "rate(7 days)", duration: 1, cutoff: 0 });
    } else {
      this.resource = newSsmMaintenanceWindow(this, "Resource", renderWindow(window));
    }
  }

  /** The window's id assigned by AWS (`mw-` followed by 17 hex digits). */
  get id(): string {
    return this.resource.id;
  }

  /** The window's name. */
  get windowName(): string {
    return this.resource.name;
  }

  /**
   * Registers a target with this window (`aws_ssm_maintenance_window_target`, a child construct) and
   * returns it; put its `id` in a task's `WindowTargetIds`. It uses the window's provider unless
   * `provider` is given.
   */
  addTarget(id: string, props: MaintenanceWindowTargetProps): SsmMaintenanceWindowTarget {
    const sink = new DiagnosticSink();
    const target = readWindowTarget(props, sink);
    checkWindowTarget(target, sink);
    const path = `${this.node.path}/${id}`;
    const pending = pendingErrors(this, path, "MaintenanceWindow target", errorsOf(sink.diagnostics, target.acknowledgeWarnings), reportError);
    const provider = target.meta.provider ?? this.props.meta.provider;
    if (pending) {
      const resource = newSsmMaintenanceWindowTarget(this, id, { windowId: this.id, resourceType: "INSTANCE", targets: [{ key: "InstanceIds", values: ["i-00000000"] }] });
      resource.windowId = deferErrors(resource, pending, reportError);
      return resource;
    }
    const resource = newSsmMaintenanceWindowTarget(this, id, renderWindowTarget({ ...target, meta: { ...target.meta, provider } }, this.id));
    annotateWarnings(resource, sink.diagnostics, target.acknowledgeWarnings);
    return resource;
  }

  /**
   * Registers a task with this window: a {@link MaintenanceWindowTask} child construct whose
   * `WindowId` is this window's id. It uses the window's provider unless `provider` is given. A
   * window without `AllowUnassociatedTargets: true` only accepts tasks that target window targets.
   */
  addTask(id: string, props: WindowTaskProps): MaintenanceWindowTask {
    const sink = new DiagnosticSink();
    checkTaskOfWindow(this.props, props, sink);
    const path = `${this.node.path}/${id}`;
    const pending = pendingErrors(this, path, "MaintenanceWindow task", errorsOf(sink.diagnostics, []), reportError);
    const provider = props.provider ?? this.props.meta.provider;
    const task = new MaintenanceWindowTask(this, id, { ...props, WindowId: this.id, ...(provider === undefined ? {} : { provider }) });
    if (pending) task.windowId = deferErrors(task, pending, reportError);
    return task;
  }

  /**
   * Adopts an existing window into Terraform state instead of creating one (cdktf's `importFrom`).
   * The id is the window's id, `mw-…`.
   */
  importFrom(windowId: string): void {
    this.resource.importFrom(windowId);
  }
}
