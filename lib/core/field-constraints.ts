// The field-constraint engine: table rows in, diagnostics out. Each row names a field (by a
// selector over the canonical subject), how its value is measured and the limits AWS's API model (or
// the Terraform provider, where it is stricter) gives; the task and the window keep their own tables.
// Unresolved tokens are never judged.
import { canonicalJson } from "./json-value";
import { containsToken, isToken } from "./tokens";
import { matchesAwsPattern } from "./aws-patterns";
import { DiagnosticSink, show } from "./diagnostics";

/** A value found in the subject, with its path in the user's spelling. */
export interface Located {
  readonly path: string;
  readonly value: unknown;
}

/** One row of a constraint table. */
export interface FieldConstraint<Subject> {
  /** Stable diagnostic code. */
  readonly code: string;
  /** The botocore shape the limits come from. */
  readonly shape: string;
  /** How the value is measured: string length, UTF-8 bytes, an integer's value, or a list/map's size. */
  readonly measure: "string" | "bytes" | "integer" | "count";
  /** AWS's pattern, verbatim; matched as a whole value. */
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  /**
   * Terraform's own check of the field, where it differs from the API's: the provider's
   * `StringLenBetween` counts UTF-8 bytes (Go's `len`), and integers are converted to int32 (a
   * larger value would wrap silently). A value must pass both; help/validation.md lists which binds.
   */
  readonly terraform?: { readonly counts: "bytes" | "int32"; readonly min?: number; readonly max?: number };
  /** Never show the value (sensitive in the SSM API). */
  readonly sensitive?: boolean;
  /** Human description of what is allowed, for the message. */
  readonly allowed: string;
  /** Where the constrained values are. */
  readonly select: (subject: Subject) => Located[];
}

/** The value at `path` as a one-element list, or none when it is absent. */
export const at = (path: string, value: unknown): Located[] => (value === undefined ? [] : [{ path, value }]);

/** The items of a literal list; none for a list token (its length and items are unknown until apply). */
export function items(list: unknown, path: string): Located[] {
  return Array.isArray(list) && !isToken(list) ? list.map((value, i) => ({ path: `${path}[${i}]`, value })) : [];
}

/** What the checks read of a row (everything but where its values are). */
type Limits = Omit<FieldConstraint<never>, "select">;

/** Applies every row of `table` to `subject`; unresolved tokens are never judged. */
export function checkFieldConstraints<Subject>(table: readonly FieldConstraint<Subject>[], subject: Subject, sink: DiagnosticSink): void {
  for (const constraint of table) {
    for (const { path, value } of constraint.select(subject)) {
      if (containsToken(value)) continue;
      const problem = findProblem(constraint, value);
      if (problem) {
        // Lists and maps are described by their size only: their items may be sensitive values.
        const subjectText = constraint.measure === "count" ? path : show(value, constraint.sensitive);
        sink.error(constraint.code, path, `${subjectText}${problem}. Allowed: ${constraint.allowed}.`);
      }
    }
  }
}

/** Returns why the value breaks the constraint (appended to the shown value), or undefined. */
function findProblem(c: Limits, value: unknown): string | undefined {
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

function integerProblem(c: Limits, n: number): string | undefined {
  if (isToken(n)) return undefined;
  if (!Number.isInteger(n)) return " is not a whole number";
  if (outOfRange(c, n)) return " is out of range";
  if (c.terraform && outOfRange(c.terraform, n)) return " is out of range for Terraform (a 32-bit integer: it would wrap to another value)";
  return undefined;
}

function stringProblem(c: Limits, s: string): string | undefined {
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

/**
 * Why `value` breaks `constraint` (the phrase the engine appends to the shown value), or undefined
 * when it passes or holds a token: for a table whose messages are its own, and for rules that only
 * apply once a field passed its row.
 */
export function fieldProblem<Subject>(constraint: FieldConstraint<Subject>, value: unknown): string | undefined {
  return containsToken(value) ? undefined : findProblem(constraint, value);
}
