// HashiCorp's own acceptance-test configurations for aws_ssm_maintenance_window_task (hashicorp/aws,
// internal/service/ssm/maintenance_window_task_test.go; see test-support/hashicorp-acceptance.ts for
// the version), written as our props. For every config and argument list the Go tests use:
//  - constructing our task raises no error, and reports exactly the expected warnings;
//  - our synthesized resource equals what cdktf's raw SsmMaintenanceWindowTask synthesizes from the
//    HCL's attributes (the oracle), and both equal the transcribed Terraform JSON;
// and all the stacks (supporting resources included) pass one real `terraform validate`: that check
// is in validate.test.ts, where every validation of the terraform project shares one root.
import { Testing, type TerraformStack } from "cdktf";
import { SsmMaintenanceWindowTask, type SsmMaintenanceWindowTaskConfig } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../../lib";
import { ACCEPTANCE_CASES, acceptanceStack, snakeToCamel, withoutPath, type AcceptanceCase } from "../../test-support/hashicorp-acceptance";

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

describe.each(ACCEPTANCE_CASES.map((c) => [c.config, c] as const))("%s", (_name, c) => {
  test(`used by ${c.usedBy.join(", ")}: no error, the expected warnings, the HCL's attributes`, () => {
    let result: ReturnType<typeof ours> | undefined;
    expect(() => {
      result = ours(c, "case");
    }).not.toThrow();
    const { stack, task } = result!;

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
