// `<bin> import` as a user runs it: windows, a target and one task of each type are created with the
// AWS SDK out of band (as a console or another tool would have made them), then the packed package's
// bin (installed from the tarball into a fresh app, as __tests__/e2e/cli.test.ts does) reads them
// from the run's shared local endpoint into a TypeScript file. That file is compiled with `strict`
// in the app, synthesized, and the real terraform + hashicorp/aws 5.100.0 must plan only imports on
// the first plan, and nothing after the apply. --window keeps the other e2e files' windows (same
// endpoint) out of the import.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  AddTagsToResourceCommand,
  CreateMaintenanceWindowCommand,
  RegisterTargetWithMaintenanceWindowCommand,
  RegisterTaskWithMaintenanceWindowCommand,
  UpdateMaintenanceWindowCommand,
} from "@aws-sdk/client-ssm";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { packedTarball } from "../../test-support/global/build";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { ssmClient } from "../../test-support/e2e";
import { terraform, type TerraformResult } from "../../test-support/terraform";

jest.setTimeout(300_000);

const root = path.join(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { name: string };
const BIN = pkg.name;
const PEERS = ["cdktf", "constructs", "@cdktf/provider-aws"];
const NAME = "import-e2e-weekly"; // both windows: import must make the function names unique

let aws: LocalAws;
let tmp: string;
let app: string;
let stackDir: string;
const ids: { main: string; other: string; web: string } = { main: "", other: "", web: "" };

function env(): NodeJS.ProcessEnv {
  // A user's shell pointed at the endpoint: its AWS_ENDPOINT_URL(_SSM), fake keys and region, nothing of the test runner's.
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "true", FORCE_COLOR: "0", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };
  for (const key of Object.keys(e)) if (key.startsWith("TF_") || key.startsWith("AWS_ENDPOINT") || key === "AWS_REGION") delete e[key];
  return { ...e, ...aws.env };
}

function run(args: string[], extra: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path.join(app, "node_modules", ".bin", BIN), args, { cwd: app, env: { ...env(), ...extra }, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function tf(...args: string[]): TerraformResult {
  const r = terraform(stackDir, [...args, "-no-color", "-input=false"], aws.env);
  if (r.code !== 0 && r.code !== 2) throw new Error(`terraform ${args.join(" ")} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

const APP_MAIN = `
import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { importE2eWeekly, importE2eWeekly2 } from "./windows";

declare const process: { env: Record<string, string | undefined> };

const app = new App({ outdir: "cdktf.out" });
const stack = new TerraformStack(app, process.env.STACK ?? "imported");
// The local endpoint: endpoints and keys come from the environment (local env).
new AwsProvider(stack, "aws", {
  region: "us-east-1",
  skipCredentialsValidation: true,
  skipRequestingAccountId: true,
  skipMetadataApiCheck: "true",
  skipRegionValidation: true,
  maxRetries: 1,
});
importE2eWeekly(stack);
importE2eWeekly2(stack);
app.synth();
`;

beforeAll(async () => {
  const problems = checkPrerequisites();
  if (problems.length > 0) throw new Error(`the local endpoint needs:\n- ${problems.join("\n- ")}`);
  aws = await sharedLocalAws();

  // Out of band, with the SDK: what import finds.
  const ssm = ssmClient(aws);
  const main = await ssm.send(new CreateMaintenanceWindowCommand({ Name: NAME, Schedule: "cron(0 2 ? * SUN *)", ScheduleTimezone: "Europe/Berlin", Duration: 3, Cutoff: 1, AllowUnassociatedTargets: false, Description: "weekly patching", StartDate: "2030-01-01T00:00:00Z", EndDate: "2031-01-01T00:00:00Z" }));
  ids.main = main.WindowId!;
  await ssm.send(new AddTagsToResourceCommand({ ResourceType: "MaintenanceWindow", ResourceId: ids.main, Tags: [{ Key: "Team", Value: "ops" }] }));
  const web = await ssm.send(new RegisterTargetWithMaintenanceWindowCommand({ WindowId: ids.main, ResourceType: "INSTANCE", Name: "web", Description: "the web fleet", OwnerInformation: "team ops", Targets: [{ Key: "tag:Role", Values: ["web"] }] }));
  ids.web = web.WindowTargetId!;
  const register = (input: Omit<ConstructorParameters<typeof RegisterTaskWithMaintenanceWindowCommand>[0], "WindowId">, windowId = ids.main) =>
    ssm.send(new RegisterTaskWithMaintenanceWindowCommand({ WindowId: windowId, ...input }));
  await register({
    Name: "patch",
    TaskType: "RUN_COMMAND",
    TaskArn: "AWS-RunShellScript",
    Priority: 1,
    Targets: [{ Key: "WindowTargetIds", Values: [ids.web] }],
    MaxConcurrency: "2",
    MaxErrors: "1",
    CutoffBehavior: "CANCEL_TASK",
    TaskInvocationParameters: { RunCommand: { Comment: "import e2e", TimeoutSeconds: 600, Parameters: { commands: ["uptime"], workingDirectory: ["/tmp"] } } },
  });
  await register({ Name: "restart", TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 2, TaskInvocationParameters: { Automation: { DocumentVersion: "$DEFAULT", Parameters: { InstanceId: ["{{RESOURCE_ID}}"] } } } });
  await register({
    TaskType: "LAMBDA",
    TaskArn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup",
    Priority: 3,
    TaskInvocationParameters: { Lambda: { Payload: new TextEncoder().encode('{"dryRun":true}'), Qualifier: "live" } },
  });
  await register({
    Name: "nightly",
    TaskType: "STEP_FUNCTIONS",
    TaskArn: "arn:aws:states:us-east-1:123456789012:stateMachine:nightly",
    Priority: 4,
    ServiceRoleArn: "arn:aws:iam::123456789012:role/import-e2e",
    TaskInvocationParameters: { StepFunctions: { Input: '{"mode": "full"}', Name: "nightly" } },
  });
  // A second window of the same name: disabled, a schedule offset, unassociated targets allowed, a priority-0 task on instance ids.
  const other = await ssm.send(new CreateMaintenanceWindowCommand({ Name: NAME, Schedule: "cron(30 23 ? * TUE#3 *)", ScheduleOffset: 2, Duration: 2, Cutoff: 0, AllowUnassociatedTargets: true }));
  ids.other = other.WindowId!;
  await ssm.send(new UpdateMaintenanceWindowCommand({ WindowId: ids.other, Enabled: false }));
  await register(
    {
      TaskType: "RUN_COMMAND",
      TaskArn: "AWS-RunShellScript",
      Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
      MaxConcurrency: "10%",
      MaxErrors: "0",
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["df -h"] } } },
    },
    ids.other,
  );

  // The fresh app: the packed package, the repo's peers (no network); the SDK comes later (first test).
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-import-"));
  app = path.join(tmp, "app");
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "import-app", version: "1.0.0", private: true }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--legacy-peer-deps", "--loglevel=error", packedTarball()], { cwd: app, stdio: "pipe" });
  for (const peer of PEERS) {
    fs.mkdirSync(path.dirname(path.join(app, "node_modules", peer)), { recursive: true });
    fs.symlinkSync(path.join(root, "node_modules", peer), path.join(app, "node_modules", peer));
  }
  fs.writeFileSync(path.join(app, "main.ts"), APP_MAIN);
  fs.writeFileSync(
    path.join(app, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", moduleResolution: "node", strict: true, noUnusedLocals: true, esModuleInterop: true, skipLibCheck: true, types: [], outDir: "build" }, include: ["*.ts"] }),
  );
  stackDir = path.join(app, "cdktf.out", "stacks", "imported");
}, 300_000);

afterAll(async () => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  await aws?.stop();
});

test("without @aws-sdk/client-ssm installed: exit 1, says what to install", () => {
  try {
    const r = run(["import", "--region", "us-east-1", "--window", ids.main]);
    expect(r.stderr).toContain("npm install @aws-sdk/client-ssm");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(1);
  } finally {
    // The SDK as a user installs it next to the package (here the repo's copy, linked: no network).
    fs.mkdirSync(path.join(app, "node_modules", "@aws-sdk"), { recursive: true });
    fs.symlinkSync(path.join(root, "node_modules", "@aws-sdk", "client-ssm"), path.join(app, "node_modules", "@aws-sdk", "client-ssm"));
  }
});

test("bad input: a region that is not one (exit 2), an endpoint nobody listens on (exit 1), each said plainly", () => {
  const region = run(["import", "--region", "Frankfurt"]);
  expect(region.code).toBe(2);
  expect(region.stderr).toContain("'Frankfurt' is not an AWS region name");
  const unreachable = run(["import", "--region", "us-east-1", "--window", ids.main], { AWS_ENDPOINT_URL_SSM: "http://127.0.0.1:9", AWS_MAX_ATTEMPTS: "1" });
  expect(unreachable.code).toBe(1);
  expect(unreachable.stderr).toContain("could not reach the endpoint http://127.0.0.1:9 (from AWS_ENDPOINT_URL_SSM) calling ssm:GetMaintenanceWindow: ECONNREFUSED");
  expect(unreachable.stderr).not.toMatch(/\n\s+at /);
});

test("every page: a window with 11 targets and 11 tasks (the endpoint's default page is 10) is read whole", async () => {
  const ssm = ssmClient(aws);
  const big = (await ssm.send(new CreateMaintenanceWindowCommand({ Name: "import-e2e-paged", Schedule: "rate(1 day)", Duration: 1, Cutoff: 0, AllowUnassociatedTargets: true }))).WindowId!;
  for (let i = 0; i < 11; i++) {
    const instance = `i-0123456789abcde${i.toString(16).padStart(2, "0")}`;
    await ssm.send(new RegisterTargetWithMaintenanceWindowCommand({ WindowId: big, ResourceType: "INSTANCE", Name: `node-${i}`, Targets: [{ Key: "InstanceIds", Values: [instance] }] }));
    await ssm.send(new RegisterTaskWithMaintenanceWindowCommand({ WindowId: big, Name: `restart-${i}`, TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: i }));
  }
  const r = run(["import", "--region", "us-east-1", "--window", big]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("read 1 window, 11 targets, 11 tasks");
  expect(r.stdout.match(/= window\.addTarget\(/g)).toHaveLength(11);
  expect(r.stdout.match(/= window\.addTask\(/g)).toHaveLength(11);
});

test("import writes a strict-compiling file; its first plan only imports, and after the apply nothing changes", () => {
  const r = run(["import", "--region", "us-east-1", "--window", ids.main, "--window", ids.other, "--out", "windows.ts"]);
  expect(r.stderr).toContain(`reading window 1/2 (${ids.main}) ...`);
  expect(r.stderr).toContain(`reading window 2/2 (${ids.other}) ...`);
  expect(r.code).toBe(0);
  const source = fs.readFileSync(path.join(app, "windows.ts"), "utf8");
  expect(source).toContain(`import { MaintenanceWindow } from "${pkg.name}";`);
  expect(source).toContain("export function importE2eWeekly(scope: Construct): MaintenanceWindow {");
  expect(source).toContain("export function importE2eWeekly2(scope: Construct): MaintenanceWindow {");
  expect(source).toContain('Targets: [{ Key: "WindowTargetIds", Values: [web.id] }],'); // a reference, not the id
  expect(source).not.toContain(`Values: ["${ids.web}"]`);
  expect(source).toContain("// Sensitive values, written as AWS holds them: Lambda.Payload.");
  expect(source).toContain(`window.importFrom("${ids.main}");`);
  expect(source).toContain('Tags: { Team: "ops" },'); // ListTagsForResource
  expect(source).toContain("Enabled: false,");
  expect(source).toContain("ScheduleOffset: 2,");
  expect(source).not.toContain("Validation"); // the live config is clean: no findings to note
  expect(source).not.toMatch(/MaxConcurrency: "1",\n\s+MaxErrors: "1"/); // the targetless placeholders

  const tsc = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", app], { cwd: app, encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
  const synth = spawnSync(process.execPath, ["build/main.js"], { cwd: app, env: env(), encoding: "utf8" });
  expect(synth.stderr).toBe("");
  expect(synth.status).toBe(0);

  tf("init");
  // The first plan is the one the apply prints and carries out (`apply -auto-approve` plans first,
  // with the same refresh a separate `plan` makes): only imports.
  const first = tf("apply", "-auto-approve");
  const resources = 2 + 1 + 5; // windows, the target, tasks
  expect(first.stdout.match(/ will be imported/g)).toHaveLength(resources);
  expect(first.stdout).toContain(`Plan: ${resources} to import, 0 to add, 0 to change, 0 to destroy.`);
  expect(first.stdout).toContain(`Apply complete! Resources: ${resources} imported, 0 added, 0 changed, 0 destroyed.`);
  const second = tf("plan", "-detailed-exitcode");
  expect(second.stdout).toContain("No changes.");
  expect(second.code).toBe(0);
});

test("--redact: no sensitive value in the file; given the live values as TF_VAR_s, its first plan only imports too", () => {
  const r = run(["import", "--region", "us-east-1", "--window", ids.main, "--window", ids.other, "--out", "windows.ts", "--redact"]);
  expect(r.code).toBe(0);
  const source = fs.readFileSync(path.join(app, "windows.ts"), "utf8");
  for (const secret of ["dryRun", '"mode"', "uptime", "df -h", "{{RESOURCE_ID}}"]) expect(source).not.toContain(secret);
  // The two windows share a name: the one with the smaller id is read first and keeps the plain name.
  const [main, other] = ids.main < ids.other ? ["import_e2e_weekly", "import_e2e_weekly2"] : ["import_e2e_weekly2", "import_e2e_weekly"];
  const values: Record<string, string> = {
    [`${main}_patch_commands`]: '["uptime"]',
    [`${main}_patch_working_directory`]: '["/tmp"]',
    [`${main}_restart_instance_id`]: '["{{RESOURCE_ID}}"]',
    [`${main}_lambda_task3_payload`]: '{"dryRun":true}',
    [`${main}_nightly_input`]: '{"mode": "full"}',
    [`${other}_run_command_task1_commands`]: '["df -h"]',
  };
  expect([...source.matchAll(/new TerraformVariable\(stack, "([a-z0-9_]+)"/g)].map((m) => m[1]).sort()).toEqual(Object.keys(values).sort());
  const tsc = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", app], { cwd: app, encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  // A stack of its own (own state): a first plan, as for a user who imports with --redact.
  const synth = spawnSync(process.execPath, ["build/main.js"], { cwd: app, env: { ...env(), STACK: "redacted" }, encoding: "utf8" });
  expect(synth.status).toBe(0);
  const dir = path.join(app, "cdktf.out", "stacks", "redacted");
  const tfVars = Object.fromEntries(Object.entries(values).map(([k, v]) => [`TF_VAR_${k}`, v]));
  const init = terraform(dir, ["init", "-no-color", "-input=false"], aws.env);
  expect(init.code).toBe(0);
  const plan = terraform(dir, ["plan", "-detailed-exitcode", "-no-color", "-input=false"], { ...aws.env, ...tfVars });
  expect(plan.stdout).toContain("Plan: 8 to import, 0 to add, 0 to change, 0 to destroy.");
  expect(plan.stdout).not.toContain("dryRun");
});
