// Issue 18: Describe* pagination and ClientToken idempotency of the local endpoint, through the AWS
// SDK (its paginators follow NextToken the way the provider's do). This file starts an endpoint of its
// own instead of the run's shared one: it pages through DescribeMaintenanceWindows of the whole
// account and asserts the exact windows and page sizes, which other files' windows would change.
import {
  CreateMaintenanceWindowCommand,
  DeregisterTaskFromMaintenanceWindowCommand,
  DescribeMaintenanceWindowsCommand,
  DescribeMaintenanceWindowTasksCommand,
  paginateDescribeMaintenanceWindows,
  paginateDescribeMaintenanceWindowTargets,
  paginateDescribeMaintenanceWindowTasks,
  RegisterTargetWithMaintenanceWindowCommand,
  RegisterTaskWithMaintenanceWindowCommand,
  type SSMClient,
} from "@aws-sdk/client-ssm";
import { checkPrerequisites, startLocalAws, type LocalAws } from "../../local-aws";
import { ssm } from "../../test-support/load";

const prerequisites = checkPrerequisites();
let aws: LocalAws;
let client: SSMClient;

beforeAll(async () => {
  if (prerequisites.length > 0) throw new Error(`These tests need:\n- ${prerequisites.join("\n- ")}`);
  aws = await startLocalAws();
  client = ssm(aws);
});

afterAll(async () => {
  await aws?.stop();
});

async function createWindow(name: string, clientToken?: string): Promise<string> {
  const out = await client.send(new CreateMaintenanceWindowCommand({ Name: name, Schedule: "rate(7 days)", Duration: 2, Cutoff: 1, AllowUnassociatedTargets: true, ClientToken: clientToken }));
  return out.WindowId as string;
}

async function registerTask(windowId: string, priority: number, clientToken?: string): Promise<string> {
  const out = await client.send(
    new RegisterTaskWithMaintenanceWindowCommand({ WindowId: windowId, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: priority, Name: `task-${priority}`, ClientToken: clientToken }),
  );
  return out.WindowTaskId as string;
}

async function allTaskIds(windowId: string, pageSize?: number): Promise<{ ids: string[]; pages: number[] }> {
  const ids: string[] = [];
  const pages: number[] = [];
  for await (const page of paginateDescribeMaintenanceWindowTasks({ client, pageSize }, { WindowId: windowId })) {
    pages.push(page.Tasks?.length ?? 0);
    ids.push(...(page.Tasks ?? []).map((t) => t.WindowTaskId as string));
  }
  return { ids, pages };
}

describe("Describe* pagination (MaxResults, NextToken)", () => {
  let windowId: string;
  let registered: string[];

  beforeAll(async () => {
    windowId = await createWindow("paged");
    registered = [];
    for (let i = 0; i < 25; i++) registered.push(await registerTask(windowId, i));
  });

  test("tasks come in pages of MaxResults, in registration order, each exactly once", async () => {
    expect(await allTaskIds(windowId, 10)).toEqual({ ids: registered, pages: [10, 10, 5] });
    expect(await allTaskIds(windowId, 100)).toEqual({ ids: registered, pages: [25] });
  });

  test("without MaxResults a page holds 10 and says where to go on", async () => {
    const first = await client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId }));
    expect(first.Tasks).toHaveLength(10);
    expect(first.NextToken).toEqual(expect.any(String));
    expect((await allTaskIds(windowId)).ids).toEqual(registered);
  });

  test("the last page has no NextToken", async () => {
    const last = await client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId, MaxResults: 25 }));
    expect(last.Tasks).toHaveLength(25);
    expect(last.NextToken).toBeUndefined();
  });

  test("deleting tasks between two pages neither skips nor repeats the others", async () => {
    const first = await client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId, MaxResults: 10 }));
    const seen = (first.Tasks ?? []).map((t) => t.WindowTaskId as string);
    // One task already returned and one not yet returned go away.
    const gone = [registered[3], registered[15]];
    for (const id of gone) await client.send(new DeregisterTaskFromMaintenanceWindowCommand({ WindowId: windowId, WindowTaskId: id }));
    let token = first.NextToken;
    while (token) {
      const page = await client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId, MaxResults: 10, NextToken: token }));
      seen.push(...(page.Tasks ?? []).map((t) => t.WindowTaskId as string));
      token = page.NextToken;
    }
    expect(seen).toEqual(registered.filter((id) => id !== registered[15]));
    registered = registered.filter((id) => !gone.includes(id));
  });

  test("targets and windows page the same way", async () => {
    const targets: string[] = [];
    for (let i = 0; i < 12; i++) {
      const out = await client.send(new RegisterTargetWithMaintenanceWindowCommand({ WindowId: windowId, ResourceType: "INSTANCE", Targets: [{ Key: "tag:Group", Values: [`g${i}`] }] }));
      targets.push(out.WindowTargetId as string);
    }
    const targetPages: number[] = [];
    const targetIds: string[] = [];
    for await (const page of paginateDescribeMaintenanceWindowTargets({ client, pageSize: 10 }, { WindowId: windowId })) {
      targetPages.push(page.Targets?.length ?? 0);
      targetIds.push(...(page.Targets ?? []).map((t) => t.WindowTargetId as string));
    }
    expect({ targetPages, targetIds }).toEqual({ targetPages: [10, 2], targetIds: targets });

    const windows = [windowId];
    for (let i = 0; i < 11; i++) windows.push(await createWindow(`paged-${i}`));
    const windowPages: number[] = [];
    const windowIds: string[] = [];
    for await (const page of paginateDescribeMaintenanceWindows({ client, pageSize: 10 }, {})) {
      windowPages.push(page.WindowIdentities?.length ?? 0);
      windowIds.push(...(page.WindowIdentities ?? []).map((w) => w.WindowId as string));
    }
    expect({ windowPages, windowIds }).toEqual({ windowPages: [10, 2], windowIds: windows });
  });

  test("MaxResults outside 10..100 and a made-up NextToken are rejected like AWS does", async () => {
    await expect(client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId, MaxResults: 5 }))).rejects.toMatchObject({
      name: "ValidationException",
      message: expect.stringMatching(/Value '5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 10/),
    });
    await expect(client.send(new DescribeMaintenanceWindowsCommand({ MaxResults: 101 }))).rejects.toMatchObject({ name: "ValidationException" });
    await expect(client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId, NextToken: "not-a-token" }))).rejects.toMatchObject({ name: "InvalidNextToken" });
  });
});

describe("ClientToken idempotency (CreateMaintenanceWindow, RegisterTarget/TaskWithMaintenanceWindow)", () => {
  test("a repeated ClientToken returns the first call's id and creates nothing", async () => {
    const windowId = await createWindow("idempotent", "window-token-1");
    expect(await createWindow("idempotent", "window-token-1")).toBe(windowId);

    const taskId = await registerTask(windowId, 1, "task-token-1");
    expect(await registerTask(windowId, 1, "task-token-1")).toBe(taskId);

    const target = () =>
      client.send(new RegisterTargetWithMaintenanceWindowCommand({ WindowId: windowId, ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }], ClientToken: "target-token-1" }));
    const targetId = (await target()).WindowTargetId;
    expect((await target()).WindowTargetId).toBe(targetId);

    expect((await allTaskIds(windowId)).ids).toEqual([taskId]);
    const targets = [];
    for await (const page of paginateDescribeMaintenanceWindowTargets({ client }, { WindowId: windowId })) targets.push(...(page.Targets ?? []));
    expect(targets.map((t) => t.WindowTargetId)).toEqual([targetId]);
    const named = [];
    for await (const page of paginateDescribeMaintenanceWindows({ client }, { Filters: [{ Key: "Name", Values: ["idempotent"] }] })) named.push(...(page.WindowIdentities ?? []));
    expect(named.map((w) => w.WindowId)).toEqual([windowId]);
  });

  test("the same ClientToken with other parameters is AWS's IdempotentParameterMismatch", async () => {
    const windowId = await createWindow("mismatch", "window-token-2");
    await expect(createWindow("mismatch-renamed", "window-token-2")).rejects.toMatchObject({ name: "IdempotentParameterMismatch" });
    await registerTask(windowId, 1, "task-token-2");
    await expect(registerTask(windowId, 2, "task-token-2")).rejects.toMatchObject({ name: "IdempotentParameterMismatch" });
    expect((await allTaskIds(windowId)).ids).toHaveLength(1);
  });

  test("without a ClientToken of its own the SDK sends a fresh one per call: two calls, two tasks", async () => {
    const windowId = await createWindow("fresh-tokens");
    const a = await registerTask(windowId, 1);
    const b = await registerTask(windowId, 1);
    expect(a).not.toBe(b);
    expect((await allTaskIds(windowId)).ids).toEqual([a, b]);
  });
});
