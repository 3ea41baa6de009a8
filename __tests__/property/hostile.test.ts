// Property (4): hostile JavaScript values (null, undefined, holes, NaN, Infinity, BigInt, symbols,
// functions, Map/Set/Date/class instances, Object.create(null), cycles, 100,000-deep objects,
// proxies, frozen objects, own __proto__/constructor keys) at every prop position and as
// meta-arguments. validateMaintenanceWindowTask and new MaintenanceWindowTask(...) + Testing.synth
// throw nothing but MaintenanceWindowTaskValidationError, leave the props and Object.prototype
// untouched, and drop nothing silently: a coded error names the property, or the value is carried
// over exactly into the synthesized JSON.
import { timeoutMs } from "../../test-support/property/config";
import type { Props } from "../../test-support/property/arbitraries";
import { hostileInput, type HostileInput, type HostileKind } from "../../test-support/property/hostile";
import { judgeHostile } from "../../test-support/property/judges";
import { expectHolds, property, runProperties, type PropertySpec } from "../../test-support/property/runner";

// Always judged, on top of the generated inputs: every meta-argument with the values the issue
// names (forEach: 5 crashed inside cdktf), on a task of each type.
const BASES: Props[] = [
  { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 },
  { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND", Priority: 1, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }], MaxConcurrency: "1", MaxErrors: "0" },
];
const META_KINDS: HostileKind[] = ["number", "string", "null", "emptyObject", "emptyList", "NaN", "bigint", "function", "map", "revokedProxy", "hole", "frozen"];
const examples: HostileInput[] = BASES.flatMap((base) =>
  ["count", "forEach", "dependsOn", "provider", "lifecycle", "provisioners", "connection"].flatMap((meta) =>
    META_KINDS.map((kind): HostileInput => ({ type: base.TaskType as HostileInput["type"], base, position: [meta], kind })),
  ),
);

const hostile: PropertySpec<HostileInput> = {
  name: "hostile values never crash, mutate or vanish",
  arb: hostileInput,
  judge: judgeHostile,
  ciRuns: 700,
  examples,
};

test(hostile.name, () => {
  const [report] = runProperties([property(hostile)]);
  expectHolds(report);
}, timeoutMs());
