// Type-checking readers shared by the task's and the window's normalize steps: plain-JS and JSON
// callers pass anything, so every value is checked before a rule reads it. Each reader returns
// undefined (and reports) when the value has the wrong type; tokens of any shape pass.
import type { IResolvable } from "./runtime";
import { suggest } from "./suggest";
import { isToken } from "./tokens";
import { show, type DiagnosticSink } from "./diagnostics";

/** The codes a reader reports with (the window's are prefixed `Window`). */
export interface ReaderCodes {
  readonly typeMismatch: string;
  readonly unknownProperty: string;
}

/**
 * A plain data object: `{...}` or `Object.create(null)`. Class instances (`Map`, `Date`, a construct)
 * are not: their data lives outside their own enumerable keys, so reading them as props would
 * silently render them empty.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  try {
    if (Array.isArray(v) || isToken(v)) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
  } catch {
    return false; // a revoked Proxy throws on any inspection: not data we can read
  }
}

export function typeName(value: unknown): string {
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "a list";
    if (typeof value === "object") {
      const ctor = classNameOf(value);
      return ctor ? `a ${ctor}` : "an object";
    }
  } catch {
    return "an object that cannot be read (a revoked Proxy?)";
  }
  return typeof value === "bigint" ? "a BigInt" : `a ${typeof value}`;
}

/** The class of a non-plain object (`Map`, `Date`, ...), for messages; undefined for plain ones. */
export function classNameOf(value: object): string | undefined {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return undefined;
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object" ? name : "object of a class";
}

/** For a construct: its Terraform resource type ("" when it has none); undefined for anything else. */
function terraformTypeOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    if (!("node" in value)) return undefined;
    const type = (value as { terraformResourceType?: unknown }).terraformResourceType;
    return typeof type === "string" ? type : "";
  } catch {
    return undefined; // a revoked Proxy
  }
}

/** Array.isArray that answers false for a revoked Proxy instead of throwing. */
export function isList(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Sets an own property even when the key is `__proto__` (a plain assignment would set the prototype
 * and the entry would vanish).
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True when the value is absent: undefined or null (JSON and Terraform treat both as "not set"). */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

export class TypeReader {
  constructor(
    protected readonly sink: DiagnosticSink,
    protected readonly codes: ReaderCodes,
    /** What is being read ("maintenance window"), for messages; none for the task. */
    protected readonly what?: string,
  ) {}

  mismatch(path: string, expected: string, value: unknown, sensitive = false): undefined {
    const resourceType = terraformTypeOf(value);
    if (resourceType !== undefined) {
      // A construct where data belongs: one error that names it, not one per field of the construct.
      this.sink.error(
        this.codes.typeMismatch,
        path,
        `Expected ${expected}, got ${resourceType ? `an ${resourceType} resource` : "a construct"}. Pass the attribute the field needs (e.g. its .id, .arn or .name), not the construct.`,
      );
      return undefined;
    }
    // Containers are named by their type only: their contents may hold sensitive values.
    const shown = sensitive ? " (value not shown: sensitive)" : typeof value === "object" && value !== null ? "" : ` ${show(value)}`;
    this.sink.error(this.codes.typeMismatch, path, `Expected ${expected}, got ${typeName(value)}${shown}. Change ${path} to ${expected}.`);
    return undefined;
  }

  /** A required property that is missing or null. */
  requiredProperty(path: string, message: string): void {
    this.sink.error("RequiredProperty", path, message);
  }

  /**
   * Reports `${lead}${rest}` when the value is absent, saying so when it is null (present, but
   * "not set" to JSON and Terraform). Returns true when the value is there.
   */
  requirePresent(value: unknown, path: string, lead: string, rest: string): boolean {
    if (!isAbsent(value)) return true;
    this.requiredProperty(path, `${lead}${value === null ? " (it is null)" : ""}${rest}`);
    return false;
  }

  /** Reports keys outside `allowed` (with a did-you-mean); a key set to undefined carries nothing to lose. */
  checkKeys(obj: Record<string, unknown>, path: string, allowed: readonly string[], hints: Record<string, string> = {}): void {
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key) || obj[key] === undefined) continue;
      const best = suggest(key, allowed);
      const hint = (Object.prototype.hasOwnProperty.call(hints, key) ? hints[key] : undefined) ??
        (best ? `Did you mean "${best}"?` : `Allowed: ${allowed.filter((k) => /^[A-Z]/.test(k)).join(", ")}.`);
      this.sink.error(
        this.codes.unknownProperty,
        path ? `${path}.${key}` : key,
        `Unknown property ${JSON.stringify(key)}${path ? ` in ${path}` : ""}${this.what ? ` of a ${this.what}` : ""}; it cannot be carried to Terraform and would be lost. ${hint}`,
      );
    }
  }

  object(value: unknown, path: string, allowed: readonly string[], hints?: Record<string, string>, sensitive = false): Record<string, unknown> | undefined {
    if (isAbsent(value)) return undefined;
    if (!isPlainObject(value)) return this.mismatch(path, "an object", value, sensitive);
    this.checkKeys(value, path, allowed, hints);
    return value;
  }

  // Tokens of any JS shape (an iterator's value is an IResolvable object) stand for any type.
  string(value: unknown, path: string, sensitive = false): string | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value === "string" || isToken(value)) return value as string;
    return this.mismatch(path, "a string", value, sensitive);
  }

  number(value: unknown, path: string): number | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value === "number" || isToken(value)) return value as number;
    return this.mismatch(path, typeof value === "string" && /^\d+$/.test(value) ? `a number (${value}, without quotes)` : "a number", value);
  }

  boolean(value: unknown, path: string): boolean | IResolvable | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value === "boolean" || isToken(value)) return value as boolean | IResolvable;
    return this.mismatch(path, "true or false", value);
  }

  /**
   * A list of strings. Holes, undefined and null items are errors: Terraform cannot carry them, and
   * dropping them would change which values are deployed.
   */
  stringList(value: unknown, path: string, sensitive = false): string[] | undefined {
    if (isAbsent(value)) return undefined;
    if (isToken(value)) return value as string[];
    if (!isList(value)) {
      return this.mismatch(path, typeof value === "string" && !sensitive ? `a list of strings (wrap it: [${JSON.stringify(value)}])` : "a list of strings", value, sensitive);
    }
    let ok = true;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) {
        this.sink.error(this.codes.typeMismatch, `${path}[${i}]`, `The list has a hole at index ${i} (e.g. [a, , b]); Terraform cannot carry it. Remove the empty slot.`);
        ok = false;
        continue;
      }
      const item: unknown = value[i];
      if (typeof item !== "string" && !isToken(item)) {
        this.mismatch(`${path}[${i}]`, "a string", item, sensitive);
        ok = false;
      }
    }
    return ok ? (value as string[]) : undefined;
  }
}
