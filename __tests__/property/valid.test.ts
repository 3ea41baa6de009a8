// Property (1), without terraform: generated valid tasks of all four types, on every boundary, get
// no error diagnostic, build, and synthesize exactly the resource the props describe (the
// terraform-backed half, __tests__/terraform/property.test.ts, runs terraform validate on them).
import { anyValidTask, type Props } from "../../test-support/property/arbitraries";
import { timeoutMs } from "../../test-support/property/config";
import { judgeValid } from "../../test-support/property/judges";
import { expectHolds, property, runProperties, type PropertySpec } from "../../test-support/property/runner";

const valid: PropertySpec<Props> = {
  name: "valid tasks are accepted and synthesize exactly their props",
  arb: anyValidTask,
  judge: (props, context) => judgeValid(props, undefined, context),
  ciRuns: 400,
};

test(valid.name, () => {
  const [report] = runProperties([property(valid)]);
  expectHolds(report);
}, timeoutMs());
