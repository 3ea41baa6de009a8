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

/**
 * Terraform config that has `region` already says which provider it needs (its required_providers),
 * whatever binding this process loaded: the binding's Region error is not the config's.
 */
const BINDING_CODES: ReadonlySet<string> = new Set(["RegionNeedsAwsProvider6", "WindowRegionNeedsAwsProvider6"]);

/** The resource types we judge, by Terraform type. */
const PIPELINES: Readonly<Record<string, ResourceCheck>> = {
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

/** The resource types we judge, by Terraform type: the pipelines, with unknown attributes said in Terraform's terms. */
export const CHECKED_RESOURCES: Readonly<Record<string, ResourceCheck>> = Object.fromEntries(
  Object.entries(PIPELINES).map(([type, c]) => [
    type,
    { ...c, check: (body, ack) => c.check(body, ack).filter((d) => !BINDING_CODES.has(d.code)).map((d) => inTerraformTerms(d, type, c.terraformPath)) },
  ]),
);

/** The check of a Terraform resource type, or undefined for a type we do not judge. */
export function resourceCheck(type: string): ResourceCheck | undefined {
  return Object.prototype.hasOwnProperty.call(CHECKED_RESOURCES, type) ? CHECKED_RESOURCES[type] : undefined;
}

/**
 * An unknown property read back from a Terraform body is an argument Terraform does not know: the
 * props' message ("would be lost", our spelling's did-you-mean) is restated in Terraform's terms,
 * with the suggestion in Terraform's names.
 */
function inTerraformTerms(d: Diagnostic, type: string, terraformPath: (path: string) => string[]): Diagnostic {
  if (!d.code.endsWith("UnknownProperty")) return d;
  const segments = d.path.split(".");
  const name = segments[segments.length - 1];
  const parent = segments.slice(0, -1).join(".");
  const best = /Did you mean "([^"]+)"\?/.exec(d.message)?.[1];
  const suggestion = best ? ` Did you mean "${terraformPath(parent ? `${parent}.${best}` : best).slice(-1)[0]}"?` : "";
  const where = parent ? ` in ${terraformPath(parent).join(".")}` : "";
  return { ...d, message: `${JSON.stringify(name)} is not an argument of ${type}${where}: terraform validate rejects it (Unsupported argument).${suggestion} Rename it, or remove it.` };
}
