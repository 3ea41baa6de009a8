// The reverse of render for the window and its targets: an `aws_ssm_maintenance_window` or
// `aws_ssm_maintenance_window_target` Terraform body → window / target props, through render's own
// name tables, so the window pipeline judges resources we did not create (the aspect, `check`).
import { invertNames, propsFromBody, selectorsFromTerraform, type AttributeTypes } from "../core/terraform-config";
import { TARGET_NAMES, WINDOW_NAMES } from "./render";

const WINDOW_PROP_OF = invertNames(WINDOW_NAMES);
const TARGET_PROP_OF = invertNames(TARGET_NAMES);
/** The window's attributes that are not strings (a target's are all strings). */
const WINDOW_TYPES: AttributeTypes = { duration: "number", cutoff: "number", schedule_offset: "number", allow_unassociated_targets: "boolean", enabled: "boolean" };

/** A window resource's body as window props (tags stay a map, which the props accept). */
export function windowPropsFromTerraform(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return propsFromBody(body, WINDOW_PROP_OF, {}, WINDOW_TYPES);
}

/**
 * A window target resource's body as target props. Its `window_id` is left out: a target's props
 * have no WindowId (the window sets it), and the task's rules judge window ids.
 */
export function windowTargetPropsFromTerraform(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return propsFromBody(body, TARGET_PROP_OF, {
    window_id: () => undefined,
    targets: (value, dynamic) => selectorsFromTerraform(value, dynamic.has("targets")),
  });
}

/** A window or target prop path's first segment as its Terraform attribute. */
export function windowTerraformPath(path: string, target: boolean): string[] {
  const top = /^[^.[]*/.exec(path)![0];
  return [(target ? TARGET_NAMES : WINDOW_NAMES)[top] ?? top];
}
