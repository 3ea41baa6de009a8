// `<bin> import`: reads an account's maintenance windows (./read.ts, through the SDK behind
// ./ssm.ts), maps them to props (./model.ts), checks them (./findings.ts) and writes one
// TypeScript file (./source.ts). Loaded by the CLI at start, so this module and what it imports
// statically stay free of the AWS SDK and of the library's checks: both load when import runs,
// and the `local` commands never load them.
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError, usage, type CommandSpec, type OptionValues } from "../args";
import { addFindings, loadValidators, type Validators } from "./findings";
import { planAccount } from "./model";
import { readAccount } from "./read";
import { generateSource } from "./source";
import { loadSsmApi, type SsmApi } from "./ssm";

export interface ImportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** What the command needs from outside; tests replace the SDK and the clock. */
export interface ImportDeps {
  readonly api?: (region: string) => Promise<SsmApi>;
  readonly validators?: () => Promise<Validators>;
  readonly now?: () => Date;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const WINDOW_ID = /^mw-[0-9a-f]{17}$/;

function list(value: OptionValues[string]): string[] {
  if (value === undefined || typeof value === "boolean") return [];
  return typeof value === "string" ? [value] : [...value];
}

/** The command line that re-runs an import (written in the file's header). */
function rerun(program: string, region: string, windows: readonly string[], redact: boolean, out: string | undefined): string {
  return [`npx ${program} import --region ${region}`, ...windows.map((w) => `--window ${w}`), ...(redact ? ["--redact"] : []), ...(out ? [`--out ${out}`] : [])].join(" ");
}

export async function runImport(values: OptionValues, commandPath: readonly CommandSpec[], io: ImportIo, deps: ImportDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const region = (values.region as string | undefined) ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) throw new UsageError("missing --region (or AWS_REGION): the region whose windows to read, e.g. --region us-east-1", usage(commandPath));
  if (!REGION.test(region)) throw new UsageError(`'${region}' is not an AWS region name (e.g. us-east-1, eu-central-1)`, usage(commandPath));
  const windows = list(values.window);
  for (const w of windows) {
    if (!WINDOW_ID.test(w)) throw new UsageError(`--window '${w}' is not a maintenance window id (mw- followed by 17 hex digits, e.g. mw-0123456789abcdef0)`, usage(commandPath));
  }
  const out = values.out as string | undefined;
  const outFile = out === undefined ? undefined : path.resolve(deps.cwd ?? process.cwd(), out);
  if (outFile && !fs.existsSync(path.dirname(outFile))) throw new UsageError(`--out ${out}: the directory ${path.dirname(outFile)} does not exist`, usage(commandPath));
  const redact = values.redact === true;
  const program = commandPath[0].name;

  const api = await (deps.api ?? loadSsmApi)(region);
  const live = await readAccount(api, { region, windowIds: windows, progress: (line) => io.stderr(`${line}\n`) });
  const plans = planAccount(live, { redact });
  const validators = await (deps.validators ?? loadValidators)();
  const errors = plans.flatMap((p) => addFindings(p, validators));
  const source = generateSource(plans, {
    packageName: program,
    region,
    account: await api.account?.(),
    date: (deps.now?.() ?? new Date()).toISOString().slice(0, 10),
    command: rerun(program, region, windows, redact, out),
  });
  if (outFile) {
    fs.writeFileSync(outFile, source);
    io.stderr(`wrote ${plans.length} window${plans.length === 1 ? "" : "s"} to ${out}\n`);
  } else {
    io.stdout(source);
  }
  if (plans.length === 0) io.stderr(`no maintenance windows found in region ${region}\n`);
  if (errors.length) {
    io.stderr(`${program}: the live config fails validation; the generated code will not synthesize until it is fixed (see the comments in the file):\n${errors.map((e) => `  ${e}\n`).join("")}`);
    return 1;
  }
  return 0;
}

/** The `import` command's spec and handler (an entry of the CLI's COMMANDS). */
export function importCommand(deps: ImportDeps = {}): CommandSpec & { run: (values: OptionValues, path: readonly CommandSpec[], io: ImportIo) => Promise<number> } {
  return {
    name: "import",
    summary: "Write TypeScript (MaintenanceWindow, addTarget, addTask with importFrom) for an account's existing windows.",
    details: [
      "Reads the maintenance windows of a region with their tags, targets and tasks, and writes one function per",
      "window taking a scope. Credentials and endpoint come from the AWS SDK's usual environment (AWS_PROFILE,",
      "AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_SSM). Needs @aws-sdk/client-ssm installed.",
      "The first plan of the generated code must show only imports (N to import, 0 to add, 0 to change, 0 to destroy).",
      "",
      "  npx cdktf-ssm-maintenance-window-task import --region eu-central-1 --out windows.ts",
      "  npx cdktf-ssm-maintenance-window-task import --region eu-central-1 --window mw-0123456789abcdef0 --redact",
      "",
      "IAM actions needed: ssm:DescribeMaintenanceWindows (without --window), ssm:GetMaintenanceWindow,",
      "ssm:ListTagsForResource, ssm:DescribeMaintenanceWindowTargets, ssm:DescribeMaintenanceWindowTasks,",
      "ssm:GetMaintenanceWindowTask. Exit status: 0 ok, 1 failed, 2 usage. See help/import.md.",
    ].join("\n"),
    options: {
      region: { type: "string", valueName: "REGION", description: "The region to read (default: AWS_REGION)" },
      window: { type: "string", valueName: "mw-ID", description: "Only this window", repeatable: true },
      out: { type: "string", valueName: "FILE", description: "Write the TypeScript here (default: stdout)" },
      redact: { type: "boolean", description: "Payload, Input and Parameters become TerraformVariables (Payload and Input sensitive)" },
    },
    run: (values, commandPath, io) => runImport(values, commandPath, io, deps),
  };
}
