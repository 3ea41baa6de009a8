// Runs in every unit project (unit, unit-aws6, unit-cdktn; jest.config.js): the project runs the
// library on the binding it names, so a moduleNameMapper that does not apply fails here by name.
import * as cdktf from "cdktf";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { MaintenanceWindowTask } from "../lib";
import { BINDING } from "../test-support/binding";

/* eslint-disable @typescript-eslint/no-require-imports -- the package.json the specifier resolves to */
const runtimePackage = require("cdktf/package.json") as { name: string; version: string };
const providerPackage = require("@cdktf/provider-aws/package.json") as { name: string; version: string; cdktf: { provider: { version: string } } };

const { peerDependencies } = require("../package.json") as { peerDependencies: Record<string, string> };
/* eslint-enable @typescript-eslint/no-require-imports */

const EXPECTED: Record<string, Pick<typeof BINDING, "runtime" | "provider" | "aws">> = {
  unit: { runtime: "cdktf", provider: "@cdktf/provider-aws", aws: 5 },
  "unit-aws6": { runtime: "cdktf", provider: "@cdktf/provider-aws", aws: 6 },
  "unit-cdktn": { runtime: "cdktn", provider: "@cdktn/provider-aws", aws: 6 },
};

test(`the ${BINDING.name} project runs on ${BINDING.runtime}@${BINDING.runtimeVersion} and ${BINDING.provider}@${BINDING.providerVersion}`, () => {
  expect(EXPECTED[BINDING.name]).toEqual({ runtime: BINDING.runtime, provider: BINDING.provider, aws: BINDING.aws });
  expect({ name: runtimePackage.name, version: runtimePackage.version }).toEqual({ name: BINDING.runtime, version: BINDING.runtimeVersion });
  expect({ name: providerPackage.name, version: providerPackage.version }).toEqual({ name: BINDING.provider, version: BINDING.providerVersion });
  expect(Number(providerPackage.cdktf.provider.version.split(".")[0])).toBe(BINDING.aws);
});

test("the library's task is the resolved binding's resource, synthesized by the resolved runtime", () => {
  // lib/core/runtime.ts got the same mapped modules as this file.
  expect(Object.getPrototypeOf(MaintenanceWindowTask)).toBe(SsmMaintenanceWindowTask);
  expect(require.resolve("cdktf")).toContain(`/node_modules/${BINDING.runtime}/`);
  const stack = new cdktf.TerraformStack(cdktf.Testing.app(), "s");
  const task = new MaintenanceWindowTask(stack, "T", { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 });
  expect(task).toBeInstanceOf(cdktf.TerraformResource);
  const json = JSON.parse(cdktf.Testing.synth(stack)) as { resource: Record<string, Record<string, { task_type: string }>> };
  expect(Object.values(json.resource.aws_ssm_maintenance_window_task).map((r) => r.task_type)).toEqual(["AUTOMATION"]);
});

// A range of the form ">=A <B" (the only form package.json's runtime peers use).
function within(version: string, range: string): boolean {
  const m = /^>=(\S+) <(\S+)$/.exec(range);
  if (!m) throw new Error(`not a ">=A <B" range: ${range}`);
  const num = (v: string) => v.split(".").map(Number).concat(0, 0, 0).slice(0, 3);
  const cmp = (a: string, b: string) => num(a).reduce((r, x, i) => r || Math.sign(x - num(b)[i]), 0);
  return cmp(version, m[1]) >= 0 && cmp(version, m[2]) < 0;
}

// package.json's peer ranges are the cdktf edition's: unit tests their floor, unit-aws6 the 21.x
// line. The cdktn edition's ranges are written by its build, for cdktn's packages.
test("the binding is within the package's peer ranges (cdktf edition) or is the cdktn runtime", () => {
  if (BINDING.runtime === "cdktf") {
    expect(within(runtimePackage.version, peerDependencies.cdktf)).toBe(true);
    expect(within(providerPackage.version, peerDependencies["@cdktf/provider-aws"])).toBe(true);
  } else {
    expect({ runtime: runtimePackage.name, provider: providerPackage.name }).toEqual({ runtime: "cdktn", provider: "@cdktn/provider-aws" });
  }
});
