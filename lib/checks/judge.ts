// Judging one Terraform resource we did not create: its body read back into our props (the reverse
// mappings of lib/task/ and lib/window/), then the same pipeline our constructs run, so the codes
// and levels are the constructs' own. Shared by the MaintenanceWindowTaskChecks aspect and `check`.
import type { Diagnostic } from "../core/diagnostics";
import { checkTask } from "../task/pipeline";
import { taskPropsFromTerraform, taskTerraformPath } from "../task/from-terraform";
import { checkWindow, checkWindowTarget } from "../window/pipeline";
import { windowPropsFromTerraform, windowTargetPropsFromTerraform, windowTerraformPath } from "../window/from-terraform";

interface ResourceCheck {
  /** Runs the pipeline on a body; `acknowledged` warning codes are left out. */
  readonly check: (body: Readonly<Record<string, unknown>>, acknowledged: readonly string[]) => Diagnostic[];
  /** A diagnostic's prop path as Terraform attribute names (to find its line in HCL). */
  readonly terraformPath: (path: string) => string[];
  /** The attribute the aspect overwrites with the report's placeholder when the resource has errors. */
  readonly placeholderAttribute: string;
}

const withAcknowledged = (props: Record<string, unknown>, acknowledged: readonly string[]) => ({ ...props, acknowledgeWarnings: [...acknowledged] });

/** The resource types we judge, by Terraform type. */
export const CHECKED_RESOURCES: Readonly<Record<string, ResourceCheck>> = {
  aws_ssm_maintenance_window_task: {
    check: (body, ack) => checkTask(withAcknowledged(taskPropsFromTerraform(body), ack)).diagnostics,
    terraformPath: taskTerraformPath,
    placeholderAttribute: "window_id",
  },
  aws_ssm_maintenance_window: {
    check: (body, ack) => checkWindow(withAcknowledged(windowPropsFromTerraform(body), ack)).diagnostics,
    terraformPath: (path) => windowTerraformPath(path, false),
    placeholderAttribute: "name",
  },
  aws_ssm_maintenance_window_target: {
    check: (body, ack) => checkWindowTarget(withAcknowledged(windowTargetPropsFromTerraform(body), ack)).diagnostics,
    terraformPath: (path) => windowTerraformPath(path, true),
    placeholderAttribute: "window_id",
  },
};

/** The check of a Terraform resource type, or undefined for a type we do not judge. */
export function resourceCheck(type: string): ResourceCheck | undefined {
  return Object.prototype.hasOwnProperty.call(CHECKED_RESOURCES, type) ? CHECKED_RESOURCES[type] : undefined;
}
