// Property (4): hostile JavaScript values (null, undefined, holes, NaN, Infinity, BigInt, symbols,
// functions, Map/Set/Date/class instances, Object.create(null), cycles, 100,000-deep objects,
// proxies, frozen objects, own __proto__/constructor keys) at every prop position and as
// meta-arguments. validateMaintenanceWindowTask and new MaintenanceWindowTask(...) + Testing.synth
// throw nothing but MaintenanceWindowTaskValidationError, leave the props and Object.prototype
// untouched, and drop nothing silently: a coded error names the property, or the value is carried
// over exactly into the synthesized JSON.
import { timeoutMs } from "../../test-support/property/config";
import { hostileInput, type HostileInput } from "../../test-support/property/hostile";
import { judgeHostile } from "../../test-support/property/judges";
import { expectHolds, property, runProperties, type PropertySpec } from "../../test-support/property/runner";

const hostile: PropertySpec<HostileInput> = {
  name: "hostile values never crash, mutate or vanish",
  arb: hostileInput,
  judge: judgeHostile,
  ciRuns: 700,
};

test(hostile.name, () => {
  const [report] = runProperties([property(hostile)]);
  expectHolds(report);
}, timeoutMs());
