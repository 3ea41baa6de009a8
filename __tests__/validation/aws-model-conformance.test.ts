// Proves our limits are AWS's, not just self-consistent: every pattern, length, range and enum in
// lib/task/validation and lib/core equal the committed extract of botocore's SSM model, and the
// extract equals the live model (python3 with botocore is required: without it the check fails and
// says what to install).
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import model from "../../lib/core/aws-model.json";
import { AWS_SHAPE_PATTERNS } from "../../lib/core/aws-patterns";
import { FIELD_CONSTRAINTS } from "../../lib/task/validation/field-constraints";
import { requireBotocore } from "../../test-support/botocore";

type Shape = { type: string; pattern?: string; min?: number; max?: number; enum?: string[]; sensitive?: boolean };
const shapes = model.shapes as Record<string, Shape>;

describe("field constraints equal AWS's API model", () => {
  test.each(FIELD_CONSTRAINTS.map((c) => [c.code, c] as const))("%s", (_, c) => {
    const shape = shapes[c.shape];
    expect(shape).toBeDefined();
    expect({ pattern: c.pattern, min: c.min, max: c.max, enum: c.enum }).toEqual({
      pattern: shape.pattern,
      // AWS's `min: 0` on strings and lists is no limit at all; we leave it out.
      min: shape.min === 0 && c.min === undefined ? undefined : shape.min,
      max: shape.max,
      enum: shape.enum,
    });
    // Fields AWS marks sensitive are never shown in messages.
    if (shape.sensitive) expect(c.sensitive).toBe(true);
  });

  test.each(Object.entries(AWS_SHAPE_PATTERNS))("pattern of %s", (shape, pattern) => {
    expect(pattern).toBe(shapes[shape].pattern);
  });

  test("every extracted shape is used by a rule", () => {
    const used = new Set([...FIELD_CONSTRAINTS.map((c) => c.shape), ...Object.keys(AWS_SHAPE_PATTERNS)]);
    expect(Object.keys(shapes).filter((s) => !used.has(s))).toEqual([]);
  });
});

test("the committed extract still equals botocore's live SSM model (python3 with botocore required)", () => {
  requireBotocore();
  const r = spawnSync("python3", [path.join(__dirname, "../../scripts/extract-aws-model.py"), "--check"], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toMatch(/matches botocore/);
  expect(r.status).toBe(0);
});
