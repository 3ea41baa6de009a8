// The reverse of render: an `aws_ssm_maintenance_window_task`'s Terraform config (a resource's
// `toTerraform()`, a `.tf.json` body, HCL through hcl2json) → our PascalCase props, so the same
// pipeline judges resources we did not create (the MaintenanceWindowTaskChecks aspect, the `check`
// command). Built from render's tables (TASK_TERRAFORM_NAMES and each task type's
// `terraform` table), not from a list of its own: a field added to render reads back by itself.
import { invertNames, isBody, typedValue, type AttributeTypes, propsFromBody, selectorsFromTerraform, singleBlock, terraformValue, unknownValue } from "../core/terraform-config";
import { attributeOf, type TerraformField, type TerraformFields } from "./encode";
import { TASK_TERRAFORM_NAMES } from "./render";
import { TASK_TYPES } from "./types";

const PROP_OF_ATTRIBUTE = invertNames(TASK_TERRAFORM_NAMES);
/** The task's one top-level attribute that is not a string (the blocks' tables carry their own). */
const TASK_TYPES_OF: AttributeTypes = { priority: "number" };

/** A task resource's Terraform body as task props (meta-arguments left out). */
export function taskPropsFromTerraform(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return propsFromBody(body, PROP_OF_ATTRIBUTE, {
    targets: (value, dynamic) => selectorsFromTerraform(value, dynamic.has("targets")),
    task_invocation_parameters: (value, dynamic) => (dynamic.has("task_invocation_parameters") ? undefined : invocationFromTerraform(singleBlock(value))),
  }, TASK_TYPES_OF);
}

/** `task_invocation_parameters { run_command_parameters { … } }` → `{ RunCommand: { … } }`. */
function invocationFromTerraform(value: unknown): unknown {
  if (!isBody(value)) return terraformValue(value);
  return propsFromBody(
    value,
    Object.fromEntries(TASK_TYPES.map((t) => [t.terraform.block, t.shortKey])),
    Object.fromEntries(TASK_TYPES.map((t) => [t.terraform.block, (v: unknown, dynamic: ReadonlySet<string>) => (dynamic.has(t.terraform.block) ? dynamicFields(t.terraform.fields) : fieldsFromTerraform(t.terraform.fields, singleBlock(v)))])),
  );
}

/**
 * A dynamic block of a known kind: its parameter map is a token (so no parameter is reported
 * missing), its other fields are left out.
 */
function dynamicFields(fields: TerraformFields): Record<string, unknown> {
  const maps = Object.entries(fields).filter(([, field]) => typeof field !== "string" && "encoding" in field && field.encoding === "parameters");
  return Object.fromEntries(maps.map(([prop, field]) => [prop, unknownValue(`dynamic ${attributeOf(field)}`)]));
}

/** A block's body through its table: renamed fields, nested blocks and parameter sets read back. */
function fieldsFromTerraform(fields: TerraformFields, value: unknown): unknown {
  if (!isBody(value)) return terraformValue(value);
  const entries = Object.entries(fields);
  const names = Object.fromEntries(entries.map(([prop, field]) => [attributeOf(field), prop]));
  const special = Object.fromEntries(
    entries.filter(([, field]) => typeof field !== "string").map(([, field]) => [attributeOf(field), (v: unknown, dynamic: ReadonlySet<string>) => fieldFromTerraform(field, v, dynamic)]),
  );
  return propsFromBody(value, names, special);
}

function fieldFromTerraform(field: TerraformField, value: unknown, dynamic: ReadonlySet<string>): unknown {
  if (typeof field === "string") return terraformValue(value);
  // A dynamic nested block is built at plan time: a token (a parameter map), or left out (a block).
  if (dynamic.has(field.attribute)) return dynamicFields({ field })["field"];
  if ("block" in field) return fieldsFromTerraform(field.block, singleBlock(value));
  if (field.encoding === "number" || field.encoding === "boolean") return typedValue(value, field.encoding);
  return field.encoding === "parameters" ? parametersFromTerraform(value) : terraformValue(value);
}

/** `parameter { name, values }` blocks → `{ name: values }`; anything else is kept for the reader to judge. */
function parametersFromTerraform(value: unknown): unknown {
  const list = isBody(value) ? [value] : value;
  if (!Array.isArray(list) || !list.every((p) => isBody(p) && typeof p.name === "string")) return terraformValue(value);
  const out: Record<string, unknown> = {};
  for (const p of list as Record<string, unknown>[]) {
    Object.defineProperty(out, p.name as string, { value: terraformValue(p.values), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A prop path (`TaskInvocationParameters.RunCommand.TimeoutSeconds`) as Terraform attribute names, as far as they are known. */
export function taskTerraformPath(path: string): string[] {
  const [top, kind, ...rest] = path.split(/\.|\[\d+\]\.?/).filter(Boolean);
  const out = [TASK_TERRAFORM_NAMES[top] ?? top];
  if (top !== "TaskInvocationParameters" || kind === undefined) return out;
  const type = TASK_TYPES.find((t) => t.shortKey === kind || t.longKey === kind);
  if (!type) return out;
  out.push(type.terraform.block);
  let fields: TerraformFields | undefined = type.terraform.fields;
  for (const segment of rest) {
    const field: TerraformField | undefined = fields?.[segment];
    if (field === undefined) break;
    out.push(attributeOf(field));
    fields = typeof field !== "string" && "block" in field ? field.block : undefined;
  }
  return out;
}
