/**
 * Smoke test: the real terraform + hashicorp/aws 5.100.0 provider against
 * local-aws, through the whole lifecycle.
 *
 *   npx ts-node --transpile-only local-aws/smoke/run.ts [--keep]
 *
 * init -> apply -> plan (must be "no changes", exit 0) -> change a task's
 * priority (in place: same window_task_id) -> change window/target/targetless
 * task fields -> plan 0 -> restart the server from its state file -> plan 0
 * -> destroy.  Prints the AWS actions the provider called in each phase (from
 * the request log) and the wall time of each step.  Exit code 0 = all good.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkPrerequisites, startLocalAws, type LocalAws } from "../index";

const SMOKE_DIR = __dirname;
const keep = process.argv.includes("--keep");

interface Step {
  name: string;
  seconds: number;
  actions: string[];
}

const steps: Step[] = [];

function fail(message: string): never {
  throw new Error(message);
}

function logLines(logFile: string): string[] {
  return fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean) : [];
}

/** Run terraform; returns its exit code, failing unless it is in `okCodes`. */
function terraform(
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  okCodes: number[] = [0],
): { code: number; stdout: string } {
  const before = logLines(logFile).length;
  const started = Date.now();
  const result = spawnSync("terraform", [...args, "-no-color"], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const newLines = logLines(logFile).slice(before);
  // "service Action" once each, in first-seen order.
  const actions = [...new Set(newLines.map((line) => line.split(" ").slice(0, 2).join(" ")))];
  steps.push({ name, seconds, actions });
  const code = result.status ?? -1;
  console.log(`--- ${name}: exit ${code}, ${seconds.toFixed(1)} s, ${newLines.length} requests`);
  const serverErrors = newLines.filter((line) => / 5\d\d$/.test(line));
  if (serverErrors.length > 0) {
    fail(`${name}: server errors:\n${serverErrors.join("\n")}`);
  }
  if (!okCodes.includes(code)) {
    fail(`${name}: terraform exited ${code}\n${result.stdout.slice(-6_000)}\n${result.stderr.slice(-6_000)}`);
  }
  return { code, stdout: result.stdout };
}

async function main(): Promise<void> {
  const problems = checkPrerequisites();
  if (problems.length > 0) fail(`missing prerequisites:\n- ${problems.join("\n- ")}`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "local-aws-smoke-"));
  for (const file of ["main.tf.json", ".terraform.lock.hcl"]) {
    if (fs.existsSync(path.join(SMOKE_DIR, file))) {
      fs.copyFileSync(path.join(SMOKE_DIR, file), path.join(work, file));
    }
  }
  const stateFile = path.join(work, "local-aws-state.jsonl");
  const logFile = path.join(work, "requests.log");
  console.log(`work dir: ${work}`);

  let aws: LocalAws | undefined;
  const total = Date.now();
  try {
    let started = Date.now();
    aws = await startLocalAws({ stateFile, logFile });
    console.log(`local-aws up at ${aws.endpoint} (pid ${aws.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const envFor = (server: LocalAws): NodeJS.ProcessEnv => ({
      ...process.env,
      ...server.env,
      TF_CLI_CONFIG_FILE: path.join(SMOKE_DIR, "terraform.rc"),
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
    });
    let env = envFor(aws);
    const tf = (name: string, args: string[], okCodes?: number[]) =>
      terraform(name, args, work, env, logFile, okCodes);
    const output = (name: string): string =>
      spawnSync("terraform", ["output", "-raw", name], { cwd: work, env, encoding: "utf8" }).stdout;

    tf("init", ["init", "-input=false"]);
    tf("apply (create)", ["apply", "-auto-approve", "-input=false"]);
    tf("plan after create", ["plan", "-detailed-exitcode", "-input=false"]);

    const taskId = output("run_command_task_id");
    tf("apply (priority 1 -> 5)", ["apply", "-auto-approve", "-input=false", "-var", "run_command_priority=5"]);
    const taskIdAfter = output("run_command_task_id");
    if (!taskId || taskId !== taskIdAfter) {
      fail(`window_task_id changed on a priority update: ${taskId} -> ${taskIdAfter}`);
    }
    console.log(`    window_task_id kept: ${taskIdAfter}`);

    const v2 = ["-var", "run_command_priority=5", "-var", "description_suffix= v2"];
    tf("apply (window/target/targetless task fields)", ["apply", "-auto-approve", "-input=false", ...v2]);
    tf("plan after updates", ["plan", "-detailed-exitcode", "-input=false", ...v2]);

    started = Date.now();
    await aws.stop();
    aws = await startLocalAws({ stateFile, logFile });
    env = envFor(aws);
    console.log(`--- restart from ${path.basename(stateFile)}: ${((Date.now() - started) / 1000).toFixed(1)} s, now ${aws.endpoint}`);
    tf("plan after server restart", ["plan", "-detailed-exitcode", "-input=false", ...v2]);

    tf("destroy", ["destroy", "-auto-approve", "-input=false", ...v2]);
    const leftovers = spawnSync("terraform", ["state", "list"], { cwd: work, env, encoding: "utf8" }).stdout.trim();
    if (leftovers) fail(`resources left in state after destroy:\n${leftovers}`);

    const seen = new Set(logLines(logFile).map((line) => line.split(" ").slice(0, 2).join(" ")));
    const required = [
      "sts GetCallerIdentity",
      "ssm CreateMaintenanceWindow",
      "ssm RegisterTargetWithMaintenanceWindow",
      "ssm RegisterTaskWithMaintenanceWindow",
      "ssm GetMaintenanceWindowTask",
      "ssm UpdateMaintenanceWindowTask",
      "ssm UpdateMaintenanceWindow",
      "ssm UpdateMaintenanceWindowTarget",
      "ssm DeregisterTaskFromMaintenanceWindow",
      "ssm DeregisterTargetFromMaintenanceWindow",
      "ssm DeleteMaintenanceWindow",
    ];
    const missing = required.filter((action) => !seen.has(action));
    if (missing.length > 0) fail(`the provider never called: ${missing.join(", ")}`);

    console.log("\nAPI actions per step (service Action, first-seen order):");
    for (const step of steps) {
      console.log(`\n[${step.name}] ${step.seconds.toFixed(1)} s`);
      console.log(`  ${step.actions.join(", ") || "(none)"}`);
    }
    console.log(`\nSMOKE OK in ${((Date.now() - total) / 1000).toFixed(1)} s`);
  } finally {
    if (aws) await aws.stop();
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`SMOKE FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
