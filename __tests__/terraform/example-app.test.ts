// The example app (main.ts's stack) synthesizes and passes `terraform validate` with the real
// hashicorp/aws 5.100.0 provider, offline from the machine's mirror.
import { Testing } from "cdktf";
import { ExampleStack } from "../../examples/example-stack";
import { assertTerraform, removeDir, validateStack } from "../../test-support/terraform";

test("the example stack passes terraform validate", () => {
  assertTerraform();
  const app = Testing.app();
  const stack = new ExampleStack(app, "example");
  const json = Testing.synth(stack, true);
  const tasks = JSON.parse(json).resource.aws_ssm_maintenance_window_task;
  expect(Object.keys(tasks)).toHaveLength(5);
  const result = validateStack(json);
  expect(result.diagnostics).toEqual([]);
  expect(result.valid).toBe(true);
  removeDir(result.dir);
});
