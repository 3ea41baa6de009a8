// Create, update, replace, drift, import and destroy through Terraform state: the real terraform
// and hashicorp/aws 5.100.0 provider against the local AWS endpoint (local-aws/).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { TerraformStack } from "cdktf";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import {
  DeregisterTaskFromMaintenanceWindowCommand,
  GetMaintenanceWindowTaskCommand,
  RegisterTaskWithMaintenanceWindowCommand,
  UpdateMaintenanceWindowTaskCommand,
  type GetMaintenanceWindowTaskCommandOutput,
} from "@aws-sdk/client-ssm";
import { MaintenanceWindowTask } from "../../lib";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { addressOf, localStack, ssmClient, TerraformProject } from "../../test-support/e2e";

jest.setTimeout(600_000);

interface Variant {
  priority: number;
  concurrency: string;
  commands: string[];
  automationWindow: "main" | "other";
  lambdaType: "LAMBDA" | "STEP_FUNCTIONS";
  imported?: boolean;
  withoutRunCommand?: boolean;
}

const BASE: Variant = { priority: 1, concurrency: "2", commands: ["uptime"], automationWindow: "main", lambdaType: "LAMBDA" };
const ROLE_POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }] });

/** The stack under test: two windows, a target, a role and one task per type. */
function buildStack(v: Variant): { stack: TerraformStack; tasks: Record<string, MaintenanceWindowTask> } {
  const stack = localStack();
  const main = new SsmMaintenanceWindow(stack, "main", { name: "e2e-main", schedule: "rate(7 days)", duration: 3, cutoff: 1 });
  const other = new SsmMaintenanceWindow(stack, "other", { name: "e2e-other", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
  const target = new SsmMaintenanceWindowTarget(stack, "web", { windowId: main.id, resourceType: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }] });
  const role = new IamRole(stack, "role", { name: "e2e-maintenance", assumeRolePolicy: ROLE_POLICY });
  const tasks: Record<string, MaintenanceWindowTask> = {};
  if (!v.withoutRunCommand) {
    tasks.run = new MaintenanceWindowTask(stack, "run", {
      WindowId: main.id,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: v.priority,
      Name: "run-shell",
      Description: "e2e run command",
      ServiceRoleArn: role.arn,
      CutoffBehavior: "CANCEL_TASK",
      Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
      MaxConcurrency: v.concurrency,
      MaxErrors: "1",
      TaskInvocationParameters: {
        RunCommand: {
          Comment: "e2e",
          TimeoutSeconds: 600,
          OutputS3BucketName: "e2e-logs",
          OutputS3KeyPrefix: "run/",
          Parameters: { commands: v.commands, workingDirectory: ["/tmp"] },
        },
      },
    });
  }
  tasks.automation = new MaintenanceWindowTask(stack, "automation", {
    WindowId: v.automationWindow === "main" ? main.id : other.id,
    TaskArn: "AWS-RestartEC2Instance",
    TaskType: "AUTOMATION",
    Priority: 2,
    TaskInvocationParameters: { Automation: { DocumentVersion: "$DEFAULT", Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } },
  });
  tasks.lambdaOrSfn =
    v.lambdaType === "LAMBDA"
      ? new MaintenanceWindowTask(stack, "function", {
          WindowId: main.id,
          TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup",
          TaskType: "LAMBDA",
          Priority: 3,
          TaskInvocationParameters: { Lambda: { Payload: { dryRun: true }, Qualifier: "live" } },
        })
      : new MaintenanceWindowTask(stack, "function", {
          WindowId: main.id,
          TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:cleanup",
          TaskType: "STEP_FUNCTIONS",
          Priority: 3,
          TaskInvocationParameters: { StepFunctions: { Input: { dryRun: true }, Name: "cleanup" } },
        });
  tasks.stepFunctions = new MaintenanceWindowTask(stack, "stepFunctions", {
    WindowId: main.id,
    TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:nightly",
    TaskType: "STEP_FUNCTIONS",
    Priority: 4,
    TaskInvocationParameters: { StepFunctions: { Input: '{"mode":"full"}', Name: "nightly" } },
  });
  if (v.imported) {
    tasks.imported = new MaintenanceWindowTask(stack, "imported", {
      WindowId: main.id,
      TaskArn: "AWS-RestartEC2Instance",
      TaskType: "AUTOMATION",
      Priority: 9,
    });
  }
  return { stack, tasks };
}

const prerequisites = checkPrerequisites();
let aws: LocalAws;
let project: TerraformProject;
const requestLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mwt-e2e-log-")), "requests.log");

beforeAll(async () => {
  if (prerequisites.length > 0) throw new Error(`The end-to-end suite needs:\n- ${prerequisites.join("\n- ")}`);
  // The run's shared endpoint, through a proxy that logs only this file's requests.
  aws = await sharedLocalAws({ logFile: requestLog });
  project = new TerraformProject(aws);
});

afterAll(async () => {
  project?.remove();
  await aws?.stop();
});

/** Applies a variant and returns each task's state attributes by key. */
function deploy(v: Variant): Record<string, Record<string, unknown>> {
  return deployWithOutput(v).tasks;
}

/**
 * The same, with the apply's output: `apply -auto-approve` prints the plan it carries out (the
 * same plan, with the same refresh, as a separate `plan` would show) and the counts it applied.
 */
function deployWithOutput(v: Variant): { tasks: Record<string, Record<string, unknown>>; stdout: string } {
  const { stack, tasks } = buildStack(v);
  project.write(stack);
  const { stdout } = project.apply();
  const resources = project.stateResources();
  return { tasks: Object.fromEntries(Object.entries(tasks).map(([key, t]) => [key, resources[addressOf(stack, "aws_ssm_maintenance_window_task", t.node.id)]])), stdout };
}

async function getTask(windowId: unknown, windowTaskId: unknown): Promise<GetMaintenanceWindowTaskCommandOutput> {
  return ssmClient(aws).send(new GetMaintenanceWindowTaskCommand({ WindowId: String(windowId), WindowTaskId: String(windowTaskId) }));
}

async function expectGone(windowId: unknown, windowTaskId: unknown): Promise<void> {
  await expect(getTask(windowId, windowTaskId)).rejects.toMatchObject({ name: "DoesNotExistException" });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The fields AWS reports, without response metadata. */
function fields(t: GetMaintenanceWindowTaskCommandOutput) {
  const { $metadata, ...rest } = t;
  void $metadata;
  return rest;
}

describe("lifecycle against the local endpoint", () => {
  let state: Record<string, Record<string, unknown>>;

  test("create: AWS reports exactly the intended fields for every task type", async () => {
    state = deploy(BASE);
    const windowId = state.run.window_id;
    const roleArn = state.run.service_role_arn;
    const targetId = (state.run.targets as { values: string[] }[])[0].values[0];

    expect(fields(await getTask(windowId, state.run.window_task_id))).toEqual({
      WindowId: windowId,
      WindowTaskId: state.run.window_task_id,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 1,
      Name: "run-shell",
      Description: "e2e run command",
      ServiceRoleArn: roleArn,
      CutoffBehavior: "CANCEL_TASK",
      Targets: [{ Key: "WindowTargetIds", Values: [targetId] }],
      MaxConcurrency: "2",
      MaxErrors: "1",
      TaskInvocationParameters: {
        RunCommand: {
          Comment: "e2e",
          TimeoutSeconds: 600,
          OutputS3BucketName: "e2e-logs",
          OutputS3KeyPrefix: "run/",
          Parameters: { commands: ["uptime"], workingDirectory: ["/tmp"] },
        },
      },
    });
    expect(fields(await getTask(windowId, state.automation.window_task_id))).toEqual({
      WindowId: windowId,
      WindowTaskId: state.automation.window_task_id,
      TaskArn: "AWS-RestartEC2Instance",
      TaskType: "AUTOMATION",
      Priority: 2,
      // A targetless task: AWS stores the placeholder 1 for both.
      MaxConcurrency: "1",
      MaxErrors: "1",
      TaskInvocationParameters: { Automation: { DocumentVersion: "$DEFAULT", Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } },
    });
    const lambda = fields(await getTask(windowId, state.lambdaOrSfn.window_task_id));
    expect(lambda).toMatchObject({ TaskType: "LAMBDA", Priority: 3, TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup" });
    expect(lambda.TaskInvocationParameters?.Lambda?.Qualifier).toBe("live");
    expect(JSON.parse(Buffer.from(lambda.TaskInvocationParameters!.Lambda!.Payload!).toString("utf8"))).toEqual({ dryRun: true });
    expect(fields(await getTask(windowId, state.stepFunctions.window_task_id))).toMatchObject({
      TaskType: "STEP_FUNCTIONS",
      Priority: 4,
      TaskInvocationParameters: { StepFunctions: { Input: '{"mode":"full"}', Name: "nightly" } },
    });
  });

  test("a plan right after apply shows no changes (no perpetual diff)", () => {
    expect(project.plan().code).toBe(0);
  });

  test("in-place update (Priority, MaxConcurrency, one parameter) keeps the WindowTaskId", async () => {
    const updated = deploy({ ...BASE, priority: 7, concurrency: "50%", commands: ["uptime", "df -h"] });
    expect(updated.run.window_task_id).toBe(state.run.window_task_id);
    const t = await getTask(updated.run.window_id, updated.run.window_task_id);
    expect(t).toMatchObject({ Priority: 7, MaxConcurrency: "50%" });
    expect(t.TaskInvocationParameters?.RunCommand?.Parameters).toEqual({ commands: ["uptime", "df -h"], workingDirectory: ["/tmp"] });
    expect(project.plan().code).toBe(0);
    state = updated;
  });

  test("changing WindowId or TaskType replaces the task and deregisters the old one", async () => {
    const replaced = deploy({ ...BASE, priority: 7, concurrency: "50%", commands: ["uptime", "df -h"], automationWindow: "other", lambdaType: "STEP_FUNCTIONS" });
    expect(replaced.automation.window_task_id).not.toBe(state.automation.window_task_id);
    expect(replaced.automation.window_id).not.toBe(state.automation.window_id);
    expect(replaced.lambdaOrSfn.window_task_id).not.toBe(state.lambdaOrSfn.window_task_id);
    await expectGone(state.automation.window_id, state.automation.window_task_id);
    await expectGone(state.lambdaOrSfn.window_id, state.lambdaOrSfn.window_task_id);
    expect((await getTask(replaced.lambdaOrSfn.window_id, replaced.lambdaOrSfn.window_task_id)).TaskType).toBe("STEP_FUNCTIONS");
    expect(project.plan().code).toBe(0);
    state = replaced;
  });

  let current: Variant = { ...BASE, priority: 7, concurrency: "50%", commands: ["uptime", "df -h"], automationWindow: "other", lambdaType: "STEP_FUNCTIONS" };

  test("a change made outside Terraform is reverted by the next apply", async () => {
    const ssm = ssmClient(aws);
    const live = await getTask(state.run.window_id, state.run.window_task_id);
    await ssm.send(
      new UpdateMaintenanceWindowTaskCommand({
        WindowId: live.WindowId,
        WindowTaskId: live.WindowTaskId,
        Priority: 99,
        MaxConcurrency: "1",
      }),
    );
    // The next apply sees the drift (its plan: exactly this task, updated in place) and reverts it.
    const reverted = deployWithOutput(current);
    expect(reverted.stdout).toMatch(new RegExp(`# ${escape(addressOf(buildStack(current).stack, "aws_ssm_maintenance_window_task", "run"))} will be updated in-place`));
    expect(reverted.stdout).toMatch(/Resources: 0 added, 1 changed, 0 destroyed/);
    expect(await getTask(state.run.window_id, state.run.window_task_id)).toMatchObject({ Priority: 7, MaxConcurrency: "50%" });
    expect(project.plan().code).toBe(0);
  });

  test("a task deleted outside Terraform is recreated", async () => {
    await ssmClient(aws).send(new DeregisterTaskFromMaintenanceWindowCommand({ WindowId: String(state.run.window_id), WindowTaskId: String(state.run.window_task_id) }));
    // The next apply's plan has the task to create again (nothing else) and creates it.
    const { tasks: recreated, stdout } = deployWithOutput(current);
    expect(stdout).toMatch(new RegExp(`# ${escape(addressOf(buildStack(current).stack, "aws_ssm_maintenance_window_task", "run"))} will be created`));
    expect(stdout).toMatch(/Resources: 1 added, 0 changed, 0 destroyed/);
    expect(recreated.run.window_task_id).not.toBe(state.run.window_task_id);
    expect((await getTask(recreated.run.window_id, recreated.run.window_task_id)).Priority).toBe(7);
    state = recreated;
  });

  test("a task registered outside Terraform is adopted with importFrom and then plans clean", async () => {
    const registered = await ssmClient(aws).send(
      new RegisterTaskWithMaintenanceWindowCommand({ WindowId: String(state.run.window_id), TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 9 }),
    );
    const importId = MaintenanceWindowTask.importId(String(state.run.window_id), registered.WindowTaskId!);
    current = { ...current, imported: true };
    const { stack, tasks } = buildStack(current);
    tasks.imported.importFrom(importId);
    project.write(stack);
    const applied = project.apply();
    expect(applied.stdout).toMatch(/1 imported/);
    expect(project.stateResources()[addressOf(stack, "aws_ssm_maintenance_window_task", "imported")].window_task_id).toBe(registered.WindowTaskId);
    // Once imported, the import block can stay or go: either way no changes.
    expect(project.plan().code).toBe(0);
    project.write(buildStack(current).stack);
    expect(project.plan().code).toBe(0);
  });

  test("when AWS rejects an apply the user sees AWS's message and state stays consistent", () => {
    const { stack } = buildStack(current);
    new MaintenanceWindowTask(stack, "orphan", { WindowId: "mw-00000000000000000", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 });
    project.write(stack);
    const before = project.stateList();
    const failed = project.run("apply", "-auto-approve", "-input=false");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/DoesNotExistException/);
    expect(project.stateList()).toEqual(before);
    // Without the bad task, nothing is left to do.
    project.write(buildStack(current).stack);
    expect(project.plan().code).toBe(0);
  });

  test("destroy leaves no task behind", async () => {
    const ids = Object.values(state).map((t) => [t.window_id, t.window_task_id] as const);
    project.ok("destroy", "-auto-approve", "-input=false");
    expect(project.stateList()).toEqual([]);
    for (const [windowId, taskId] of ids) await expectGone(windowId, taskId);
  });

  test("the provider called the API actions a real account would see", () => {
    const actions = new Set(fs.readFileSync(requestLog, "utf8").split("\n").filter(Boolean).map((l) => l.split(" ").slice(0, 2).join(" ")));
    for (const action of [
      "ssm RegisterTaskWithMaintenanceWindow",
      "ssm GetMaintenanceWindowTask",
      "ssm UpdateMaintenanceWindowTask",
      "ssm DeregisterTaskFromMaintenanceWindow",
    ]) {
      expect(actions).toContain(action);
    }
    fs.writeFileSync(path.join(path.dirname(requestLog), "actions.txt"), [...actions].sort().join("\n"));
    // Printed for the closing note / help page: the set of actions of the whole lifecycle.
    console.log(`API actions called during the lifecycle:\n${[...actions].sort().join("\n")}`);
  });
});
