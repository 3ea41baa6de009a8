// The fleet example (examples/fleet/): 2 accounts × 3 Regions, one stack each, deployed with
// `cdktf deploy '*' --parallelism 3` against the local endpoint, with the S3 backend on it. Every
// stack has its own state object and lock; its second plan has no changes; a change in the builder
// updates all six in place; destroy leaves nothing. The endpoint keeps the accounts apart by the
// role each provider assumes. Its request log shows every SSM call the provider made, and each is
// one the deploy role (MaintenanceWindowFleetDeployRole) allows.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MAINTENANCE_WINDOW_ACTIONS } from "../../lib";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { FLEET_ACCOUNTS, FLEET_REGIONS } from "../../examples/fleet/fleet-app";
import { boto3, bucketKeys, cdktf, fleetEnv, fleetProject, linesOf, terraformIn, windowsByTarget, type DeployedWindow } from "../../test-support/fleet";

jest.setTimeout(600_000);

const BUCKET = "mwt-fleet-state";
const STACKS = FLEET_ACCOUNTS.flatMap((a) => FLEET_REGIONS.map((r) => `patching-${a}-${r}`));
const STATE_KEYS = FLEET_ACCOUNTS.flatMap((a) => FLEET_REGIONS.map((r) => `patching/${a}/${r}/terraform.tfstate`)).sort();
let aws: LocalAws; // through a logging proxy: the provider's calls
let direct: LocalAws; // the endpoint itself: the test's own checks, not logged
let dir: string;
let logFile: string;

beforeAll(async () => {
  const problems = checkPrerequisites();
  if (problems.length > 0) throw new Error(`The end-to-end suite needs:\n- ${problems.join("\n- ")}`);
  logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mwt-fleet-log-")), "requests.log");
  aws = await sharedLocalAws({ logFile });
  direct = await sharedLocalAws();
  boto3(direct.endpoint, `client("s3").create_bucket(Bucket=${JSON.stringify(BUCKET)}); print("true")`);
  dir = fleetProject();
});

afterAll(async () => {
  await aws?.stop();
  await direct?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (logFile) fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
});

const env = (hour: number) => fleetEnv(dir, aws.env, { FLEET_STATE_BUCKET: BUCKET, FLEET_HOUR: String(hour) });
/** What each account × Region should hold: one window (Sydney's at its own hour) with one target and one task. */
const expectedWindows = (hour: number) =>
  Object.fromEntries(
    FLEET_ACCOUNTS.flatMap((a) =>
      FLEET_REGIONS.map((r) => [`${a} ${r}`, { "weekly-patching": { schedule: `cron(0 ${r === "ap-southeast-2" ? (hour + 12) % 24 : hour} ? * SUN *)`, id: expect.stringMatching(/^mw-[0-9a-f]{17}$/), targets: 1, tasks: 1 } }]),
    ),
  );
const nothingIn = () => Object.fromEntries(FLEET_ACCOUNTS.flatMap((a) => FLEET_REGIONS.map((r) => [`${a} ${r}`, {}])));
const idsOf = (windows: Record<string, Record<string, DeployedWindow>>) => Object.fromEntries(Object.entries(windows).map(([k, w]) => [k, Object.values(w).map((x) => x.id)]));
/**
 * The window ids of the endpoint's default account in the fleet's Regions. Other e2e files deploy
 * there (docs-deploy leaves its windows in place), so the fleet's proof is that none of ITS windows
 * is among them.
 */
const defaultAccountIds = () => Object.values(windowsByTarget(direct.endpoint, ["default"], FLEET_REGIONS)).flatMap((w) => Object.values(w).map((x) => x.id));
/** The lines of a stack's column that report a resource created, replaced or destroyed. */
const notInPlace = (output: string, stack: string) => linesOf(output, stack).filter((l) => /Creation complete|Destruction complete|must be replaced/.test(l));

/** Plans every stack, three at a time: exit code 0 = no changes (-detailed-exitcode). */
async function planAll(hour: number): Promise<Record<string, { code: number; output: string }>> {
  const results: Record<string, { code: number; output: string }> = {};
  const queue = [...STACKS];
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) results[s] = await terraformIn(dir, s, ["plan", "-detailed-exitcode", "-input=false", "-no-color", "-lock-timeout=0s"], env(hour));
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

test("six stacks deploy in parallel, plan clean with separate locks, update in place and destroy to nothing", async () => {
  // 1. Deploy: six stacks, three at a time, each creating its window, target and task. (AWS's view
  //    is what counts: cdktf's multi-stack output now and then drops a stack's last line.)
  const deploy = await cdktf(dir, ["deploy", "*", "--parallelism", "3", "--auto-approve"], env(2));
  expect(deploy.code).toBe(0);
  for (const stack of STACKS) expect(linesOf(deploy.output, stack).length).toBeGreaterThan(0);
  process.stdout.write(`fleet: cdktf deploy of ${STACKS.length} stacks (--parallelism 3) took ${deploy.seconds.toFixed(1)} s\n`);
  // Each account × Region holds its own window, six distinct windows, none in the endpoint's default account.
  const deployed = windowsByTarget(direct.endpoint, FLEET_ACCOUNTS, FLEET_REGIONS);
  expect(deployed).toEqual(expectedWindows(2));
  const fleetIds = Object.values(idsOf(deployed)).flat();
  expect(new Set(fleetIds).size).toBe(STACKS.length);
  expect(defaultAccountIds().filter((id) => fleetIds.includes(id))).toEqual([]);
  // One state object per stack, under <prefix>/<account>/<region>/, and no lock left behind.
  expect(bucketKeys(direct.endpoint, BUCKET)).toEqual(STATE_KEYS);

  // 2. Locks are per stack: with another process's lock on one stack's state, that stack's plan
  //    fails on the lock and the five others plan with no changes.
  const [lockedStack, lockedKey] = [STACKS[0], `${STATE_KEYS.find((k) => k.startsWith(`patching/${FLEET_ACCOUNTS[0]}/${FLEET_REGIONS[0]}/`))}.tflock`];
  const lockInfo = JSON.stringify({ ID: "0b5e6a4c-0000-4000-8000-000000000000", Operation: "OperationTypeApply", Who: "someone@elsewhere", Version: "1.11.4", Created: new Date().toISOString(), Path: `${BUCKET}/${lockedKey}` });
  boto3(direct.endpoint, `client("s3").put_object(Bucket=${JSON.stringify(BUCKET)}, Key=${JSON.stringify(lockedKey)}, Body=${JSON.stringify(lockInfo)}.encode()); print("true")`);
  const plans = await planAll(2);
  expect(plans[lockedStack].code).toBe(1);
  expect(plans[lockedStack].output).toMatch(/Error acquiring the state lock[\s\S]*someone@elsewhere/);
  for (const stack of STACKS.slice(1)) expect({ stack, code: plans[stack].code, output: plans[stack].code === 0 ? "" : plans[stack].output }).toEqual({ stack, code: 0, output: "" });
  boto3(direct.endpoint, `client("s3").delete_object(Bucket=${JSON.stringify(BUCKET)}, Key=${JSON.stringify(lockedKey)}); print("true")`);
  const unlocked = await terraformIn(dir, lockedStack, ["plan", "-detailed-exitcode", "-input=false", "-no-color", "-lock-timeout=0s"], env(2));
  expect({ code: unlocked.code, output: unlocked.code === 0 ? "" : unlocked.output }).toEqual({ code: 0, output: "" });

  // 3. A change in the builder (the window's hour) updates all six windows in place.
  const update = await cdktf(dir, ["deploy", "*", "--parallelism", "3", "--auto-approve"], env(4));
  expect(update.code).toBe(0);
  for (const stack of STACKS) expect({ stack, notInPlace: notInPlace(update.output, stack) }).toEqual({ stack, notInPlace: [] });
  const updated = windowsByTarget(direct.endpoint, FLEET_ACCOUNTS, FLEET_REGIONS);
  expect(updated).toEqual(expectedWindows(4));
  // In place: the same windows (ids) as before, in every account × Region.
  expect(idsOf(updated)).toEqual(idsOf(deployed));

  // 4. Destroy leaves nothing in any account or Region; the six (now empty) states and no lock remain.
  const destroy = await cdktf(dir, ["destroy", "*", "--parallelism", "3", "--auto-approve"], env(4));
  expect(destroy.code).toBe(0);
  expect(windowsByTarget(direct.endpoint, FLEET_ACCOUNTS, FLEET_REGIONS)).toEqual(nothingIn());
  expect(defaultAccountIds().filter((id) => fleetIds.includes(id))).toEqual([]);
  expect(bucketKeys(direct.endpoint, BUCKET)).toEqual(STATE_KEYS);

  // 5. Every SSM call the provider made for create, read, update and delete is one the deploy role allows.
  const ssmActions = [...new Set(fs.readFileSync(logFile, "utf8").split("\n").filter((l) => l.startsWith("ssm ")).map((l) => `ssm:${l.split(" ")[1]}`))].sort();
  expect(ssmActions.length).toBeGreaterThan(5);
  expect(ssmActions.filter((a) => !MAINTENANCE_WINDOW_ACTIONS.includes(a))).toEqual([]);
});
