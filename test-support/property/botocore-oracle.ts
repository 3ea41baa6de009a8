// The API oracle: judges a RegisterTaskWithMaintenanceWindow request (PascalCase, the SSM API's own
// member names) against botocore's SSM model — the whole request shape tree in
// botocore-register-task.json (written by extract-botocore-model.py straight from botocore), not the
// library's tables. It applies what the service validates: required members, unknown members, JSON
// types, lengths, patterns, enums, integer ranges and list/map sizes.
//
// Semantics chosen (and why):
// - String lengths count Unicode code points, as botocore and the SSM API do; blobs count UTF-8 bytes.
// - Integers are Smithy/botocore `integer`: 32-bit signed, so 2^31 is out of range even without a max.
// - Patterns are not implicitly anchored (Smithy's @pattern semantics; Terraform's Go validators use
//   the same unanchored regexes with MatchString), e.g. DocumentVersion `([$]LATEST|...)`.
// - A structure member that is null or undefined is absent (the JS SDK omits it); null inside a list
//   or as a map value is a value of the wrong type.
import MODEL from "./botocore-register-task.json";

export interface ModelShape {
  type: string;
  pattern?: string;
  min?: number;
  max?: number;
  enum?: string[];
  sensitive?: boolean;
  members?: Record<string, string>;
  required?: string[];
  member?: string;
  key?: string;
  value?: string;
}

export const BOTOCORE_MODEL = MODEL as { source: string; input: string; shapes: Record<string, ModelShape> };

/** One way the request breaks the model, at a path in API member names. */
export interface ModelViolation {
  readonly path: string;
  readonly rule: string;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const patternCache = new Map<string, RegExp>();

/** AWS patterns are Java regexes; \p{L} needs the u flag, under which `\-` outside a class is invalid. */
export function compilePattern(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, "u");
    } catch {
      re = new RegExp(pattern);
    }
    patternCache.set(pattern, re);
  }
  return re;
}

export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (typeof v === "object") return isPlainRecord(v) ? "object" : `${(Object.getPrototypeOf(v) as { constructor?: { name?: string } })?.constructor?.name ?? "exotic"} instance`;
  return typeof v;
}

/** Every violation of the model by `request` (empty: the API accepts it). */
export function checkApiRequest(request: unknown): ModelViolation[] {
  const out: ModelViolation[] = [];
  walk(BOTOCORE_MODEL.input, request, "", out);
  return out;
}

function walk(shapeName: string, value: unknown, path: string, out: ModelViolation[]): void {
  const shape = BOTOCORE_MODEL.shapes[shapeName];
  if (!shape) throw new Error(`botocore model has no shape ${shapeName}`);
  const where = path || "(request)";
  const bad = (rule: string): void => {
    out.push({ path: where, rule: `${shapeName}: ${rule}` });
  };
  switch (shape.type) {
    case "structure": {
      if (!isPlainRecord(value)) return bad(`expected a structure, got ${typeOf(value)}`);
      const members = shape.members ?? {};
      for (const req of shape.required ?? []) {
        if (value[req] === undefined || value[req] === null) out.push({ path: join(path, req), rule: `${shapeName}: required member ${req} missing` });
      }
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === "symbol") return bad("symbol keys cannot be sent");
        const v = value[key];
        if (v === undefined || v === null) continue;
        const memberShape = Object.prototype.hasOwnProperty.call(members, key) ? members[key] : undefined;
        if (!memberShape) {
          out.push({ path: join(path, key), rule: `${shapeName}: unknown member ${JSON.stringify(key)}` });
          continue;
        }
        walk(memberShape, v, join(path, key), out);
      }
      return;
    }
    case "list": {
      if (!Array.isArray(value)) return bad(`expected a list, got ${typeOf(value)}`);
      checkRange(shape, value.length, "items", bad);
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) {
          bad(`hole at index ${i}`);
          continue;
        }
        walk(shape.member!, value[i], `${path}[${i}]`, out);
      }
      return;
    }
    case "map": {
      if (!isPlainRecord(value)) return bad(`expected a map, got ${typeOf(value)}`);
      const keys = Reflect.ownKeys(value);
      if (keys.some((k) => typeof k === "symbol")) return bad("symbol keys cannot be sent");
      const entries = (keys as string[]).filter((k) => value[k] !== undefined);
      checkRange(shape, entries.length, "entries", bad);
      for (const k of entries) {
        walk(shape.key!, k, `${join(path, k)}(key)`, out);
        walk(shape.value!, value[k], join(path, k), out);
      }
      return;
    }
    case "string": {
      if (typeof value !== "string") return bad(`expected a string, got ${typeOf(value)}`);
      if (shape.enum && !shape.enum.includes(value)) bad(`not one of ${shape.enum.join(", ")}`);
      checkRange(shape, codePoints(value), "characters", bad);
      if (shape.pattern && !compilePattern(shape.pattern).test(value)) bad(`does not match ${shape.pattern}`);
      return;
    }
    case "blob": {
      if (typeof value !== "string" && !(value instanceof Uint8Array)) return bad(`expected a blob, got ${typeOf(value)}`);
      checkRange(shape, typeof value === "string" ? utf8Bytes(value) : value.byteLength, "bytes", bad);
      return;
    }
    case "integer": {
      if (typeof value !== "number") return bad(`expected an integer, got ${typeOf(value)}`);
      if (!Number.isInteger(value)) return bad(`${value} is not a whole number`);
      if (value < INT32_MIN || value > INT32_MAX) return bad(`${value} is outside the 32-bit integer range`);
      checkRange(shape, value, "", bad);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") bad(`expected a boolean, got ${typeOf(value)}`);
      return;
    default:
      throw new Error(`botocore oracle: unsupported shape type ${shape.type} (${shapeName})`);
  }
}

function checkRange(shape: ModelShape, n: number, unit: string, bad: (rule: string) => void): void {
  if (shape.min !== undefined && n < shape.min) bad(`${n}${unit ? ` ${unit}` : ""} < min ${shape.min}`);
  if (shape.max !== undefined && n > shape.max) bad(`${n}${unit ? ` ${unit}` : ""} > max ${shape.max}`);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
