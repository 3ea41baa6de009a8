// One benchmark configuration, in a fresh process. Started by bench/run.ts from the precompiled
// copy (node <build>/bench/worker.js ...), never through ts-node, so no transpile time is measured.
//
//   worker.js synth <a|b|c|w> <N> <outdir> construct + synth N tasks, print one JSON line
//   worker.js validate <N> <passes>        validateMaintenanceWindowTask over N props, <passes> times
//   worker.js fleet <a|b> <S> <T> <outdir>  construct + synth S stacks of T tasks each, print one JSON line
//
// Modes: (a) our MaintenanceWindowTask, (b) the raw SsmMaintenanceWindowTask (deep import),
// (c) the floor: the same Terraform JSON document built as a plain object and JSON.stringify'd.
// Diagnostic (w): the raw resource inside an empty wrapper Construct, no validation or mapping — the
// cost of the construct tree shape alone (one more construct per task, hashed logical ids).
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { FLEET_BACKEND, FLEET_ID, fleetStackName, fleetStateKey, fleetTargets, taskPropsList, toRawConfig, toTerraformJson } from "./fixtures";

// Same-order logical ids for every mode: task_00000 … (cdktf keeps a top-level id as the logical id).
const idOf = (i: number) => `task_${String(i).padStart(5, "0")}`;
/** CPU time (user + system, all threads of the process) in ms since `since`. */
const cpuSince = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const STACK = "bench";

function emit(result: Record<string, unknown>): void {
  const u = process.resourceUsage();
  // cpuMs: user + system CPU of the whole process (all threads, GC helpers included); less sensitive
  // than wall time to other load on a shared machine.
  process.stdout.write(JSON.stringify({ ...result, maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }) + "\n");
}

function synth(mode: string, n: number, outdir: string): void {
  const bootMs = performance.now(); // node bootstrap + loading this script, since the process started

  // Import phase (cdktf and the binding; the floor needs nothing).
  let t = performance.now();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cdktf = mode === "c" ? undefined : (require("cdktf") as typeof import("cdktf"));
  const provider = mode === "c" ? undefined : (require("@cdktf/provider-aws/lib/provider") as typeof import("@cdktf/provider-aws/lib/provider"));
  const Task =
    mode === "a"
      ? (require("../lib") as typeof import("../lib")).MaintenanceWindowTask
      : mode === "b" || mode === "w"
        ? (require("@cdktf/provider-aws/lib/ssm-maintenance-window-task") as typeof import("@cdktf/provider-aws/lib/ssm-maintenance-window-task")).SsmMaintenanceWindowTask
        : undefined;
  const Construct = mode === "w" ? (require("constructs") as typeof import("constructs")).Construct : undefined;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const importMs = performance.now() - t;

  // The user's input, prepared outside the timed phases: props for (a), raw configs for (b), (c), (w).
  t = performance.now();
  const props = mode === "a" ? taskPropsList(n) : undefined;
  const raw = mode === "a" ? undefined : taskPropsList(n).map(toRawConfig);
  const prepMs = performance.now() - t;

  let constructMs: number;
  let synthMs: number;
  let constructCpuMs: number;
  let synthCpuMs: number;
  let cpu: NodeJS.CpuUsage;
  let stackFile: string;
  let warnings = 0;
  if (mode === "c") {
    t = performance.now();
    cpu = process.cpuUsage();
    const tasks: Record<string, unknown> = {};
    raw!.forEach((config, i) => (tasks[idOf(i)] = toTerraformJson(config, `${STACK}/${idOf(i)}`, idOf(i))));
    // The same document cdktf writes for mode (b), keys in json-stable-stringify's order.
    const doc = {
      "//": { metadata: { backend: "local", stackName: STACK, version: "0.21.0" }, outputs: {} },
      provider: { aws: [{ region: "us-east-1" }] },
      resource: { aws_ssm_maintenance_window_task: tasks },
      terraform: {
        backend: { local: { path: path.join(process.cwd(), `terraform.${STACK}.tfstate`) } },
        required_providers: { aws: { source: "aws", version: "5.100.0" } },
      },
    };
    constructMs = performance.now() - t;
    constructCpuMs = cpuSince(cpu);
    t = performance.now();
    cpu = process.cpuUsage();
    stackFile = path.join(outdir, "stacks", STACK, "cdk.tf.json");
    fs.mkdirSync(path.dirname(stackFile), { recursive: true });
    fs.writeFileSync(stackFile, JSON.stringify(doc, null, 2));
    synthMs = performance.now() - t;
    synthCpuMs = cpuSince(cpu);
  } else {
    t = performance.now();
    cpu = process.cpuUsage();
    const app = new cdktf!.App({ outdir });
    const stack = new cdktf!.TerraformStack(app, STACK);
    new provider!.AwsProvider(stack, "aws", { region: "us-east-1" });
    if (mode === "a") {
      const Ours = Task as typeof import("../lib").MaintenanceWindowTask;
      props!.forEach((p, i) => {
        warnings += new Ours(stack, idOf(i), p).warnings.length;
      });
    } else if (mode === "b") {
      const Raw = Task as typeof import("@cdktf/provider-aws/lib/ssm-maintenance-window-task").SsmMaintenanceWindowTask;
      raw!.forEach((c, i) => new Raw(stack, idOf(i), c as never));
    } else {
      const Raw = Task as typeof import("@cdktf/provider-aws/lib/ssm-maintenance-window-task").SsmMaintenanceWindowTask;
      raw!.forEach((c, i) => new Raw(new Construct!(stack, idOf(i)), "Resource", c as never));
    }
    constructMs = performance.now() - t;
    constructCpuMs = cpuSince(cpu);
    t = performance.now();
    cpu = process.cpuUsage();
    app.synth();
    synthMs = performance.now() - t;
    synthCpuMs = cpuSince(cpu);
    stackFile = path.join(outdir, "stacks", STACK, "cdk.tf.json");
  }
  emit({ mode, n, bootMs, importMs, prepMs, constructMs, synthMs, constructCpuMs, synthCpuMs, outBytes: fs.statSync(stackFile).size, stackFile, warnings });
}

/**
 * Stack scaling: S stacks (one per account × Region) of T tasks each; stack s holds tasks s·T … s·T+T−1
 * of the mix, so the S·T tasks are the first S·T of the single-stack matrix.
 *   (a) MaintenanceWindowFleet with S targets, whose build adds T MaintenanceWindowTasks;
 *   (b) the same S TerraformStacks by hand: AwsProvider (Region, allowed account, assumed role) +
 *       S3Backend (the fleet's key and lock file) + T raw SsmMaintenanceWindowTasks.
 */
function fleet(mode: string, stacks: number, perStack: number, outdir: string): void {
  const bootMs = performance.now();
  let t = performance.now();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cdktf = require("cdktf") as typeof import("cdktf");
  const provider = require("@cdktf/provider-aws/lib/provider") as typeof import("@cdktf/provider-aws/lib/provider");
  const lib = mode === "a" ? (require("../lib") as typeof import("../lib")) : undefined;
  const Raw = mode === "b" ? (require("@cdktf/provider-aws/lib/ssm-maintenance-window-task") as typeof import("@cdktf/provider-aws/lib/ssm-maintenance-window-task")).SsmMaintenanceWindowTask : undefined;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const importMs = performance.now() - t;

  t = performance.now();
  const targets = fleetTargets(stacks);
  const props = mode === "a" ? taskPropsList(stacks * perStack) : undefined;
  const raw = mode === "b" ? taskPropsList(stacks * perStack).map(toRawConfig) : undefined;
  const prepMs = performance.now() - t;

  let warnings = 0;
  t = performance.now();
  let cpu = process.cpuUsage();
  const app = new cdktf.App({ outdir });
  if (lib) {
    let s = 0;
    const f = new lib.MaintenanceWindowFleet(app, FLEET_ID, {
      targets,
      stateBackend: { ...FLEET_BACKEND },
      build: (stack) => {
        for (let k = 0, g = s * perStack; k < perStack; k++, g++) warnings += new lib.MaintenanceWindowTask(stack, idOf(g), props![g]).warnings.length;
        s++;
      },
    });
    warnings += f.warnings.length;
  } else {
    targets.forEach((target, s) => {
      const stack = new cdktf.TerraformStack(app, fleetStackName(target));
      new provider.AwsProvider(stack, "aws", { region: target.region, allowedAccountIds: [target.account], assumeRole: [{ roleArn: target.roleArn }] });
      new cdktf.S3Backend(stack, { bucket: FLEET_BACKEND.bucket, key: fleetStateKey(target), region: FLEET_BACKEND.region, encrypt: true });
      stack.addOverride("terraform.backend.s3.use_lockfile", true);
      for (let k = 0, g = s * perStack; k < perStack; k++, g++) new Raw!(stack, idOf(g), raw![g] as never);
    });
  }
  const constructMs = performance.now() - t;
  const constructCpuMs = cpuSince(cpu);
  t = performance.now();
  cpu = process.cpuUsage();
  app.synth();
  const synthMs = performance.now() - t;
  const synthCpuMs = cpuSince(cpu);
  const stackDir = path.join(outdir, "stacks");
  const names = fs.readdirSync(stackDir);
  const outBytes = names.reduce((sum, name) => sum + fs.statSync(path.join(stackDir, name, "cdk.tf.json")).size, 0);
  emit({ mode, n: stacks * perStack, stacks, perStack, stackCount: names.length, bootMs, importMs, prepMs, constructMs, synthMs, constructCpuMs, synthCpuMs, outBytes, stackDir, warnings });
}

function validate(n: number, passes: number): void {
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateMaintenanceWindowTask } = require("../lib") as typeof import("../lib");
  const importMs = performance.now() - t0;
  const props = taskPropsList(n);
  const passMs: number[] = [];
  const passCpuMs: number[] = [];
  let findings = 0;
  for (let p = 0; p < passes; p++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const task of props) findings += validateMaintenanceWindowTask(task).length;
    passMs.push(performance.now() - t);
    passCpuMs.push(cpuSince(cpu));
  }
  emit({ n, passes, importMs, passMs, passCpuMs, findings });
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === "synth") synth(args[0], Number(args[1]), args[2]);
else if (cmd === "validate") validate(Number(args[0]), Number(args[1]));
else if (cmd === "fleet") fleet(args[0], Number(args[1]), Number(args[2]), args[3]);
else {
  process.stderr.write(`usage: worker.js synth <a|b|c|w> <N> <outdir> | validate <N> <passes> | fleet <a|b> <S> <T> <outdir>\n`);
  process.exit(2);
}
