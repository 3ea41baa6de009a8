import { Token } from "./cdktf";

/**
 * True for cdktf tokens: a string or number encoding a reference, a list token, or an IResolvable.
 * Rules never judge tokens: their values are known only at apply time.
 */
export function isToken(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/** True when a plain object or array holds a token anywhere inside (JSON fields → Fn.jsonencode). */
export function containsToken(value: unknown): boolean {
  if (isToken(value)) return true;
  if (Array.isArray(value)) return value.some(containsToken);
  if (typeof value === "object" && value !== null) return Object.values(value).some(containsToken);
  return false;
}

/** A number token (e.g. a TerraformVariable's numberValue) carried into a string field. */
export function tokenNumberAsString(value: number): string {
  return Token.asString(value);
}
