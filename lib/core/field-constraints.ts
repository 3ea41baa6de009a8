import type { CanonicalTask } from "../task/canonical";
import { canonicalJson } from "./json-value";
import { containsToken, isToken } from "./tokens";
import { matchesAwsPattern } from "./aws-patterns";
import { DiagnosticSink, show } from "./diagnostics";
import { FIELD_CONSTRAINTS, type FieldConstraint } from "../task/validation/field-constraints";

/** Applies every row of FIELD_CONSTRAINTS; unresolved tokens are never judged. */
export function checkFieldConstraints(task: CanonicalTask, sink: DiagnosticSink): void {
  for (const constraint of FIELD_CONSTRAINTS) {
    for (const { path, value } of constraint.select(task)) {
      if (containsToken(value)) continue;
      const problem = findProblem(constraint, value);
      if (problem) {
        // Lists and maps are described by their size only: their items may be sensitive values.
        const subject = constraint.measure === "count" ? path : show(value, constraint.sensitive);
        sink.error(constraint.code, path, `${subject}${problem}. Allowed: ${constraint.allowed}.`);
      }
    }
  }
}

/** Returns why the value breaks the constraint (appended to the shown value), or undefined. */
function findProblem(c: FieldConstraint, value: unknown): string | undefined {
  switch (c.measure) {
    case "integer":
      return integerProblem(c, value as number);
    case "count": {
      const size = Array.isArray(value) ? value.length : Object.keys(value as object).length;
      return outOfRange(c, size) ? ` has ${size} entries` : undefined;
    }
    case "bytes": {
      const bytes = Buffer.byteLength(typeof value === "string" ? value : canonicalJson(value), "utf8");
      return outOfRange(c, bytes) ? ` is ${bytes} bytes` : undefined;
    }
    case "string":
      return stringProblem(c, typeof value === "string" ? value : canonicalJson(value));
  }
}

function integerProblem(c: FieldConstraint, n: number): string | undefined {
  if (isToken(n)) return undefined;
  if (!Number.isInteger(n)) return " is not a whole number";
  if (outOfRange(c, n)) return " is out of range";
  if (c.terraform && outOfRange(c.terraform, n)) return " is out of range for Terraform (a 32-bit integer: it would wrap to another value)";
  return undefined;
}

function stringProblem(c: FieldConstraint, s: string): string | undefined {
  if (c.enum && !c.enum.includes(s)) {
    const close = c.enum.find((e) => e.toLowerCase() === s.toLowerCase());
    return close ? ` is not an allowed value (enum values are case-sensitive: did you mean "${close}"?)` : " is not an allowed value";
  }
  // The SSM API counts characters (Unicode code points); Terraform's length validators count UTF-8 bytes.
  const chars = codePoints(s);
  if (outOfRange(c, chars)) return ` is ${chars} characters`;
  if (c.terraform?.counts === "bytes") {
    const bytes = utf8Bytes(s);
    if (outOfRange(c.terraform, bytes)) return ` is ${bytes} bytes in UTF-8 (${chars} characters); Terraform counts bytes`;
  }
  if (c.pattern && !matchesAwsPattern(c.pattern, s)) return " does not have the allowed format";
  return undefined;
}

/** Code points; equal to `length` for the common case of text without astral characters. */
function codePoints(s: string): number {
  return /[\ud800-\udfff]/.test(s) ? [...s].length : s.length;
}

function utf8Bytes(s: string): number {
  // Every UTF-16 unit is 1–3 bytes, so ASCII-only text (the common case) skips the count.
  return /[\u0080-\uffff]/.test(s) ? Buffer.byteLength(s, "utf8") : s.length;
}

function outOfRange(c: { min?: number; max?: number }, n: number): boolean {
  return (c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max);
}
