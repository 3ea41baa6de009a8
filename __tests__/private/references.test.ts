// Token decoding for the reference checks: what a cdktf token stands for.
import { Fn, TerraformIterator, TerraformLocal, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DataAwsInstances } from "@cdktf/provider-aws/lib/data-aws-instances";
import { DataAwsIamRole } from "@cdktf/provider-aws/lib/data-aws-iam-role";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { listReference, parseIdentifier, stringReference } from "../../lib/core/references";

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "refs");
  const window = new SsmMaintenanceWindow(stack, "weekly", { name: "weekly", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
  return { app, stack, window };
}

describe("stringReference", () => {
  test("a resource attribute names its type, resource name and attribute", () => {
    const { window } = setup();
    expect(stringReference(window.id)).toEqual({ kind: "resource", type: "aws_ssm_maintenance_window", name: "weekly", attribute: "id", expression: "aws_ssm_maintenance_window.weekly.id" });
    expect(stringReference(window.name)).toMatchObject({ kind: "resource", attribute: "name" });
  });

  test("a data source attribute", () => {
    const { stack } = setup();
    const role = new DataAwsIamRole(stack, "existing", { name: "ops" });
    expect(stringReference(role.arn)).toEqual({ kind: "data", type: "aws_iam_role", name: "existing", attribute: "arn", expression: "data.aws_iam_role.existing.arn" });
  });

  test("variables and locals are 'other'", () => {
    const { stack } = setup();
    const v = new TerraformVariable(stack, "window_id", { type: "string" });
    const l = new TerraformLocal(stack, "role", "arn:aws:iam::123456789012:role/x");
    expect(stringReference(v.stringValue)).toEqual({ kind: "other", expression: "var.window_id" });
    expect(stringReference(l.asString)).toEqual({ kind: "other", expression: "local.role" });
  });

  test("function calls and tokens inside other text are not interpreted", () => {
    const { window } = setup();
    expect(stringReference(Fn.lower(window.id))).toBeUndefined();
    expect(stringReference(`prefix-${window.id}`)).toBeUndefined();
  });

  test("a for_each resource's attribute (aws_instance.web.*.id)", () => {
    const { stack } = setup();
    const ids = new TerraformVariable(stack, "names", { type: "set(string)" });
    const web = new Instance(stack, "web", { forEach: TerraformIterator.fromList(ids.listValue), ami: "ami-12345678", instanceType: "t3.micro" });
    expect(stringReference(web.id)).toMatchObject({ kind: "resource", type: "aws_instance", name: "web", attribute: "id" });
  });

});

describe("listReference", () => {
  test("a list attribute of a data source and a list variable", () => {
    const { stack } = setup();
    const all = new DataAwsInstances(stack, "all", {});
    const v = new TerraformVariable(stack, "ids", { type: "list(string)" });
    expect(listReference(all.ids)).toEqual({ kind: "data", type: "aws_instances", name: "all", attribute: "ids", expression: "data.aws_instances.all.ids" });
    expect(listReference(v.listValue)).toEqual({ kind: "other", expression: "var.ids" });
    expect(listReference(Fn.tolist(all.ids))).toBeUndefined();
  });
});

describe("parseIdentifier", () => {
  test.each([
    ["aws_instance.web.root_block_device[0].volume_id", { kind: "resource", type: "aws_instance", name: "web", attribute: "root_block_device.volume_id" }],
    ["module.ops.window_id", { kind: "other" }],
    ["each.value", { kind: "other" }],
    ["aws_instance.web", { kind: "other" }],
  ])("%s", (identifier, expected) => {
    expect(parseIdentifier(identifier)).toMatchObject(expected);
  });
});
