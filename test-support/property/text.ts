// Strings at their boundaries, measured the two ways that matter: Unicode code points (the SSM API)
// and UTF-8 bytes (Terraform's validators, Go's len). Multi-byte units: "é" (2 bytes), "€" (3) and
// astral emoji such as "😀" (4 bytes, 2 UTF-16 code units, 1 code point).
import * as fc from "fast-check";
import { codePoints, utf8Bytes } from "./botocore-oracle";

/** Printable ASCII without "{" (so no generated text is a Terraform template sequence by accident). */
export const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).filter((c) => c !== "{");
/** ASCII that JSON never escapes (for filler inside JSON text). */
export const JSON_SAFE_ASCII = ASCII.filter((c) => c !== '"' && c !== "\\");
export const TWO_BYTE = ["é", "ß", "ñ", "ü", "Ω", "ж"];
export const THREE_BYTE = ["€", "中", "✓", "あ", "한"];
export const ASTRAL = ["😀", "🚀", "𝄞", "🎉", "👍"];
export const NAME_CHARS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."];

export type Unit = "ascii" | "two" | "three" | "astral" | "mixed";
const POOLS: Record<Unit, readonly string[]> = {
  ascii: ASCII,
  two: TWO_BYTE,
  three: THREE_BYTE,
  astral: ASTRAL,
  mixed: [...ASCII.slice(0, 40), ...TWO_BYTE, ...THREE_BYTE, ...ASTRAL],
};

export interface TextLimits {
  /** Minimum code points (and bytes). */
  readonly min: number;
  /** Maximum code points (the API). */
  readonly max: number;
  /** Maximum UTF-8 bytes (Terraform counts bytes), when Terraform checks the length. */
  readonly maxBytes?: number;
  /** Characters allowed (a pattern's class); multi-byte units are used only when not given. */
  readonly alphabet?: readonly string[];
}

/** A tiny deterministic PRNG (mulberry32), so a generated integer seed expands into a string. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string of `count` code points from `pool`, cut to fit `maxBytes` (and padded up to it when `fill`). */
export function buildText(pool: readonly string[], count: number, seed: number, maxBytes?: number, fill = false, pad = "a", maxCp = Infinity): string {
  const rand = prng(seed);
  const chars: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const c = pool[Math.floor(rand() * pool.length)];
    const b = utf8Bytes(c);
    if (maxBytes !== undefined && bytes + b > maxBytes) break;
    chars.push(c);
    bytes += b;
  }
  if (maxBytes !== undefined && fill) {
    const padBytes = utf8Bytes(pad);
    while (bytes + padBytes <= maxBytes && chars.length < maxCp) {
      chars.push(pad);
      bytes += padBytes;
    }
  }
  return chars.join("");
}

/**
 * Valid text for a field: at its minimum, at its maximum (in code points, or in bytes when Terraform
 * counts bytes — with multi-byte units the byte limit binds first), or in between.
 */
export function text(limits: TextLimits): fc.Arbitrary<string> {
  const units: Unit[] = limits.alphabet ? ["ascii"] : ["ascii", "two", "three", "astral", "mixed"];
  return fc
    .tuple(
      fc.constantFrom<"mid" | "min" | "max">("mid", "min", "max"),
      fc.constantFrom(...units),
      fc.integer({ min: 0, max: 0x7fffffff }),
      fc.integer({ min: 0, max: 0x7fffffff }),
    )
    .map(([target, unit, lenSeed, seed]) => {
      const pool = limits.alphabet ?? POOLS[unit];
      const span = limits.max - limits.min;
      const count = target === "min" ? limits.min : target === "max" ? limits.max : limits.min + (span <= 0 ? 0 : lenSeed % Math.min(span + 1, 64));
      const pad = limits.alphabet ? limits.alphabet[0] : "a";
      let s = buildText(pool, count, seed, limits.maxBytes, target === "max", pad, limits.max);
      while (codePoints(s) < limits.min) s += pad; // trimmed to the byte limit below the minimum
      return s;
    })
    .filter((s) => {
      const cps = codePoints(s);
      return cps >= limits.min && cps <= limits.max && (limits.maxBytes === undefined || utf8Bytes(s) <= limits.maxBytes);
    });
}

/** `n` code points of a unit, deterministic (for boundary mutations). */
export function repeatUnit(unit: "ascii" | "two" | "astral", n: number): string {
  const c = unit === "ascii" ? "a" : unit === "two" ? "é" : "😀";
  return c.repeat(n);
}

/** Exactly `bytes` UTF-8 bytes in at most `bytes` code points: "é"s then an "a" when odd. */
export function twoByteText(bytes: number): string {
  return "é".repeat(Math.floor(bytes / 2)) + (bytes % 2 ? "a" : "");
}

/** JSON text {"k":"…"} of exactly `bytes` UTF-8 bytes, filler from `unit` ("ascii" or "two"). */
export function jsonOfBytes(bytes: number, unit: "ascii" | "two" = "ascii"): string {
  const frame = utf8Bytes('{"k":""}');
  const fillerBytes = bytes - frame;
  const filler = unit === "ascii" ? "a".repeat(fillerBytes) : twoByteText(fillerBytes);
  return `{"k":"${filler}"}`;
}

/** JSON text {"k":"…"} of exactly `cps` code points whose filler is "é" (so bytes ≈ 2 × code points). */
export function jsonOfCodePoints(cps: number): string {
  return `{"k":"${"é".repeat(cps - '{"k":""}'.length)}"}`;
}
