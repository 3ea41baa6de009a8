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
