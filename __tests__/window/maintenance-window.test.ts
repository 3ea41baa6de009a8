// MaintenanceWindow synthesizes the window, its targets and its tasks; attributes, meta-arguments,
// provider inheritance and the addTask type.
import { TerraformOutput, TerraformVariable, type TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { MaintenanceWindowTask } from "../../lib/maintenance-window-task";
import { MaintenanceWindow, type WindowTaskProps } from "../../lib/window/maintenance-window";
import { newStack, synthJson, taskResources, warningsOf } from "../../test-support/synth";

/** What a token resolves to in the synthesized JSON (through an output). */
function resolved(stack: TerraformStack, value: string): unknown {
  const name = `probe${Object.keys(synthJson(stack).output ?? {}).length}`;
  new TerraformOutput(stack, name, { value });
  return (synthJson(stack).output as Record<string, { value: unknown }>)[name].value;
}

/** The resources of a type, keyed by logical id without its hash. */
function resources(stack: TerraformStack, type: string): Record<string, Record<string, unknown>> {
  const all = synthJson(stack).resource?.[type] ?? {};
  return Object.fromEntries(Object.entries(all).map(([id, v]) => [id.replace(/_[0-9A-F]{8}$/, ""), v]));
}

const WINDOW = { Name: "weekly-patching", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1 } as const;

describe("the window", () => {
  test("the issue's example: window, target and task as one block", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "Weekly", {
      Name: "weekly-patching",
      Schedule: "cron(0 2 ? * SUN *)",
      ScheduleTimezone: "Europe/Berlin",
      Duration: 3,
      Cutoff: 1,
      AllowUnassociatedTargets: false,
    });
    const web = window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
    window.addTask("Patch", {
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunPatchBaseline",
      Priority: 1,
      Targets: [{ Key: "WindowTargetIds", Values: [web.id] }],
      MaxConcurrency: "10%",
      MaxErrors: "1",
      TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] } } },
    });
    const json = synthJson(stack).resource!;
    const [windowId] = Object.keys(json.aws_ssm_maintenance_window);
    const [targetId] = Object.keys(json.aws_ssm_maintenance_window_target);
    expect(resources(stack, "aws_ssm_maintenance_window")).toEqual({
      Weekly: {
        name: "weekly-patching",
        schedule: "cron(0 2 ? * SUN *)",
        schedule_timezone: "Europe/Berlin",
        duration: 3,
        cutoff: 1,
        allow_unassociated_targets: false,
      },
    });
    expect(resources(stack, "aws_ssm_maintenance_window_target")).toEqual({
      Weekly_Web: {
        window_id: `\${aws_ssm_maintenance_window.${windowId}.id}`,
        resource_type: "INSTANCE",
        targets: [{ key: "tag:Role", values: ["web"] }],
      },
    });
    expect(taskResources(stack)).toEqual({
      Weekly_Patch: {
        window_id: `\${aws_ssm_maintenance_window.${windowId}.id}`,
        task_type: "RUN_COMMAND",
        task_arn: "AWS-RunPatchBaseline",
        priority: 1,
        targets: [{ key: "WindowTargetIds", values: [`\${aws_ssm_maintenance_window_target.${targetId}.id}`] }],
        max_concurrency: "10%",
        max_errors: "1",
        task_invocation_parameters: { run_command_parameters: { parameter: [{ name: "Operation", values: ["Install"] }] } },
      },
    });
    expect(warningsOf(stack)).toEqual([]);
  });

  test("every prop", () => {
    const stack = newStack();
    new MaintenanceWindow(stack, "Monthly", {
      Name: "monthly.db_patching-1",
      Description: "Third Tuesday, two days later",
      Schedule: "cron(30 23 ? * TUE#3 *)",
      ScheduleTimezone: "America/New_York",
      ScheduleOffset: 2,
      Duration: 24,
      Cutoff: 0,
      AllowUnassociatedTargets: true,
      StartDate: "2030-01-01T00:00:00-05:00",
      EndDate: "2031-01-01T00:00:00-05:00",
      Enabled: false,
      Tags: [
        { Key: "Team", Value: "db" },
        { Key: "Env", Value: "prod" },
      ],
    });
    expect(resources(stack, "aws_ssm_maintenance_window")).toEqual({
      Monthly: {
        name: "monthly.db_patching-1",
        description: "Third Tuesday, two days later",
        schedule: "cron(30 23 ? * TUE#3 *)",
        schedule_timezone: "America/New_York",
        schedule_offset: 2,
        duration: 24,
        cutoff: 0,
        allow_unassociated_targets: true,
        start_date: "2030-01-01T00:00:00-05:00",
        end_date: "2031-01-01T00:00:00-05:00",
        enabled: false,
        tags: { Team: "db", Env: "prod" },
      },
    });
  });

  test("the minimal window writes only the required arguments", () => {
    const stack = newStack();
    new MaintenanceWindow(stack, "Daily", { Name: "daily", Schedule: "rate(1 day)", Duration: 1, Cutoff: 0 });
    expect(resources(stack, "aws_ssm_maintenance_window")).toEqual({ Daily: { name: "daily", schedule: "rate(1 day)", duration: 1, cutoff: 0 } });
  });

  test("tags as a map", () => {
    const stack = newStack();
    new MaintenanceWindow(stack, "W", { ...WINDOW, Tags: { Team: "ops", "cost-center": "42" } });
    expect(resources(stack, "aws_ssm_maintenance_window").W.tags).toEqual({ Team: "ops", "cost-center": "42" });
  });

  test("tokens pass through", () => {
    const stack = newStack();
    const duration = new TerraformVariable(stack, "duration", { type: "number" });
    const tags = new TerraformVariable(stack, "tags", { type: "map(string)" });
    const tz = new TerraformVariable(stack, "tz", { type: "string" });
    new MaintenanceWindow(stack, "W", { ...WINDOW, Duration: duration.numberValue, ScheduleTimezone: tz.stringValue, Tags: tags.value });
    expect(resources(stack, "aws_ssm_maintenance_window").W).toEqual({
      name: "weekly-patching",
      schedule: "cron(0 2 ? * SUN *)",
      duration: "${var.duration}",
      cutoff: 1,
      schedule_timezone: "${var.tz}",
      tags: "${var.tags}",
    });
  });

  test("attributes: id, windowName, resource; importFrom", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "W", WINDOW);
    expect(window.resource).toBeInstanceOf(SsmMaintenanceWindow);
    expect(window.resource.node.id).toBe("Resource");
    expect(resolved(stack, window.id)).toMatch(/^\$\{aws_ssm_maintenance_window\.W_[0-9A-F]{8}\.id\}$/);
    expect(resolved(stack, window.windowName)).toMatch(/^\$\{aws_ssm_maintenance_window\.W_[0-9A-F]{8}\.name\}$/);
    window.importFrom("mw-0123456789abcdef0");
    expect(Object.values((synthJson(stack).import as { id: string }[]) ?? [])).toEqual([expect.objectContaining({ id: "mw-0123456789abcdef0" })]);
  });

  test("meta-arguments; lifecycle.ignoreChanges may name PascalCase props", () => {
    const stack = newStack();
    const other = new MaintenanceWindow(stack, "Other", WINDOW);
    new MaintenanceWindow(stack, "W", { ...WINDOW, dependsOn: [other.resource], lifecycle: { ignoreChanges: ["Enabled", "ScheduleTimezone"], preventDestroy: true } });
    const w = resources(stack, "aws_ssm_maintenance_window").W;
    expect(w.depends_on).toEqual([expect.stringMatching(/^aws_ssm_maintenance_window\.Other_[0-9A-F]{8}$/)]);
    expect(w.lifecycle).toEqual({ ignore_changes: ["enabled", "schedule_timezone"], prevent_destroy: true });
  });

  test("escape hatch: overrides on the resource", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "W", WINDOW);
    window.resource.addOverride("description", "from an override");
    expect(resources(stack, "aws_ssm_maintenance_window").W.description).toBe("from an override");
  });

});

describe("addTarget", () => {
  test("returns the target resource, a child of the window", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "W", WINDOW);
    const target = window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
    expect(target).toBeInstanceOf(SsmMaintenanceWindowTarget);
    expect(target.node.scope).toBe(window);
    expect(resolved(stack, target.id)).toMatch(/^\$\{aws_ssm_maintenance_window_target\.W_Web_[0-9A-F]{8}\.id\}$/);
  });

  test("every prop, and a resource group", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "W", WINDOW);
    window.addTarget("Web", {
      ResourceType: "INSTANCE",
      Targets: [
        { Key: "tag:Role", Values: ["web"] },
        { Key: "tag-key", Values: ["Patch"] },
      ],
      Name: "web-servers",
      Description: "Instances tagged Role=web",
      OwnerInformation: "team-web",
    });
    window.addTarget("Ids", { ResourceType: "INSTANCE", Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0", "mi-0123456789abcdef0"] }] });
    window.addTarget("Batch", {
      ResourceType: "RESOURCE_GROUP",
      Targets: [
        { Key: "resource-groups:Name", Values: ["batch-workers"] },
        { Key: "resource-groups:ResourceTypeFilters", Values: ["AWS::EC2::Instance"] },
      ],
    });
    const windowRef = expect.stringMatching(/^\$\{aws_ssm_maintenance_window\.W_[0-9A-F]{8}\.id\}$/);
    expect(resources(stack, "aws_ssm_maintenance_window_target")).toEqual({
      W_Web: {
        window_id: windowRef,
        resource_type: "INSTANCE",
        targets: [
          { key: "tag:Role", values: ["web"] },
          { key: "tag-key", values: ["Patch"] },
        ],
        name: "web-servers",
        description: "Instances tagged Role=web",
        owner_information: "team-web",
      },
      W_Ids: { window_id: windowRef, resource_type: "INSTANCE", targets: [{ key: "InstanceIds", values: ["i-0123456789abcdef0", "mi-0123456789abcdef0"] }] },
      W_Batch: {
        window_id: windowRef,
        resource_type: "RESOURCE_GROUP",
        targets: [
          { key: "resource-groups:Name", values: ["batch-workers"] },
          { key: "resource-groups:ResourceTypeFilters", values: ["AWS::EC2::Instance"] },
        ],
      },
    });
  });

  test("list tokens pass through", () => {
    const stack = newStack();
    const ids = new TerraformVariable(stack, "ids", { type: "list(string)" });
    new MaintenanceWindow(stack, "W", WINDOW).addTarget("Ids", { ResourceType: "INSTANCE", Targets: [{ Key: "InstanceIds", Values: ids.listValue }] });
    expect(resources(stack, "aws_ssm_maintenance_window_target").W_Ids.targets).toEqual([{ key: "InstanceIds", values: "${var.ids}" }]);
  });
});

describe("addTask", () => {
  test("returns a MaintenanceWindowTask child whose WindowId is the window's id", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "W", WINDOW);
    const task = window.addTask("Restart", { TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 2 });
    expect(task).toBeInstanceOf(MaintenanceWindowTask);
    expect(task.node.scope).toBe(window);
    expect(resolved(stack, task.windowId)).toMatch(/^\$\{aws_ssm_maintenance_window_task\.W_Restart_[0-9A-F]{8}\.window_id\}$/);
    expect(taskResources(stack).W_Restart).toEqual({
      window_id: expect.stringMatching(/^\$\{aws_ssm_maintenance_window\.W_[0-9A-F]{8}\.id\}$/),
      task_type: "AUTOMATION",
      task_arn: "AWS-RestartEC2Instance",
      priority: 2,
    });
  });

  test("InstanceIds on a window that allows unassociated targets", () => {
    const stack = newStack();
    new MaintenanceWindow(stack, "W", { ...WINDOW, AllowUnassociatedTargets: true }).addTask("Uptime", {
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunShellScript",
      Priority: 1,
      Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
      MaxConcurrency: 1,
      MaxErrors: 0,
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
    });
    expect(taskResources(stack).W_Uptime.targets).toEqual([{ key: "InstanceIds", values: ["i-0123456789abcdef0"] }]);
  });

  test("the props type keeps TaskType's discriminated union", () => {
    const window = new MaintenanceWindow(newStack(), "W", WINDOW);
    const props: WindowTaskProps = { TaskType: "LAMBDA", TaskArn: "cleanup", Priority: 1, TaskInvocationParameters: { Lambda: { Qualifier: "live" } } };
    expect(() =>
      // @ts-expect-error a RUN_COMMAND task cannot take Lambda parameters
      window.addTask("Typed", {
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunShellScript",
        Priority: 1,
        Targets: [{ Key: "WindowTargetIds", Values: ["e32eecb2-646c-4f4b-8ed1-205fba1b2c3d"] }],
        MaxConcurrency: 1,
        MaxErrors: 0,
        TaskInvocationParameters: { Lambda: { Payload: "{}" } },
      }),
    ).toThrow(/InvocationTypeMismatch/);
    // @ts-expect-error WindowId is set by the window
    expect(() => window.addTask("WithId", { ...props, WindowId: "mw-0123456789abcdef0" })).toThrow(/WindowUnknownProperty/);
    // @ts-expect-error TaskType is still required
    expect(() => window.addTask("NoType", { TaskArn: "AWS-RunShellScript", Priority: 1 })).toThrow(/RequiredProperty/);
    window.addTask("Lambda", props);
  });
});

describe("providers", () => {
  test("targets and tasks use the window's provider unless they give their own", () => {
    const stack = newStack();
    new AwsProvider(stack, "aws", { region: "us-east-1" });
    const eu = new AwsProvider(stack, "eu", { region: "eu-west-1", alias: "eu" });
    const us = new AwsProvider(stack, "us", { region: "us-west-2", alias: "us" });
    const window = new MaintenanceWindow(stack, "W", { ...WINDOW, provider: eu });
    const target = window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
    window.addTask("Patch", {
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunPatchBaseline",
      Priority: 1,
      Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
      MaxConcurrency: 1,
      MaxErrors: 0,
    });
    window.addTarget("Other", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["db"] }], provider: us });
    expect(resources(stack, "aws_ssm_maintenance_window").W.provider).toBe("aws.eu");
    expect(resources(stack, "aws_ssm_maintenance_window_target").W_Web.provider).toBe("aws.eu");
    expect(resources(stack, "aws_ssm_maintenance_window_target").W_Other.provider).toBe("aws.us");
    expect(taskResources(stack).W_Patch.provider).toBe("aws.eu");
  });

  test("without a provider nothing is written", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "W", WINDOW);
    window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
    window.addTask("Restart", { TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 1 });
    expect(resources(stack, "aws_ssm_maintenance_window_target").W_Web.provider).toBeUndefined();
    expect(taskResources(stack).W_Restart.provider).toBeUndefined();
  });
});

describe("types", () => {
  test("misspelt props and wrong enums do not compile; readonly arrays do", () => {
    const stack = newStack();
    // @ts-expect-error Duration is required
    expect(() => new MaintenanceWindow(stack, "A", { Name: "abc", Schedule: "rate(1 day)", Cutoff: 0 })).toThrow(/WindowRequiredProperty/);
    // @ts-expect-error ScheduleTimeZone is not a prop (ScheduleTimezone is)
    expect(() => new MaintenanceWindow(stack, "B", { ...WINDOW, ScheduleTimeZone: "UTC" })).toThrow(/Did you mean "ScheduleTimezone"/);
    const window = new MaintenanceWindow(stack, "C", WINDOW);
    // @ts-expect-error ResourceType is INSTANCE or RESOURCE_GROUP
    expect(() => window.addTarget("T1", { ResourceType: "EC2", Targets: [{ Key: "tag:Role", Values: ["web"] }] })).toThrow(/WindowTargetResourceTypeEnum/);
    const selectors = [{ Key: "tag:Role", Values: ["web"] }] as const;
    expect(() => window.addTarget("ReadOnly", { ResourceType: "INSTANCE", Targets: selectors, acknowledgeWarnings: ["WindowTargetKeyCase"] as const })).not.toThrow();
    expect(() => new MaintenanceWindow(stack, "D", { ...WINDOW, Tags: [{ Key: "Team", Value: "ops" }] as const })).not.toThrow();
    // @ts-expect-error WindowTargetIds is a task's key, not a window target's
    expect(() => window.addTarget("T2", { ResourceType: "INSTANCE", Targets: [{ Key: "WindowTargetIds", Values: ["x"] }] })).toThrow(/WindowTargetKeyUnsupported/);
  });
});
