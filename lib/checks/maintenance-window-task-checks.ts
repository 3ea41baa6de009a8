// The MaintenanceWindowTaskChecks aspect: our rules on every maintenance window task, window and
// window target resource of a construct tree that our constructs did not create (raw provider
// resources written by hand, by `cdktf convert`, inside other constructs). Each resource's config
// is read back into our props and judged by the constructs' own pipeline (./judge.ts), and the
// findings go where the constructs' go: errors into the app-wide report thrown at synthesis,
// warnings into cdktf warning annotations, both under the resource's construct path.
import type { IConstruct } from "constructs";
import { Annotations, TerraformResource, type IAspect } from "../core/runtime";
import { byLevel, type Diagnostic } from "../core/diagnostics";
import { isJudged, reportLateErrors } from "../core/app-report";
import { MaintenanceWindowConfigError, reportError } from "../core/errors";
import { isBody } from "../core/terraform-config";
import { resourceCheck } from "./judge";

export interface MaintenanceWindowTaskChecksOptions {
  /** Warning codes to leave out, as a construct's `acknowledgeWarnings` (errors cannot be acknowledged). */
  readonly acknowledgeWarnings?: readonly string[];
}

/**
 * Runs this library's checks on every `aws_ssm_maintenance_window_task`, `aws_ssm_maintenance_window`
 * and `aws_ssm_maintenance_window_target` in the tree it is added to, at synthesis. Resources of
 * `MaintenanceWindowTask` and `MaintenanceWindow` are judged by their constructs already and are
 * skipped. Values that are tokens (references, variables, expressions) are not judged.
 *
 * @example
 * Aspects.of(stack).add(new MaintenanceWindowTaskChecks({ acknowledgeWarnings: ["DocumentHashTypeSha1"] }));
 */
export class MaintenanceWindowTaskChecks implements IAspect {
  private readonly acknowledged: readonly string[];
  // cdktf may invoke aspects more than once (two synths of one app): each resource is judged once.
  private readonly visited = new WeakSet<IConstruct>();

  constructor(options: MaintenanceWindowTaskChecksOptions = {}) {
    this.acknowledged = acknowledgedCodes(options);
  }

  /** Judges `node` if it is one of the three resource types and no construct of ours judged it. */
  visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node) || isJudged(node) || this.visited.has(node)) return;
    const check = resourceCheck(node.terraformResourceType);
    if (!check) return;
    this.visited.add(node);
    const body = bodyOf(node);
    if (!body) return;
    report(node, check.check(body, this.acknowledged), check.placeholderAttribute);
  }
}

function acknowledgedCodes(options: MaintenanceWindowTaskChecksOptions): readonly string[] {
  const codes: unknown = (options as { acknowledgeWarnings?: unknown }).acknowledgeWarnings ?? [];
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === "string")) {
    throw new MaintenanceWindowConfigError(
      "TypeMismatch",
      "acknowledgeWarnings",
      `MaintenanceWindowTaskChecks' acknowledgeWarnings must be a list of warning codes, got ${JSON.stringify(codes) ?? typeof codes}. Pass e.g. { acknowledgeWarnings: ["DocumentHashTypeSha1"] }.`,
    );
  }
  return [...codes] as string[];
}

/** The resource's body as Terraform gets it (overrides applied, tokens unresolved). */
function bodyOf(resource: TerraformResource): Record<string, unknown> | undefined {
  const config = resource.toTerraform() as { resource?: Record<string, Record<string, unknown>> };
  const body = Object.values(config.resource?.[resource.terraformResourceType] ?? {})[0];
  return isBody(body) ? body : undefined;
}

function report(resource: TerraformResource, diagnostics: Diagnostic[], placeholderAttribute: string): void {
  const { errors, warnings } = byLevel(diagnostics);
  for (const w of warnings) Annotations.of(resource).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
  if (errors.length === 0) return;
  const placeholder = reportLateErrors(resource, { constructPath: resource.node.path, what: resource.terraformResourceType, diagnostics: errors }, reportError);
  resource.addOverride(placeholderAttribute, placeholder);
}
