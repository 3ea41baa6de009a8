// `npm run bench`: MaintenanceWindowTask against the raw provider resource and the JSON floor.
// See bench/README.md. Writes bench/results/REPORT.md and bench/results/latest.json and prints the
// report, and the scaling chart bench/results/scaling.svg (bench/chart.ts). Options:
//   --quick            N = 1, 100, 1000 and S = 1, 10 stacks only, 2 runs, fewer import/type-check
//                      runs (a smoke test)
//   --runs=<k>         runs per configuration for N < 10000 (default 5)
//   --runs-large=<k>   runs per configuration for N = 10000 (default 3)
//   --no-profile       skip the CPU profile of mode (a)
//   --keep             keep the temporary build/output directory
//   --render           measure nothing: re-render REPORT.md from results/latest.json (e.g. after
//                      editing FINDINGS.md)
//
// Everything measured runs in fresh child processes started with plain `node` on a copy of lib/ and
// bench/ that tsc compiles once into a temporary directory at the start, so neither ts-node nor
// TypeScript's transpiler is part of any measurement. This orchestrator itself runs under ts-node.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { renderChart, type Chart } from "./chart";
import { summarizeProfile, type ProfileSummary } from "./profile";

const REPO = path.resolve(__dirname, "..");
const RESULTS = path.join(__dirname, "results");
const TSC = path.join(REPO, "node_modules/typescript/lib/tsc.js");

// ---------------------------------------------------------------------------------------------
// Options and time budget

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split("=")[1]) : fallback;
};
const QUICK = flag("quick");
const LARGE = 10000;
const SIZES = QUICK ? [1, 100, 1000] : [1, 100, 1000, LARGE];
const RUNS = option("runs", QUICK ? 2 : 5);
const RUNS_LARGE = option("runs-large", 3);
const VALIDATION_PASSES = 5;
const PROFILE_N = QUICK ? 1000 : LARGE;
// Stack scaling (section 1b): S stacks of TASKS_PER_STACK tasks each.
const STACK_COUNTS = QUICK ? [1, 10] : [1, 10, 100];
const TASKS_PER_STACK = 20;
let fleetRuns = RUNS;
let importRuns = QUICK ? 2 : 5;
let typecheckRuns = QUICK ? 1 : 5;
let validationProcesses = QUICK ? 1 : 3;
let doProfile = !flag("no-profile");

// The whole run must stay under 10 minutes on a 2-core machine. The synth matrix takes ~4–5 min
// there and the stack scaling ~1 min; if they ran long (a busy machine), the later sections shrink
// rather than overrun.
const TRIM_AFTER_MS = 6 * 60_000;
const TRIM_LATER_AFTER_MS = 7 * 60_000;
const SKIP_PROFILE_AFTER_MS = 8.5 * 60_000;
const notes: string[] = [];
const elapsedMs = () => process.uptime() * 1000;

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (msg: string) => process.stderr.write(`[bench ${(elapsedMs() / 1000).toFixed(0).padStart(4)}s] ${msg}\n`);

function median(xs: number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmtMs = (x: number) => (typeof x !== "number" || Number.isNaN(x) ? "–" : Math.abs(x) < 10 ? x.toFixed(2) : Math.abs(x) < 100 ? x.toFixed(1) : x.toFixed(0));
const fmtMb = (kb: number) => (kb / 1024).toFixed(0);
const fmtInt = (x: number) => Math.round(x).toLocaleString("en-US");
const fmtRatio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function sh(cmd: string, args: string[], cwd = REPO): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "";
}

interface Spawned<T> {
  wallMs: number;
  out: T;
  stderr: string;
}

/** Runs `node <args>` in a fresh process; returns its last stdout line as JSON and the wall time. */
function node<T>(args: string[], cwd: string, parse = true): Spawned<T> {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CDKTF_OUTDIR: undefined, CDKTF_CONTEXT_JSON: undefined, NODE_OPTIONS: undefined },
  });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  const lines = r.stdout.trim().split("\n");
  return { wallMs, out: (parse ? JSON.parse(lines[lines.length - 1]) : r.stdout) as T, stderr: r.stderr };
}

// ---------------------------------------------------------------------------------------------
// Machine facts

const versionOf = (pkg: string) =>
  (JSON.parse(fs.readFileSync(path.join(REPO, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

function machineFacts() {
  const cpus = os.cpus();
  const dirty = sh("git", ["status", "--porcelain", "--", "lib"]).split("\n").filter(Boolean);
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    ramGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAvgStart: os.loadavg().map((x) => +x.toFixed(2)),
    commit: sh("git", ["rev-parse", "HEAD"]) || "unknown",
    commitSubject: sh("git", ["log", "-1", "--format=%s"]),
    libUncommittedFiles: dirty.length,
    versions: { cdktf: versionOf("cdktf"), providerAws: versionOf("@cdktf/provider-aws"), constructs: versionOf("constructs"), typescript: versionOf("typescript") },
  };
}
type Facts = ReturnType<typeof machineFacts> & { loadAvgEnd: number[] };

// ---------------------------------------------------------------------------------------------
// Build: lib/ + bench/ → <tmp>/build with tsc (once). <tmp>/node_modules links to the repo's.

function build(tmp: string): { buildDir: string; ms: number } {
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(tmp, "node_modules"), "dir");
  const buildDir = path.join(tmp, "build");
  const tsconfig = path.join(tmp, "tsconfig.build.json");
  const config = {
    extends: path.join(REPO, "tsconfig.json"),
    compilerOptions: {
      outDir: buildDir,
      rootDir: REPO,
      noEmit: false,
      declaration: true, // the type-check apps consume these .d.ts, as users of the package do
      sourceMap: false,
      // Emit only: the benchmark must build even while lib/ is mid-edit (npm run typecheck is the
      // type gate). The emitted JavaScript is the same as a checked build's.
      noCheck: true,
      noUnusedLocals: false,
      types: ["node"],
    },
    include: [],
    files: ["lib/index.ts", "bench/worker.ts", "bench/import-probe.ts", "bench/tsc-probe.ts"].map((f) => path.join(REPO, f)),
  };
  fs.writeFileSync(tsconfig, JSON.stringify(config, null, 2));
  const t = Date.now();
  const r = spawnSync(process.execPath, [TSC, "-p", tsconfig], { encoding: "utf8" });
  if (r.status !== 0 || !fs.existsSync(path.join(buildDir, "lib/index.js"))) {
    throw new Error(`tsc build of lib/ and bench/ failed:\n${r.stdout}${r.stderr}`);
  }
  return { buildDir, ms: Date.now() - t };
}

// ---------------------------------------------------------------------------------------------
// 1. Synth: (a) construct, (b) raw resource, (c) JSON floor; (w) diagnostic wrapper

type Mode = "a" | "b" | "c" | "w";
const MODES: Mode[] = ["a", "b", "c", "w"];
const MODE_LABEL: Record<Mode, string> = {
  a: "(a) MaintenanceWindowTask",
  b: "(b) raw SsmMaintenanceWindowTask",
  c: "(c) JSON.stringify floor",
  w: "(w) raw in empty wrapper Construct",
};

interface SynthOut {
  mode: Mode;
  n: number;
  bootMs: number;
  importMs: number;
  prepMs: number;
  constructMs: number;
  synthMs: number;
  constructCpuMs: number;
  synthCpuMs: number;
  outBytes: number;
  stackFile: string;
  warnings: number;
  maxRssKb: number;
  cpuMs: number;
}
interface SynthRun extends SynthOut {
  wallMs: number;
}
interface SynthStats {
  mode: Mode;
  n: number;
  runs: number;
  importMs: number;
  constructMs: number;
  synthMs: number;
  constructSynthMs: number;
  constructSynthCpuMs: number;
  wallMs: number;
  wallMinMs: number;
  wallMaxMs: number;
  cpuMs: number;
  maxRssKb: number;
  outBytes: number;
}

function synthOnce(buildDir: string, tmp: string, mode: Mode, n: number, keep = false): SynthRun {
  const outdir = fs.mkdtempSync(path.join(tmp, `out-${mode}-${n}-`));
  try {
    const { wallMs, out } = node<SynthOut>([path.join(buildDir, "bench/worker.js"), "synth", mode, String(n), outdir], tmp);
    if (out.warnings > 0) throw new Error(`mode ${mode} N=${n}: ${out.warnings} validation warnings; the task mix must be clean`);
    return { ...out, wallMs };
  } finally {
    if (!keep) fs.rmSync(outdir, { recursive: true, force: true });
  }
}

type Timed = Pick<SynthRun, "importMs" | "constructMs" | "synthMs" | "constructCpuMs" | "synthCpuMs" | "wallMs" | "cpuMs" | "maxRssKb" | "outBytes">;

/** Medians (and the wall min–max) of runs of one configuration. */
function timingStats(runs: Timed[]): Omit<SynthStats, "mode" | "n"> {
  const m = (f: (r: Timed) => number) => median(runs.map(f));
  return {
    runs: runs.length,
    importMs: m((r) => r.importMs),
    constructMs: m((r) => r.constructMs),
    synthMs: m((r) => r.synthMs),
    constructSynthMs: m((r) => r.constructMs + r.synthMs),
    constructSynthCpuMs: m((r) => r.constructCpuMs + r.synthCpuMs),
    wallMs: m((r) => r.wallMs),
    wallMinMs: Math.min(...runs.map((r) => r.wallMs)),
    wallMaxMs: Math.max(...runs.map((r) => r.wallMs)),
    cpuMs: m((r) => r.cpuMs),
    maxRssKb: m((r) => r.maxRssKb),
    outBytes: m((r) => r.outBytes),
  };
}

function statsOf(runs: SynthRun[]): SynthStats {
  return { mode: runs[0].mode, n: runs[0].n, ...timingStats(runs) };
}

/**
 * `rounds` rounds of every mode, the order rotated each round so no mode always runs right after the
 * same other one; each run is logged and appended to `all`. Returns the runs by mode.
 */
function interleaved<M extends string, R extends Timed>(modes: readonly M[], rounds: number, label: string, once: (mode: M) => R, all: R[]): Map<M, R[]> {
  const byMode = new Map<M, R[]>(modes.map((m) => [m, []]));
  for (let r = 0; r < rounds; r++) {
    for (const mode of modes.map((_, i) => modes[(i + r) % modes.length])) {
      const run = once(mode);
      byMode.get(mode)!.push(run);
      all.push(run);
      log(
        `${label} ${mode} ${r + 1}/${rounds}: wall ${fmtMs(run.wallMs)} ms, construct ${fmtMs(run.constructMs)}, synth ${fmtMs(run.synthMs)}, ` +
          `cpu ${fmtMs(run.cpuMs)}, rss ${fmtMb(run.maxRssKb)} MB`,
      );
    }
  }
  return byMode;
}

function synthMatrix(buildDir: string, tmp: string): { stats: SynthStats[]; runs: SynthRun[] } {
  const all: SynthRun[] = [];
  const stats: SynthStats[] = [];
  for (const n of SIZES) {
    const runs = n >= LARGE ? RUNS_LARGE : RUNS;
    const byMode = interleaved(MODES, runs, `synth N=${n}`, (mode) => synthOnce(buildDir, tmp, mode, n), all);
    for (const m of MODES) stats.push(statsOf(byMode.get(m)!));
  }
  return { stats, runs: all };
}

/** (a), (b), (c) and (w) must write the same resources; (b) and (c) the same document. */
function equivalence(buildDir: string, tmp: string, n: number): { ok: boolean; detail: string } {
  type Doc = { resource: { aws_ssm_maintenance_window_task: Record<string, Record<string, unknown>> } } & Record<string, unknown>;
  const docs = {} as Record<Mode, Doc>;
  for (const mode of MODES) {
    const run = synthOnce(buildDir, tmp, mode, n, true);
    docs[mode] = JSON.parse(fs.readFileSync(run.stackFile, "utf8")) as Doc;
    fs.rmSync(path.resolve(run.stackFile, "../../.."), { recursive: true, force: true });
  }
  const bodies = (d: Doc) =>
    Object.values(d.resource.aws_ssm_maintenance_window_task)
      .map((r) => {
        const { "//": meta, ...body } = r as { "//": { metadata: { path: string } } };
        return { id: meta.metadata.path.split("/")[1], body };
      })
      .sort((x, y) => (x.id < y.id ? -1 : 1));
  const rest = (d: Doc) => ({ ...d, resource: undefined });
  const problems: string[] = [];
  if (!isDeepStrictEqual(docs.b, docs.c)) problems.push("(c)'s document differs from (b)'s");
  for (const mode of ["a", "w"] as Mode[]) {
    const x = bodies(docs[mode]);
    const y = bodies(docs.b);
    if (x.length !== n || y.length !== n) problems.push(`(${mode}) has ${x.length} resources, (b) ${y.length}, expected ${n}`);
    const bad = x.findIndex((r, i) => r.id !== y[i]?.id || !isDeepStrictEqual(r.body, y[i].body));
    if (bad >= 0) problems.push(`(${mode}) ${x[bad].id} differs from (b): ${JSON.stringify(x[bad].body)} vs ${JSON.stringify(y[bad]?.body)}`);
    if (!isDeepStrictEqual(rest(docs[mode]), rest(docs.b))) problems.push(`(${mode})'s provider/terraform blocks differ from (b)'s`);
  }
  return problems.length === 0
    ? { ok: true, detail: `at N=${n}: (a), (b) and (w) write identical resource bodies (only logical ids and construct paths differ); (c) writes exactly (b)'s document` }
    : { ok: false, detail: problems.join("; ") };
}

// ---------------------------------------------------------------------------------------------
// 1b. Stack scaling: S stacks × TASKS_PER_STACK tasks, (a) MaintenanceWindowFleet vs (b) by hand

type FleetMode = "a" | "b";
const FLEET_MODES: FleetMode[] = ["a", "b"];
const FLEET_LABEL: Record<FleetMode, string> = {
  a: "(a) MaintenanceWindowFleet + MaintenanceWindowTask",
  b: "(b) TerraformStack + AwsProvider + S3Backend + raw SsmMaintenanceWindowTask, by hand",
};

interface FleetOut extends Omit<SynthOut, "mode" | "stackFile"> {
  mode: FleetMode;
  stacks: number;
  perStack: number;
  stackCount: number;
  stackDir: string;
}
interface FleetRun extends FleetOut {
  wallMs: number;
}
type FleetStats = Omit<SynthStats, "mode"> & { mode: FleetMode; stacks: number };

function fleetOnce(buildDir: string, tmp: string, mode: FleetMode, stacks: number, keep = false): FleetRun {
  const outdir = fs.mkdtempSync(path.join(tmp, `out-fleet-${mode}-${stacks}-`));
  try {
    const { wallMs, out } = node<FleetOut>([path.join(buildDir, "bench/worker.js"), "fleet", mode, String(stacks), String(TASKS_PER_STACK), outdir], tmp);
    if (out.warnings > 0) throw new Error(`fleet mode ${mode} S=${stacks}: ${out.warnings} warnings; the task mix and the targets must be clean`);
    if (out.stackCount !== stacks) throw new Error(`fleet mode ${mode} S=${stacks}: wrote ${out.stackCount} stacks`);
    return { ...out, wallMs };
  } finally {
    if (!keep) fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function fleetMatrix(buildDir: string, tmp: string): { stats: FleetStats[]; runs: FleetRun[] } {
  const all: FleetRun[] = [];
  const stats: FleetStats[] = [];
  for (const stacks of STACK_COUNTS) {
    const byMode = interleaved(FLEET_MODES, fleetRuns, `fleet S=${stacks}×${TASKS_PER_STACK}`, (mode) => fleetOnce(buildDir, tmp, mode, stacks), all);
    for (const m of FLEET_MODES) {
      const runs = byMode.get(m)!;
      stats.push({ ...timingStats(runs), mode: m, n: runs[0].n, stacks });
    }
  }
  return { stats, runs: all };
}

/** (a) and (b) must write the same stacks: the same names and byte-identical cdk.tf.json files. */
function fleetEquivalence(buildDir: string, tmp: string, stacks: number): { ok: boolean; detail: string } {
  type Doc = { resource?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
  const runs = {} as Record<FleetMode, FleetRun>;
  for (const mode of FLEET_MODES) runs[mode] = fleetOnce(buildDir, tmp, mode, stacks, true);
  const text = (run: FleetRun, name: string) => fs.readFileSync(path.join(run.stackDir, name, "cdk.tf.json"), "utf8");
  const problems: string[] = [];
  const names = { a: fs.readdirSync(runs.a.stackDir).sort(), b: fs.readdirSync(runs.b.stackDir).sort() };
  if (!isDeepStrictEqual(names.a, names.b)) problems.push(`stack names differ: (a) ${names.a.join(", ")} vs (b) ${names.b.join(", ")}`);
  let resources = 0;
  for (const name of names.a.filter((n) => names.b.includes(n))) {
    const [ta, tb] = [text(runs.a, name), text(runs.b, name)];
    const [a, b] = [JSON.parse(ta) as Doc, JSON.parse(tb) as Doc];
    resources += Object.keys(b.resource?.aws_ssm_maintenance_window_task ?? {}).length;
    if (ta !== tb && problems.length < 3) {
      const key = [...new Set([...Object.keys(a), ...Object.keys(b)])].find((k) => !isDeepStrictEqual(a[k], b[k])) ?? "(key order)";
      problems.push(`stack ${name}: "${key}" differs: ${JSON.stringify(a[key]).slice(0, 300)} vs ${JSON.stringify(b[key]).slice(0, 300)}`);
    }
  }
  for (const run of Object.values(runs)) fs.rmSync(path.dirname(run.stackDir), { recursive: true, force: true });
  if (resources !== stacks * TASKS_PER_STACK) problems.push(`${resources} task resources in all, expected ${stacks * TASKS_PER_STACK}`);
  return problems.length === 0
    ? {
        ok: true,
        detail:
          `at S=${stacks} (${fmtInt(stacks * TASKS_PER_STACK)} tasks): (a) and (b) write the same ${stacks} stacks, and ` +
          "each stack's cdk.tf.json is byte-identical (provider, S3 backend with key and lock file, every task resource and its metadata)",
      }
    : { ok: false, detail: problems.join("; ") };
}

// ---------------------------------------------------------------------------------------------
// 2a. Cold import (fresh process each)

interface ImportOut {
  target: string;
  bootMs: number;
  requireMs: number;
  requireCpuMs: number;
  modules: number;
  heapUsedMb: number;
  maxRssKb: number;
  cpuMs: number;
}
interface ImportStats {
  key: string;
  label: string;
  runs: number;
  requireMs: number;
  requireCpuMs: number;
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  modules: number;
}

function imports(buildDir: string, tmp: string): ImportStats[] {
  const probe = path.join(buildDir, "bench/import-probe.js");
  const targets = [
    { key: "node", label: "node alone (baseline)", target: "-", runs: importRuns },
    { key: "cdktf", label: "`cdktf` alone (info)", target: "cdktf", runs: importRuns },
    { key: "ours", label: "**our package** (compiled `lib/index.js`)", target: path.join(buildDir, "lib/index.js"), runs: importRuns },
    { key: "deep", label: "**raw deep import** `@cdktf/provider-aws/lib/ssm-maintenance-window-task`", target: "@cdktf/provider-aws/lib/ssm-maintenance-window-task", runs: importRuns },
    // ~5 s and 500 MB a run, an order of magnitude off the others: fewer runs are plenty.
    { key: "index", label: "provider index `@cdktf/provider-aws`", target: "@cdktf/provider-aws", runs: Math.min(importRuns, 3) },
  ];
  const results = new Map<string, Spawned<ImportOut>[]>(targets.map((t) => [t.key, []]));
  for (const t of targets) node<ImportOut>([probe, t.target], tmp); // warm the OS file cache; not counted
  const rounds = Math.max(...targets.map((t) => t.runs));
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) if (r < t.runs) results.get(t.key)!.push(node<ImportOut>([probe, t.target], tmp));
    log(`imports round ${r + 1}/${rounds}`);
  }
  return targets.map((t) => {
    const rs = results.get(t.key)!;
    const m = (f: (s: Spawned<ImportOut>) => number) => median(rs.map(f));
    return {
      key: t.key,
      label: t.label,
      runs: rs.length,
      requireMs: m((s) => s.out.requireMs),
      requireCpuMs: m((s) => s.out.requireCpuMs),
      wallMs: m((s) => s.wallMs),
      cpuMs: m((s) => s.out.cpuMs),
      maxRssKb: m((s) => s.out.maxRssKb),
      modules: m((s) => s.out.modules),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 2b. Type-check of a one-task app (tsc --noEmit), ours vs the raw resource

interface TypecheckStats {
  key: string;
  label: string;
  runs: number;
  wallMs: number;
  wallMinMs: number;
  cpuMs: number;
  cpuMinMs: number;
  tscTotalMs: number;
  checkMs: number;
  files: number;
  maxRssKb: number;
}

const TASK_PROPS = `{
  WindowId: "mw-0123456789abcdef0",
  TaskType: "RUN_COMMAND",
  TaskArn: "AWS-RunShellScript",
  Priority: 1,
  Targets: [{ Key: "WindowTargetIds", Values: ["e32eecb2-646c-4f4b-8ed1-205fba1b2c3d"] }],
  MaxConcurrency: "1",
  MaxErrors: "0",
  TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
}`;
const RAW_CONFIG = `{
  windowId: "mw-0123456789abcdef0",
  taskType: "RUN_COMMAND",
  taskArn: "AWS-RunShellScript",
  priority: 1,
  targets: [{ key: "WindowTargetIds", values: ["e32eecb2-646c-4f4b-8ed1-205fba1b2c3d"] }],
  maxConcurrency: "1",
  maxErrors: "0",
  taskInvocationParameters: { runCommandParameters: { parameter: [{ name: "commands", values: ["uptime"] }] } },
}`;
const app = (importLines: string, body: string) =>
  `import { App, TerraformStack } from "cdktf";\n${importLines}\nconst app = new App();\nconst stack = new TerraformStack(app, "app");\n${body}\napp.synth();\n`;
const APP_OURS = app(`import { MaintenanceWindowTask } from "cdktf-ssm-maintenance-window-task";\n`, `new MaintenanceWindowTask(stack, "patch", ${TASK_PROPS});`);
const APP_RAW = app(`import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";\n`, `new SsmMaintenanceWindowTask(stack, "patch", ${RAW_CONFIG});`);
const APP_CDKTF_ONLY = app("", "void stack;");

function typecheck(buildDir: string, tmp: string): TypecheckStats[] {
  // A package directory shaped like the published one: package.json + dist/lib (.js + .d.ts).
  const pkg = path.join(tmp, "pkg");
  fs.mkdirSync(path.join(pkg, "dist"), { recursive: true });
  fs.copyFileSync(path.join(REPO, "package.json"), path.join(pkg, "package.json"));
  fs.symlinkSync(path.join(buildDir, "lib"), path.join(pkg, "dist/lib"), "dir");
  const tc = path.join(tmp, "tc");
  fs.mkdirSync(path.join(tc, "node_modules"), { recursive: true });
  fs.symlinkSync(pkg, path.join(tc, "node_modules/cdktf-ssm-maintenance-window-task"), "dir");
  const compilerOptions = {
    target: "ES2022",
    module: "commonjs",
    moduleResolution: "node",
    lib: ["ES2022"],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  };
  const variants = [
    { key: "ours", label: "**one-task app using our package** (its .d.ts)", source: APP_OURS, extra: {} },
    { key: "raw", label: "**one-task app using the raw resource** (deep import)", source: APP_RAW, extra: {} },
    { key: "cdktfOnly", label: "info: app using only cdktf (App + stack, no task) — the floor", source: APP_CDKTF_ONLY, extra: {} },
    {
      key: "oursSrc",
      label: "info: our app against lib/*.ts sources (type-checks the library too)",
      source: APP_OURS,
      // resolveJsonModule: lib/core/aws-shapes.ts imports the AWS model extract (aws-model.json), as lib's own tsconfig allows.
      extra: { baseUrl: ".", resolveJsonModule: true, paths: { "cdktf-ssm-maintenance-window-task": [path.join(REPO, "lib/index.ts")] } },
    },
  ];
  for (const v of variants) {
    const dir = path.join(tc, v.key);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "main.ts"), v.source);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, ...v.extra }, files: ["main.ts"] }, null, 2));
  }
  const probe = path.join(buildDir, "bench/tsc-probe.js");
  const runTsc = (dir: string) => {
    // tsc-probe runs tsc.js in-process and reports that process's CPU time and peak RSS.
    const { wallMs, out, stderr } = node<string>([probe, TSC, "-p", dir, "--extendedDiagnostics"], dir, false);
    const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
    const usage = JSON.parse(/^BENCH (.*)$/m.exec(stderr)?.[1] ?? "{}") as { cpuMs?: number; maxRssKb?: number };
    return {
      wallMs,
      cpuMs: usage.cpuMs ?? NaN,
      maxRssKb: usage.maxRssKb ?? NaN,
      tscTotalMs: num(/Total time:\s+([\d.]+)s/) * 1000,
      checkMs: num(/Check time:\s+([\d.]+)s/) * 1000,
      files: num(/Files:\s+(\d+)/),
    };
  };
  const results = new Map<string, ReturnType<typeof runTsc>[]>(variants.map((v) => [v.key, []]));
  runTsc(path.join(tc, "raw")); // warm-up (reads cdktf's and the binding's .d.ts into the OS cache), not counted
  for (let r = 0; r < typecheckRuns; r++) {
    for (const v of variants) results.get(v.key)!.push(runTsc(path.join(tc, v.key)));
    log(`type-check round ${r + 1}/${typecheckRuns}`);
  }
  return variants.map((v) => {
    const rs = results.get(v.key)!;
    const m = (f: (x: (typeof rs)[number]) => number) => median(rs.map(f));
    return {
      key: v.key,
      label: v.label,
      runs: rs.length,
      wallMs: m((x) => x.wallMs),
      wallMinMs: Math.min(...rs.map((x) => x.wallMs)),
      cpuMs: m((x) => x.cpuMs),
      cpuMinMs: Math.min(...rs.map((x) => x.cpuMs)),
      tscTotalMs: m((x) => x.tscTotalMs),
      checkMs: m((x) => x.checkMs),
      files: m((x) => x.files),
      maxRssKb: m((x) => x.maxRssKb),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Validation alone: validateMaintenanceWindowTask over 10k props, in-process passes

interface ValidationOut {
  n: number;
  passes: number;
  importMs: number;
  passMs: number[];
  passCpuMs: number[];
  findings: number;
  maxRssKb: number;
}
interface ValidationStats {
  n: number;
  processes: number;
  passesPerProcess: number;
  firstPassMs: number;
  firstPassCpuMs: number;
  warmPassMs: number;
  warmPassCpuMs: number;
  allPassesMs: number;
  findings: number;
}

function validation(buildDir: string, tmp: string): ValidationStats {
  const outs: ValidationOut[] = [];
  for (let p = 0; p < validationProcesses; p++) {
    const { out } = node<ValidationOut>([path.join(buildDir, "bench/worker.js"), "validate", String(LARGE), String(VALIDATION_PASSES)], tmp);
    outs.push(out);
    log(`validation process ${p + 1}/${validationProcesses}: passes ${out.passMs.map(fmtMs).join(", ")} ms (cpu ${out.passCpuMs.map(fmtMs).join(", ")})`);
  }
  return {
    n: LARGE,
    processes: outs.length,
    passesPerProcess: VALIDATION_PASSES,
    firstPassMs: median(outs.map((o) => o.passMs[0])),
    firstPassCpuMs: median(outs.map((o) => o.passCpuMs[0])),
    warmPassMs: median(outs.flatMap((o) => o.passMs.slice(1))),
    warmPassCpuMs: median(outs.flatMap((o) => o.passCpuMs.slice(1))),
    allPassesMs: median(outs.flatMap((o) => o.passMs)),
    findings: outs.reduce((s, o) => s + o.findings, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. CPU profile of mode (a) at the largest N

const PROFILE_FOCUS = [
  { label: "MaintenanceWindowTask constructor (everything below)", name: "lib/maintenance-window-task.ts:MaintenanceWindowTask" },
  { label: "· normalize (lib/task/normalize.ts)", name: "lib/task/normalize.ts:normalize" },
  { label: "· validateCanonical (lib/task/validation/index.ts)", name: "lib/task/validation/index.ts:validateCanonical" },
  { label: "· renderTask (lib/task/render.ts)", name: "lib/task/render.ts:renderTask" },
  { label: "· metaArguments (lib/core/meta-arguments.ts)", name: "lib/core/meta-arguments.ts:metaArguments" },
  { label: "· provider SsmMaintenanceWindowTask constructor (same code as mode b)", name: "@cdktf/provider-aws/lib/ssm-maintenance-window-task/index.js:SsmMaintenanceWindowTask" },
  { label: "isToken (lib/core/tokens.ts), all callers", name: "lib/core/tokens.ts:isToken" },
  { label: "constructs Construct constructor, all callers", name: "constructs/lib/construct.js:Construct" },
  { label: "cdktf captureStackTrace (token creation), all callers", name: "cdktf/lib/tokens/private/stack-trace.js:captureStackTrace" },
  { label: "App.synth (cdktf/lib/app.js)", name: "cdktf/lib/app.js:synth" },
  { label: "garbage collector", name: "(garbage collector)" },
];

function profile(buildDir: string, tmp: string): { n: number; wallMs: number; summary: ProfileSummary } {
  const dir = path.join(tmp, "cpuprofile");
  const outdir = fs.mkdtempSync(path.join(tmp, "out-profile-"));
  const { wallMs } = node<SynthOut>(["--cpu-prof", `--cpu-prof-dir=${dir}`, path.join(buildDir, "bench/worker.js"), "synth", "a", String(PROFILE_N), outdir], tmp);
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("no .cpuprofile written");
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.copyFileSync(path.join(dir, file), path.join(RESULTS, "mode-a.cpuprofile"));
  return { n: PROFILE_N, wallMs, summary: summarizeProfile(path.join(dir, file), buildDir, 12, PROFILE_FOCUS) };
}

// ---------------------------------------------------------------------------------------------
// Main

function rerender(): void {
  const j = JSON.parse(fs.readFileSync(path.join(RESULTS, "latest.json"), "utf8"));
  notes.push(...(j.notes as string[]));
  const report = render(j.facts, j.buildMs, j.equivalence, j.synth, j.imports, j.typecheck, j.validation, j.profile && { n: j.profile.n, wallMs: j.profile.wallMs, summary: j.profile }, j.totalWallMs, j.options, j.fleet);
  fs.writeFileSync(path.join(RESULTS, "REPORT.md"), report.markdown);
  if (j.fleet) fs.writeFileSync(path.join(RESULTS, "scaling.svg"), renderChart(scalingChart(j.synth, j.fleet.stats, j.facts, j.options.quick)));
  process.stdout.write(report.markdown + "\n");
  log("re-rendered bench/results/REPORT.md from latest.json (no measurements)");
}

function main(): void {
  if (flag("render")) return rerender();
  const facts = machineFacts();
  log(`${facts.cpuModel}, ${facts.cores} cores, ${facts.ramGb} GB, node ${facts.node}, commit ${facts.commit.slice(0, 10)}, load ${facts.loadAvgStart.join(" ")}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-bench-"));
  try {
    const { buildDir, ms: buildMs } = build(tmp);
    log(`compiled lib/ + bench/ with tsc into ${buildDir} in ${buildMs} ms`);

    const check = equivalence(buildDir, tmp, 200);
    log(`equivalence: ${check.ok ? "OK" : "MISMATCH"} — ${check.detail}`);

    const synth = synthMatrix(buildDir, tmp);
    if (elapsedMs() > TRIM_AFTER_MS && fleetRuns > 3) {
      fleetRuns = 3;
      notes.push(`The synth matrix ended after ${(elapsedMs() / 1000).toFixed(0)} s (busy machine), so the stack scaling ran 3× per configuration to stay within 10 minutes.`);
      log(notes[notes.length - 1]);
    }
    const fleetCheck = fleetEquivalence(buildDir, tmp, Math.min(10, Math.max(...STACK_COUNTS)));
    log(`fleet equivalence: ${fleetCheck.ok ? "OK" : "MISMATCH"} — ${fleetCheck.detail}`);
    const fleet = fleetMatrix(buildDir, tmp);
    if (elapsedMs() > TRIM_LATER_AFTER_MS) {
      importRuns = 3;
      typecheckRuns = 2;
      validationProcesses = 1;
      notes.push(`The synth matrix and the stack scaling ended after ${(elapsedMs() / 1000).toFixed(0)} s (busy machine), so imports ran 3×, type-checks 2× and validation in 1 process to stay within 10 minutes.`);
      log(notes[notes.length - 1]);
    }
    const importStats = imports(buildDir, tmp);
    const typecheckStats = typecheck(buildDir, tmp);
    const validationStats = validation(buildDir, tmp);
    if (doProfile && elapsedMs() > SKIP_PROFILE_AFTER_MS) {
      doProfile = false;
      notes.push(`The CPU profile was skipped: ${(elapsedMs() / 1000).toFixed(0)} s had passed, and it takes ~30 s. Run \`npm run bench -- --quick\` for a profile at N=1,000.`);
      log(notes[notes.length - 1]);
    }
    const prof = doProfile ? profile(buildDir, tmp) : undefined;
    if (prof) log(`profiled mode (a) N=${prof.n} (wall ${fmtMs(prof.wallMs)} ms under the profiler)`);

    const totalWallMs = elapsedMs();
    const fullFacts: Facts = { ...facts, loadAvgEnd: os.loadavg().map((x) => +x.toFixed(2)) };
    const options = {
      quick: QUICK,
      sizes: SIZES,
      runs: RUNS,
      runsLarge: RUNS_LARGE,
      stackCounts: STACK_COUNTS,
      tasksPerStack: TASKS_PER_STACK,
      fleetRuns,
      importRuns,
      typecheckRuns,
      validationProcesses,
      validationPasses: VALIDATION_PASSES,
    };
    const fleetResult = { check: fleetCheck, stats: fleet.stats };
    const report = render(fullFacts, buildMs, check, synth.stats, importStats, typecheckStats, validationStats, prof, totalWallMs, options, fleetResult);
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, "REPORT.md"), report.markdown);
    fs.writeFileSync(path.join(RESULTS, "scaling.svg"), renderChart(scalingChart(synth.stats, fleet.stats, fullFacts, QUICK)));
    const json = {
      facts: fullFacts,
      options,
      notes,
      buildMs,
      equivalence: check,
      synth: synth.stats,
      synthRuns: synth.runs.map(({ stackFile: _stackFile, ...r }) => r),
      fleet: fleetResult,
      fleetRuns: fleet.runs.map(({ stackDir: _stackDir, ...r }) => r),
      imports: importStats,
      typecheck: typecheckStats,
      validation: validationStats,
      profile: prof && { n: prof.n, wallMs: prof.wallMs, ...prof.summary },
      targets: report.targets,
      totalWallMs,
    };
    fs.writeFileSync(path.join(RESULTS, "latest.json"), JSON.stringify(json, null, 2) + "\n");
    process.stdout.write(report.markdown + "\n");
    log(`wrote bench/results/REPORT.md, scaling.svg and latest.json; total wall ${(totalWallMs / 1000).toFixed(1)} s`);
  } finally {
    if (flag("keep")) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

interface Target {
  target: string;
  limit: string;
  wall: string;
  cpu: string;
  passWall?: boolean;
  passCpu?: boolean;
}

function render(
  facts: Facts,
  buildMs: number,
  check: { ok: boolean; detail: string },
  stats: SynthStats[],
  imp: ImportStats[],
  tc: TypecheckStats[],
  val: ValidationStats,
  prof: { n: number; wallMs: number; summary: ProfileSummary } | undefined,
  totalWallMs: number,
  options: { quick: boolean; sizes: number[] },
  // Absent in a latest.json written before the stack-scaling section existed.
  fleet?: { check: { ok: boolean; detail: string }; stats: FleetStats[] },
): { markdown: string; targets: Target[] } {
  const { quick, sizes } = options;
  const get = (mode: Mode, n: number) => stats.find((s) => s.mode === mode && s.n === n)!;
  const L: string[] = [];
  const para = (...lines: string[]) => L.push(lines.join(" "), "");
  const table = (head: string[], rows: (string | number)[][], align?: string[]) => {
    L.push(`| ${head.join(" | ")} |`);
    L.push(`| ${(align ?? head.map((_, i) => (i === 0 ? "---" : "---:"))).join(" | ")} |`);
    for (const r of rows) L.push(`| ${r.join(" | ")} |`);
    L.push("");
  };
  const nMax = Math.max(...stats.map((s) => s.n));
  const full = nMax >= LARGE;

  // ---- Targets
  const a = get("a", nMax);
  const b = get("b", nMax);
  const impOurs = imp.find((i) => i.key === "ours")!;
  const impDeep = imp.find((i) => i.key === "deep")!;
  const tcOurs = tc.find((t) => t.key === "ours")!;
  const tcRaw = tc.find((t) => t.key === "raw")!;
  const tcFloor = tc.find((t) => t.key === "cdktfOnly")!;
  const le = (x: number, limit: number) => (Number.isFinite(x) ? x <= limit : undefined);
  const ratioTarget = (target: string, wall: number, cpu: number, limit = 1.1, scoped = true): Target => ({
    target,
    limit: `≤ ${limit.toFixed(2)}×`,
    wall: fmtRatio(wall),
    cpu: fmtRatio(cpu),
    passWall: scoped ? le(wall, limit) : undefined,
    passCpu: scoped ? le(cpu, limit) : undefined,
  });
  const shareWall = val.firstPassMs / a.constructSynthMs;
  const shareCpu = val.firstPassCpuMs / a.constructSynthCpuMs;
  const targets: Target[] = [
    ratioTarget(`(a)/(b) time, whole run (spawn → exit), N=${fmtInt(nMax)}`, a.wallMs / b.wallMs, a.cpuMs / b.cpuMs, 1.1, full),
    ratioTarget(`(a)/(b) time, construct + synth phases, N=${fmtInt(nMax)}`, a.constructSynthMs / b.constructSynthMs, a.constructSynthCpuMs / b.constructSynthCpuMs, 1.1, full),
    { target: `(a)/(b) peak RSS, N=${fmtInt(nMax)}`, limit: "≤ 1.10×", wall: fmtRatio(a.maxRssKb / b.maxRssKb), cpu: "(RSS)", passWall: full ? le(a.maxRssKb / b.maxRssKb, 1.1) : undefined },
    {
      target: `validation of ${fmtInt(val.n)} tasks (cold pass) / (a) construct + synth at N=${fmtInt(nMax)}`,
      limit: "≤ 5 %",
      wall: `${pct(shareWall)} (${fmtMs(val.firstPassMs)} / ${fmtMs(a.constructSynthMs)} ms)`,
      cpu: `${pct(shareCpu)} (${fmtMs(val.firstPassCpuMs)} / ${fmtMs(a.constructSynthCpuMs)} ms)`,
      passWall: full ? le(shareWall, 0.05) : undefined,
      passCpu: full ? le(shareCpu, 0.05) : undefined,
    },
    ratioTarget("cold import of our package / raw deep import (require time)", impOurs.requireMs / impDeep.requireMs, impOurs.requireCpuMs / impDeep.requireCpuMs),
    { target: "cold import of our package / raw deep import (peak RSS)", limit: "≤ 1.10×", wall: fmtRatio(impOurs.maxRssKb / impDeep.maxRssKb), cpu: "(RSS)", passWall: le(impOurs.maxRssKb / impDeep.maxRssKb, 1.1) },
    {
      target: "`tsc --noEmit` of a one-task app using our package",
      limit: "≤ 1.5 s",
      wall: `${fmtMs(tcOurs.wallMs)} ms`,
      cpu: `${fmtMs(tcOurs.cpuMs)} ms`,
      passWall: le(tcOurs.wallMs, 1500),
      passCpu: le(tcOurs.cpuMs, 1500),
    },
  ];
  const res = (p: boolean | undefined) => (p === undefined ? "–" : p ? "PASS" : "**FAIL**");

  L.push("# Benchmark: MaintenanceWindowTask vs the raw provider resource vs the JSON floor", "");
  para(`Generated by \`npm run bench\` (bench/run.ts)${quick ? " with **--quick** (a smoke run, not the full benchmark)" : ""}. How it measures and how to read it: bench/README.md.`);

  L.push("## Machine", "");
  table(
    ["fact", "value"],
    [
      ["CPU", facts.cpuModel],
      ["cores", facts.cores],
      ["RAM", `${facts.ramGb} GB`],
      ["OS", facts.os],
      ["node", facts.node],
      ["cdktf / @cdktf/provider-aws / constructs / typescript", `${facts.versions.cdktf} / ${facts.versions.providerAws} / ${facts.versions.constructs} / ${facts.versions.typescript}`],
      ["date", facts.date],
      ["commit", `${facts.commit} (${facts.commitSubject})`],
      ["lib/ working tree", facts.libUncommittedFiles === 0 ? "clean" : `${facts.libUncommittedFiles} uncommitted file(s) in lib/: the working tree was benchmarked`],
      ["build", `tsc (emit only) of lib/ + bench/ into a temp dir, ${fmtInt(buildMs)} ms, before any measurement`],
      ["load average (1/5/15 min), start → end", `${facts.loadAvgStart.join(" / ")} → ${facts.loadAvgEnd.join(" / ")}`],
      ["total bench wall time", `${(totalWallMs / 1000).toFixed(1)} s`],
    ],
    ["---", "---"],
  );
  if (Math.max(facts.loadAvgStart[0], facts.loadAvgEnd[0], facts.loadAvgEnd[1]) > facts.cores * 0.5) {
    para(
      `> **Shared machine:** the load average was above ${facts.cores * 0.5} (half the cores), so other processes competed for the CPU during the run.`,
      "Wall times are noisier than usual (see the min–max column); the CPU-time columns (user + system time of the measured process) are the steadier comparison.",
    );
  }
  for (const n of notes) para(`> ${n}`);

  L.push("## Targets", "");
  para("Each target is evaluated on wall time and, as a cross-check that other load on the machine cannot skew, on CPU time. No assertions: this is a report.");
  table(
    ["target", "limit", "measured (wall)", "result (wall)", "measured (CPU)", "result (CPU)"],
    targets.map((t) => [t.target, t.limit, t.wall, res(t.passWall), t.cpu, t.cpu === "(RSS)" ? "" : res(t.passCpu)]),
    ["---", "---:", "---:", "---", "---:", "---"],
  );

  // ---- 1
  L.push("## 1. Construct + synth of N tasks (medians; each run a fresh process)", "");
  para(
    "Task mix (deterministic, bench/fixtures.ts): 40 % RUN_COMMAND, 25 % AUTOMATION, 20 % LAMBDA, 15 % STEP_FUNCTIONS, with targets, parameters, notifications,",
    "CloudWatch/S3 output and JSON payloads; literal ids and ARNs, so every validation rule runs; no warnings. One `AwsProvider` per stack.",
    "*import* = `require` of cdktf + the binding (+ lib/ for (a)). *construct* = `new App` + stack + N tasks (for (c): building the JSON document).",
    "*synth* = `app.synth()` writing cdktf.out to a temp dir (for (c): `JSON.stringify` + write). *CPU* columns = user + system CPU time (all threads, GC included).",
    "*wall* = spawn to exit as the parent sees it (node boot, imports, input preparation, construct, synth). *peak RSS* = `process.resourceUsage().maxRSS` in the child.",
    "*output* = bytes of `cdk.tf.json` ((w) is larger only because its logical ids carry a hash suffix).",
  );
  para(`Output equivalence: ${check.ok ? "✅" : "❌"} ${check.detail}.`);
  const rows: (string | number)[][] = [];
  for (const n of sizes) {
    for (const mode of MODES) {
      const s = get(mode, n);
      rows.push([
        fmtInt(n),
        MODE_LABEL[mode],
        s.runs,
        fmtMs(s.importMs),
        fmtMs(s.constructMs),
        fmtMs(s.synthMs),
        fmtMs(s.constructSynthMs),
        fmtMs(s.constructSynthCpuMs),
        `${fmtMs(s.wallMs)} (${fmtMs(s.wallMinMs)}–${fmtMs(s.wallMaxMs)})`,
        fmtMs(s.cpuMs),
        fmtMb(s.maxRssKb),
        fmtInt(s.outBytes),
      ]);
    }
  }
  table(
    ["N", "mode", "runs", "import ms", "construct ms", "synth ms", "construct+synth ms", "construct+synth CPU ms", "wall ms (min–max)", "process CPU ms", "peak RSS MB", "output bytes"],
    rows,
    ["---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
  );

  L.push("### Ratios (of medians)", "");
  table(
    ["N", "(a)/(b) wall", "(a)/(b) process CPU", "(a)/(b) construct+synth", "(a)/(b) construct+synth CPU", "(a)/(b) RSS", "(a)/(c) wall", "(a)/(c) construct+synth", "(a)/(c) RSS", "(w)/(b) construct+synth CPU"],
    sizes.map((n) => {
      const [sa, sb, sc, sw] = MODES.map((m) => get(m, n));
      return [
        fmtInt(n),
        fmtRatio(sa.wallMs / sb.wallMs),
        fmtRatio(sa.cpuMs / sb.cpuMs),
        fmtRatio(sa.constructSynthMs / sb.constructSynthMs),
        fmtRatio(sa.constructSynthCpuMs / sb.constructSynthCpuMs),
        fmtRatio(sa.maxRssKb / sb.maxRssKb),
        fmtRatio(sa.wallMs / sc.wallMs),
        fmtRatio(sa.constructSynthMs / sc.constructSynthMs),
        fmtRatio(sa.maxRssKb / sc.maxRssKb),
        fmtRatio(sw.constructSynthCpuMs / sb.constructSynthCpuMs),
      ];
    }),
    ["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
  );
  const w = get("w", nMax);
  para(
    "(w) is a diagnostic, not a target: the raw resource inside an empty `Construct` — the shape MaintenanceWindowTask had while it wrapped the resource",
    "(one more construct per task, a hashed logical id). MaintenanceWindowTask now extends the resource, so (a) − (b) is what lib/'s own code (normalize, validate, render) costs:",
    `at N=${fmtInt(nMax)}, ${fmtMs(a.constructSynthCpuMs - b.constructSynthCpuMs)} ms of construct+synth CPU; the wrapper shape alone would add (w) − (b) = ${fmtMs(w.constructSynthCpuMs - b.constructSynthCpuMs)} ms.`,
  );

  // ---- 1b
  if (fleet) renderFleet(fleet, stats, L, para, table);

  // ---- 2
  L.push("## 2. Cold import (fresh process each; OS file cache warm)", "");
  const node0 = imp.find((i) => i.key === "node")!;
  table(
    ["module", "runs", "require() ms", "require() CPU ms", "process wall ms", "peak RSS MB", "modules loaded", "vs raw deep import (require ms / CPU / RSS)"],
    imp.map((i) => [
      i.label,
      i.runs,
      fmtMs(i.requireMs),
      fmtMs(i.requireCpuMs),
      fmtMs(i.wallMs),
      fmtMb(i.maxRssKb),
      fmtInt(i.modules),
      i.key === "node" ? "–" : `${fmtRatio(i.requireMs / impDeep.requireMs)} / ${fmtRatio(i.requireCpuMs / impDeep.requireCpuMs)} / ${fmtRatio(i.maxRssKb / impDeep.maxRssKb)}`,
    ]),
    ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
  );
  para(
    `Node alone boots in ${fmtMs(node0.wallMs)} ms and ${fmtMb(node0.maxRssKb)} MB; that is included in *process wall* and *peak RSS*.`,
    `Our package loads ${fmtInt(impOurs.modules - impDeep.modules)} more modules than the deep import (lib/'s own files; it loads the same cdktf and binding), and never the provider index.`,
  );

  L.push("### Type-check of a one-task app (`tsc --noEmit`, skipLibCheck, fresh process each)", "");
  table(
    ["app", "runs", "tsc wall ms (min)", "tsc CPU ms (min)", "tsc Total time ms", "Check time ms", "files", "peak RSS MB", "vs raw (wall / CPU)"],
    tc.map((t) => [
      t.label,
      t.runs,
      `${fmtMs(t.wallMs)} (${fmtMs(t.wallMinMs)})`,
      `${fmtMs(t.cpuMs)} (${fmtMs(t.cpuMinMs)})`,
      fmtMs(t.tscTotalMs),
      fmtMs(t.checkMs),
      fmtInt(t.files),
      fmtMb(t.maxRssKb),
      `${fmtRatio(t.wallMs / tcRaw.wallMs)} / ${fmtRatio(t.cpuMs / tcRaw.cpuMs)}`,
    ]),
    ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
  );
  para(
    "The apps are generated into a temp dir with their own tsconfig (strict, skipLibCheck, `types: [\"node\"]`); `cdktf-ssm-maintenance-window-task` resolves to a package",
    "directory made of the repo's package.json and the freshly built `dist/lib` (.js + .d.ts), everything else to the repo's node_modules.",
    "*tsc wall* includes node starting tsc (what a user waits for); *Total time* and *Check time* are tsc's own `--extendedDiagnostics` figures.",
  );
  if (tcFloor.cpuMs > 1500 || tcFloor.wallMs > 1500) {
    const floorIsLowest = tcFloor.cpuMinMs <= Math.min(tcOurs.cpuMinMs, tcRaw.cpuMinMs);
    para(
      `An app that imports only cdktf already needs ${fmtMs(tcFloor.wallMs)} ms wall / ${fmtMs(tcFloor.cpuMs)} ms CPU here: parsing and binding cdktf's declarations dominates`,
      "(*Check time* is tens of ms), so the 1.5 s target is out of reach for any cdktf app on this machine, with or without this library.",
      floorIsLowest
        ? `Against that floor (fastest runs, CPU time) our package adds ${fmtMs(tcOurs.cpuMinMs - tcFloor.cpuMinMs)} ms and the raw resource ${fmtMs(tcRaw.cpuMinMs - tcFloor.cpuMinMs)} ms.`
        : "The three apps' differences are within run-to-run noise here (the cdktf-only app was not the fastest); *files* and *Check time* are the stable measures of what each app adds.",
    );
  }

  // ---- 3
  L.push(`## 3. Validation alone: \`validateMaintenanceWindowTask\` over ${fmtInt(val.n)} props (in-process)`, "");
  table(
    ["measure", "wall", "CPU"],
    [
      ["processes × passes", `${val.processes} × ${val.passesPerProcess}`, ""],
      ["first pass in a fresh process (median over processes): what a synth pays", `${fmtMs(val.firstPassMs)} ms`, `${fmtMs(val.firstPassCpuMs)} ms`],
      ["warm passes (median of passes 2…)", `${fmtMs(val.warmPassMs)} ms`, `${fmtMs(val.warmPassCpuMs)} ms`],
      ["per task, first pass / warm", `${((val.firstPassMs * 1000) / val.n).toFixed(1)} / ${((val.warmPassMs * 1000) / val.n).toFixed(1)} µs`, ""],
      ["findings over all passes (must be 0)", fmtInt(val.findings), ""],
      [
        `share of (a) construct+synth at N=${fmtInt(nMax)} (${fmtMs(a.constructSynthMs)} ms wall, ${fmtMs(a.constructSynthCpuMs)} ms CPU)`,
        `${pct(shareWall)} cold, ${pct(val.warmPassMs / a.constructSynthMs)} warm`,
        `${pct(shareCpu)} cold, ${pct(val.warmPassCpuMs / a.constructSynthCpuMs)} warm`,
      ],
      [`share of (a) synth phase only (${fmtMs(a.synthMs)} ms wall)`, `${pct(val.firstPassMs / a.synthMs)} cold, ${pct(val.warmPassMs / a.synthMs)} warm`, ""],
    ],
    ["---", "---:", "---:"],
  );
  para(
    "Validation runs in the constructor, so it is part of (a)'s *construct* phase. The target uses the cold first pass, which is what one `cdktf synth` pays;",
    "warm passes show the steady-state cost once V8 has optimized the code.",
  );

  // ---- 5
  if (prof) {
    const p = prof.summary;
    L.push(`## 5. CPU profile: mode (a), N=${fmtInt(prof.n)} (\`node --cpu-prof\`)`, "");
    para(`Profiled run: ${fmtMs(prof.wallMs)} ms wall (profiler overhead included), ${fmtMs(p.totalMs)} ms sampled. The raw profile is bench/results/mode-a.cpuprofile (open it in Chrome DevTools → Performance).`);
    L.push("Where the time goes (inclusive time of chosen functions):", "");
    table(["function", "total ms", "share of samples"], p.focus.map((f) => [f.label, fmtMs(f.totalMs), pct(f.totalMs / p.totalMs)]), ["---", "---:", "---:"]);
    L.push("Self time by package:", "");
    table(["package", "self ms", "share"], p.byArea.map((x) => [x.area, fmtMs(x.selfMs), pct(x.share)]));
    L.push("Top functions by self time (all code):", "");
    table(["function", "package", "self ms", "total ms"], p.topSelf.map((r) => [`\`${r.name}\``, r.area, fmtMs(r.selfMs), fmtMs(r.totalMs)]), ["---", "---", "---:", "---:"]);
    L.push("lib/ functions by total (inclusive) time (file names are the .ts sources of the compiled .js):", "");
    table(["function", "self ms", "total ms"], p.topLibTotal.map((r) => [`\`${r.name}\``, fmtMs(r.selfMs), fmtMs(r.totalMs)]));
    L.push("lib/ functions by self time:", "");
    table(["function", "self ms", "total ms"], p.topLibSelf.map((r) => [`\`${r.name}\``, fmtMs(r.selfMs), fmtMs(r.totalMs)]));
  }
  const findings = path.join(__dirname, "FINDINGS.md");
  if (fs.existsSync(findings)) {
    L.push("## Analysis and suggested fixes (bench/FINDINGS.md, written by hand from this benchmark's profiles; check it against the numbers above)", "");
    L.push(fs.readFileSync(findings, "utf8").replace(/^# .*\n+/, "").trim(), "");
  }
  return { markdown: L.join("\n"), targets };
}

/** Section 1b of the report: the stack-scaling table, the cost per stack and the chart's link. */
function renderFleet(
  fleet: { check: { ok: boolean; detail: string }; stats: FleetStats[] },
  stats: SynthStats[],
  L: string[],
  para: (...lines: string[]) => void,
  table: (head: string[], rows: (string | number)[][], align?: string[]) => void,
): void {
  const counts = [...new Set(fleet.stats.map((s) => s.stacks))].sort((x, y) => x - y);
  const per = fleet.stats[0]?.n / fleet.stats[0]?.stacks;
  const get = (mode: FleetMode, stacks: number) => fleet.stats.find((s) => s.mode === mode && s.stacks === stacks)!;
  L.push(`## 1b. Stack scaling: S stacks × ${per} tasks (medians; each run a fresh process)`, "");
  para(
    `One stack per account × Region (10 non-opt-in Regions per account; accounts are generated 12-digit ids), each with ${per} tasks of the same mix as section 1`,
    `(stack s holds tasks s·${per} … s·${per}+${per - 1}, so the S·${per} tasks are the first S·${per} of section 1's mix).`,
    "(a) is `MaintenanceWindowFleet` with S targets (role to assume, S3 state backend) whose `build` adds the tasks as `MaintenanceWindowTask`s;",
    "(b) writes the same S `TerraformStack`s by hand: `AwsProvider` (Region, allowed account, assumed role), `S3Backend` (the fleet's key, `encrypt`, the `use_lockfile` override)",
    "and raw `SsmMaintenanceWindowTask`s (deep import) given `fixtures.ts:toRawConfig`'s config. The columns mean what they mean in section 1; *output* is the bytes of all stacks' `cdk.tf.json`.",
  );
  para(`Output equivalence: ${fleet.check.ok ? "✅" : "❌"} ${fleet.check.detail}.`);
  table(
    ["S stacks", "tasks", "runs", "(a) construct+synth ms", "(a) CPU ms", "(a) wall ms (min–max)", "(a) peak RSS MB", "(b) construct+synth ms", "(b) CPU ms", "(b) wall ms (min–max)", "(b) peak RSS MB", "(a)/(b) construct+synth", "(a)/(b) CPU", "(a)/(b) wall", "(a)/(b) RSS", "output bytes (a) / (b)"],
    counts.map((c) => {
      const [a, b] = FLEET_MODES.map((m) => get(m, c));
      return [
        fmtInt(c),
        fmtInt(a.n),
        a.runs,
        fmtMs(a.constructSynthMs),
        fmtMs(a.constructSynthCpuMs),
        `${fmtMs(a.wallMs)} (${fmtMs(a.wallMinMs)}–${fmtMs(a.wallMaxMs)})`,
        fmtMb(a.maxRssKb),
        fmtMs(b.constructSynthMs),
        fmtMs(b.constructSynthCpuMs),
        `${fmtMs(b.wallMs)} (${fmtMs(b.wallMinMs)}–${fmtMs(b.wallMaxMs)})`,
        fmtMb(b.maxRssKb),
        fmtRatio(a.constructSynthMs / b.constructSynthMs),
        fmtRatio(a.constructSynthCpuMs / b.constructSynthCpuMs),
        fmtRatio(a.wallMs / b.wallMs),
        fmtRatio(a.maxRssKb / b.maxRssKb),
        `${fmtInt(a.outBytes)} / ${fmtInt(b.outBytes)}`,
      ];
    }),
    Array(16).fill("---:"),
  );
  if (counts.length >= 2) {
    const [lo, hi] = counts.slice(-2);
    const d = hi - lo;
    const slope = (mode: FleetMode, f: (s: FleetStats) => number) => (f(get(mode, hi)) - f(get(mode, lo))) / d;
    // Section 1's per-task slope between its N=100 and N=1,000 rows (the sizes nearest the fleets' totals), for reference.
    const one = (mode: FleetMode, n: number) => stats.find((s) => s.mode === mode && s.n === n);
    const taskSlope = (mode: FleetMode, f: (s: SynthStats) => number) => {
      const x = one(mode, 100);
      const y = one(mode, 1000);
      return x && y ? (f(y) - f(x)) / 900 : NaN;
    };
    L.push(`### Cost per stack (slope between S=${fmtInt(lo)} and S=${fmtInt(hi)}, divided by ${d}; each stack with its ${per} tasks)`, "");
    const row = (mode: FleetMode) => [
      FLEET_LABEL[mode],
      fmtMs(slope(mode, (s) => s.constructSynthMs)),
      fmtMs(slope(mode, (s) => s.constructSynthCpuMs)),
      fmtMs(slope(mode, (s) => s.wallMs)),
      (slope(mode, (s) => s.maxRssKb) / 1024).toFixed(2),
      (slope(mode, (s) => s.outBytes) / 1024).toFixed(1),
      fmtMs(slope(mode, (s) => s.constructSynthMs) / per),
      `${fmtMs(per * taskSlope(mode, (s) => s.constructSynthMs))} / ${fmtMs(per * taskSlope(mode, (s) => s.constructSynthCpuMs))}`,
    ];
    const ra = row("a");
    const rb = row("b");
    const ratio = (f: (s: FleetStats) => number) => fmtRatio(slope("a", f) / slope("b", f));
    table(
      ["mode", "construct+synth ms / stack", "construct+synth CPU ms / stack", "process wall ms / stack", "peak RSS MB / stack", "output KB / stack", `construct+synth ms / task (÷ ${per})`, `info: ${per} tasks in one big stack (section 1, N=100→1,000 slope × ${per}), construct+synth ms / CPU ms`],
      [ra, rb, ["(a)/(b)", ratio((s) => s.constructSynthMs), ratio((s) => s.constructSynthCpuMs), ratio((s) => s.wallMs), ratio((s) => s.maxRssKb), ratio((s) => s.outBytes), "", ""]],
      ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
    );
    para(
      `A slope is a difference of two medians, so on a shared machine it carries both rows' noise; the CPU column is the steadier one. The last column compares the same ${per} tasks`,
      "added to one big stack: the difference is roughly what a stack of its own (provider, backend, stack synthesis, one more cdk.tf.json) adds, but it comes from another section's runs.",
    );
  }
  para(
    "Chart: [scaling.svg](scaling.svg) (written next to this report) — construct + synth time and peak RSS against the number of tasks in one stack (section 1) and against the number of stacks (this section), (a) beside (b), log-scale x axes.",
  );
  L.push("![construct + synth time and peak RSS against tasks and stacks](scaling.svg)", "");
}

/** The data of bench/results/scaling.svg: time and peak RSS against tasks (section 1) and stacks (section 1b), (a) beside (b). */
function scalingChart(stats: SynthStats[], fleet: FleetStats[], facts: Facts, quick: boolean): Chart {
  const OURS = "(a) ours: MaintenanceWindowTask / Fleet";
  const RAW = "(b) raw SsmMaintenanceWindowTask";
  const per = fleet[0] ? fleet[0].n / fleet[0].stacks : TASKS_PER_STACK;
  const byTasks = (mode: "a" | "b", y: (s: SynthStats | FleetStats) => number) =>
    stats.filter((s) => s.mode === mode).map((s) => ({ x: s.n, y: y(s) }));
  const byStacks = (mode: FleetMode, y: (s: SynthStats | FleetStats) => number) => fleet.filter((s) => s.mode === mode).map((s) => ({ x: s.stacks, y: y(s) }));
  const time = (s: SynthStats | FleetStats) => s.constructSynthMs;
  const rss = (s: SynthStats | FleetStats) => s.maxRssKb / 1024;
  const plots = (y: (s: SynthStats | FleetStats) => number, yLabel: string, yLog: boolean) => [
    { title: "against tasks (one stack)", xLabel: "tasks in one stack (log scale)", yLabel, yLog, series: [{ label: OURS, points: byTasks("a", y) }, { label: RAW, points: byTasks("b", y) }] },
    { title: `against stacks (${per} tasks each)`, xLabel: `stacks of ${per} tasks (log scale)`, yLabel, yLog, series: [{ label: OURS, points: byStacks("a", y) }, { label: RAW, points: byStacks("b", y) }] },
  ];
  return {
    title: "MaintenanceWindowTask / MaintenanceWindowFleet vs the raw resource: construct + synth",
    subtitle: `npm run bench${quick ? " --quick" : ""}, ${facts.date.slice(0, 10)}, ${facts.cores} × ${facts.cpuModel}, node ${facts.node}: medians of fresh processes (bench/results/REPORT.md)`,
    rows: [
      { heading: "Time: construct + synth phases, wall (median)", plots: plots(time, "construct + synth, ms (log scale)", true) },
      { heading: "Peak memory: peak RSS of the process (median)", plots: plots(rss, "peak RSS, MB", false) },
    ],
  };
}

main();
