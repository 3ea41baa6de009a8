// The README's first command: `npm start` deploys the example app to the local endpoint, and a
// second `npm start` reports no changes. Run in a copy of the repository so the developer's own
// .local-aws/ state and cdktf.out/ are left alone.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkPrerequisites } from "../../local-aws";

jest.setTimeout(600_000);

const root = path.join(__dirname, "../..");
const COPY = ["main.ts", "examples", "lib", "local-aws", "scripts", "test-support", "cdktf.json", "package.json", "tsconfig.json"];
let dir: string;
// eslint-disable-next-line no-control-regex -- cdktf colours its output
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

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

function npmStart(...args: string[]): { code: number; output: string } {
  // A TF_CLI_CONFIG_FILE from the environment may not exist: npm start writes its own.
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" };
  delete env.TF_CLI_CONFIG_FILE;
  const r = spawnSync("npm", ["start", ...(args.length ? ["--", ...args] : [])], { cwd: dir, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, output: `${r.stdout}\n${r.stderr}`.replace(ANSI, "") };
}

test("npm start deploys the example, prints the tasks as AWS reports them; a second run changes nothing", () => {
  const first = npmStart();
  expect(first.output).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed/);
  expect(first.code).toBe(0);
  const printed = first.output.match(/^ {2}[0-9a-f-]{36} {2}priority \d+ {2}\w+ \S+$/gm) ?? [];
  expect(printed).toHaveLength(5);
  expect(first.output).toMatch(/priority 4 {2}RUN_COMMAND AWS-RunPatchBaseline/);
  expect(first.output).toMatch(/cutoff CANCEL_TASK/);

  const second = npmStart();
  expect(second.code).toBe(0);
  expect(second.output).toMatch(/No changes\. Your infrastructure matches the configuration\./);
  expect(second.output).toMatch(/Resources: 0 added, 0 changed, 0 destroyed/);

  const destroyed = npmStart("--destroy");
  expect(destroyed.code).toBe(0);
  expect(destroyed.output).toMatch(/Destroy complete! Resources: \d+ destroyed/);
});
