/**
 * One finding about a task's props.
 *
 * - `error`: `terraform validate`/`plan` or the AWS API would reject the value; the construct throws.
 * - `warning`: AWS accepts it but ignores it, it is deprecated, or it is risky; the construct adds
 *   a cdktf warning annotation unless the code is acknowledged.
 */
export interface Diagnostic {
  /** Stable code, documented in help/validation.md. */
  readonly code: string;
  readonly level: "error" | "warning";
  /** Property path in the user's own spelling, e.g. `TaskInvocationParameters.RunCommand.TimeoutSeconds`. */
  readonly path: string;
  /** What is wrong, the value (unless sensitive), what is allowed and how to fix it. */
  readonly message: string;
}

/** Collects diagnostics; passed through normalize and the rules. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  error(code: string, path: string, message: string): void {
    this.diagnostics.push({ code, level: "error", path, message });
  }

  warning(code: string, path: string, message: string): void {
    this.diagnostics.push({ code, level: "warning", path, message });
  }
}

const MAX_SHOWN = 80;

/** Renders a value for a message; sensitive values are described by their size only. */
export function show(value: unknown, sensitive = false): string {
  if (sensitive) {
    if (typeof value === "string") return `<sensitive, ${value.length} characters>`;
    return "<sensitive>";
  }
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (value === undefined) text = "undefined";
  else if (typeof value === "bigint") text = `${value.toString()}n`;
  else text = safeText(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
}

/** JSON when it can be had, else a plain description; never throws (cycles, proxies, null prototypes). */
function safeText(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // cyclic, BigInt inside, or a throwing getter: describe it instead
  }
  try {
    return typeof value === "function" ? "a function" : String(value);
  } catch {
    return typeof value === "object" ? "an object" : typeof value;
  }
}

/** Formats error diagnostics as the bulleted list the construct throws. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  - [${d.code}] ${d.path}: ${d.message}`).join("\n");
}

/** Leaves out acknowledged warnings (errors cannot be acknowledged). */
export function withoutAcknowledged(diagnostics: Diagnostic[], acknowledged: readonly string[]): Diagnostic[] {
  if (acknowledged.length === 0) return diagnostics;
  return diagnostics.filter((d) => d.level === "error" || !acknowledged.includes(d.code));
}

/** Splits diagnostics by level. */
export function byLevel(diagnostics: readonly Diagnostic[]): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  return { errors: diagnostics.filter((d) => d.level === "error"), warnings: diagnostics.filter((d) => d.level === "warning") };
}
