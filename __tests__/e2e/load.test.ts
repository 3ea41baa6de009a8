// Issue 18: the local endpoint holds a realistic estate under terraform's parallelism. 200 tasks of
// all four types, one window and one target; create -> update every task in place -> destroy, twice,
// at -parallelism=20 with the provider's max_retries = 1 (no retry hides a dropped response).
// Requests per second and the slowest call are reported in the output (not asserted: timing).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GetMaintenanceWindowCommand, DescribeMaintenanceWindowTargetsCommand } from "@aws-sdk/client-ssm";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { estateJson, EstateProject, listEstate, requestStats, ssm, TASK_TYPES, terraformErrors, type TimedResult } from "../../test-support/load";

jest.setTimeout(600_000);

const TASKS = 200;
const PARALLELISM = "-parallelism=20";

const prerequisites = checkPrerequisites();
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-load-log-"));
const requestLog = path.join(logDir, "requests.log");
let aws: LocalAws;
let project: EstateProject;

interface Step {
  name: string;
  seconds: number;
  requests: number;
  slowest: string;
}
const steps: Step[] = [];

beforeAll(async () => {
  if (prerequisites.length > 0) throw new Error(`The load test needs:\n- ${prerequisites.join("\n- ")}`);
  // The run's shared endpoint, through a proxy that logs (with timing) only this file's requests.
  aws = await sharedLocalAws({ logFile: requestLog, logTiming: true });
  project = new EstateProject(() => aws.env);
});

afterAll(async () => {
  project?.remove();
  await aws?.stop();
  fs.rmSync(logDir, { recursive: true, force: true });
});

/** Runs a terraform command that must succeed without a single failed call; records its request figures. */
function step(name: string, ...args: string[]): TimedResult {
  const before = requestStats(requestLog).lines;
  const r = project.run(...args);
  const stats = requestStats(requestLog, before);
  steps.push({
    name,
    seconds: r.seconds,
    requests: stats.requests,
    slowest: stats.slowest ? `${stats.slowest.call} ${stats.slowest.ms.toFixed(1)} ms` : "-",
  });
  expect({ name, errors: terraformErrors(r), exitCode: r.code }).toEqual({ name, errors: [], exitCode: 0 });
  expect({ name, serverErrors: stats.serverErrors }).toEqual({ name, serverErrors: [] });
  return r;
}

/**
 * This file's windows on the endpoint (the estate's window is named "load"): the endpoint is the
 * run's shared one, so other files' windows may be there too.
 */
async function ownEstate(client: ReturnType<typeof ssm>): Promise<Awaited<ReturnType<typeof listEstate>>> {
  return (await listEstate(client)).filter((w) => w.name === "load");
}

async function round(n: number): Promise<void> {
  const client = ssm(aws);

  project.write(estateJson(TASKS, 0));
  const created = step(`round ${n}: create`, "apply", "-auto-approve", "-input=false", PARALLELISM);
  expect(created.stdout).toMatch(new RegExp(`Resources: ${TASKS + 2} added, 0 changed, 0 destroyed`));
  const state = project.stateIds();
  const stateTasks = state.aws_ssm_maintenance_window_task.map((t) => t.id).sort();
  let estate = await ownEstate(client);
  expect(estate).toHaveLength(1);
  const [window] = estate;
  expect(window.windowId).toBe(state.aws_ssm_maintenance_window[0].id);
  expect(window.targetIds).toEqual([state.aws_ssm_maintenance_window_target[0].id]);
  // Exactly the tasks in state: no orphan, no duplicate registered by a lost-and-retried call.
  expect(window.tasks.map((t) => t.WindowTaskId).sort()).toEqual(stateTasks);
  expect(new Set(window.tasks.map((t) => t.Name)).size).toBe(TASKS);
  for (const type of TASK_TYPES) expect(window.tasks.filter((t) => t.Type === type)).toHaveLength(TASKS / TASK_TYPES.length);

  project.write(estateJson(TASKS, 1));
  const updated = step(`round ${n}: update every task`, "apply", "-auto-approve", "-input=false", PARALLELISM);
  expect(updated.stdout).toMatch(new RegExp(`Resources: 0 added, ${TASKS} changed, 0 destroyed`));
  estate = await ownEstate(client);
  // In place: the same task ids, each with the new priority.
  expect(estate[0].tasks.map((t) => t.WindowTaskId).sort()).toEqual(stateTasks);
  const priorities = new Map(estate[0].tasks.map((t) => [t.Name, t.Priority]));
  for (let i = 0; i < TASKS; i++) expect([i, priorities.get(`load-${i}`)]).toEqual([i, (i % 5) + 1]);

  step(`round ${n}: destroy`, "destroy", "-auto-approve", "-input=false", PARALLELISM);
  expect(project.stateIds()).toEqual({});
  // Nothing left of this file: no window (so no task), and the old window and its target are gone.
  expect(await ownEstate(client)).toEqual([]);
  await expect(client.send(new GetMaintenanceWindowCommand({ WindowId: window.windowId }))).rejects.toMatchObject({ name: "DoesNotExistException" });
  await expect(client.send(new DescribeMaintenanceWindowTargetsCommand({ WindowId: window.windowId }))).rejects.toMatchObject({ name: "DoesNotExistException" });
}

describe(`${TASKS} tasks at ${PARALLELISM}, max_retries = 1`, () => {
  test("round 1: create, update every task in place, destroy: no failed call, nothing left", async () => {
    await round(1);
  });

  test("round 2: the same again on the same endpoint", async () => {
    await round(2);
  });

  test("report: requests per second and the slowest call per step", () => {
    const all = requestStats(requestLog);
    expect(all.serverErrors).toEqual([]);
    const rows = steps.map((s) => `${s.name.padEnd(32)} ${String(s.requests).padStart(5)} requests ${s.seconds.toFixed(1).padStart(6)} s ${(s.requests / s.seconds).toFixed(0).padStart(5)} req/s   slowest: ${s.slowest}`);
    const seconds = steps.reduce((sum, s) => sum + s.seconds, 0);
    const requests = steps.reduce((sum, s) => sum + s.requests, 0);
    const report = [
      `local endpoint under load (${TASKS} tasks, ${PARALLELISM}, max_retries = 1):`,
      ...rows,
      `total: ${requests} requests in ${seconds.toFixed(1)} s of terraform = ${(requests / seconds).toFixed(0)} req/s; ` +
        `slowest call ${all.slowest ? `${all.slowest.call} ${all.slowest.ms.toFixed(1)} ms` : "-"}; HTTP statuses ${JSON.stringify(all.byStatus)}, not 2xx: ${JSON.stringify(all.notOk)}`,
    ].join("\n");
    fs.writeFileSync(path.join(os.tmpdir(), "local-aws-load-report.txt"), report + "\n");
    console.log(report);
  });
});
