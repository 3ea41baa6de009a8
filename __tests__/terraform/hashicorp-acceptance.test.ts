// HashiCorp's own acceptance-test configurations for aws_ssm_maintenance_window_task (hashicorp/aws,
// internal/service/ssm/maintenance_window_task_test.go; see test-support/hashicorp-acceptance.ts for
// the version), written as our props. For every config and argument list the Go tests use:
//  - constructing our task raises no error, and reports exactly the expected warnings;
//  - our synthesized resource equals what cdktf's raw SsmMaintenanceWindowTask synthesizes from the
//    HCL's attributes (the oracle), and both equal the transcribed Terraform JSON;
// and all the stacks (supporting resources included) pass one real `terraform validate`.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, type TerraformStack } from "cdktf";
import { SsmMaintenanceWindowTask, type SsmMaintenanceWindowTaskConfig } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../../lib";
import { ACCEPTANCE_CASES, acceptanceStack, snakeToCamel, withoutPath, type AcceptanceCase } from "../../test-support/hashicorp-acceptance";
import { assertTerraform, removeDir, validateStack } from "../../test-support/terraform";

type Json = Record<string, unknown>;

function taskOf(stack: TerraformStack): Json | undefined {
  const json = JSON.parse(Testing.synth(stack)) as { resource?: Record<string, Record<string, Json>> };
  return json.resource?.aws_ssm_maintenance_window_task?.test;
}

/** What cdktf's raw resource synthesizes from the HCL's attributes. */
function oracle(c: AcceptanceCase): Json | undefined {
  const { stack } = acceptanceStack("oracle");
  new SsmMaintenanceWindowTask(stack, "test", snakeToCamel(c.expected) as SsmMaintenanceWindowTaskConfig);
  return taskOf(stack);
}

/** Our stack for a case: the config's supporting resources and our task, at the HCL's address. */
function ours(c: AcceptanceCase, name: string): { stack: TerraformStack; task: MaintenanceWindowTask } {
  const { stack } = acceptanceStack(name);
  const props = c.build(stack);
  const task = new MaintenanceWindowTask(stack, "test", props);
  return { stack, task };
}

/** Stacks that constructed, for the terraform run (a failing case is reported by its own test). */
const built = new Map<string, string>();

describe.each(ACCEPTANCE_CASES.map((c) => [c.config, c] as const))("%s", (_name, c) => {
  test(`used by ${c.usedBy.join(", ")}: no error, the expected warnings, the HCL's attributes`, () => {
    let result: ReturnType<typeof ours> | undefined;
    expect(() => {
      result = ours(c, "case");
    }).not.toThrow();
    const { stack, task } = result!;
    built.set(c.config, Testing.synth(stack));

    expect(task.warnings.map((w) => w.code).sort()).toEqual([...c.warnings].sort());

    const expected = oracle(c);
    // The transcription is in the shape cdktf gives the raw resource (blocks as arrays or objects,
    // attribute types): otherwise the comparison below would prove nothing.
    expect(expected).toEqual(c.expected);

    let want = expected!;
    for (const dotted of Object.keys(c.omitted ?? {})) {
      // A deliberate difference: the HCL has it and we do not emit it. Pin exactly that.
      expect(withoutPath(want, dotted)).not.toEqual(want);
      want = withoutPath(want, dotted);
    }
    expect(taskOf(stack)).toEqual(want);
  });

  if (c.literalTaskArn) {
    const literal = c.literalTaskArn;
    test(`with TaskArn ${literal.value} (what the reference resolves to): no error, warnings ${literal.warnings.join(", ") || "none"}`, () => {
      const { stack } = acceptanceStack("literal");
      const props = { ...c.build(stack), TaskArn: literal.value } as MaintenanceWindowTaskProps;
      let task: MaintenanceWindowTask | undefined;
      expect(() => {
        task = new MaintenanceWindowTask(stack, "test", props);
      }).not.toThrow();
      expect(task!.warnings.map((w) => w.code).sort()).toEqual([...literal.warnings].sort());
      expect(taskOf(stack)).toEqual({ ...c.expected, task_arn: literal.value });
    });
  }
});

test("every case's stack passes one terraform validate (hashicorp/aws 5.100.0)", () => {
  assertTerraform();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-hashicorp-acc-"));
  const modules: Record<string, { source: string }> = {};
  const names = new Map<string, string>();
  ACCEPTANCE_CASES.forEach((c, i) => {
    const json = built.get(c.config);
    if (json === undefined) return;
    const name = `case_${i}`;
    fs.mkdirSync(path.join(root, name));
    fs.writeFileSync(path.join(root, name, "main.tf.json"), json);
    modules[name] = { source: `./${name}` };
    names.set(name, c.config);
  });
  const result = validateStack(JSON.stringify({ module: modules }), (dir) => fs.cpSync(root, dir, { recursive: true }));
  const problems = result.diagnostics
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => `${d.severity} ${names.get(/module\.(case_\d+)/.exec(d.address ?? d.snippet?.context ?? "")?.[1] ?? "") ?? "?"}: ${d.summary} ${d.detail ?? ""}`);
  removeDir(result.dir);
  removeDir(root);
  expect(problems).toEqual([]);
  expect(result.valid).toBe(true);
  // Every case took part (a case that failed to construct is missing from the run).
  expect(ACCEPTANCE_CASES.filter((c) => !built.has(c.config)).map((c) => c.config)).toEqual([]);
});
