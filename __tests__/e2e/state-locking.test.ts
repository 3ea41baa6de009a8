// State that outgrows one laptop: the example app's S3 backend with DynamoDB state locking, against
// the local endpoint. Two applies start at once; exactly one proceeds, the other fails on the lock,
// and nothing is lost from state.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "cdktf";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { MaintenanceWindowTask } from "../../lib";
import { configureBackend } from "../../examples/backend";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { localStack } from "../../test-support/e2e";
import { terraform, terraformEnv } from "../../test-support/terraform";

jest.setTimeout(300_000);

const BUCKET = "mwt-terraform-state";
const TABLE = "mwt-terraform-locks";
let aws: LocalAws;
const dirs: string[] = [];

beforeAll(async () => {
  const problems = checkPrerequisites();
  if (problems.length > 0) throw new Error(`The end-to-end suite needs:\n- ${problems.join("\n- ")}`);
  aws = await sharedLocalAws();
  // The state bucket and lock table exist before Terraform runs, as in a real account (boto3 comes with moto).
  const created = spawnSync(
    "python3",
    [
      "-c",
      `import boto3
kw = dict(endpoint_url="${aws.endpoint}", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
boto3.client("s3", **kw).create_bucket(Bucket="${BUCKET}")
boto3.client("dynamodb", **kw).create_table(TableName="${TABLE}", KeySchema=[{"AttributeName": "LockID", "KeyType": "HASH"}],
  AttributeDefinitions=[{"AttributeName": "LockID", "AttributeType": "S"}], BillingMode="PAY_PER_REQUEST")`,
    ],
    { encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`could not create the state bucket and lock table: ${created.stderr}`);
});

afterAll(async () => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  await aws?.stop();
});

/** The example app's backend (S3 + DynamoDB lock from env), a window, a task, and a step that holds the lock for a while. */
function workingDir(): string {
  const stack = localStack("locking");
  configureBackend(stack, "locking", { TF_STATE_BUCKET: BUCKET, TF_STATE_LOCK_TABLE: TABLE, LOCAL_AWS: "1", AWS_REGION: "us-east-1" });
  const window = new SsmMaintenanceWindow(stack, "window", { name: "locking", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
  new MaintenanceWindowTask(stack, "task", { WindowId: window.id, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 });
  // terraform_data is built into Terraform: no provider to install. Its provisioner keeps the apply
  // (and so the state lock) busy long enough for the second apply to collide with it.
  stack.addOverride("resource.terraform_data.hold", { provisioner: [{ "local-exec": { command: "sleep 6" } }] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-lock-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, "main.tf.json"), Testing.synth(stack));
  const init = terraform(dir, ["init", "-input=false", "-no-color"], aws.env);
  if (init.code !== 0) throw new Error(`init failed:\n${init.stdout}\n${init.stderr}`);
  return dir;
}

function applyAsync(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("terraform", ["apply", "-auto-approve", "-input=false", "-no-color", "-lock-timeout=0s"], { cwd: dir, env: terraformEnv(dir, aws.env) });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

test("two applies at once: one proceeds, the other fails on the lock, nothing is lost", async () => {
  const [a, b] = [workingDir(), workingDir()];
  const results = await Promise.all([applyAsync(a), applyAsync(b)]);
  const winners = results.filter((r) => r.code === 0);
  const losers = results.filter((r) => r.code !== 0);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(1);
  expect(losers[0].output).toMatch(/Error acquiring the state lock/);
  expect(winners[0].output).toMatch(/Apply complete! Resources: 3 added/);

  // The state in S3 holds everything the winner created, seen from either working dir...
  for (const dir of [a, b]) {
    const list = terraform(dir, ["state", "list"], aws.env).stdout.split("\n").filter(Boolean).sort();
    expect(list).toEqual([
      "aws_ssm_maintenance_window.window",
      "aws_ssm_maintenance_window_task.task",
      "terraform_data.hold",
    ]);
  }
  // ... and the loser, retried, finds nothing left to do.
  const retry = terraform(b, ["plan", "-detailed-exitcode", "-input=false", "-no-color"], aws.env);
  expect(retry.code).toBe(0);
  // The lock was released: the table holds only the state digest, no lock entry.
  const locks = spawnSync(
    "python3",
    ["-c", `import boto3,json; print(json.dumps([i["LockID"]["S"] for i in boto3.client("dynamodb", endpoint_url="${aws.endpoint}", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test").scan(TableName="${TABLE}")["Items"]]))`],
    { encoding: "utf8" },
  );
  expect(JSON.parse(locks.stdout)).toEqual([`${BUCKET}/locking.tfstate-md5`]);
});
