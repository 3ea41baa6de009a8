import type { CanonicalTask } from "../normalize/canonical";
import { containsToken, isToken } from "../private/tokens";
import { matchesAwsPattern } from "./aws-patterns";
import { DiagnosticSink, show } from "./diagnostic";
import { FIELD_CONSTRAINTS, type FieldConstraint } from "./field-constraints";

/** Applies every row of FIELD_CONSTRAINTS; unresolved tokens are never judged. */
export function checkFieldConstraints(task: CanonicalTask, sink: DiagnosticSink): void {
  for (const constraint of FIELD_CONSTRAINTS) {
    for (const { path, value } of constraint.select(task)) {
      if (containsToken(value)) continue;
      const problem = findProblem(constraint, value);
      if (problem) {
        sink.error(constraint.code, path, `${show(value, constraint.sensitive)}${problem}. Allowed: ${constraint.allowed}.`);
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
      const text = typeof value === "string" ? value : JSON.stringify(value);
      const bytes = Buffer.byteLength(text, "utf8");
      return outOfRange(c, bytes) ? ` is ${bytes} bytes` : undefined;
    }
    case "string":
      return stringProblem(c, typeof value === "string" ? value : JSON.stringify(value));
  }
}

function integerProblem(c: FieldConstraint, n: number): string | undefined {
  if (isToken(n)) return undefined;
  if (!Number.isInteger(n)) return " is not a whole number";
  return outOfRange(c, n) ? " is out of range" : undefined;
}

function stringProblem(c: FieldConstraint, s: string): string | undefined {
  if (c.enum && !c.enum.includes(s)) {
    const close = c.enum.find((e) => e.toLowerCase() === s.toLowerCase());
    return close ? ` is not an allowed value (enum values are case-sensitive: did you mean "${close}"?)` : " is not an allowed value";
  }
  if (outOfRange(c, s.length)) return ` is ${s.length} characters`;
  if (c.pattern && !matchesAwsPattern(c.pattern, s)) return " does not have the allowed format";
  return undefined;
}

function outOfRange(c: FieldConstraint, n: number): boolean {
  return (c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max);
}
