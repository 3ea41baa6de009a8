import { Construct } from "constructs";
import { MaintenanceWindowTask } from "../maintenance-window-task";
import { Annotations, bindingHasResourceRegion, newSsmMaintenanceWindow, newSsmMaintenanceWindowTarget, type SsmMaintenanceWindow, type SsmMaintenanceWindowTarget } from "../core/runtime";
import { byLevel, withoutAcknowledged, type Diagnostic } from "../core/diagnostics";
import { deferErrors, markJudged, pendingErrors } from "../core/app-report";
import { MaintenanceWindowValidationError, reportError } from "../core/errors";
import type { CanonicalWindow } from "./canonical";
import { checkTaskOfWindow, prepareWindow, prepareWindowTarget } from "./pipeline";
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
export { validateMaintenanceWindow, validateMaintenanceWindowTarget } from "./pipeline";
export { windowDiagnosticCodes } from "./rules";

export { MaintenanceWindowValidationError };

/** Adds the warnings as cdktf warning annotations; returns them. */
function annotateWarnings(scope: Construct, warnings: Diagnostic[]): Diagnostic[] {
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
    const { props: window, config, errors, warnings } = prepareWindow(props);
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    const pending = pendingErrors(scope, path, "MaintenanceWindow", errors, reportError);
    super(scope, id);
    this.props = window;
    this.warnings = annotateWarnings(this, warnings);
    if (pending) {
      // A stand-in whose name throws the app's report if it is ever written; tasks and targets can still refer to it.
      const name = deferErrors(this, pending, reportError);
      this.resource = newSsmMaintenanceWindow(this, "Resource", { name, schedule: "rate(7 days)", duration: 1, cutoff: 0 });
    } else {
      this.resource = newSsmMaintenanceWindow(this, "Resource", config!); // no errors: rendered
    }
    markJudged(this.resource);
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
   * returns it; put its `id` in a task's `WindowTargetIds`. It uses the window's provider and
   * Region unless `provider` or `Region` is given.
   */
  addTarget(id: string, props: MaintenanceWindowTargetProps): SsmMaintenanceWindowTarget {
    const { config, errors, warnings } = prepareWindowTarget(props, this.id, this.props);
    const pending = pendingErrors(this, `${this.node.path}/${id}`, "MaintenanceWindow target", errors, reportError);
    if (pending) {
      const resource = newSsmMaintenanceWindowTarget(this, id, { windowId: this.id, resourceType: "INSTANCE", targets: [{ key: "InstanceIds", values: ["i-00000000"] }] });
      resource.windowId = deferErrors(resource, pending, reportError);
      markJudged(resource);
      return resource;
    }
    const resource = newSsmMaintenanceWindowTarget(this, id, config!); // no errors: rendered
    markJudged(resource);
    annotateWarnings(resource, warnings);
    return resource;
  }

  /**
   * Registers a task with this window: a {@link MaintenanceWindowTask} child construct whose
   * `WindowId` is this window's id. It uses the window's provider and Region unless `provider` or
   * `Region` is given. A window without `AllowUnassociatedTargets: true` only accepts tasks that
   * target window targets.
   */
  addTask(id: string, props: WindowTaskProps): MaintenanceWindowTask {
    const { errors, warnings } = byLevel(checkTaskOfWindow(this.props, props));
    const pending = pendingErrors(this, `${this.node.path}/${id}`, "MaintenanceWindow task", errors, reportError);
    const provider = props.provider ?? this.props.meta.provider;
    // With a 5.x binding the window's Region is its own error already: the task does not repeat it.
    const region = props.Region ?? (bindingHasResourceRegion() ? this.props.Region : undefined);
    const task = new MaintenanceWindowTask(this, id, { ...props, WindowId: this.id, ...(provider === undefined ? {} : { provider }), ...(region === undefined ? {} : { Region: region }) });
    if (pending) task.windowId = deferErrors(task, pending, reportError);
    const acknowledged = Array.isArray(props.acknowledgeWarnings) ? (props.acknowledgeWarnings as string[]) : [];
    for (const w of withoutAcknowledged(warnings, acknowledged)) {
      Annotations.of(task).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
      task.warnings.push(w);
    }
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
