import { TerraformVariable } from "cdktf";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { MaintenanceWindowConfigError, MaintenanceWindowTask, TaskTargets } from "../../lib";
import { newStack, taskResources, TARGET_ID } from "../../test-support/synth";

const instance = (i: number) => `i-${String(i).padStart(17, "0")}`;

describe("TaskTargets.windowTargets", () => {
  test("constructs become a dependency-carrying WindowTargetIds target", () => {
    const stack = newStack();
    const window = new SsmMaintenanceWindow(stack, "window", { name: "w", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
    const web = new SsmMaintenanceWindowTarget(stack, "web", { windowId: window.id, resourceType: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }] });
    new MaintenanceWindowTask(stack, "Task", {
      WindowId: window,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 1,
      Targets: TaskTargets.windowTargets([web, TARGET_ID]),
      MaxConcurrency: "1",
      MaxErrors: "0",
    });
    expect(taskResources(stack).Task.targets).toEqual([{ key: "WindowTargetIds", values: ["${aws_ssm_maintenance_window_target.web.id}", TARGET_ID] }]);
  });

  test.each<[string, unknown[], string]>([
    ["none", [], "TargetValuesEmpty"],
    ["eleven", Array.from({ length: 11 }, () => TARGET_ID), "WindowTargetIdsCount"],
    ["a name instead of an id", ["web-servers"], "WindowTargetIdFormat"],
    ["a window instead of a target", [{ terraformResourceType: "aws_ssm_maintenance_window", id: "x" }], "ReferenceType"],
  ])("fails when given %s", (_, targets, code) => {
    expect(() => TaskTargets.windowTargets(targets as string[])).toThrow(MaintenanceWindowConfigError);
    expect(() => TaskTargets.windowTargets(targets as string[])).toThrow(new RegExp(`^\\[${code}\\]`));
  });
});

describe("TaskTargets.instances", () => {
  test("splits ids into targets of 50", () => {
    const targets = TaskTargets.instances(Array.from({ length: 120 }, (_, i) => instance(i)));
    expect(targets.map((t) => t.Values.length)).toEqual([50, 50, 20]);
    expect(targets.every((t) => t.Key === "InstanceIds")).toBe(true);
    expect(targets[2].Values[19]).toBe(instance(119));
  });

  test("a list token becomes one target", () => {
    const ids = new TerraformVariable(newStack(), "ids", { type: "list(string)" }).listValue;
    expect(TaskTargets.instances(ids)).toEqual([{ Key: "InstanceIds", Values: ids }]);
  });

  test.each<[string, string[], string]>([
    ["none", [], "TargetValuesEmpty"],
    ["251 ids", Array.from({ length: 251 }, (_, i) => instance(i)), "TargetsCount"],
    ["a malformed id", ["i-123"], "InstanceIdFormat"],
  ])("fails when given %s", (_, ids, code) => {
    expect(() => TaskTargets.instances(ids)).toThrow(new RegExp(`^\\[${code}\\]`));
  });
});
