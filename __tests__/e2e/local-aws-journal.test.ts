// Issue 18: the journal under a crash and its compaction.
// - SIGKILL the endpoint in the middle of a 200-task apply, start it again from its journal: it holds
//   exactly the writes terraform got an answer for (what is in terraform's state, tainted included),
//   and one more apply converges with no duplicate.
// - A journal that has grown large is compacted on start, and replays to the same state.
// These tests start endpoints of their own (not the run's shared one): they kill and restart them
// from a journal file, which is the subject under test.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  AddTagsToResourceCommand,
  CreateMaintenanceWindowCommand,
  DeleteMaintenanceWindowCommand,
  DeregisterTargetFromMaintenanceWindowCommand,
  DeregisterTaskFromMaintenanceWindowCommand,
  GetMaintenanceWindowCommand,
  GetMaintenanceWindowTaskCommand,
  GetParameterCommand,
  ListTagsForResourceCommand,
  PutParameterCommand,
  RegisterTargetWithMaintenanceWindowCommand,
  RegisterTaskWithMaintenanceWindowCommand,
  UpdateMaintenanceWindowTaskCommand,
  type SSMClient,
} from "@aws-sdk/client-ssm";
import { checkPrerequisites, startLocalAws, type LocalAws } from "../../local-aws";
import { estateJson, EstateProject, listEstate, sleep, ssm, terraformErrors } from "../../test-support/load";

jest.setTimeout(600_000);

const prerequisites = checkPrerequisites();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-journal-"));

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function journalEntries(file: string): { headers: Record<string, string>; body: string }[] {
  return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).slice(1).map((line) => JSON.parse(line));
}

function countLines(file: string, pattern: RegExp): number {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter((l) => pattern.test(l)).length : 0;
}

describe("SIGKILL in the middle of a 200-task apply", () => {
  const stateFile = path.join(work, "crash.jsonl");
  const requestLog = path.join(work, "crash-requests.log");
  let aws: LocalAws;
  let project: EstateProject;

  beforeAll(async () => {
    if (prerequisites.length > 0) throw new Error(`The journal tests need:\n- ${prerequisites.join("\n- ")}`);
    aws = await startLocalAws({ stateFile, logFile: requestLog });
    project = new EstateProject(() => aws.env);
    project.write(estateJson(200, 0, "crash"));
  });

  afterAll(async () => {
    project?.remove();
    await aws?.stop();
  });

  test("the restarted endpoint holds exactly what terraform was answered, and one apply converges", async () => {
    const apply = project.runAsync("apply", "-auto-approve", "-input=false", "-parallelism=20");
    let finished = false;
    void apply.then(() => (finished = true));
    // Kill once a good part of the tasks is registered, with registrations in flight.
    while (!finished && countLines(requestLog, /^ssm RegisterTaskWithMaintenanceWindow 200/) < 60) await sleep(5);
    expect(finished).toBe(false);
    await aws.kill("SIGKILL");
    const interrupted = await apply;
    expect(interrupted.code).not.toBe(0);

    aws = await startLocalAws({ stateFile, logFile: requestLog, port: aws.port });
    expect(aws.stderr()).toMatch(/replayed \d+ requests \(0 failed\)/);

    const state = project.stateIds();
    const inState = (type: string) => (state[type] ?? []).map((r) => r.id).sort();
    const estate = await listEstate(ssm(aws));
    const answered = inState("aws_ssm_maintenance_window_task");
    console.log(
      `killed after ${answered.length} of 200 task registrations were answered ` +
        `(${(state.aws_ssm_maintenance_window_task ?? []).filter((t) => t.tainted).length} tainted: answered, but the read after it failed)`,
    );
    expect(answered.length).toBeGreaterThanOrEqual(60);
    expect(answered.length).toBeLessThan(200);
    expect(estate.map((w) => w.windowId).sort()).toEqual(inState("aws_ssm_maintenance_window"));
    expect(estate.flatMap((w) => w.targetIds).sort()).toEqual(inState("aws_ssm_maintenance_window_target"));
    expect(estate.flatMap((w) => w.tasks.map((t) => t.WindowTaskId as string)).sort()).toEqual(answered);

    const converged = project.run("apply", "-auto-approve", "-input=false", "-parallelism=20");
    expect({ code: converged.code, errors: terraformErrors(converged) }).toEqual({ code: 0, errors: [] });
    expect(project.run("plan", "-detailed-exitcode", "-input=false").code).toBe(0);
    const after = await listEstate(ssm(aws));
    expect(after).toHaveLength(1);
    const names = after[0].tasks.map((t) => t.Name as string);
    expect(names).toHaveLength(200);
    expect(new Set(names).size).toBe(200);
    expect(after[0].tasks.map((t) => t.WindowTaskId as string).sort()).toEqual(
      project
        .stateIds()
        .aws_ssm_maintenance_window_task.map((t) => t.id)
        .sort(),
    );
  });

  test("the provider sends a ClientToken with every create the endpoint makes idempotent", () => {
    const creates = journalEntries(stateFile).filter((e) =>
      /\.(CreateMaintenanceWindow|RegisterTargetWithMaintenanceWindow|RegisterTaskWithMaintenanceWindow)$/.test(e.headers["X-Amz-Target"] ?? ""),
    );
    const actions = new Set(creates.map((e) => e.headers["X-Amz-Target"].split(".")[1]));
    expect([...actions].sort()).toEqual(["CreateMaintenanceWindow", "RegisterTargetWithMaintenanceWindow", "RegisterTaskWithMaintenanceWindow"]);
    for (const entry of creates) {
      expect(JSON.parse(Buffer.from(entry.body, "base64").toString("utf8")).ClientToken).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    }
  });
});

describe("journal compaction on start", () => {
  const stateFile = path.join(work, "compact.jsonl");
  let aws: LocalAws | undefined;

  afterAll(async () => {
    await aws?.stop();
  });

  /** Everything about the maintenance windows a client can read, plus a parameter (an SSM request compaction keeps). */
  async function snapshot(server: LocalAws): Promise<unknown> {
    const client: SSMClient = ssm(server);
    const strip = <T extends { $metadata?: unknown }>(o: T) => {
      const { $metadata, ...rest } = o;
      void $metadata;
      return rest;
    };
    const windows = [];
    for (const w of await listEstate(client)) {
      const window = strip(await client.send(new GetMaintenanceWindowCommand({ WindowId: w.windowId })));
      delete window.CreatedDate;
      delete window.ModifiedDate;
      const tags = (await client.send(new ListTagsForResourceCommand({ ResourceType: "MaintenanceWindow", ResourceId: w.windowId }))).TagList;
      const tasks = [];
      for (const t of w.tasks) tasks.push(strip(await client.send(new GetMaintenanceWindowTaskCommand({ WindowId: w.windowId, WindowTaskId: t.WindowTaskId }))));
      windows.push({ window, tags, targets: w.targetIds, tasks });
    }
    const parameter = (await client.send(new GetParameterCommand({ Name: "/kept/parameter" }))).Parameter?.Value;
    return { windows, parameter };
  }

  test("a large journal is compacted on start and replays to the same state, with the same ids", async () => {
    aws = await startLocalAws({ stateFile, compactMinEntries: 0 });
    const client = ssm(aws);
    const window = async (name: string) =>
      (await client.send(new CreateMaintenanceWindowCommand({ Name: name, Schedule: "rate(7 days)", Duration: 2, Cutoff: 1, AllowUnassociatedTargets: true }))).WindowId as string;
    const task = async (windowId: string, i: number, via: SSMClient = client) =>
      (await via.send(new RegisterTaskWithMaintenanceWindowCommand({ WindowId: windowId, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: i, Name: `t${i}` }))).WindowTaskId as string;
    const replace = (windowId: string, taskId: string, priority: number) =>
      client.send(new UpdateMaintenanceWindowTaskCommand({ WindowId: windowId, WindowTaskId: taskId, Replace: true, TaskArn: "AWS-RestartEC2Instance", Priority: priority, Name: `p${priority}` }));

    const kept = await window("kept");
    const tasks: string[] = [];
    for (let i = 0; i < 30; i++) tasks.push(await task(kept, i));
    for (const round of [100, 200]) for (const [i, id] of tasks.entries()) await replace(kept, id, round + i);
    // A partial update after the last full one must survive compaction.
    await client.send(new UpdateMaintenanceWindowTaskCommand({ WindowId: kept, WindowTaskId: tasks[0], Description: "partial" }));
    for (const id of tasks.slice(20)) await client.send(new DeregisterTaskFromMaintenanceWindowCommand({ WindowId: kept, WindowTaskId: id }));
    const targets = [];
    for (const group of ["a", "b"]) {
      targets.push((await client.send(new RegisterTargetWithMaintenanceWindowCommand({ WindowId: kept, ResourceType: "INSTANCE", Targets: [{ Key: "tag:Group", Values: [group] }] }))).WindowTargetId as string);
    }
    await client.send(new DeregisterTargetFromMaintenanceWindowCommand({ WindowId: kept, WindowTargetId: targets[0] }));
    await client.send(new AddTagsToResourceCommand({ ResourceType: "MaintenanceWindow", ResourceId: kept, Tags: [{ Key: "team", Value: "ops" }] }));
    const gone = await window("gone");
    for (let i = 0; i < 20; i++) await task(gone, i);
    await client.send(new AddTagsToResourceCommand({ ResourceType: "MaintenanceWindow", ResourceId: gone, Tags: [{ Key: "team", Value: "ops" }] }));
    await client.send(new DeleteMaintenanceWindowCommand({ WindowId: gone }));
    await client.send(new PutParameterCommand({ Name: "/kept/parameter", Value: "kept", Type: "String" }));

    const before = await snapshot(aws);
    const written = journalEntries(stateFile).length;
    await aws.stop();

    // Below the threshold: replayed whole, file untouched.
    aws = await startLocalAws({ stateFile, compactMinEntries: written + 1 });
    expect(aws.stderr()).toMatch(new RegExp(`replayed ${written} requests \\(0 failed\\)\\s*$`, "m"));
    expect(journalEntries(stateFile)).toHaveLength(written);
    await aws.stop();

    aws = await startLocalAws({ stateFile, compactMinEntries: 100 });
    const summary = /replayed (\d+) requests \(0 failed\); compacted to (\d+) requests/.exec(aws.stderr());
    expect(summary).not.toBeNull();
    const compacted = Number(summary?.[2]);
    console.log(`journal compacted on start: ${written} -> ${compacted} requests`);
    // Left: window + 20 tasks + their last full update + the partial one + target b + tag + parameter.
    expect(compacted).toBe(1 + 20 + 20 + 1 + 1 + 1 + 1);
    expect(journalEntries(stateFile)).toHaveLength(compacted);
    expect(await snapshot(aws)).toEqual(before);

    // Writes after a compaction get new sequence numbers; a further restart keeps everything.
    const added = await task(kept, 99, ssm(aws));
    const withAdded = await snapshot(aws);
    await aws.stop();
    aws = await startLocalAws({ stateFile, compactMinEntries: 10 });
    expect(aws.stderr()).toMatch(/nothing to compact/);
    expect(await snapshot(aws)).toEqual(withAdded);
    expect((await ssm(aws).send(new GetMaintenanceWindowTaskCommand({ WindowId: kept, WindowTaskId: added }))).Name).toBe("t99");
  });
});
