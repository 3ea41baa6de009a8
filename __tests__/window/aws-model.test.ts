// The window's limits are AWS's: every row of lib/window/field-constraints.ts equals the library's
// one extract of botocore's SSM model (lib/core/aws-model.json) but where the Terraform provider is
// stricter (TERRAFORM_LIMITS), every window shape of the extract is used, the props cover every
// member of the two API requests, and the extract equals the live model (python3 with botocore is
// required: without it this test fails, saying what to install).
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import model from "../../lib/core/aws-model.json";
import { TARGET_FIELD_CONSTRAINTS, TERRAFORM_LIMITS, WINDOW_FIELD_CONSTRAINTS } from "../../lib/window/field-constraints";
import { validateMaintenanceWindow, validateMaintenanceWindowTarget } from "../../lib/window/pipeline";

type Shape = { type: string; pattern?: string; min?: number; max?: number; enum?: string[]; sensitive?: boolean };
const shapes = { ...model.shapes, ...model.windowShapes } as Record<string, Shape>;
const ROWS = [...WINDOW_FIELD_CONSTRAINTS, ...TARGET_FIELD_CONSTRAINTS];

/** Rows whose limit is the Terraform provider's, not AWS's: the field and the provider's value. */
const TERRAFORM_STRICTER: Record<string, { min: number }> = {
  WindowTargetDescriptionLength: { min: TERRAFORM_LIMITS.targetDescriptionMin },
  WindowTargetsCount: { min: TERRAFORM_LIMITS.targetsMin },
};

describe("window field constraints equal AWS's API model", () => {
  test.each(ROWS.map((c) => [c.code, c] as const))("%s", (code, c) => {
    const shape = shapes[c.shape];
    expect(shape).toBeDefined();
    // AWS's `min: 0` on strings and lists is no limit at all; it is left out.
    const awsMin = shape.min === 0 && shape.type !== "integer" ? undefined : shape.min;
    expect({ pattern: c.pattern, min: c.min, max: c.max, enum: c.enum }).toEqual({
      pattern: shape.pattern,
      min: TERRAFORM_STRICTER[code]?.min ?? awsMin,
      max: shape.max,
      enum: shape.enum,
    });
    if (shape.sensitive) expect(c.sensitive).toBe(true);
  });

  test("every window shape of the extract is used by a row or is a member of the window's requests", () => {
    const requestShapes = Object.values(model.requests).flatMap((r) => Object.values(r.members) as string[]);
    const used = new Set([...ROWS.map((c) => c.shape), ...requestShapes]);
    expect(Object.keys(model.windowShapes).filter((s) => !used.has(s))).toEqual([]);
  });
});

test("the window props cover every CreateMaintenanceWindow member", () => {
  const members = Object.keys(model.requests.CreateMaintenanceWindowRequest.members);
  const unknown = validateMaintenanceWindow(Object.fromEntries(members.map((m) => [m, null]))).filter((d) => d.code === "WindowUnknownProperty");
  expect(unknown).toEqual([]);
});

test("the target props cover every RegisterTargetWithMaintenanceWindow member but WindowId, which addTarget sets", () => {
  const members = Object.keys(model.requests.RegisterTargetWithMaintenanceWindowRequest.members).filter((m) => m !== "WindowId");
  const unknown = validateMaintenanceWindowTarget(Object.fromEntries(members.map((m) => [m, null]))).filter((d) => d.code === "WindowUnknownProperty");
  expect(unknown).toEqual([]);
});

test("required props are AWS's required members (AllowUnassociatedTargets defaults to false)", () => {
  const required = (diagnostics: { code: string; path: string }[]) => diagnostics.filter((d) => d.code === "WindowRequiredProperty").map((d) => d.path);
  expect(required(validateMaintenanceWindow({}))).toEqual(model.requests.CreateMaintenanceWindowRequest.required.filter((m) => m !== "AllowUnassociatedTargets"));
  expect(required(validateMaintenanceWindowTarget({}))).toEqual(model.requests.RegisterTargetWithMaintenanceWindowRequest.required.filter((m) => m !== "WindowId"));
});

/** Why the live model cannot be read here, as what to install; undefined when python3 and botocore are there. */
function missingBotocore(): string | undefined {
  const r = spawnSync("python3", ["-c", "import botocore"], { encoding: "utf8" });
  if (r.error) return `python3 is not installed (${r.error.message}). Install python3 and botocore (pip install botocore) to check the extract against AWS's model.`;
  if (r.status !== 0) return `python3 cannot import botocore. Install it (pip install botocore) to check the extract against AWS's model:\n${r.stderr}`;
  return undefined;
}

test("the extract still equals botocore's live SSM model (python3 and botocore are required)", () => {
  const missing = missingBotocore();
  if (missing) throw new Error(missing);
  const r = spawnSync("python3", [path.join(__dirname, "../../scripts/extract-aws-model.py"), "--check"], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toMatch(/matches botocore/);
  expect(r.status).toBe(0);
});
