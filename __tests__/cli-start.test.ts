// `npm start`'s command line and output, without deploying: the strict parser (every flag, the
// contradictions, exit 2 for the rest), cdktf's output turned into plain lines for a log, and the
// task summary. The real runs are __tests__/e2e/npm-start.test.ts.
import { parseCommandLine, UsageError } from "../lib/cli/args";
import { formatTask, PlainCdktfOutput, START_COMMAND } from "../scripts/start";

describe("npm start -- <flags>", () => {
  test.each([[[]], [["--aws"]], [["--aws", "--yes"]], [["--plan"]], [["--aws", "--plan"]], [["--destroy"]], [["--aws", "--destroy", "--yes"]], [["--stop"]], [["--reset"]], [["--yes"]]])("%j is understood", (argv) => {
    const r = parseCommandLine(START_COMMAND, argv);
    expect(r.kind).toBe("run");
    if (r.kind === "run") expect(Object.keys(r.values).sort()).toEqual(argv.map((a) => a.slice(2)).sort());
  });

  test.each([
    [["--bogus"], "unknown option '--bogus'"],
    [["--destory", "--aws"], "unknown option '--destory' (did you mean --destroy?)"],
    [["-y"], "unknown option '-y' (did you mean --yes?)"],
    [["deploy"], "unexpected argument 'deploy'"],
    [["--aws=yes"], "option '--aws' takes no value"],
    [["--aws", "--aws"], "option '--aws' given twice"],
    [["--stop", "--aws"], "--stop cannot be combined with --aws"],
    [["--reset", "--destroy"], "--reset cannot be combined with --destroy"],
    [["--stop", "--reset"], "--stop cannot be combined with --reset"],
    [["--plan", "--destroy"], "--plan cannot be combined with --destroy"],
  ])("%j is exit 2: %s", (argv, message) => {
    let error: unknown;
    try {
      parseCommandLine(START_COMMAND, argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain(message);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).usage).toMatch(/^Usage: npm start -- \[options\]/);
  });

  test("--help lists every flag", () => {
    const r = parseCommandLine(START_COMMAND, ["--help"]);
    expect(r.kind).toBe("help");
    if (r.kind !== "help") return;
    for (const flag of ["--aws", "--plan", "--destroy", "--yes", "--stop", "--reset", "-h, --help"]) expect(r.text).toMatch(new RegExp(`\\n  ${flag}  `));
  });
});

// What cdktf-cli 0.21 prints for a first deploy with CI=true, --no-color and TF_IN_AUTOMATION=1
// (abridged): terraform init, the providers lock step, then the plan and apply.
const FIRST_DEPLOY = [
  "maintenance-window-tasks  Initializing the backend...",
  'maintenance-window-tasks  Successfully configured the backend "local"! Terraform will automatically',
  "                          use this backend unless the backend configuration changes.",
  "maintenance-window-tasks  Initializing provider plugins...",
  'maintenance-window-tasks  - Finding hashicorp/aws versions matching "5.100.0"...',
  "                          - Installing hashicorp/aws v5.100.0...",
  "maintenance-window-tasks  - Installed hashicorp/aws v5.100.0 (unauthenticated)",
  "maintenance-window-tasks  Terraform has created a lock file .terraform.lock.hcl to record the provider",
  "maintenance-window-tasks",
  "maintenance-window-tasks  Warning: Incomplete lock file information for providers",
  "",
  "                          Due to your customized provider installation methods, Terraform was forced to",
  "                            terraform providers lock -platform=linux_amd64",
  "                          Terraform has been successfully initialized!",
  "maintenance-window-tasks  - Fetching hashicorp/aws 5.100.0 for linux_amd64...",
  "maintenance-window-tasks",
  "maintenance-window-tasks  - Retrieved hashicorp/aws 5.100.0 for linux_amd64 (unauthenticated)",
  "maintenance-window-tasks  - Obtained hashicorp/aws checksums for linux_amd64; All checksums for this platform were already tracked in the lock file",
  "",
  "                          Success! Terraform has validated the lock file and found no need for changes.",
  "\x1b[2K\x1b[1A\x1b[2K\x1b[G⠋  Deploying",
  "maintenance-window-tasks  aws_sns_topic.notifications (notifications): Refreshing state... [id=arn:aws:sns:us-east-1:123456789012:maintenance-notifications]",
  "                          aws_s3_bucket.logs (logs): Refreshing state... [id=maintenance-logs-1]",
  "maintenance-window-tasks  \x1b[1m\x1b[32mNo changes.\x1b[0m\x1b[1m Your infrastructure matches the configuration.\x1b[0m",
  "",
  "maintenance-window-tasks  Apply complete! Resources: 0 added, 0 changed, 0 destroyed.",
];

test("cdktf's output as plain lines: no stack column, escapes or spinner frames; terraform init held back", () => {
  const lines: string[] = [];
  const out = new PlainCdktfOutput("maintenance-window-tasks", (l) => lines.push(l));
  FIRST_DEPLOY.forEach((l) => out.line(l));
  expect(lines).toEqual([
    "aws_sns_topic.notifications (notifications): Refreshing state... [id=arn:aws:sns:us-east-1:123456789012:maintenance-notifications]",
    "aws_s3_bucket.logs (logs): Refreshing state... [id=maintenance-logs-1]",
    "No changes. Your infrastructure matches the configuration.",
    "",
    "Apply complete! Resources: 0 added, 0 changed, 0 destroyed.",
  ]);
  // Kept for a failure, de-columned.
  expect(out.hidden[0]).toBe("Initializing the backend...");
  expect(out.hidden).toContain("Warning: Incomplete lock file information for providers");
  expect(out.hidden).toContain("Success! Terraform has validated the lock file and found no need for changes.");
});

test("an init that fails is not swallowed past its end: the error after it is printed", () => {
  const lines: string[] = [];
  const out = new PlainCdktfOutput("s", (l) => lines.push(l));
  ["s  Initializing the backend...", "s  Initializing provider plugins...", "s  Error: Failed to query available provider packages"].forEach((l) => out.line(l));
  // Still inside init (it never finished): hidden, and printed by npm start because cdktf fails.
  expect(lines).toEqual([]);
  expect(out.hidden).toEqual(["Initializing the backend...", "Initializing provider plugins...", "Error: Failed to query available provider packages"]);
  out.line("s  Terraform has been successfully initialized!");
  out.line("s  Error: creating SSM Maintenance Window Task");
  expect(lines).toEqual(["Error: creating SSM Maintenance Window Task"]);
});

describe("the task summary", () => {
  test("a task with targets", () => {
    expect(
      formatTask({
        WindowTaskId: "b04b235b-8d55-4931-9ba5-42eb155f0e5f",
        Priority: 1,
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunShellScript",
        Targets: [{ Key: "WindowTargetIds", Values: ["5b533c93-21ac-4e80-b031-4346169d802c"] }],
        MaxConcurrency: "1",
        MaxErrors: "1",
        TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
      }),
    ).toBe(
      "  b04b235b-8d55-4931-9ba5-42eb155f0e5f  priority 1  RUN_COMMAND AWS-RunShellScript\n" +
        "    targets WindowTargetIds=5b533c93-21ac-4e80-b031-4346169d802c  concurrency 1  errors 1\n" +
        '    parameters {"commands":["uptime"]}',
    );
  });

  test("a targetless task says so (not 'targets undefined'), with its automation parameters", () => {
    const text = formatTask({
      WindowTaskId: "89f440d1-8e24-4905-8444-ed6613856973",
      TaskType: "AUTOMATION",
      TaskArn: "AWS-RestartEC2Instance",
      MaxConcurrency: "1",
      MaxErrors: "1",
      ServiceRoleArn: "arn:aws:iam::123456789012:role/r",
      TaskInvocationParameters: { Automation: { Parameters: { InstanceId: ["i-1234567890abcdef0"] } } },
    });
    expect(text).toBe(
      "  89f440d1-8e24-4905-8444-ed6613856973  priority 0  AUTOMATION AWS-RestartEC2Instance\n" +
        "    targets none  concurrency 1  errors 1  role arn:aws:iam::123456789012:role/r\n" +
        '    parameters {"InstanceId":["i-1234567890abcdef0"]}',
    );
    expect(formatTask({ Targets: [] })).toContain("targets none");
  });
});
