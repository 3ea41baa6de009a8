// The README's first command: `npm start` deploys the example app to the local endpoint, and a
// second `npm start` reports no changes. Run in a copy of the repository so the developer's own
// .local-aws/ state and cdktf.out/ are left alone. Without a terminal (as here), the output is plain
// lines: no spinner frames, terraform init's output hidden, the deployed tasks at the end.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkPrerequisites } from "../../local-aws";

jest.setTimeout(600_000);

const root = path.join(__dirname, "../..");
const COPY = ["main.ts", "examples", "lib", "local-aws", "scripts", "test-support", "cdktf.json", "package.json", "tsconfig.json"];
let dir: string;
// eslint-disable-next-line no-control-regex -- escape sequences must not be there at all
const ESCAPE = /\x1b/;
const SPINNER = /[\u2800-\u28ff]/;

beforeAll(() => {
  const problems = checkPrerequisites();
  if (problems.length > 0) throw new Error(`npm start needs:\n- ${problems.join("\n- ")}`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-npm-start-"));
  for (const entry of COPY) fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
});

afterAll(() => {
  if (!dir) return;
  spawnSync("npm", ["start", "--", "--reset"], { cwd: dir, encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
});

function npmStart(...args: string[]): { code: number; output: string; stdout: string; stderr: string; seconds: number } {
  // A TF_CLI_CONFIG_FILE from the environment may not exist: npm start writes its own. No CI
  // variable: npm start must drop cdktf's spinner by itself when there is no terminal.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["TF_CLI_CONFIG_FILE", "CI", "FORCE_COLOR", "NO_COLOR"]) delete env[key];
  const started = Date.now();
  const r = spawnSync("npm", ["start", "--silent", ...(args.length ? ["--", ...args] : [])], { cwd: dir, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, output: `${r.stdout}\n${r.stderr}`, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
}

function nothingStarted(): void {
  expect(fs.existsSync(path.join(dir, ".local-aws"))).toBe(false);
  expect(fs.existsSync(path.join(dir, "cdktf.out"))).toBe(false);
}

test("npm start -- --bogus (or a typo next to --aws, or --aws without a terminal or --yes) is exit 2 with the usage, and starts nothing", () => {
  const bogus = npmStart("--bogus");
  expect(bogus.code).toBe(2);
  expect(bogus.stderr).toContain("npm start --: unknown option '--bogus'");
  expect(bogus.stderr).toContain("Usage: npm start -- [options]");
  const typo = npmStart("--destory", "--aws");
  expect(typo.code).toBe(2);
  expect(typo.stderr).toContain("unknown option '--destory' (did you mean --destroy?)");
  const unconfirmed = npmStart("--aws");
  expect(unconfirmed.code).toBe(2);
  expect(unconfirmed.stderr).toContain("there is no terminal to confirm: add --yes");
  nothingStarted();
});

test("npm start -- --help prints the usage and starts nothing", () => {
  const help = npmStart("--help");
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm start -- \[options\]/);
  for (const flag of ["--aws", "--plan", "--destroy", "--yes", "--stop", "--reset"]) expect(help.stdout).toContain(`  ${flag} `);
  nothingStarted();
});

test("npm start deploys the example, prints the tasks as AWS reports them; a second run changes nothing; --plan applies nothing; --destroy removes the outputs", () => {
  const first = npmStart();
  expect(first.output).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed/);
  expect(first.code).toBe(0);
  const printed = first.output.match(/^ {2}[0-9a-f-]{36} {2}priority \d+ {2}\w+ \S+$/gm) ?? [];
  expect(printed).toHaveLength(5);
  expect(first.output).toMatch(/priority 4 {2}RUN_COMMAND AWS-RunPatchBaseline/);
  expect(first.output).toMatch(/cutoff CANCEL_TASK/);
  expect(first.output).toMatch(/priority 5 {2}AUTOMATION AWS-RestartEC2Instance\n {4}targets none /);
  expect(first.output).not.toContain("undefined");
  // Plain lines for a log: no escapes, no spinner, no init boilerplate, and the tasks last.
  expect(first.output).not.toMatch(ESCAPE);
  expect(first.output).not.toMatch(SPINNER);
  expect(first.output).not.toMatch(/Initializing (the backend|provider plugins)|Terraform has been successfully initialized|Could not retrieve providers/);
  expect(first.stdout.trimEnd().split("\n").slice(-2)[0]).toMatch(/^ {4}(targets|parameters) /);
  expect(first.stdout.trimEnd()).toMatch(/✔ done in [\d.]+ s$/);
  // Terraform's plan of the ~17 resources is most of it (it was ~870 lines with spinner frames and init twice).
  expect(first.stdout.split("\n").length).toBeLessThan(500);

  const second = npmStart();
  expect(second.code).toBe(0);
  expect(second.output).toMatch(/No changes\. Your infrastructure matches the configuration\./);
  expect(second.output).toMatch(/Resources: 0 added, 0 changed, 0 destroyed/);
  // Printed, not asserted (speed belongs in the benchmark): the warm run the README quotes.
  process.stdout.write(`warm npm start: ${second.seconds.toFixed(1)} s\n`);

  const plan = npmStart("--plan");
  expect(plan.code).toBe(0);
  expect(plan.output).toMatch(/No changes\. Your infrastructure matches the configuration\./);
  expect(plan.output).not.toMatch(/Apply complete/);

  const outputs = path.join(dir, ".local-aws", "outputs.json");
  expect(fs.existsSync(outputs)).toBe(true);
  const destroyed = npmStart("--destroy");
  expect(destroyed.code).toBe(0);
  expect(destroyed.output).toMatch(/Destroy complete! Resources: \d+ destroyed/);
  expect(fs.existsSync(outputs)).toBe(false);

  const stopped = npmStart("--stop");
  expect(stopped.code).toBe(0);
  expect(stopped.stdout).toMatch(/local AWS endpoint stopped \(pid \d+\)/);
});
