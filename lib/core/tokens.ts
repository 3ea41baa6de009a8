import { Token } from "./runtime";

// cdktf encodes string, list and map tokens with these markers; numbers as special doubles; other
// tokens are objects with a resolve() method. Checking for the markers first keeps the common
// case — a plain value — cheap: this runs for every value of every task (10,000s in large apps).
const MARKER = "{TfToken[";

/**
 * True for cdktf tokens: a string or number encoding a reference, a list token, or an IResolvable.
 * Rules never judge tokens: their values are known only at apply time. Same answers as
 * `Token.isUnresolved`, without its cost for plain values.
 */
export function isToken(value: unknown): boolean {
  switch (typeof value) {
    case "string":
      return value.includes(MARKER) && Token.isUnresolved(value);
    case "number":
      // Token numbers are doubles around -1e289 (a marker in their top bits); anything greater is plain.
      return value < -1e288 && Token.isUnresolved(value);
    case "object":
      if (value === null) return false;
      try {
        if (Array.isArray(value)) return value.length === 1 && Token.isUnresolved(value);
        if (typeof (value as { resolve?: unknown }).resolve === "function") return true;
        return Object.keys(value).some((key) => key.includes(MARKER)) && Token.isUnresolved(value);
      } catch {
        return false; // a revoked Proxy (or a throwing getter) is no token; the readers report it
      }
    default:
      return false;
  }
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

/** A value a rule can judge: present, and neither a token nor holding one. */
export function isKnown<T>(value: T | undefined): value is T {
  return value !== undefined && !containsToken(value);
}
