// The library as a user gets it: `npm pack`, installed from the tarball into a fresh CDKTF app with
// its peer dependencies, imported by package name (root and /aws/control) from TypeScript and plain
// JavaScript, synthesized, and `terraform validate`d. Catches missing files, wrong `exports`,
// declarations that do not resolve, and dependencies on the repo's layout.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packedTarball } from "../../test-support/global/build";
import { assertTerraform, removeDir, validateStack } from "../../test-support/terraform";

jest.setTimeout(300_000);

const root = path.join(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const devVersion = (name: string) => pkg.devDependencies[name] as string;
let app: string;

const TS_APP = `
import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { MaintenanceWindowTask, validateMaintenanceWindowTask, type MaintenanceWindowTaskProps } from "${pkg.name}";
import AWS from "${pkg.name}/aws/control";

const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "consumer");
new AwsProvider(stack, "aws", { region: "eu-west-1" });
const window = new SsmMaintenanceWindow(stack, "window", { name: "w", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
const props: MaintenanceWindowTaskProps = { WindowId: window.id, TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 };
new MaintenanceWindowTask(stack, "typed", props);
AWS.SSM.MaintenanceWindowTask(stack, "facade", { ...props, Priority: 2 });
if (validateMaintenanceWindowTask({ ...props, Priority: -1 }).filter((d) => d.level === "error").length !== 1) throw new Error("validation not exported");
app.synth();
`;

const JS_APP = `
const { App, TerraformStack } = require("cdktf");
const { AwsProvider } = require("@cdktf/provider-aws/lib/provider");
const { FAIL_FAST_CONTEXT, MaintenanceWindowTask } = require("${pkg.name}");
const AWS = require("${pkg.name}/aws/control").default;

const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "consumer");
new AwsProvider(stack, "aws", { region: "eu-west-1" });
new MaintenanceWindowTask(stack, "plain", { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 });
AWS.SSM.MaintenanceWindowTask(stack, "facade", { WindowId: "mw-0123456789abcdef0", TaskArn: "cleanup", TaskType: "LAMBDA", Priority: 2,
  TaskInvocationParameters: { Lambda: { Payload: { from: "js" } } } });
// A typo is an error: in an app with the fail-fast context, thrown by the constructor.
const strict = new TerraformStack(new App({ context: { [FAIL_FAST_CONTEXT]: true } }), "strict");
try {
  new MaintenanceWindowTask(strict, "typo", { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-X", TaskType: "AUTOMATION", Priority: 1, Prority: 2 });
  throw new Error("a typo must throw");
} catch (e) {
  if (!/UnknownProperty/.test(e.message)) throw e;
}
app.synth();
`;

beforeAll(() => {
  assertTerraform();
  app = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-consumer-"));
  // The tarball `npm pack` made (prepack = the build, as a publish would), once per run, in the
  // build project's globalSetup (test-support/global/build.ts).
  const tarball = path.basename(packedTarball());
  fs.copyFileSync(packedTarball(), path.join(app, tarball));
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "consumer-app", version: "1.0.0", private: true }));
  execFileSync(
    "npm",
    [
      "install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error",
      `./${tarball}`,
      `cdktf@${devVersion("cdktf")}`,
      `constructs@${devVersion("constructs")}`,
      `@cdktf/provider-aws@${devVersion("@cdktf/provider-aws")}`,
      `typescript@${devVersion("typescript")}`,
      "@types/node@20",
    ],
    { cwd: app, stdio: "pipe" },
  );
  fs.writeFileSync(
    path.join(app, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", strict: true, esModuleInterop: true, skipLibCheck: false, outDir: "out", types: ["node"] }, files: ["app.ts"] }),
  );
  fs.writeFileSync(path.join(app, "app.ts"), TS_APP);
  fs.writeFileSync(path.join(app, "app.js"), JS_APP);
}, 300_000);

afterAll(() => app && removeDir(app));

test("the installed package holds only what it should: no tests, no sources of the repo", () => {
  const installed = path.join(app, "node_modules", pkg.name);
  expect(fs.existsSync(path.join(installed, "dist/lib/index.js"))).toBe(true);
  expect(fs.existsSync(path.join(installed, "dist/lib/index.d.ts"))).toBe(true);
  expect(fs.existsSync(path.join(installed, "__tests__"))).toBe(false);
  expect(fs.existsSync(path.join(installed, "node_modules"))).toBe(false);
  // cdktf, constructs and the provider come from the app (peer dependencies), never bundled.
  expect(Object.keys(JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")).dependencies ?? {})).toEqual([]);
});

test.each([
  ["TypeScript", "app.ts"],
  ["plain JavaScript", "app.js"],
])("a %s app imports by package name, synthesizes, and passes terraform validate", (_, entry) => {
  let script = path.join(app, entry);
  if (entry.endsWith(".ts")) {
    // Type-check against the installed declarations (skipLibCheck off), then run the emitted JS.
    execFileSync(process.execPath, [path.join(app, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: app, stdio: "pipe" });
    script = path.join(app, "out", "app.js");
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-consumer-out-"));
  execFileSync(process.execPath, [script, outdir], { cwd: app, stdio: "pipe" });
  const json = fs.readFileSync(path.join(outdir, "stacks", "consumer", "cdk.tf.json"), "utf8");
  expect(Object.keys(JSON.parse(json).resource.aws_ssm_maintenance_window_task)).toHaveLength(2);
  const result = validateStack(json);
  expect(result.diagnostics).toEqual([]);
  removeDir(result.dir);
  removeDir(outdir);
});

// The cdktn edition (scripts/editions.ts, generated by the same globalSetup) as a CDK Terrain user
// runs it: the tarball installed into a fresh app whose peers are cdktn, @cdktn/provider-aws and
// constructs (the repo's own copies, linked: offline), and no cdktf anywhere. The report:
// the cdktf package inside a cdktn app threw `e._resetResolveDiscoveredProviderFeatureUsage is not
// a function` at synth.
describe("the cdktn edition", () => {
  const CDKTN = "cdktn-ssm-maintenance-window-task";
  const linked = ["cdktn", "@cdktn/provider-aws", "constructs"];
  let cdktnApp: string;
  let outdir: string;

  const CDKTN_APP = `
import { App, TerraformStack, TerraformOutput } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { MaintenanceWindow, MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "${CDKTN}";
import AWS from "${CDKTN}/aws/control";

const app = new App({ outdir: process.argv[2] });
// One stack owns the window; the other adds tasks to it through a cross-stack reference.
const base = new TerraformStack(app, "base");
new AwsProvider(base, "aws", { region: "eu-west-1" });
const west = new AwsProvider(base, "west", { region: "us-west-2", alias: "west" });
const window = new MaintenanceWindow(base, "Weekly", { Name: "weekly", Schedule: "rate(7 days)", Duration: 2, Cutoff: 1 });
const web = window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
window.addTask("Patch", { TaskArn: "AWS-RunPatchBaseline", TaskType: "RUN_COMMAND", Priority: 1, Targets: [{ Key: "WindowTargetIds", Values: [web.id] }],
  MaxConcurrency: "1", MaxErrors: "1", TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] } } } });
// A provider alias and count on the task construct.
const props: MaintenanceWindowTaskProps = { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 2 };
new MaintenanceWindowTask(base, "West", { ...props, provider: west, count: 2 });
new TerraformOutput(base, "window", { value: window.id });

const tasks = new TerraformStack(app, "tasks");
new AwsProvider(tasks, "aws", { region: "eu-west-1" });
AWS.SSM.MaintenanceWindowTask(tasks, "Restart", { ...props, WindowId: window.id, Priority: 3 });

// aws 6's per-resource region (the Region prop): synthesized, not validated (5.100.0 has no region).
const regional = new TerraformStack(app, "regional");
new AwsProvider(regional, "aws", { region: "eu-west-1" });
new MaintenanceWindowTask(regional, "Frankfurt", { ...props, Region: "eu-central-1" });
app.synth();
`;

  beforeAll(() => {
    cdktnApp = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-consumer-cdktn-"));
    const tarball = packedTarball("cdktn");
    fs.copyFileSync(tarball, path.join(cdktnApp, path.basename(tarball)));
    // The peers are the repo's copies, as file: links (npm links a directory dependency), so the
    // install needs no registry.
    const dependencies = Object.fromEntries(linked.map((name) => [name, `file:${fs.realpathSync(path.join(root, "node_modules", name))}`]));
    fs.writeFileSync(path.join(cdktnApp, "package.json"), JSON.stringify({ name: "cdktn-consumer-app", version: "1.0.0", private: true, dependencies }));
    execFileSync(
      "npm",
      ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", "--install-links=false", `./${path.basename(tarball)}`],
      { cwd: cdktnApp, stdio: "pipe" },
    );
    fs.writeFileSync(
      path.join(cdktnApp, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "commonjs", strict: true, esModuleInterop: true, skipLibCheck: false, outDir: "out", types: ["node"], typeRoots: [path.join(root, "node_modules/@types")] },
        files: ["app.ts"],
      }),
    );
    fs.writeFileSync(path.join(cdktnApp, "app.ts"), CDKTN_APP);
    execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: cdktnApp, stdio: "pipe" });
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-consumer-cdktn-out-"));
    // What `cdktn synth` runs: the app's program, whose app.synth() writes the stacks.
    execFileSync(process.execPath, [path.join(cdktnApp, "out", "app.js"), outdir], { cwd: cdktnApp, stdio: "pipe" });
  }, 300_000);

  afterAll(() => {
    if (cdktnApp) removeDir(cdktnApp);
    if (outdir) removeDir(outdir);
  });

  const stack = (name: string) => JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));

  test("the app has the cdktn edition and cdktn's peers, and no cdktf or @cdktf/provider-aws", () => {
    const modules = path.join(cdktnApp, "node_modules");
    const manifest = JSON.parse(fs.readFileSync(path.join(modules, CDKTN, "package.json"), "utf8"));
    expect(manifest.name).toBe(CDKTN);
    expect(Object.keys(manifest.bin)).toEqual([CDKTN]);
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
    for (const name of linked) expect(fs.existsSync(path.join(modules, name, "package.json"))).toBe(true);
    expect(fs.existsSync(path.join(modules, "cdktf"))).toBe(false);
    expect(fs.existsSync(path.join(modules, "@cdktf"))).toBe(false);
    expect(fs.existsSync(path.join(modules, "cdktf-ssm-maintenance-window-task"))).toBe(false);
    for (const name of ["cdktf", "@cdktf/provider-aws"]) expect(() => require.resolve(name, { paths: [cdktnApp] })).toThrow();
  });

  test("the installed edition's JS and declarations import cdktn, never cdktf", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator's own check
    const { editionLeftovers } = require("../../scripts/editions") as typeof import("../../scripts/editions");
    const installed = path.join(cdktnApp, "node_modules", CDKTN);
    expect(editionLeftovers(installed)).toEqual([]);
    // The same check, spelled out for the JS and .d.ts files.
    const files = (fs.readdirSync(installed, { recursive: true }) as string[]).filter((f) => /\.(js|d\.ts)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const text = fs.readFileSync(path.join(installed, f), "utf8");
      expect([f, text.match(/require\(["']cdktf["']\)|from ["']cdktf["']|@cdktf\/provider-aws/g)]).toEqual([f, null]);
    }
    expect(fs.readFileSync(path.join(installed, "dist/lib/core/runtime.js"), "utf8")).toMatch(/require\("cdktn"\)/);
  });

  test("its command is cdktn-ssm-maintenance-window-task, and import's generated code imports cdktn", () => {
    const bin = path.join(cdktnApp, "node_modules/.bin", CDKTN);
    const usage = execFileSync(bin, ["--help"], { cwd: cdktnApp, encoding: "utf8" });
    expect(usage).toContain(`${CDKTN} <command>`);
    expect(usage).not.toContain("cdktf-ssm-maintenance-window-task");
    // The installed runtime adapter, loaded in the app (so its require("cdktn") resolves there).
    const adapter = path.join(cdktnApp, "node_modules", CDKTN, "dist/lib/core/runtime.js");
    const runtime = execFileSync(process.execPath, ["-p", `require(${JSON.stringify(adapter)}).RUNTIME_MODULE`], { cwd: cdktnApp, encoding: "utf8" });
    expect(runtime.trim()).toBe("cdktn");
  });

  test("synthesizes both stacks in a cdktn app: provider alias, count, a cross-stack reference", () => {
    const base = stack("base");
    const tasks = base.resource.aws_ssm_maintenance_window_task;
    expect(Object.keys(tasks)).toHaveLength(2);
    const west = Object.values(tasks).find((t) => (t as { count?: number }).count === 2) as { provider: string; priority: number };
    expect(west).toMatchObject({ provider: "aws.west", priority: 2 });
    expect(Object.keys(base.resource.aws_ssm_maintenance_window)).toHaveLength(1);
    expect(Object.keys(base.resource.aws_ssm_maintenance_window_target)).toHaveLength(1);
    // cdktn synthesized it (its manifest carries its version), and knows the stacks' order.
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    expect(manifest.version).toBe(JSON.parse(fs.readFileSync(path.join(root, "node_modules/cdktn/package.json"), "utf8")).version);
    expect(manifest.stacks.tasks.dependencies).toEqual(["base"]);
    const restart = Object.values(stack("tasks").resource.aws_ssm_maintenance_window_task)[0] as { window_id: string };
    expect(restart.window_id).toMatch(/^\$\{data\.terraform_remote_state\./);
  });

  test("Region renders as the task's region on the aws 6 binding", () => {
    const [task] = Object.values(stack("regional").resource.aws_ssm_maintenance_window_task) as { region?: string }[];
    expect(task.region).toBe("eu-central-1");
    // The validated stacks have none (hashicorp/aws 5.100.0 does not know the argument).
    for (const name of ["base", "tasks"]) expect(JSON.stringify(stack(name).resource)).not.toContain('"region"');
  });

  test.each(["base", "tasks"])("the %s stack passes terraform validate (aws provider forced to 5.100.0)", (name) => {
    assertTerraform();
    const json = stack(name);
    // @cdktn/provider-aws 25 binds hashicorp/aws 6.x; this machine's mirror has only 5.100.0, and the
    // three SSM maintenance window resources differ between them only by aws 6's optional `region`
    // (help/cdktf-or-cdk-terrain.md), which these stacks do not use.
    expect(json.terraform.required_providers.aws.version).toMatch(/^6\./);
    json.terraform.required_providers.aws.version = "5.100.0";
    const result = validateStack(JSON.stringify(json));
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
    removeDir(result.dir);
  });
});
