// Payload (Lambda) and Input (Step Functions) may be given as objects, which render() encodes as
// JSON. JSON.stringify silently turns some JS values into something else (NaN → null, a Map → {},
// a Date → a string, undefined in a list → null), throws on others (BigInt, cycles) and overflows
// the stack on very deep objects. This walk finds all of those first, without recursion, so the
// later stages only ever see data that encodes exactly. The values are sensitive: messages name
// the kind of problem and its depth, never a key or a value.
import { isToken } from "./tokens";
import { classNameOf, setOwn } from "./type-reader";

/** The containers above a value, innermost first: a chain, so entering a level copies nothing. */
interface Ancestors {
  readonly value: object;
  readonly up?: Ancestors;
}

function isAncestor(value: object, chain: Ancestors | undefined): boolean {
  for (let a = chain; a; a = a.up) if (a.value === value) return true;
  return false;
}

/** Deeper than this, the JSON text is certainly above the 4096-byte limit ("[" per level at least, twice). */
export const MAX_JSON_DEPTH = 2048;

/** Why the value cannot be encoded exactly as JSON, or undefined when it can. */
export function jsonProblem(root: unknown): string | undefined {
  // Each entry: a value to check, its depth, and the containers above it (for cycle detection).
  const stack: { value: unknown; depth: number; ancestors?: Ancestors }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth, ancestors } = stack.pop()!;
    if (isToken(value)) continue; // known at apply time; Terraform's jsonencode() encodes it
    switch (typeof value) {
      case "string":
      case "boolean":
        continue;
      case "number":
        if (!Number.isFinite(value)) return `contains ${String(value)} at depth ${depth}, which JSON cannot represent (it would become null)`;
        continue;
      case "bigint":
        return `contains a BigInt at depth ${depth}, which JSON cannot represent; use a number or a string`;
      case "undefined":
        return `contains undefined in a list at depth ${depth} (JSON would turn it into null); remove it or use null`;
      case "symbol":
      case "function":
        return `contains a ${typeof value} at depth ${depth}, which JSON cannot represent`;
    }
    if (value === null) continue;
    const obj = value as object;
    if (depth >= MAX_JSON_DEPTH) return `is nested more than ${MAX_JSON_DEPTH} levels deep, so its JSON is far above the 4096-byte limit`;
    if (isAncestor(obj, ancestors)) return `contains a cycle at depth ${depth} (an object that contains itself), which JSON cannot represent`;
    const below: Ancestors = { value: obj, up: ancestors };
    if (Array.isArray(obj)) {
      for (let i = obj.length - 1; i >= 0; i--) {
        if (!(i in obj)) return `has a list with a hole at depth ${depth + 1} (e.g. [a, , b]); JSON would turn it into null`;
        stack.push({ value: obj[i], depth: depth + 1, ancestors: below });
      }
      continue;
    }
    const className = classNameOf(obj);
    if (className) {
      return `contains a ${className} instance at depth ${depth}; JSON would not encode it as it is (a Map becomes {}, a Date a string). Convert it to plain data`;
    }
    for (const key of Object.keys(obj)) {
      const child = (obj as Record<string, unknown>)[key];
      if (child !== undefined) stack.push({ value: child, depth: depth + 1, ancestors: below });
    }
    if (Object.getOwnPropertySymbols(obj).length > 0) return `has symbol keys at depth ${depth}, which JSON drops`;
  }
  return undefined;
}

/**
 * The value with every object's keys sorted (recursively), so the encoded text does not depend on
 * the order the keys were written in: the same object always plans as no change. Undefined
 * properties are left out, as JSON.stringify leaves them out. Only called on values jsonProblem()
 * accepted (finite depth, no cycles).
 */
export function sortKeysDeep(value: unknown): unknown {
  if (value === null || typeof value !== "object" || isToken(value)) return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) setOwn(out, key, sortKeysDeep(child));
  }
  return out;
}

/** Canonical JSON text: keys sorted, no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}
