// Type-checking readers shared by the task's and the window's normalize steps: plain-JS and JSON
// callers pass anything, so every value is checked before a rule reads it. Each reader returns
// undefined (and reports) when the value has the wrong type; tokens of any shape pass.
import type { IResolvable } from "../private/cdktf";
import { suggest } from "../private/suggest";
import { isToken } from "../private/tokens";
import { show, type DiagnosticSink } from "../validation/diagnostic";

/** The codes a reader reports with (the window's are prefixed `Window`). */
export interface ReaderCodes {
  readonly typeMismatch: string;
  readonly unknownProperty: string;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isToken(v);
}

export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

export class TypeReader {
  constructor(
    protected readonly sink: DiagnosticSink,
    protected readonly codes: ReaderCodes,
    /** What is being read ("maintenance window"), for messages; none for the task. */
    protected readonly what?: string,
  ) {}

  mismatch(path: string, expected: string, value: unknown, sensitive = false): undefined {
    this.sink.error(this.codes.typeMismatch, path, `Expected ${expected}, got ${typeName(value)} ${show(value, sensitive)}. Change ${path} to ${expected}.`);
    return undefined;
  }

  /** Reports keys outside `allowed` (with a did-you-mean); a key set to undefined carries nothing to lose. */
  checkKeys(obj: Record<string, unknown>, path: string, allowed: readonly string[], hints: Record<string, string> = {}): void {
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key) || obj[key] === undefined) continue;
      const best = suggest(key, allowed);
      const hint = hints[key] ?? (best ? `Did you mean "${best}"?` : `Allowed: ${allowed.filter((k) => /^[A-Z]/.test(k)).join(", ")}.`);
      this.sink.error(
        this.codes.unknownProperty,
        path ? `${path}.${key}` : key,
        `Unknown property "${key}"${path ? ` in ${path}` : ""}${this.what ? ` of a ${this.what}` : ""}; it cannot be carried to Terraform and would be lost. ${hint}`,
      );
    }
  }

  object(value: unknown, path: string, allowed: readonly string[], hints?: Record<string, string>): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) return this.mismatch(path, "an object", value);
    this.checkKeys(value, path, allowed, hints);
    return value;
  }

  // Tokens of any JS shape (an iterator's value is an IResolvable object) stand for any type.
  string(value: unknown, path: string, sensitive = false): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string" || isToken(value)) return value as string;
    return this.mismatch(path, "a string", value, sensitive);
  }

  number(value: unknown, path: string): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" || isToken(value)) return value as number;
    return this.mismatch(path, typeof value === "string" && /^\d+$/.test(value) ? `a number (${value}, without quotes)` : "a number", value);
  }

  boolean(value: unknown, path: string): boolean | IResolvable | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean" || isToken(value)) return value as boolean | IResolvable;
    return this.mismatch(path, "true or false", value);
  }

  stringList(value: unknown, path: string, sensitive = false): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (isToken(value)) return value as string[];
    if (!Array.isArray(value)) {
      return this.mismatch(path, typeof value === "string" && !sensitive ? `a list of strings (wrap it: [${JSON.stringify(value)}])` : "a list of strings", value, sensitive);
    }
    let ok = true;
    value.forEach((item, i) => {
      if (typeof item !== "string" && !isToken(item)) {
        this.mismatch(`${path}[${i}]`, "a string", item, sensitive);
        ok = false;
      }
    });
    return ok ? (value as string[]) : undefined;
  }
}
