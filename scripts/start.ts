// `npm start`: synthesize main.ts and deploy it with `cdktf deploy`, then print the deployed tasks
// as AWS reports them.
//
//   npm start                     deploy to the local AWS endpoint (started in the background if needed)
//   npm start -- --aws            deploy to a real AWS account (standard credential chain, AWS_REGION)
//   npm start -- --destroy        destroy what was deployed (add --aws for the real account)
//   npm start -- --stop           stop the local endpoint (its state is kept in .local-aws/)
//   npm start -- --reset          stop the local endpoint and forget everything deployed to it
//
// The local endpoint keeps running between runs and journals its state to .local-aws/, like an
// account would: a second `npm start` reports no changes.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DescribeMaintenanceWindowTasksCommand, GetMaintenanceWindowTaskCommand, SSMClient } from "@aws-sdk/client-ssm";
import { checkPrerequisites, localAwsEnv } from "../local-aws";
import { AWS_PROVIDER_VERSION, findProviderMirror, writeCliConfig } from "../test-support/terraform";

// The SDK warns that its 2027 releases need Node 22; this repo pins a release that runs on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const ROOT = path.resolve(__dirname, "..");
const STACK = "maintenance-window-tasks";
const STACK_DIR = path.join(ROOT, "cdktf.out", "stacks", STACK);
const LOCAL_DIR = path.join(ROOT, ".local-aws");
const OUTPUTS = path.join(LOCAL_DIR, "outputs.json");

const args = new Set(process.argv.slice(2));
const real = args.has("--aws");

function step(message: string): void {
  console.log(`\n▶ ${message}`);
}

function fail(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv, cwd = ROOT): void {
  const r = spawnSync(cmd, cmdArgs, { cwd, env, stdio: "inherit" });
  if (r.status !== 0) fail(`${cmd} ${cmdArgs.join(" ")} failed (exit ${r.status ?? r.signal}).`);
}

function localEndpointCli(command: string): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "local-aws", "cli.ts"), command], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

/** Starts the local endpoint unless it is running; returns its endpoint URL. */
function ensureLocalEndpoint(): string {
  const problems = checkPrerequisites();
  if (problems.length > 0) fail(`Cannot deploy locally:\n  - ${problems.join("\n  - ")}`);
  if (localEndpointCli("status").status !== 0) {
    step("Starting the local AWS endpoint (state journaled in .local-aws/)");
    const started = localEndpointCli("start");
    if (started.status !== 0) fail(`local endpoint did not start:\n${started.stdout}${started.stderr}`);
  }
  const info = JSON.parse(fs.readFileSync(path.join(LOCAL_DIR, "server.json"), "utf8")) as { endpoint: string; pid: number };
  console.log(`  local AWS endpoint ${info.endpoint} (pid ${info.pid})`);
  return info.endpoint;
}

/** Environment for cdktf and terraform: the mirror-only CLI config, and the local endpoint unless --aws. */
function deployEnv(): NodeJS.ProcessEnv {
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: writeCliConfig(LOCAL_DIR),
  };
  if (real) return env;
  return { ...env, ...localAwsEnv(ensureLocalEndpoint()), LOCAL_AWS: "1", AWS_MAX_RETRIES: "1" };
}

/**
 * cdktf-cli runs `terraform providers lock` when a stack has no lock file, which asks the public
 * registry: init from the mirror first so the lock file exists. `-reconfigure` because the local
 * endpoint and --aws keep separate state (see examples/backend.ts): switching must not migrate it.
 */
function initFromMirror(env: NodeJS.ProcessEnv): void {
  step(`terraform init (hashicorp/aws ${AWS_PROVIDER_VERSION} from the mirror in ${findProviderMirror()})`);
  run("terraform", ["init", "-input=false", "-no-color", "-reconfigure"], env, STACK_DIR);
}

async function printDeployedTasks(env: NodeJS.ProcessEnv): Promise<void> {
  const outputs = JSON.parse(fs.readFileSync(OUTPUTS, "utf8"))[STACK] as Record<string, string>;
  const windowId = outputs.window_id;
  const client = new SSMClient({
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
    ...(real ? {} : { endpoint: env.AWS_ENDPOINT_URL_SSM, credentials: { accessKeyId: "test", secretAccessKey: "test" } }),
  });
  const { Tasks = [] } = await client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId }));
  step(`Tasks of window ${windowId}, as AWS reports them (GetMaintenanceWindowTask):`);
  for (const t of Tasks.sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0))) {
    const task = await client.send(new GetMaintenanceWindowTaskCommand({ WindowId: windowId, WindowTaskId: t.WindowTaskId }));
    const inv = task.TaskInvocationParameters?.RunCommand;
    console.log(
      [
        `  ${task.WindowTaskId}  priority ${task.Priority}  ${task.TaskType} ${task.TaskArn}`,
        `    targets ${JSON.stringify(task.Targets?.map((x) => `${x.Key}=${x.Values?.join(",")}`))}  concurrency ${task.MaxConcurrency}  errors ${task.MaxErrors}` +
          `${task.CutoffBehavior ? `  cutoff ${task.CutoffBehavior}` : ""}${task.ServiceRoleArn ? `  role ${task.ServiceRoleArn}` : ""}`,
        inv?.Parameters ? `    parameters ${JSON.stringify(inv.Parameters)}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (args.has("--stop") || args.has("--reset")) {
    const r = localEndpointCli(args.has("--reset") ? "reset" : "stop");
    process.stdout.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    if (args.has("--reset")) {
      // The local endpoint's state is gone: so is the Terraform state that described it.
      for (const f of fs.existsSync(LOCAL_DIR) ? fs.readdirSync(LOCAL_DIR) : []) {
        if (f.startsWith("terraform.") && f.includes(".tfstate")) fs.rmSync(path.join(LOCAL_DIR, f));
      }
      console.log("local endpoint and local Terraform state reset");
    }
    return;
  }
  const env = deployEnv();
  const cdktf = path.join(ROOT, "node_modules", ".bin", "cdktf");
  step(`Synthesizing main.ts (${real ? "real AWS account" : "local AWS endpoint"})`);
  run(cdktf, ["synth"], env);
  initFromMirror(env);
  if (args.has("--destroy")) {
    step("Destroying the example stack");
    run(cdktf, ["destroy", STACK, "--auto-approve"], env);
  } else {
    step("Deploying with cdktf deploy");
    run(cdktf, ["deploy", STACK, "--auto-approve", "--outputs-file", OUTPUTS, "--outputs-file-include-sensitive-outputs=false"], env);
    await printDeployedTasks(env);
  }
  console.log(`\n✔ done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
