// The fleet example (examples/fleet/) driven the way a user drives it: `cdktf deploy '*'
// --parallelism 3` in a directory of its own, against an endpoint, with an S3 state bucket there.
// Shared by __tests__/e2e/fleet.test.ts and bench/fleet-deploy.ts. What AWS holds is read with boto3
// (it comes with moto), each account through an assumed role, as the providers do.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findProviderMirror, terraformEnv as cliTerraformEnv } from "../lib/cli/terraform";

const ROOT = path.join(__dirname, "..");
const CDKTF = path.join(ROOT, "node_modules", ".bin", "cdktf");
const TS_NODE = path.join(ROOT, "node_modules", ".bin", "ts-node");

export interface CdktfRun {
  code: number;
  output: string;
  seconds: number;
}

/** A directory with a cdktf.json whose app is examples/fleet/main.ts; its cdktf.out is its own. */
export function fleetProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-fleet-"));
  const app = `${TS_NODE} --transpile-only --project ${path.join(ROOT, "tsconfig.json")} ${path.join(ROOT, "examples", "fleet", "main.ts")}`;
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "fleet", "cdktf.json"), "utf8")) as Record<string, unknown>;
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ ...config, app }, null, 2));
  return dir;
}

/** Environment for cdktf and terraform: the mirror-only CLI config, the endpoint, the fleet's settings. */
export function fleetEnv(dir: string, endpointEnv: Record<string, string>, settings: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...cliTerraformEnv(path.join(dir, ".terraform-cli"), findProviderMirror()), ...endpointEnv, CI: "true", FORCE_COLOR: "0", LOCAL_AWS: "1", ...settings };
}

/** Runs a command to its end, collecting stdout and stderr together, without blocking the event loop. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CdktfRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? -1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Runs cdktf with `args` in `dir` (a run of several stacks takes a while). */
export function cdktf(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<CdktfRun> {
  return run(CDKTF, [...args, "--no-color"], dir, env);
}

/** `terraform <args>` in a synthesized stack's directory (cdktf.out/stacks/<name>). */
export function terraformIn(dir: string, stack: string, args: string[], env: NodeJS.ProcessEnv): Promise<CdktfRun> {
  return run("terraform", args, path.join(dir, "cdktf.out", "stacks", stack), env);
}

/** The lines cdktf prefixed with a stack's name (its column of the multi-stack output). */
export function linesOf(output: string, stack: string): string[] {
  return output.split("\n").filter((l) => l.startsWith(`${stack} `));
}

/**
 * Runs a boto3 script against the endpoint and returns what it printed as JSON. The script gets
 * `client(service, region, account=None)`: a client of the default account, or of `account`
 * through an assumed role (the endpoint gives an assumed role's credentials the role's account).
 */
export function boto3<T>(endpoint: string, body: string): T {
  const script = `import boto3, json
E = ${JSON.stringify(endpoint)}
def client(service, region="us-east-1", account=None):
    kw = dict(endpoint_url=E, region_name=region, aws_access_key_id="test", aws_secret_access_key="test")
    if account is None:
        return boto3.client(service, **kw)
    c = boto3.client("sts", **kw).assume_role(RoleArn=f"arn:aws:iam::{account}:role/check", RoleSessionName="fleet-check")["Credentials"]
    return boto3.client(service, endpoint_url=E, region_name=region, aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"], aws_session_token=c["SessionToken"])
${body}`;
  const r = spawnSync("python3", ["-c", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`boto3 script failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** One window as AWS reports it: its schedule, id, and how many targets and tasks it has. */
export interface DeployedWindow {
  schedule: string;
  id: string;
  targets: number;
  tasks: number;
}

/** The maintenance windows (by name) of each "<account> <region>"; account "default" is the endpoint's own. */
export function windowsByTarget(endpoint: string, accounts: readonly string[], regions: readonly string[]): Record<string, Record<string, DeployedWindow>> {
  return boto3(
    endpoint,
    `out = {}
for a in ${JSON.stringify(accounts)}:
    for r in ${JSON.stringify(regions)}:
        ssm = client("ssm", r, None if a == "default" else a)
        out[f"{a} {r}"] = {
            w["Name"]: dict(schedule=w["Schedule"], id=w["WindowId"],
                            targets=len(ssm.describe_maintenance_window_targets(WindowId=w["WindowId"])["Targets"]),
                            tasks=len(ssm.describe_maintenance_window_tasks(WindowId=w["WindowId"])["Tasks"]))
            for w in ssm.describe_maintenance_windows()["WindowIdentities"]}
print(json.dumps(out))`,
  );
}

/** The keys in the state bucket. */
export function bucketKeys(endpoint: string, bucket: string): string[] {
  return boto3<string[]>(endpoint, `print(json.dumps(sorted(o["Key"] for o in client("s3").list_objects_v2(Bucket=${JSON.stringify(bucket)}).get("Contents", []))))`);
}
