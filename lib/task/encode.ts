// Encoding helpers for rendering: parameter maps as Terraform's `parameter` sets, JSON fields as
// canonical text, and pruning of values left undefined. Pure; used by render.ts and the task types.
import { Fn } from "../core/runtime";
import { containsToken, isToken } from "../core/tokens";
import { canonicalJson, sortKeysDeep } from "../core/json-value";
import type { JsonField, ParameterMap } from "./canonical";

/** A name → values map as Terraform's `parameter` set, sorted by name as the provider reads it back. */
export function renderParameters(map: ParameterMap | undefined): { name: string; values: string[] }[] | undefined {
  if (!map) return undefined;
  const names = Object.keys(map).sort();
  return names.length === 0 ? undefined : names.map((name) => ({ name, values: map[name] }));
}

/**
 * Objects become canonical JSON text (keys sorted at every level), so reordering an object's keys
 * never plans an update; with tokens inside, Terraform's jsonencode() builds it at apply time
 * (it sorts object keys too).
 */
export function renderJson(value: JsonField | undefined): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  if (isToken(value)) return value as unknown as string; // a token for the whole text
  return containsToken(value) ? Fn.jsonencode(sortKeysDeep(value)) : canonicalJson(value);
}

/** Drops undefined values and blocks left empty, recursively (arrays and tokens are kept as they are). */
export function prune<T>(value: T): T {
  return pruneValue(value) as T;
}

function pruneValue(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || isToken(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const pruned = pruneValue(v);
    if (pruned !== undefined) out[key] = pruned;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * How an invocation block's fields are named in Terraform: prop → attribute, with the encoding of
 * the fields that are more than a string (a plain name is a string attribute). One table per task type (its descriptor's `terraform`);
 * render writes a block through it and lib/task/from-terraform.ts reads one back through it.
 */
export type TerraformField =
  | string
  | { readonly attribute: string; readonly encoding: "json" | "parameters" | "number" | "boolean" }
  | { readonly attribute: string; readonly block: TerraformFields };
export type TerraformFields = Readonly<Record<string, TerraformField>>;

/** A field's attribute name. */
export function attributeOf(field: TerraformField): string {
  return typeof field === "string" ? field : field.attribute;
}

/** The provider bindings' name of an attribute: `output_s3_bucket` → `outputS3Bucket`. */
export function bindingName(attribute: string): string {
  return attribute.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A block's props as the provider bindings' struct, field by field through its table. */
export function renderFields(fields: TerraformFields, params: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [prop, field] of Object.entries(fields)) {
    const value = (params as Record<string, unknown>)[prop];
    if (value !== undefined) out[bindingName(attributeOf(field))] = renderField(field, value);
  }
  return out;
}

function renderField(field: TerraformField, value: unknown): unknown {
  if (typeof field === "string") return value;
  if ("block" in field) return renderFields(field.block, value as object);
  if (field.encoding === "json") return renderJson(value as JsonField);
  return field.encoding === "parameters" ? renderParameters(value as ParameterMap) : value;
}
