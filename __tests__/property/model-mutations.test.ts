// Property (2) against botocore's model alone (no terraform, so it runs in the unit project): every
// single-constraint mutation the SSM API model rejects, we reject. The terraform-backed properties
// (__tests__/terraform/property.test.ts) add terraform validate as a second oracle and check the
// other direction (no rejection of what both accept, except deliberate rules).
import { timeoutMs } from "../../test-support/property/config";
import { judgeMutation } from "../../test-support/property/judges";
import { mutatedTask, type MutatedTask } from "../../test-support/property/mutations";
import { expectHolds, property, runProperties, type PropertySpec } from "../../test-support/property/runner";

const rejected: PropertySpec<MutatedTask> = {
  name: "mutations botocore's SSM model rejects are rejected",
  arb: mutatedTask,
  judge: (m, context) => judgeMutation(m, "model", undefined, [], context),
  ciRuns: 1200,
};

test(rejected.name, () => {
  const [report] = runProperties([property(rejected)]);
  expectHolds(report);
}, timeoutMs());
