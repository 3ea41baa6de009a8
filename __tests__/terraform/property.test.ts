// The terraform-backed properties. Oracles: the real `terraform validate -json` of hashicorp/aws
// 5.100.0 on raw resources the test maps from the props itself (test-support/property/mapping.ts),
// one resource per .tf.json file, all inputs in as few validate runs as possible; and botocore's SSM
// model (test-support/property/botocore-oracle.ts). A value must pass both.
//
// (1) generated valid tasks of all four types, on every boundary: no error, and the synthesized JSON
//     passes terraform validate;
// (2) single-constraint mutations that terraform or the model rejects: we report an error;
// (3) mutations both accept: every error we report is a deliberate rule of DELIBERATE_RULES below
//     (each documented in help/validation.md with its reason), and what we accept synthesizes
//     exactly the props.
import * as fs from "node:fs";
import * as path from "node:path";
import { anyValidTask, type Props } from "../../test-support/property/arbitraries";
import { timeoutMs } from "../../test-support/property/config";
import { judgeMutation, judgeValid, type DeliberateRule } from "../../test-support/property/judges";
import { mutatedTask, type MutatedTask } from "../../test-support/property/mutations";
import { expectHolds, property, runProperties, type PropertyReport, type PropertySpec } from "../../test-support/property/runner";
import { TerraformOracle } from "../../test-support/property/terraform-oracle";

/**
 * Errors we report for inputs that both terraform validate and botocore's model accept. Each is an
 * AWS rule the model does not carry (AWS rejects the task when it is registered or every time it
 * runs), or a value that would not deploy as written.
 */
export const DELIBERATE_RULES: readonly DeliberateRule[] = [
  { code: "TargetsRequired", reason: "AWS rejects a RUN_COMMAND task without targets at registration; the model marks Targets optional for all task types." },
  { code: "MaxConcurrencyRequired", reason: "AWS rejects a task with targets but no MaxConcurrency; the model has the member optional." },
  { code: "MaxErrorsRequired", reason: "AWS rejects a task with targets but no MaxErrors; the model has the member optional." },
  { code: "MaxConcurrencyWithoutTargets", reason: 'AWS: "Maintenance window tasks without targets do not support MaxConcurrency/MaxErrors values" (ValidationException).' },
  { code: "MaxErrorsWithoutTargets", reason: 'AWS: "Maintenance window tasks without targets do not support MaxErrors values" (ValidationException).' },
  { code: "TargetKeyUnsupported", reason: 'A task accepts only InstanceIds and WindowTargetIds targets (AWS: "... is an invalid window task target type"); the model\'s TargetKey pattern is the one shared with window targets.' },
  { code: "TargetValuesEmpty", reason: "A target without ids selects nothing; AWS rejects an empty Values list for a task target." },
  { code: "WindowTargetIdsCount", reason: 'AWS: "The maximum number of window targets is 10" (the model\'s TargetValues allows 50 for any key).' },
  { code: "InstanceIdFormat", reason: "InstanceIds values must be instance ids (the model's InstanceId shape); the generic TargetValues list has no pattern." },
  { code: "WindowTargetIdFormat", reason: "WindowTargetIds values must be window target ids (the model's MaintenanceWindowTargetId shape); TargetValues has no pattern." },
  { code: "ServiceRoleArnFormat", reason: "A valid ARN that is not an IAM role cannot be passed as the service role (iam:PassRole fails); the model's ServiceRole has no pattern." },
  { code: "InvocationTypeMismatch", reason: "SSM runs the invocation block of the TaskType; a block of another type is never used (the API says the other members stay empty)." },
  { code: "MultipleInvocationBlocks", reason: "Only one invocation block can apply to a task; the others would be silently unused." },
  { code: "DuplicateParameterName", reason: "Parameter names are case-sensitive and a document defines one spelling; SSM rejects the other at run time." },
  {
    code: "RequiredProperty",
    path: /^TaskParameters\.[^.]+\.Values$/,
    reason: "A TaskParameters entry without Values: Terraform's parameter block requires values where the entry is rendered (RUN_COMMAND), and the model's optional Values would send an empty parameter; reported for every task type.",
  },
  { code: "DeprecatedFieldConflict", reason: "With TaskInvocationParameters given, AWS ignores LoggingInfo/TaskParameters: they would be silently lost." },
  { code: "LoggingInfoMixedShapes", reason: "Mixing CloudFormation's and the SSM API's LoggingInfo member names is ambiguous; one shape is required." },
  { code: "PayloadNotJson", reason: "Lambda rejects an event that is not JSON at every run; the model's blob takes any bytes." },
  { code: "InputNotJson", reason: "Step Functions rejects execution input that is not JSON at every run; the model's string takes any text." },
  { code: "TerraformInterpolation", reason: "A ${…} or %{…} that terraform validate accepts (e.g. ${path.module}) is still evaluated by Terraform, so the deployed value is not the literal written." },
  { code: "DocumentVersionFormat", reason: "AWS's and the provider's pattern ([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$) is not anchored, so \"$LATEST \" or \"x$DEFAULT\" pass both; SSM resolves document versions by exact value." },
];

const valid: PropertySpec<Props> = {
  name: "(1) valid tasks are accepted and their synthesized JSON passes terraform validate",
  arb: anyValidTask,
  judge: (props, context) => judgeValid(props, oracle, context),
  ciRuns: 300,
};
const rejected: PropertySpec<MutatedTask> = {
  name: "(2) mutations terraform or botocore's model rejects are rejected",
  arb: mutatedTask,
  judge: (m, context) => judgeMutation(m, "rejected", oracle, [], context),
  ciRuns: 1200,
};
const noFalseRejection: PropertySpec<MutatedTask> = {
  // Same inputs as (2) (same runs; the seed is per name, so these are other mutations of the same kinds).
  name: "(3) mutations both oracles accept are accepted, or rejected by a deliberate rule",
  arb: mutatedTask,
  judge: (m, context) => judgeMutation(m, "no-false-rejection", oracle, DELIBERATE_RULES, context),
  ciRuns: 1200,
};

let oracle: TerraformOracle;
let reports: Record<string, PropertyReport> = {};

beforeAll(() => {
  oracle = new TerraformOracle();
  // Controls: the oracle itself must tell a valid resource from invalid ones, by file.
  const base = { window_id: "mw-0123456789abcdef0", task_arn: "AWS-RestartEC2Instance", task_type: "AUTOMATION" };
  CONTROLS.forEach(([, body]) => oracle.lookup({ ...base, ...body }));
  const out = runProperties([property(valid), property(rejected), property(noFalseRejection)], oracle);
  reports = Object.fromEntries(out.map((r) => [r.name, r]));
}, timeoutMs());

afterAll(() => oracle?.dispose());

const CONTROLS: [boolean, Record<string, unknown>][] = [
  [true, {}],
  [false, { priority: -1 }],
  [true, { priority: 4294967297 }], // terraform accepts it (the provider wraps it to 1 at apply): botocore's int32 catches it
  [false, { description: "é".repeat(65) }], // 65 characters, 130 bytes
  [true, { description: "é".repeat(64) }],
  [true, { description: "${path.module}" }],
  [false, { description: "${HOME}" }],
  [false, { unknown_argument: 1 }],
];

test("the terraform oracle tells valid resources from invalid ones", () => {
  const base = { window_id: "mw-0123456789abcdef0", task_arn: "AWS-RestartEC2Instance", task_type: "AUTOMATION" };
  for (const [validity, body] of CONTROLS) {
    expect({ body, valid: oracle.lookup({ ...base, ...body })?.valid }).toEqual({ body, valid: validity });
  }
});

test("a load-time error in one resource does not hide the others' verdicts (the sentinel)", () => {
  // Terraform stops before the provider's validation when a file has a load-time error (here an
  // invalid depends_on): the oracle notices that the sentinel was not judged and validates again.
  const small = new TerraformOracle();
  try {
    const base = { window_id: "mw-0123456789abcdef0", task_arn: "AWS-RestartEC2Instance", task_type: "AUTOMATION" };
    const cases: [boolean, Record<string, unknown>][] = [[true, base], [false, { ...base, priority: -1 }], [false, { ...base, depends_on: ["not a reference"] }]];
    for (const [, body] of cases) small.lookup(body);
    small.flush();
    expect(cases.map(([, body]) => small.lookup(body)?.valid)).toEqual(cases.map(([v]) => v));
    expect(small.validateRuns).toBe(2);
  } finally {
    small.dispose();
  }
});

test("every deliberate rule is a documented code of help/validation.md", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../help/validation.md"), "utf8");
  expect(DELIBERATE_RULES.filter((r) => !doc.includes(`| \`${r.code}\` | error |`)).map((r) => r.code)).toEqual([]);
});

test(valid.name, () => expectHolds(reports[valid.name]));
test(rejected.name, () => expectHolds(reports[rejected.name]));
test(noFalseRejection.name, () => expectHolds(reports[noFalseRejection.name]));
