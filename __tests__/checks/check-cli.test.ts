// `check <paths...>`: the aspect's fixture written as HCL (.tf) and as cdktf's cdk.tf.json gives
// the same codes; lines, addresses, --format json, --acknowledge, exit codes 1/0/2, unreadable
// files, count/for_each/dynamic, skipped directories; once as a real subprocess.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../lib/cli/main";
import { loadHclParser } from "../../lib/checks/terraform-files";
import { MaintenanceWindowError } from "../../lib/core/errors";
import { EXPECTED, rawStackHcl, rawStackJson } from "../../test-support/checks-fixtures";

const ROOT = path.join(__dirname, "..", "..");
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["check", ...argv], { projectDir: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function checkJson(...argv: string[]): Promise<{ code: number; diagnostics: Record<string, unknown>[] }> {
  const { code, stdout } = await check(...argv, "--format", "json");
  return { code, diagnostics: JSON.parse(stdout) as Record<string, unknown>[] };
}

/** A finding as the fixture's EXPECTED spells it: construct id from the address (cdktf's logical id). */
function asExpected(d: Record<string, unknown>): string {
  const name = String(d.address).split(".")[1].replace(/_[0-9A-F]{8}$/, "").replace(/_/g, "/");
  return `${name} ${String(d.level)} ${String(d.code)}`;
}

const HAND_WRITTEN = `
variable "instances" { type = list(string) }

resource "aws_ssm_maintenance_window_task" "looped" {
  count     = 3
  window_id = "mw-0123456789abcdef0"
  task_arn  = "AWS-RunShellScript"
  task_type = "RUN_COMMAND"
  priority  = count.index
  name      = "patch-\${count.index}"
  max_concurrency = "1"
  max_errors      = "1"

  dynamic "targets" {
    for_each = var.instances
    content {
      key    = "InstanceIds"
      values = [targets.value]
    }
  }

  task_invocation_parameters {
    run_command_parameters {
      timeout_seconds = 5
      dynamic "parameter" {
        for_each = { commands = ["uptime"] }
        content {
          name   = parameter.key
          values = parameter.value
        }
      }
    }
  }
}

resource "aws_ssm_maintenance_window_task" "dynamic_block" {
  window_id       = "mw-0123456789abcdef0"
  task_arn        = "AWS-RunShellScript"
  task_type       = "RUN_COMMAND"
  max_concurrency = "1"
  max_errors      = "1"
  targets {
    key    = "InstanceIds"
    values = ["i-0123456789abcdef0"]
  }
  task_invocation_parameters {
    dynamic "run_command_parameters" {
      for_each = var.run_command
      content {
        timeout_seconds = run_command_parameters.value.timeout
      }
    }
  }
}

resource "aws_ssm_maintenance_window" "each" {
  for_each = toset(["a", "b"])
  name     = "w-\${each.key}"
  schedule = "cron(0 2 ? * SUN *)"
  duration = 3
  cutoff   = 4
}
`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-check-"));
  fs.mkdirSync(path.join(dir, "hcl"));
  fs.mkdirSync(path.join(dir, "cdktf.out", "stacks", "raw"), { recursive: true });
  fs.writeFileSync(path.join(dir, "hcl", "main.tf"), rawStackHcl());
  fs.writeFileSync(path.join(dir, "cdktf.out", "stacks", "raw", "cdk.tf.json"), JSON.stringify(rawStackJson(), null, 2));
  fs.mkdirSync(path.join(dir, "loops"));
  fs.writeFileSync(path.join(dir, "loops", "main.tf"), HAND_WRITTEN);
  fs.mkdirSync(path.join(dir, "warnings"));
  fs.writeFileSync(
    path.join(dir, "warnings", "task.tf.json"),
    JSON.stringify({
      resource: {
        aws_ssm_maintenance_window_task: {
          risky: {
            window_id: "${aws_ssm_maintenance_window.w.id}",
            task_arn: "AWS-RunShellScript",
            task_type: "RUN_COMMAND",
            max_concurrency: "1",
            max_errors: "1",
            targets: [{ key: "InstanceIds", values: ["i-0123456789abcdef0"] }],
            task_invocation_parameters: { run_command_parameters: { document_hash_type: "Sha1", parameter: [{ name: "commands", values: ["uptime"] }] } },
          },
        },
      },
    }),
  );
  // Never searched: provider and module caches, packages.
  for (const skipped of [".terraform", "node_modules"]) {
    fs.mkdirSync(path.join(dir, "warnings", skipped));
    fs.writeFileSync(path.join(dir, "warnings", skipped, "bad.tf"), 'resource "aws_ssm_maintenance_window" "x" { duration = 99 }');
  }
  fs.mkdirSync(path.join(dir, "broken"));
  fs.writeFileSync(path.join(dir, "broken", "main.tf"), 'resource "aws_ssm_maintenance_window" "x" {\n  name = "unclosed"\n');
  fs.writeFileSync(path.join(dir, "broken", "stack.tf.json"), "{ not json");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("HCL and cdk.tf.json give the aspect's codes, exactly", async () => {
  const hcl = await checkJson(path.join(dir, "hcl"));
  const json = await checkJson(path.join(dir, "cdktf.out"));
  expect(hcl.diagnostics.map(asExpected).sort()).toEqual([...EXPECTED].sort());
  expect(json.diagnostics.map(asExpected).sort()).toEqual([...EXPECTED].sort());
  expect(hcl.code).toBe(1);
  expect(json.code).toBe(1);
});

test("text output: file:line for HCL, file: address for JSON, then level, code, path, message", async () => {
  const { stdout, code } = await check(path.join(dir, "hcl", "main.tf"), path.join(dir, "cdktf.out"));
  expect(code).toBe(1);
  const lines = stdout.trimEnd().split("\n");
  const hclFile = path.join(dir, "hcl", "main.tf");
  const timeout = rawStackHcl().split("\n").findIndex((l) => l.includes("timeout_seconds = 10")) + 1;
  expect(lines).toContain(
    `${hclFile}:${timeout}: aws_ssm_maintenance_window_task.BrokenTask: error [TimeoutSecondsRange] TaskInvocationParameters.RunCommand.TimeoutSeconds: 10 is out of range. Allowed: a whole number of seconds from 30 to 2592000 (30 days).`,
  );
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(path.join(dir, "cdktf.out", "stacks", "raw", "cdk.tf.json"))}: aws_ssm_maintenance_window\\.BadWindow: error \\[WindowScheduleFormat\\] Schedule: "every sunday"`)));
  expect(lines[lines.length - 1]).toBe("2 files checked: 12 errors, 6 warnings");
});

test("--format json: an array with file, line (HCL), address, level, code, path and message", async () => {
  const { diagnostics } = await checkJson(path.join(dir, "hcl", "main.tf"));
  const window = rawStackHcl().split("\n").findIndex((l) => l.startsWith('resource "aws_ssm_maintenance_window" "BadWindow"')) + 1;
  expect(diagnostics).toContainEqual({
    file: path.join(dir, "hcl", "main.tf"),
    line: window + 4,
    address: "aws_ssm_maintenance_window.BadWindow",
    attribute: "schedule",
    level: "error",
    code: "WindowScheduleFormat",
    path: "Schedule",
    message: expect.stringContaining('"every sunday"'),
  });
});

test("warnings only: exit 0; --acknowledge leaves the code out", async () => {
  const warnings = await check(path.join(dir, "warnings"));
  expect(warnings.code).toBe(0);
  expect(warnings.stdout).toMatch(/task\.tf\.json: aws_ssm_maintenance_window_task\.risky: warning \[DocumentHashTypeSha1\]/);
  expect(warnings.stdout).toMatch(/1 file checked: 0 errors, 1 warning\n$/);
  const acknowledged = await checkJson(path.join(dir, "warnings"), "--acknowledge", "DocumentHashTypeSha1");
  expect(acknowledged).toEqual({ code: 0, diagnostics: [] });
});

test("count, for_each and dynamic blocks: what is literal is judged, the rest is not", async () => {
  const { code, diagnostics } = await checkJson(path.join(dir, "loops"));
  expect(code).toBe(1);
  expect(diagnostics.map((d) => `${String(d.address)} ${String(d.code)}`).sort()).toEqual([
    "aws_ssm_maintenance_window.each WindowCutoffNotBeforeDuration",
    "aws_ssm_maintenance_window_task.looped TimeoutSecondsRange",
  ]);
  const timeout = HAND_WRITTEN.split("\n").findIndex((l) => l.includes("timeout_seconds = 5")) + 1;
  expect(diagnostics.find((d) => d.code === "TimeoutSecondsRange")!.line).toBe(timeout);
  expect(diagnostics.find((d) => d.code === "TimeoutSecondsRange")!.attribute).toBe("task_invocation_parameters.run_command_parameters.timeout_seconds");
});

test("a file that cannot be parsed is one diagnostic naming it, not a stack trace", async () => {
  const { code, stdout, stderr } = await check(path.join(dir, "broken"));
  expect(code).toBe(1);
  expect(stderr).toBe("");
  const lines = stdout.trimEnd().split("\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(new RegExp(`^${escape(path.join(dir, "broken", "main.tf"))}: error \\[TerraformFileUnreadable\\] \\(file\\): .*main\\.tf could not be parsed as HCL \\(.*Unclosed configuration block`));
  expect(lines[1]).toMatch(new RegExp(`^${escape(path.join(dir, "broken", "stack.tf.json"))}: error \\[TerraformFileUnreadable\\] \\(file\\): .*could not be parsed as Terraform JSON`));
  expect(stdout).not.toMatch(/\n\s+at /);
});

test.each([
  [[], /missing <paths\.\.\.>/],
  [["no-such-dir"], /no such file or directory: no-such-dir/],
  [["."], /unknown option '--formt'/, ["--formt", "json"]],
  [["."], /option '--format' must be text or json \(got 'jsn'\) \(did you mean json\?\)/, ["--format", "jsn"]],
  [["."], /--acknowledge PriorityRange: PriorityRange is an error, and errors cannot be acknowledged/, ["--acknowledge", "PriorityRange"]],
  [["."], /--acknowledge DocumentHashTypeSha2: no such warning code \(did you mean DocumentHashTypeSha1\?\)/, ["--acknowledge", "DocumentHashTypeSha2"]],
])("usage problems exit 2: %j %p", async (paths, message, options: string[] = []) => {
  const resolved = paths.map((p) => (p === "." ? path.join(dir, "warnings") : p));
  const { code, stdout, stderr } = await check(...resolved, ...options);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toMatch(message);
  expect(stderr).toContain("Usage: cdktf-ssm-maintenance-window-task check [options] <paths...>");
});

test("without the optional HCL parser, an HCL file is a clear error naming the package to install, not a module-not-found trace", async () => {
  const missing = Object.assign(new Error("Cannot find module '@cdktf/hcl2json'"), { code: "MODULE_NOT_FOUND" });
  await expect(loadHclParser("infra/main.tf", () => Promise.reject(missing))).rejects.toThrow(
    "infra/main.tf is HCL, and checking HCL needs the parser @cdktf/hcl2json, which is not installed. It comes with the CDKTF CLI (npm install -D cdktf-cli), or alone: npm install -D @cdktf/hcl2json@0.21.0. *.tf.json files are checked without it.",
  );
  await expect(loadHclParser("infra/main.tf", () => Promise.reject(missing))).rejects.toBeInstanceOf(MaintenanceWindowError);
  // Any other load failure is not disguised as a missing package.
  await expect(loadHclParser("infra/main.tf", () => Promise.reject(new Error("wasm init failed")))).rejects.toThrow("wasm init failed");
  // Installed (a devDependency here), it parses.
  const parser = await loadHclParser("x.tf");
  expect(await parser.parse("x.tf", 'resource "a" "b" { c = 1 }')).toEqual({ resource: { a: { b: [{ c: 1 }] } } });
});

test("a directory without Terraform files is a usage problem (a CI job checking nothing would pass)", async () => {
  const empty = fs.mkdtempSync(path.join(dir, "empty-"));
  const { code, stderr } = await check(empty);
  expect(code).toBe(2);
  expect(stderr).toMatch(/no \*\.tf or \*\.tf\.json files under/);
});

test("paths after -- are arguments", async () => {
  const { code } = await check("--format", "json", "--", path.join(dir, "warnings"));
  expect(code).toBe(0);
});

test("as a subprocess: exit 1 with errors, 0 with warnings only, 2 on usage", () => {
  const run = (...argv: string[]) => {
    try {
      return { code: 0, stdout: execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "lib/cli/main.ts", "check", ...argv], { cwd: ROOT, encoding: "utf8", stdio: "pipe" }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  };
  const errors = run(path.join(dir, "hcl"), "--format", "json");
  expect(errors.code).toBe(1);
  expect((JSON.parse(errors.stdout) as Record<string, unknown>[]).map(asExpected).sort()).toEqual([...EXPECTED].sort());
  expect(run(path.join(dir, "warnings")).code).toBe(0);
  expect(run().code).toBe(2);
}, 60_000);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("a cdk.tf.json that records construct paths (cdktf synth) gives each finding's constructPath", async () => {
  const { checkTerraformText } = await import("../../lib/checks/terraform-files");
  const text = JSON.stringify({
    resource: { aws_ssm_maintenance_window: { Weekly_Resource_1A2B3C4D: { name: "weekly", schedule: "rate(7 days)", duration: 2, cutoff: 2, "//": { metadata: { path: "prod/Weekly/Resource", uniqueId: "Weekly_Resource_1A2B3C4D" } } } } },
  });
  expect(await checkTerraformText("cdk.tf.json", text, "json", [])).toEqual([
    expect.objectContaining({ file: "cdk.tf.json", address: "aws_ssm_maintenance_window.Weekly_Resource_1A2B3C4D", constructPath: "prod/Weekly/Resource", code: "WindowCutoffNotBeforeDuration", attribute: "cutoff" }),
  ]);
});
