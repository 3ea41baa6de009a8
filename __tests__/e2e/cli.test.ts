// The CLI as a user gets it: the package packed once per run (test-support/global/build.ts),
// installed from the tarball into a fresh app whose peers (cdktf, constructs, @cdktf/provider-aws,
// cdktf-cli) are the repo's, symlinked (no network). There, `npx <package>
// local start`, `eval "$(npx <package> local env)"` and a plain `cdktf deploy` of a one-task stack
// must work on the first try: a new stack without a lock file, fully offline (the deploy that used
// to fail with "Could not retrieve providers for locking").
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GetMaintenanceWindowCommand, GetMaintenanceWindowTaskCommand, SSMClient } from "@aws-sdk/client-ssm";
import { checkPrerequisites } from "../../local-aws";
import { packedTarball } from "../../test-support/global/build";

jest.setTimeout(180_000);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const root = path.join(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; bin: Record<string, string> };
const BIN = pkg.name;
const PEERS = ["cdktf", "constructs", "@cdktf/provider-aws", "cdktf-cli"];
// eslint-disable-next-line no-control-regex -- cdktf colours its output
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

const APP = `
const { App, TerraformOutput, TerraformStack } = require("cdktf");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider");
const { SsmMaintenanceWindow } = require("@cdktf/provider-aws/lib/ssm-maintenance-window");
const { MaintenanceWindowTask } = require("${pkg.name}");

const app = new App();
const stack = new TerraformStack(app, "one-task");
// A provider block as for a real account: endpoints and credentials come from \`local env\`.
new AwsProvider(stack, "aws", { region: "us-east-1" });
const window = new SsmMaintenanceWindow(stack, "window", { name: "cli-e2e", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
const task = new MaintenanceWindowTask(stack, "restart", { WindowId: window.id, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 3 });
new TerraformOutput(stack, "window_id", { value: window.id });
new TerraformOutput(stack, "task_id", { value: task.resource.windowTaskId });
app.synth();
`;

let tmp: string;
let app: string;

function env(): NodeJS.ProcessEnv {
  // A user's shell: no test-runner TF_CLI_CONFIG_FILE (here it names a file that does not exist),
  // no AWS settings; `local env` must bring everything.
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "true", FORCE_COLOR: "0" };
  for (const key of Object.keys(e)) if (key.startsWith("TF_") || key.startsWith("AWS_") || key === "CHECKPOINT_DISABLE") delete e[key];
  return e;
}

function sh(script: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["-c", script], { cwd: app, env: env(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout.replace(ANSI, ""), stderr: r.stderr.replace(ANSI, "") };
}

beforeAll(() => {
  const problems = checkPrerequisites();
  if (problems.length > 0) throw new Error(`the local endpoint needs:\n- ${problems.join("\n- ")}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-cli-"));
  // The tarball `npm pack` made (prepack = the build), once per run by the e2e project's
  // globalSetup (test-support/global/build.ts); the repo's own dist/ is that build's.
  const tarball = packedTarball();
  app = path.join(tmp, "app");
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "fresh-app", version: "1.0.0", private: true }));
  // Only the tarball comes from npm (offline: it has no dependencies); the peers are the repo's.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--legacy-peer-deps", "--loglevel=error", tarball], { cwd: app, stdio: "pipe" });
  for (const peer of PEERS) {
    fs.mkdirSync(path.dirname(path.join(app, "node_modules", peer)), { recursive: true });
    fs.symlinkSync(path.join(root, "node_modules", peer), path.join(app, "node_modules", peer));
  }
  fs.symlinkSync(fs.realpathSync(path.join(root, "node_modules", ".bin", "cdktf")), path.join(app, "node_modules", ".bin", "cdktf"));
  fs.writeFileSync(path.join(app, "main.js"), APP);
  fs.writeFileSync(path.join(app, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node main.js", terraformProviders: [] }));
}, 180_000);

afterAll(() => {
  if (app) sh(`npx ${BIN} local stop`);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test("the package ships the compiled CLI and the endpoint's python files, not the TypeScript sources", () => {
  const installed = path.join(app, "node_modules", pkg.name);
  const link = path.join(app, "node_modules", ".bin", BIN);
  expect(fs.realpathSync(link)).toBe(fs.realpathSync(path.join(installed, pkg.bin[BIN])));
  expect(fs.readFileSync(link, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  for (const file of ["dist/lib/cli/main.js", "dist/local-aws/index.js", "local-aws/server.py", "local-aws/ssm_patches.py", "local-aws/http11.py", "local-aws/compaction.py"]) {
    expect(fs.existsSync(path.join(installed, file))).toBe(true);
  }
  for (const file of ["local-aws/index.ts", "local-aws/cli.ts", "local-aws/smoke", "lib"]) expect(fs.existsSync(path.join(installed, file))).toBe(false);
});

test("npx <package> is strict: an unknown flag or command is exit 2 with the usage, --help prints it", () => {
  const bogus = sh(`npx ${BIN} local start --bogus`);
  expect(bogus.code).toBe(2);
  expect(bogus.stderr).toContain(`${BIN}: unknown option '--bogus'`);
  expect(bogus.stderr).toContain(`Usage: ${BIN} local start [options]`);
  expect(fs.existsSync(path.join(app, ".local-aws", "server.json"))).toBe(false);

  const typo = sh(`npx ${BIN} lcoal`);
  expect(typo.code).toBe(2);
  expect(typo.stderr).toContain("unknown command 'lcoal' (did you mean local?)");

  const help = sh(`npx ${BIN} --help`);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(new RegExp(`^Usage: ${BIN} <command> \\[options\\]`));
  expect(help.stdout).toMatch(/^ {2}local {3}Run a local AWS endpoint/m);
  expect(help.stdout).toMatch(/^ {2}import {2}Write TypeScript/m);
  expect(help.stdout).toMatch(/^ {2}check {3}Check Terraform files/m);
  const localHelp = sh(`npx ${BIN} local env --help`);
  expect(localHelp.code).toBe(0);
  expect(localHelp.stdout).toContain("TF_CLI_CONFIG_FILE");
});

test("local start, eval local env, a plain cdktf deploy of a new stack (offline, first try), stop and start on the same port", async () => {
  expect(sh(`npx ${BIN} local env`).code).toBe(3);

  const deploy = sh(`set -e
    npx ${BIN} local start
    eval "$(npx ${BIN} local env)"
    npx cdktf deploy --auto-approve --outputs-file outputs.json`);
  const output = `${deploy.stdout}\n${deploy.stderr}`;
  expect(output).not.toContain("Could not retrieve providers for locking");
  expect(output).toMatch(/Apply complete! Resources: 2 added, 0 changed, 0 destroyed/);
  expect(deploy.code).toBe(0);
  expect(output).toContain("local AWS endpoint started");

  // State under the app's directory, the Terraform CLI config among it.
  const status = sh(`npx ${BIN} local status --json`);
  expect(status.code).toBe(0);
  const info = JSON.parse(status.stdout) as { running: boolean; endpoint: string; port: number; stateFile: string };
  expect(info.stateFile).toBe(path.join(fs.realpathSync(app), ".local-aws", "state.jsonl"));
  const vars = JSON.parse(sh(`npx ${BIN} local env --json`).stdout) as Record<string, string>;
  expect(vars).toMatchObject({ AWS_ENDPOINT_URL_SSM: info.endpoint, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: path.join(fs.realpathSync(app), ".local-aws", "terraform.rc") });
  expect(fs.readFileSync(vars.TF_CLI_CONFIG_FILE, "utf8")).toMatch(/filesystem_mirror[\s\S]*direct \{\n\s*exclude = \["registry\.terraform\.io\/hashicorp\/aws"\]/);

  // What AWS (the endpoint) holds: the task as deployed.
  const outputs = JSON.parse(fs.readFileSync(path.join(app, "outputs.json"), "utf8"))["one-task"] as { window_id: string; task_id: string };
  const ssm = () => new SSMClient({ region: "us-east-1", endpoint: info.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  const task = await ssm().send(new GetMaintenanceWindowTaskCommand({ WindowId: outputs.window_id, WindowTaskId: outputs.task_id }));
  expect(task).toMatchObject({ TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 3 });

  // Stop and start: same port, and the journal gives back what was deployed.
  expect(sh(`npx ${BIN} local stop`).stdout).toContain("local AWS endpoint stopped");
  expect(sh(`npx ${BIN} local status`).code).toBe(3);
  expect(sh(`npx ${BIN} local start`).code).toBe(0);
  const again = JSON.parse(sh(`npx ${BIN} local status --json`).stdout) as { port: number };
  expect(again.port).toBe(info.port);
  expect((await ssm().send(new GetMaintenanceWindowCommand({ WindowId: outputs.window_id }))).Name).toBe("cli-e2e");

  expect(sh(`npx ${BIN} local stop`).code).toBe(0);
  expect(sh(`npx ${BIN} local status`).code).toBe(3);
});
