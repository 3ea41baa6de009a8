import type { TerraformMetaArguments } from "./runtime";

/** Our PascalCase names → Terraform's attribute names, for `lifecycle.ignoreChanges`. */
const TERRAFORM_NAMES: Record<string, string> = {
  WindowId: "window_id",
  TaskArn: "task_arn",
  TaskType: "task_type",
  Priority: "priority",
  MaxConcurrency: "max_concurrency",
  MaxErrors: "max_errors",
  Targets: "targets",
  ServiceRoleArn: "service_role_arn",
  CutoffBehavior: "cutoff_behavior",
  Name: "name",
  Description: "description",
  TaskInvocationParameters: "task_invocation_parameters",
};

/**
 * The Terraform meta-arguments among the props, passed to the resource unchanged except that
 * `lifecycle.ignoreChanges` may name our PascalCase props (translated to Terraform's names).
 */
export function metaArguments(props: TerraformMetaArguments): TerraformMetaArguments {
  // null means "not set", as for every other prop (cdktf itself fails on a null inside lifecycle).
  const { dependsOn, count, provider, forEach, provisioners, connection } = withoutNulls(props as unknown as Record<string, unknown>) as TerraformMetaArguments;
  const lifecycle = props.lifecycle ? (withoutNulls(props.lifecycle as unknown as Record<string, unknown>) as TerraformMetaArguments["lifecycle"]) : undefined;
  // Most tasks have none: return the shared empty object rather than seven undefined keys.
  if (!dependsOn && count === undefined && !provider && !lifecycle && !forEach && !provisioners && !connection) return NONE;
  const ignore = lifecycle?.ignoreChanges;
  return {
    dependsOn,
    count,
    provider,
    forEach,
    provisioners,
    connection,
    lifecycle: lifecycle && {
      ...lifecycle,
      ignoreChanges: Array.isArray(ignore) ? ignore.map((name) => TERRAFORM_NAMES[name] ?? name) : ignore,
    },
  };
}

const NONE: TerraformMetaArguments = Object.freeze({});

function withoutNulls(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) if (o[key] !== null && o[key] !== undefined) out[key] = o[key];
  return out;
}
