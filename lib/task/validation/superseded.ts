// When a deprecated field must go (DeprecatedFieldConflict, an error: "move it into the invocation
// block and remove it"), problems inside it are moot: reporting them too would ask the user to fix a
// block they are told to delete, and the task fails either way. A field AWS merely ignores
// (DeprecatedFieldIgnored, a warning) keeps its own errors: the SSM API rejects a malformed one.
import type { Diagnostic } from "../../core/diagnostics";

const SUPERSEDING = new Set(["DeprecatedFieldConflict"]);

/** The diagnostics without those inside a field that another diagnostic says to remove. */
export function withoutSuperseded<T extends readonly Diagnostic[]>(diagnostics: T): T | Diagnostic[] {
  // Runs for every task: the common case (nothing superseded) allocates nothing.
  if (!diagnostics.some((d) => SUPERSEDING.has(d.code))) return diagnostics;
  const removed = diagnostics.filter((d) => SUPERSEDING.has(d.code)).map((d) => d.path);
  const inside = (d: Diagnostic) => !SUPERSEDING.has(d.code) && removed.some((field) => d.path === field || d.path.startsWith(`${field}.`));
  return diagnostics.filter((d) => !inside(d));
}
