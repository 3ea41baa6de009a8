// Region: hashicorp/aws 6's per-resource `region`, on the task, the window and its targets. This file
// runs on every binding (the unit project's @cdktf/provider-aws 20 for hashicorp/aws 5.x, and the
// aws 6 bindings of the other unit projects): each test asserts what its binding must do, in an
// explicit branch on the binding's capability; none is skipped.
import * as fs from "node:fs";
import * as path from "node:path";
import { Fn, TerraformVariable, Testing, type TerraformStack } from "cdktf";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { MaintenanceWindow, MaintenanceWindowTask, validateMaintenanceWindow, validateMaintenanceWindowTarget, validateMaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../../lib";
import { awsBinding, bindingHasResourceRegion } from "../../lib/core/runtime";
import { regionNeedsProvider6Message } from "../../lib/core/region";
import type { MaintenanceWindowDiagnosticsError } from "../../lib/core/errors";
import { CHECKED_RESOURCES } from "../../lib/checks/judge";
import { taskPropsFromTerraform } from "../../lib/task/from-terraform";
import { windowPropsFromTerraform, windowTargetPropsFromTerraform } from "../../lib/window/from-terraform";
import { automationBase, WINDOW_ID } from "../../test-support/fixtures";
import { newStack, synthJson, warningsOf } from "../../test-support/synth";

const AWS6 = bindingHasResourceRegion();
const WINDOW = { Name: "weekly-patching", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1 } as const;
const TARGET = { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] } as const;
const TASK = { TaskType: "AUTOMATION", TaskArn: "Acme-RestartInstances", Priority: 1 } as const;

const codes = (d: readonly { code: string }[]) => d.map((x) => x.code).sort();

/** The error synthesis throws (every construct's errors), or undefined; the stack gets an AwsProvider (cdktf's validations want one). */
function synthError(stack: TerraformStack): MaintenanceWindowDiagnosticsError | undefined {
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  try {
    Testing.synth(stack, true);
    return undefined;
  } catch (e) {
    return e as MaintenanceWindowDiagnosticsError;
  }
}

/** The one resource of a type in the synthesized JSON. */
function resourceOf(stack: TerraformStack, type: string): Record<string, unknown>[] {
  return Object.values(synthJson(stack).resource?.[type] ?? {});
}

describe("the binding's capability", () => {
  test("is read from the generated class: hashicorp/aws ≥ 6 bindings know region, 5.x ones do not", () => {
    const pkgDir = path.dirname(require.resolve("@cdktf/provider-aws/package.json"));
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { name: string; version: string; cdktf?: { provider: { version: string } }; cdktn?: { provider: { version: string } } };
    const providerVersion = (pkg.cdktf ?? pkg.cdktn)!.provider.version;
    expect(awsBinding()).toEqual({ name: pkg.name, version: pkg.version, providerVersion });
    expect(AWS6).toBe(Number(providerVersion.split(".")[0]) >= 6);
    // All three resources come from the one package and agree with it.
    for (const cls of [SsmMaintenanceWindowTask, SsmMaintenanceWindow, SsmMaintenanceWindowTarget]) {
      expect(Object.prototype.hasOwnProperty.call(cls.prototype, "regionInput")).toBe(AWS6);
    }
    expect(bindingHasResourceRegion()).toBe(AWS6); // memoized: the same answer
  });

  test("the 5.x message names the binding, the version Region needs and the alternative", () => {
    const b = awsBinding();
    expect(regionNeedsProvider6Message("task")).toBe(
      `Region needs the hashicorp/aws provider 6 or later (its per-resource region argument), but this app's binding is ${b.name} ${b.version}, ` +
        `generated for hashicorp/aws ${b.providerVersion}: it cannot write region, so the task would silently be created in the provider's Region. ` +
        "Upgrade to @cdktf/provider-aws ≥ 21 (cdktf) or @cdktn/provider-aws ≥ 23 (CDK Terrain), both on hashicorp/aws 6; " +
        "or remove Region and pass provider: an AwsProvider with an alias and region set to that Region.",
    );
    if (AWS6) expect(b.providerVersion).toMatch(/^([6-9]|\d{2,})\./);
    else expect(`${b.name} ${b.version} ${b.providerVersion}`).toBe("@cdktf/provider-aws 20.1.0 5.100.0");
  });
});

describe("a task's Region", () => {
  test("is rendered as region on aws 6; on 5.x it is exactly the error RegionNeedsAwsProvider6", () => {
    const stack = newStack({ failFast: false });
    new MaintenanceWindowTask(stack, "Task", { ...automationBase, Region: "eu-west-1" } as MaintenanceWindowTaskProps);
    const error = synthError(stack);
    if (AWS6) {
      expect(error).toBeUndefined();
      expect(resourceOf(stack, "aws_ssm_maintenance_window_task")[0].region).toBe("eu-west-1");
    } else {
      expect(error?.name).toBe("MaintenanceWindowTaskValidationError");
      expect(error!.diagnostics).toEqual([{ code: "RegionNeedsAwsProvider6", level: "error", path: "Region", message: regionNeedsProvider6Message("task") }]);
    }
  });

  test("without Region, nothing is rendered and nothing reported, on every binding", () => {
    const stack = newStack();
    new MaintenanceWindowTask(stack, "Task", automationBase as MaintenanceWindowTaskProps);
    expect(resourceOf(stack, "aws_ssm_maintenance_window_task")[0]).not.toHaveProperty("region");
    expect(validateMaintenanceWindowTask(automationBase)).toEqual([]);
  });

  test("a malformed literal is RegionFormat, an empty one RegionEmpty; well-formed Regions of every partition pass", () => {
    const binding = AWS6 ? [] : ["RegionNeedsAwsProvider6"];
    for (const bad of ["EU-WEST-1", "eu west 1", "frankfurt", "eu-west", "eu-west-1a", "eu_west_1", " eu-west-1"]) {
      expect([bad, codes(validateMaintenanceWindowTask({ ...automationBase, Region: bad }))]).toEqual([bad, [...binding, "RegionFormat"].sort()]);
    }
    const empty = validateMaintenanceWindowTask({ ...automationBase, Region: "" });
    expect(codes(empty)).toEqual([...binding, "RegionEmpty"].sort());
    expect(empty.find((d) => d.code === "RegionEmpty")?.level).toBe("warning");
    for (const good of ["us-east-1", "eu-central-2", "ap-southeast-5", "us-gov-west-1", "cn-northwest-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1", "eusc-de-east-1", "mx-central-1"]) {
      expect([good, codes(validateMaintenanceWindowTask({ ...automationBase, Region: good }))]).toEqual([good, binding]);
    }
  });

  test("a non-string is a TypeMismatch", () => {
    expect(codes(validateMaintenanceWindowTask({ ...automationBase, Region: 5 }))).toEqual(["TypeMismatch"]);
  });

  test("tokens are not judged (only the binding is)", () => {
    const stack = newStack({ failFast: false });
    const region = new TerraformVariable(stack, "region", { type: "string" });
    const values = [region.stringValue, Fn.lower("EU-WEST-1")];
    values.forEach((value, i) => new MaintenanceWindowTask(stack, `T${i}`, { ...automationBase, Region: value } as MaintenanceWindowTaskProps));
    const error = synthError(stack);
    if (AWS6) {
      expect(error).toBeUndefined();
      const rendered = resourceOf(stack, "aws_ssm_maintenance_window_task").map((r) => r.region);
      expect(rendered).toEqual(["${var.region}", '${lower("EU-WEST-1")}']);
    } else {
      expect(codes(error!.diagnostics)).toEqual(["RegionNeedsAwsProvider6", "RegionNeedsAwsProvider6"]);
    }
  });
});

describe("a window's and its targets' Region", () => {
  test("rendered on the window, its target and its task (which default to the window's); on 5.x exactly WindowRegionNeedsAwsProvider6", () => {
    const stack = newStack({ failFast: false });
    const window = new MaintenanceWindow(stack, "Weekly", { ...WINDOW, Region: "eu-west-1" });
    window.addTarget("Web", TARGET);
    window.addTarget("Api", { ...TARGET, Region: "eu-west-1" });
    window.addTask("Patch", TASK);
    const error = synthError(stack);
    if (AWS6) {
      expect(error).toBeUndefined();
      expect(resourceOf(stack, "aws_ssm_maintenance_window").map((r) => r.region)).toEqual(["eu-west-1"]);
      expect(resourceOf(stack, "aws_ssm_maintenance_window_target").map((r) => r.region)).toEqual(["eu-west-1", "eu-west-1"]);
      expect(resourceOf(stack, "aws_ssm_maintenance_window_task").map((r) => r.region)).toEqual(["eu-west-1"]);
      expect(warningsOf(stack)).toEqual([]);
    } else {
      // The window's Region and the target that names one; the target and task that inherit it do not repeat it.
      expect(error?.name).toBe("MaintenanceWindowValidationError");
      expect(error!.constructs.map((c) => [c.constructPath, codes(c.diagnostics)])).toEqual([
        ["test/Weekly", ["WindowRegionNeedsAwsProvider6"]],
        ["test/Weekly/Api", ["WindowRegionNeedsAwsProvider6"]],
      ]);
      expect(error!.diagnostics[0].message).toBe(regionNeedsProvider6Message("window"));
    }
  });

  test("a window without Region: its targets and tasks write none", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "Weekly", WINDOW);
    window.addTarget("Web", TARGET);
    window.addTask("Patch", TASK);
    for (const type of ["aws_ssm_maintenance_window", "aws_ssm_maintenance_window_target", "aws_ssm_maintenance_window_task"]) {
      expect(resourceOf(stack, type)[0]).not.toHaveProperty("region");
    }
  });

  test("values: WindowRegionFormat, WindowRegionEmpty; tokens not judged", () => {
    const binding = AWS6 ? [] : ["WindowRegionNeedsAwsProvider6"];
    expect(codes(validateMaintenanceWindow({ ...WINDOW, Region: "Europe" }))).toEqual([...binding, "WindowRegionFormat"].sort());
    expect(codes(validateMaintenanceWindowTarget({ ...TARGET, Region: "eu-west-1 " }))).toEqual([...binding, "WindowRegionFormat"].sort());
    expect(codes(validateMaintenanceWindowTarget({ ...TARGET, Region: "" }))).toEqual([...binding, "WindowRegionEmpty"].sort());
    expect(codes(validateMaintenanceWindow({ ...WINDOW, Region: "eu-west-1" }))).toEqual(binding);
    expect(codes(validateMaintenanceWindow({ ...WINDOW, Region: Fn.lower("X") }))).toEqual(binding);
  });

  test("a target's or task's literal Region other than the window's literal is the warning WindowRegionDiffers", () => {
    const stack = newStack({ failFast: false });
    const window = new MaintenanceWindow(stack, "Weekly", { ...WINDOW, Region: "eu-west-1" });
    const target = window.addTarget("Web", { ...TARGET, Region: "us-east-1" });
    const task = window.addTask("Patch", { ...TASK, Region: "us-east-1" });
    const acknowledged = window.addTask("Ack", { ...TASK, Region: "us-east-1", acknowledgeWarnings: ["WindowRegionDiffers"] });
    const error = synthError(stack);
    if (AWS6) {
      expect(error).toBeUndefined();
      const expected = (what: string) =>
        `[WindowRegionDiffers] Region: The ${what} is in Region "us-east-1", its window in "eu-west-1": SSM looks the window up in the ${what}'s Region and does not find it ` +
        `(DoesNotExistException at apply). Use the window's Region (leave Region out: addTarget and addTask use the window's), or create a window in "us-east-1".`;
      expect(warningsOf(target)).toEqual([expected("window target")]);
      expect(warningsOf(task)).toEqual([expected("task")]);
      expect(codes(task.warnings)).toEqual(["WindowRegionDiffers"]);
      expect(warningsOf(acknowledged)).toEqual([]);
      // Each keeps its own Region: the warning does not change what is rendered.
      expect(resourceOf(stack, "aws_ssm_maintenance_window_task").map((r) => r.region)).toEqual(["us-east-1", "us-east-1"]);
    } else {
      // 5.x: the binding error on each Region given; the mismatch is still reported as a warning.
      expect(error!.constructs.map((c) => [c.constructPath, codes(c.diagnostics)])).toEqual([
        ["test/Weekly", ["WindowRegionNeedsAwsProvider6"]],
        ["test/Weekly/Web", ["WindowRegionNeedsAwsProvider6"]],
        ["test/Weekly/Patch", ["RegionNeedsAwsProvider6"]],
        ["test/Weekly/Ack", ["RegionNeedsAwsProvider6"]],
      ]);
      // A target with errors is a stand-in without annotations; the task still lists its warning.
      expect(warningsOf(target)).toEqual([]);
      expect(codes(task.warnings)).toEqual(["WindowRegionDiffers"]);
    }
  });

  test("not judged: a token on either side, the same Region, or a window without Region", () => {
    const stack = newStack({ failFast: false });
    const variable = new TerraformVariable(stack, "region", { type: "string" });
    const literal = new MaintenanceWindow(stack, "Literal", { ...WINDOW, Region: "eu-west-1" });
    literal.addTarget("Token", { ...TARGET, Region: variable.stringValue });
    literal.addTask("Same", { ...TASK, Region: "eu-west-1" });
    const token = new MaintenanceWindow(stack, "Token", { ...WINDOW, Region: variable.stringValue });
    token.addTarget("LiteralTarget", { ...TARGET, Region: "us-east-1" });
    token.addTask("LiteralTask", { ...TASK, Region: "us-east-1" });
    const none = new MaintenanceWindow(stack, "None", WINDOW);
    none.addTarget("LiteralTarget", { ...TARGET, Region: "us-east-1" });
    none.addTask("LiteralTask", { ...TASK, Region: "us-east-1" });
    synthError(stack); // 5.x: the binding errors (asserted above); the warnings are what is tested here
    expect(warningsOf(stack).filter((w) => w.includes("WindowRegionDiffers"))).toEqual([]);
  });
});

describe("the reverse mappings read region back", () => {
  test("task, window and target bodies → Region; the binding's error is not the config's", () => {
    const task = { window_id: WINDOW_ID, task_arn: "Acme-RestartInstances", task_type: "AUTOMATION", priority: 1, region: "eu-west-1" };
    expect(taskPropsFromTerraform(task)).toEqual({ WindowId: WINDOW_ID, TaskArn: "Acme-RestartInstances", TaskType: "AUTOMATION", Priority: 1, Region: "eu-west-1" });
    const window = { name: "weekly-patching", schedule: "cron(0 2 ? * SUN *)", duration: 3, cutoff: 1, region: "eu-west-1" };
    expect(windowPropsFromTerraform(window)).toEqual({ ...WINDOW, Region: "eu-west-1" });
    const target = { window_id: WINDOW_ID, resource_type: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }], region: "eu-west-1" };
    expect(windowTargetPropsFromTerraform(target)).toEqual({ ...TARGET, Region: "eu-west-1" });
    // A Terraform config with region names its provider itself: judged on every binding alike.
    expect(CHECKED_RESOURCES.aws_ssm_maintenance_window_task.check(task, [])).toEqual([]);
    expect(CHECKED_RESOURCES.aws_ssm_maintenance_window.check(window, [])).toEqual([]);
    expect(CHECKED_RESOURCES.aws_ssm_maintenance_window_target.check(target, [])).toEqual([]);
    expect(codes(CHECKED_RESOURCES.aws_ssm_maintenance_window_task.check({ ...task, region: "EU" }, []))).toEqual(["RegionFormat"]);
    expect(codes(CHECKED_RESOURCES.aws_ssm_maintenance_window_target.check({ ...target, region: "" }, []))).toEqual(["WindowRegionEmpty"]);
  });

  test("round trip: props → resource body → props → the same body (aws 6); on 5.x the body has no region to read", () => {
    const stack = newStack({ failFast: false });
    const props = { ...automationBase, Region: "ap-southeast-2" } as MaintenanceWindowTaskProps;
    const resource = new MaintenanceWindowTask(stack, "Task", props);
    const body = Object.values((resource.toTerraform() as { resource: Record<string, Record<string, Record<string, unknown>>> }).resource.aws_ssm_maintenance_window_task)[0];
    const back = taskPropsFromTerraform(JSON.parse(JSON.stringify(body)));
    if (AWS6) {
      expect(back).toEqual(props);
      const again = new MaintenanceWindowTask(newStack(), "Task", back as unknown as MaintenanceWindowTaskProps).toTerraform() as { resource: Record<string, Record<string, unknown>> };
      expect(JSON.stringify(Object.values(again.resource.aws_ssm_maintenance_window_task)[0])).toEqual(JSON.stringify(body));
    } else {
      // The task has errors (RegionNeedsAwsProvider6): its body is the stand-in, without region.
      expect(back).not.toHaveProperty("Region");
      expect(codes(resource.errors)).toEqual(["RegionNeedsAwsProvider6"]);
    }
  });
});
