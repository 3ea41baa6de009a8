// Property (5): a unique marker planted in the sensitive fields (Payload, Input, ClientContext, Run
// Command and Automation parameter values, TaskParameters values, Description), in inputs that are
// invalid in every other way too, never appears in a diagnostic message or path, a thrown error or a
// warning annotation.
import { timeoutMs } from "../../test-support/property/config";
import { judgeSecret } from "../../test-support/property/judges";
import { expectHolds, property, runProperties, type PropertySpec } from "../../test-support/property/runner";
import { secretInput, type SecretInput } from "../../test-support/property/secrets";

const secrets: PropertySpec<SecretInput> = {
  name: "planted secrets are never echoed",
  arb: secretInput,
  judge: judgeSecret,
  ciRuns: 600,
};

test(secrets.name, () => {
  const [report] = runProperties([property(secrets)]);
  expectHolds(report);
}, timeoutMs());
