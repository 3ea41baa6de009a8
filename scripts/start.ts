// `npm start`: synthesize main.ts and deploy it with `cdktf deploy`, then print the deployed tasks
// as AWS reports them. `npm start -- --help` for the options; the command line is parsed strictly
// (lib/cli/args.ts): an unknown or contradicting flag is exit 2 with the usage, and nothing starts.
//
// The local endpoint is lib/cli/local.ts, the same as `npx cdktf-ssm-maintenance-window-task local`
// for this repository: it keeps running between runs, on the same port, and journals its state to
// .local-aws/, like an account would, so a second `npm start` reports no changes.
//
// With a terminal, cdktf's own display is shown. Without one (CI, a pipe) the output is plain lines:
// no spinner frames, no colours, and terraform init's output only if something fails.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline";
import { runCommandLine, UsageError, usage, type CommandSpec, type OptionValues } from "../lib/cli/args";
import { LocalEndpoint, STATE_DIR_NAME } from "../lib/cli/local";
import { AWS_PROVIDER_VERSION, findProviderMirror, missingMirrorMessage, terraformEnv } from "../lib/cli/terraform";
import { localAwsEnv } from "../local-aws";

// The SDK warns that its 2027 releases need Node 22; this repo pins a release that runs on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const ROOT = path.resolve(__dirname, "..");
const STACK = "maintenance-window-tasks";
const LOCAL_DIR = path.join(ROOT, STATE_DIR_NAME);

export const START_COMMAND: CommandSpec = {
  name: "npm start --",
  summary: "Synthesize main.ts, deploy it with cdktf deploy, and print the deployed tasks as AWS reports them.",
  details: [
    "Without options it deploys to the local AWS endpoint (started in the background if needed; its state",
    `is journaled in ${STATE_DIR_NAME}/, so a second run reports no changes).`,
    "",
    "  npm start                    deploy to the local endpoint",
    "  npm start -- --plan          show what would change, apply nothing",
    "  npm start -- --destroy       destroy what was deployed",
    "  npm start -- --aws           deploy to a real account: shows the plan and asks first",
    "  npm start -- --aws --yes     ... without asking (needed without a terminal)",
    "  npm start -- --stop          stop the local endpoint (its state is kept)",
    "  npm start -- --reset         stop it and forget everything deployed to it",
  ].join("\n"),
  options: {
    aws: { type: "boolean", description: "Use a real AWS account (standard credential chain, AWS_REGION) instead of the local endpoint" },
    plan: { type: "boolean", description: "Show what would change (cdktf diff); apply nothing" },
    destroy: { type: "boolean", description: "Destroy what was deployed (asks first with --aws)" },
    yes: { type: "boolean", description: "With --aws: apply or destroy without asking" },
    stop: { type: "boolean", description: `Stop the local endpoint (its state is kept in ${STATE_DIR_NAME}/)` },
    reset: { type: "boolean", description: "Stop the local endpoint and forget everything deployed to it" },
  },
  check: (v) => {
    for (const alone of ["stop", "reset"]) {
      const other = ["aws", "plan", "destroy", "yes", "stop", "reset"].find((o) => o !== alone && v[o]);
      if (v[alone] && other) return `--${alone} cannot be combined with --${other}`;
    }
    if (v.plan && v.destroy) return "--plan cannot be combined with --destroy (--plan shows what a deploy would change)";
    return undefined;
  },
};

/** Spinner frames (braille) and the cursor movements cdktf draws them with. */
// eslint-disable-next-line no-control-regex -- terminal escape sequences
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;
const SPINNER = /^\s*[\u2800-\u28ff]/;
const INIT_START = /^Initializing (the backend|modules|provider plugins|HCP Terraform)\.\.\./;
const INIT_END = /^Terraform has been successfully initialized!/;
// What cdktf's `terraform providers lock` step prints after init (first deploy of a stack).
const LOCK_LINE = /^(- (Fetching|Retrieved|Obtained) \S+ |Success! Terraform has (validated|updated) the lock file|Review the changes in \.terraform\.lock\.hcl)/;

/**
 * cdktf's output as plain lines, for a log: escape sequences and spinner frames dropped, the stack
 * column removed (one stack), terraform init's output (and the providers lock step after it) held
 * back; `hidden` has it for when something fails.
 */
export class PlainCdktfOutput {
  readonly hidden: string[] = [];
  private inInit = false;
  private afterInit = false;

  constructor(
    private readonly stack: string,
    private readonly write: (line: string) => void,
  ) {}

  line(raw: string): void {
    const clean = raw.replace(ANSI, "").replace(/\r/g, "").trimEnd();
    if (SPINNER.test(clean)) return;
    const column = this.stack.length + 2;
    const text = clean === this.stack || clean.startsWith(`${this.stack}  `) || clean.startsWith(" ".repeat(column)) ? clean.slice(column) : clean;
    const trimmed = text.trim();
    if (INIT_START.test(trimmed)) this.inInit = true;
    if (this.inInit) {
      this.hidden.push(text);
      if (INIT_END.test(trimmed)) {
        this.inInit = false;
        this.afterInit = true;
      }
      return;
    }
    if (this.afterInit && (trimmed === "" || LOCK_LINE.test(trimmed))) {
      this.hidden.push(text);
      return;
    }
    this.afterInit = false;
    this.write(text);
  }
}

interface Run {
  readonly real: boolean;
  readonly plain: boolean;
  readonly values: OptionValues;
}

function step(message: string): void {
  console.log(`▶ ${message}`);
}

/** Runs cdktf with `args`; with `plain`, its output goes through PlainCdktfOutput. Resolves with the exit status. */
async function cdktf(args: string[], env: NodeJS.ProcessEnv, plain: boolean): Promise<number> {
  const bin = path.join(ROOT, "node_modules", ".bin", "cdktf");
  if (!plain) return spawnSync(bin, args, { cwd: ROOT, env, stdio: "inherit" }).status ?? 1;
  // CI=true: cdktf prints lines instead of redrawing a spinner.
  const child = spawn(bin, [...args, "--no-color"], { cwd: ROOT, env: { ...env, CI: "true", FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  const out = new PlainCdktfOutput(STACK, (line) => process.stdout.write(`${line}\n`));
  const err = new PlainCdktfOutput(STACK, (line) => process.stderr.write(`${line}\n`));
  readline.createInterface({ input: child.stdout }).on("line", (line) => out.line(line));
  readline.createInterface({ input: child.stderr }).on("line", (line) => err.line(line));
  const code = await new Promise<number>((resolve) => {
    child.once("error", () => resolve(127));
    child.once("close", (status) => resolve(status ?? 1));
  });
  if (code !== 0 && out.hidden.length + err.hidden.length > 0) {
    process.stderr.write(`terraform init (its output is shown because cdktf failed):\n${[...out.hidden, ...err.hidden].map((l) => `  ${l}`).join("\n")}\n`);
  }
  return code;
}

/** Environment for cdktf and terraform: the mirror-only CLI config, and the local endpoint unless --aws. */
async function deployEnv(run: Run): Promise<NodeJS.ProcessEnv> {
  const mirror = findProviderMirror();
  if (!mirror) console.log(`  warning: ${missingMirrorMessage()}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...terraformEnv(LOCAL_DIR, mirror),
    // No "You may now begin working with Terraform" paragraphs.
    TF_IN_AUTOMATION: "1",
    // The local endpoint and --aws keep separate state (examples/backend.ts): switching between
    // them reconfigures the backend and must not offer to migrate one state into the other.
    TF_CLI_ARGS_init: "-reconfigure",
  };
  if (run.real) return env;
  const endpoint = new LocalEndpoint(ROOT);
  const { info, started } = await endpoint.start();
  step(`${started ? "Started the" : "The"} local AWS endpoint: ${info.endpoint} (pid ${info.pid}, state in ${STATE_DIR_NAME}/)`);
  return { ...env, ...localAwsEnv(info.endpoint), LOCAL_AWS: "1", AWS_MAX_RETRIES: "1" };
}

function outputsFile(real: boolean): string {
  return path.join(LOCAL_DIR, real ? "outputs.aws.json" : "outputs.json");
}

/** One task as `GetMaintenanceWindowTask` returns it, in three lines at most. */
export function formatTask(task: {
  WindowTaskId?: string;
  Priority?: number;
  TaskType?: string;
  TaskArn?: string;
  Targets?: { Key?: string; Values?: string[] }[];
  MaxConcurrency?: string;
  MaxErrors?: string;
  CutoffBehavior?: string;
  ServiceRoleArn?: string;
  TaskInvocationParameters?: { RunCommand?: { Parameters?: unknown }; Automation?: { Parameters?: unknown } };
}): string {
  const targets = task.Targets?.length ? task.Targets.map((t) => `${t.Key}=${(t.Values ?? []).join(",")}`).join(" ") : "none";
  const parameters = task.TaskInvocationParameters?.RunCommand?.Parameters ?? task.TaskInvocationParameters?.Automation?.Parameters;
  return [
    `  ${task.WindowTaskId}  priority ${task.Priority ?? 0}  ${task.TaskType} ${task.TaskArn}`,
    `    targets ${targets}  concurrency ${task.MaxConcurrency}  errors ${task.MaxErrors}` +
      `${task.CutoffBehavior ? `  cutoff ${task.CutoffBehavior}` : ""}${task.ServiceRoleArn ? `  role ${task.ServiceRoleArn}` : ""}`,
    parameters ? `    parameters ${JSON.stringify(parameters)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

async function printDeployedTasks(env: NodeJS.ProcessEnv, real: boolean): Promise<void> {
  const outputs = (JSON.parse(fs.readFileSync(outputsFile(real), "utf8")) as Record<string, Record<string, string>>)[STACK] ?? {};
  const windowId = outputs.window_id;
  if (!windowId) {
    console.log("  (the stack has no window_id output: no tasks to list)");
    return;
  }
  // Loaded here: --help and usage errors need not pay for the SDK.
  const { DescribeMaintenanceWindowTasksCommand, GetMaintenanceWindowTaskCommand, SSMClient } = await import("@aws-sdk/client-ssm");
  const client = new SSMClient({
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
    ...(real ? {} : { endpoint: env.AWS_ENDPOINT_URL_SSM, credentials: { accessKeyId: "test", secretAccessKey: "test" } }),
  });
  const ids: { id: string; priority: number }[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(new DescribeMaintenanceWindowTasksCommand({ WindowId: windowId, NextToken }));
    for (const t of page.Tasks ?? []) ids.push({ id: t.WindowTaskId!, priority: t.Priority ?? 0 });
    NextToken = page.NextToken;
  } while (NextToken);
  step(`Tasks of window ${windowId}, as AWS reports them (GetMaintenanceWindowTask):`);
  for (const { id } of ids.sort((a, b) => a.priority - b.priority)) {
    console.log(formatTask(await client.send(new GetMaintenanceWindowTaskCommand({ WindowId: windowId, WindowTaskId: id }))));
  }
}

async function stopOrReset(reset: boolean): Promise<void> {
  const endpoint = new LocalEndpoint(ROOT);
  const stopped = reset ? await endpoint.reset() : await endpoint.stop();
  console.log(stopped ? `local AWS endpoint stopped (pid ${stopped.pid})` : "local AWS endpoint not running");
  if (!reset) return;
  // The local endpoint's state is gone: so is the Terraform state that described it.
  for (const f of fs.existsSync(LOCAL_DIR) ? fs.readdirSync(LOCAL_DIR) : []) {
    if ((f.startsWith("terraform.") && f.includes(".tfstate")) || f === path.basename(outputsFile(false))) fs.rmSync(path.join(LOCAL_DIR, f));
  }
  console.log("local endpoint and local Terraform state reset");
}

async function start(values: OptionValues): Promise<number> {
  const started = Date.now();
  if (values.stop || values.reset) {
    await stopOrReset(!!values.reset);
    return 0;
  }
  const real = !!values.aws;
  const interactive = !!(process.stdin.isTTY && process.stdout.isTTY);
  const run: Run = { real, plain: !process.stdout.isTTY, values };
  const confirm = real && !values.yes;
  if (confirm && !values.plan && !interactive) {
    throw new UsageError(
      `--aws ${values.destroy ? "destroys in" : "applies to"} a real account and there is no terminal to confirm: add --yes to go ahead without asking, or use --plan to only see the plan`,
      usage([START_COMMAND]),
    );
  }
  const terraform = spawnSync("terraform", ["version"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "ignore" });
  if (terraform.error) throw new Error(`terraform not found on PATH: install Terraform 1.11 (https://developer.hashicorp.com/terraform/install) with the hashicorp/aws ${AWS_PROVIDER_VERSION} provider in a filesystem mirror`);
  const target = real ? "a real AWS account" : "the local AWS endpoint";
  const env = await deployEnv(run);
  const mirror = findProviderMirror();
  const approve = confirm ? [] : ["--auto-approve"];
  let code: number;
  if (values.plan) {
    step(`Planning main.ts against ${target} with cdktf diff (nothing is applied)${mirror ? `; hashicorp/aws ${AWS_PROVIDER_VERSION} from ${mirror}` : ""}`);
    code = await cdktf(["diff", STACK], env, run.plain);
  } else if (values.destroy) {
    step(`Destroying the example stack in ${target} with cdktf destroy${confirm ? " (asks before destroying)" : ""}`);
    code = await cdktf(["destroy", STACK, ...approve], env, run.plain);
    if (code === 0) fs.rmSync(outputsFile(real), { force: true });
  } else {
    step(`Deploying main.ts to ${target} with cdktf deploy${confirm ? " (shows the plan and asks before applying)" : ""}`);
    const outputs = outputsFile(real);
    fs.rmSync(outputs, { force: true });
    code = await cdktf(["deploy", STACK, ...approve, "--outputs-file", outputs, "--outputs-file-include-sensitive-outputs=false"], env, run.plain);
    if (code === 0 && fs.existsSync(outputs)) await printDeployedTasks(env, real);
  }
  if (code !== 0) throw new Error(`cdktf exited with status ${code}`);
  console.log(`✔ done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (require.main === module) {
  runCommandLine(START_COMMAND, process.argv.slice(2), (_path, values) => start(values)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
