// Decodes what a cdktf token refers to: `window.id` is the string "${TfToken[TOKEN.12]}", which
// cdktf resolves to "${aws_ssm_maintenance_window.weekly.id}". The reference rules read the resource
// type and attribute from it, so `WindowId: window.name` is caught at synth instead of at apply.
// Only strings that are tokens (isToken) should be passed here; anything we cannot interpret —
// a function call, a string with a token inside other text, a variable — says so, and is never judged.
import { Tokenization } from "./runtime";
import { isToken } from "./tokens";

/** What a token stands for, as far as the reference rules care. */
export type TokenReference =
  /** A managed resource's or data source's attribute, e.g. `aws_ssm_maintenance_window.weekly.id`. */
  | { readonly kind: "resource" | "data"; readonly type: string; readonly name: string; readonly attribute: string; readonly expression: string }
  /** A variable, local, module output, iterator value… (accepted without judgement). */
  | { readonly kind: "other"; readonly expression: string };

const NOT_RESOURCES = new Set(["var", "local", "module", "each", "count", "self", "path", "terraform"]);

/**
 * The reference a string token stands for when the whole string is one plain reference, or
 * undefined (not a token, function calls, interpolations inside text, anything else).
 */
export function stringReference(value: string): TokenReference | undefined {
  // A token string always stands for the same token (cdktf numbers them process-wide), and the same
  // reference (window.id) is typically given to many tasks: decode each string once.
  if (decoded.has(value)) return decoded.get(value);
  const ref = isToken(value) ? parseIdentifier(identifierOf(Tokenization.reverseString(value).firstToken)) : undefined;
  decoded.set(value, ref);
  return ref;
}

const decoded = new Map<string, TokenReference | undefined>();

/** The reference a list token (e.g. `DataAwsInstances.ids`, a list variable) stands for, if any. */
export function listReference(value: readonly string[]): TokenReference | undefined {
  return parseIdentifier(identifierOf(Tokenization.reverseList(value as string[])));
}

function identifierOf(token: unknown): string | undefined {
  // cdktf's Reference (not exported) keeps the Terraform address in `identifier`; function calls,
  // property accesses and other expressions do not have one.
  const identifier = (token as { identifier?: unknown } | undefined)?.identifier;
  return typeof identifier === "string" ? identifier : undefined;
}

/** `aws_x.name.attr`, `data.aws_x.name.attr`, `aws_x.name.*.attr` (for_each), `aws_x.name.block[0].attr`. */
export function parseIdentifier(identifier: string | undefined): TokenReference | undefined {
  if (identifier === undefined) return undefined;
  const parts = identifier.split(".");
  if (NOT_RESOURCES.has(parts[0])) return { kind: "other", expression: identifier };
  const isData = parts[0] === "data";
  const [type, name, ...rest] = isData ? parts.slice(1) : parts;
  const attributePath = rest.filter((p) => p !== "*" && !/^\[.*\]$/.test(p)).map((p) => p.replace(/\[[^\]]*\]$/, ""));
  if (!type || !name || attributePath.length === 0 || !/^[a-z][a-z0-9_]*$/.test(type)) return { kind: "other", expression: identifier };
  return { kind: isData ? "data" : "resource", type, name: name.replace(/\[[^\]]*\]$/, ""), attribute: attributePath.join("."), expression: identifier };
}
