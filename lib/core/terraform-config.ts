// Reading Terraform configuration back (a resource's `toTerraform()`, a `.tf.json` file, HCL as
// @cdktf/hcl2json gives it): the shapes every resource shares, for the reverse mappings of the
// task (lib/task/from-terraform.ts) and of the window (lib/window/from-terraform.ts).
//
// Two things differ from our props. A block may be written as an object or as a list of objects
// (hcl2json always writes lists; `.tf.json` allows both). And a string holding a Terraform
// expression (`${var.x}`, `%{ if … }`) is known only at plan time: it becomes a token, which no
// rule judges, exactly like a reference in a cdktf program.
import { Token, type IResolvable } from "./runtime";
import { firstTemplateSequence } from "./template";
import { isToken } from "./tokens";

/** Keys of a resource body that are Terraform's, not the resource's: never read as attributes. */
export const TERRAFORM_META_KEYS: ReadonlySet<string> = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "dynamic", "//"]);

/** A plain object (not a list, not a token). */
export function isBody(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isToken(value);
}

/** A string standing for an expression Terraform evaluates at plan time. */
export function expressionToken(expression: string): string {
  return Token.asString(unknownValue(expression));
}

const TERRAFORM_UNKNOWN = Symbol.for("cdktf-ssm-maintenance-window-task.TerraformUnknown");

/** A value known only to Terraform (a dynamic block, an expression): a token. */
export function unknownValue(description: string): IResolvable {
  const value = { creationStack: [], resolve: () => description, toString: () => description };
  Object.defineProperty(value, TERRAFORM_UNKNOWN, { value: true, enumerable: false });
  return value;
}

/**
 * True for a value read back from Terraform that Terraform builds at plan time (dynamic blocks).
 * Readers accept it where a cdktf token could not stand (a whole parameter map): it is judged,
 * never rendered.
 */
export function isTerraformUnknown(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[TERRAFORM_UNKNOWN] === true;
  } catch {
    return false; // a revoked Proxy (or a throwing trap) is no value of ours; the readers report it
  }
}

/**
 * A Terraform value of a string attribute (or a list or map of strings) as a prop value: strings
 * holding an expression become tokens, numbers and booleans become the strings Terraform converts
 * them to, lists and objects are copied with theirs (`//` comments left out).
 */
export function terraformValue(value: unknown): unknown {
  if (typeof value === "string") return firstTemplateSequence(value) ? expressionToken(value) : value;
  if (isToken(value)) return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(terraformValue);
  if (isBody(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (key !== "//") Object.defineProperty(out, key, { value: terraformValue(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** The attributes that are not strings: Terraform converts a string to them ("3", "true"). */
export type AttributeTypes = Readonly<Record<string, "number" | "boolean">>;

// What Terraform's conversion accepts: a decimal number, or exactly true / false.
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A value of a number or boolean attribute: a string Terraform would convert is converted; anything else is kept for the reader to judge. */
export function typedValue(value: unknown, type: "number" | "boolean"): unknown {
  if (typeof value !== "string") return value;
  if (firstTemplateSequence(value)) return expressionToken(value);
  if (type === "number") return NUMBER_TEXT.test(value) ? Number(value) : value;
  return value === "true" ? true : value === "false" ? false : value;
}

/**
 * A block that Terraform allows once: its body, from an object or a one-element list. A longer list
 * (Terraform rejects "Too many blocks") is kept, so the type check names it.
 */
export function singleBlock(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** A repeated block: its bodies, from a list or a single object. */
export function blockList(value: unknown): unknown {
  return isBody(value) ? [value] : value;
}

/** The names of a body's dynamic blocks (`dynamic "targets" { … }`): Terraform builds them at plan time. */
export function dynamicBlocks(body: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  const dynamic = singleBlock(body.dynamic);
  return new Set(isBody(dynamic) ? Object.keys(dynamic) : []);
}

/** `targets { key, values }` blocks as `[{ Key, Values }]`; a dynamic or expression list is a token. */
export function selectorsFromTerraform(value: unknown, dynamic: boolean): unknown {
  if (dynamic) return unknownValue("dynamic targets");
  const list = blockList(value);
  if (!Array.isArray(list)) return terraformValue(list);
  return list.map((item) => {
    if (!isBody(item)) return terraformValue(item);
    const { key, values, ...rest } = item;
    return { ...(terraformValue(rest) as object), ...(key === undefined ? {} : { Key: terraformValue(key) }), ...(values === undefined ? {} : { Values: terraformValue(values) }) };
  });
}

/** Inverts a prop name → attribute name table. */
export function invertNames(names: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(names).map(([prop, attribute]) => [attribute, prop]));
}

/**
 * A resource body as props, attribute by attribute: `special` handles the attributes that need more
 * than a rename (blocks); the others are renamed by `names` (attribute → prop), and converted as
 * Terraform converts them: to `types`' number or boolean, else to strings. An attribute we do
 * not know keeps its Terraform name, so the reader reports it as an unknown property (Terraform
 * would reject it too). Meta-arguments are left out.
 */
export function propsFromBody(
  body: Readonly<Record<string, unknown>>,
  names: Readonly<Record<string, string>>,
  special: Readonly<Record<string, (value: unknown, dynamic: ReadonlySet<string>) => unknown>> = {},
  types: AttributeTypes = {},
): Record<string, unknown> {
  const dynamic = dynamicBlocks(body);
  const out: Record<string, unknown> = {};
  const keys = [...Object.keys(body), ...[...dynamic].filter((name) => !(name in body))];
  for (const attribute of keys) {
    if (TERRAFORM_META_KEYS.has(attribute)) continue;
    const read = Object.prototype.hasOwnProperty.call(special, attribute) ? special[attribute] : undefined;
    const type = Object.prototype.hasOwnProperty.call(types, attribute) ? types[attribute] : undefined;
    const value = read ? read(body[attribute], dynamic) : dynamic.has(attribute) ? unknownValue(`dynamic ${attribute}`) : type ? typedValue(body[attribute], type) : terraformValue(body[attribute]);
    if (value === undefined) continue;
    const prop = Object.prototype.hasOwnProperty.call(names, attribute) ? names[attribute] : attribute;
    Object.defineProperty(out, prop, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
