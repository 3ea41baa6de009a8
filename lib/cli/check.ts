// `check <paths...>`: judges Terraform configurations written without this library (HCL `*.tf`,
// `*.tf.json`, cdktf's `cdk.tf.json`) with the construct's own rules. The judge loads on first use
// (`await import`): it brings cdktf, the provider's task binding and the HCL parser, which the
// `local` commands never need. Exit 1 when any error, 0 otherwise; 2 for a usage problem.
import * as fs from "node:fs";
import { usage, UsageError, type CommandSpec, type OptionValues } from "./args";
import { suggest } from "../core/suggest";

export interface CheckIo {
  readonly stdout: (text: string) => void;
}

const FORMATS = ["text", "json"] as const;

export const CHECK_COMMAND: CommandSpec = {
  name: "check",
  summary: "Check Terraform files (*.tf, *.tf.json, cdk.tf.json) with this library's maintenance window rules.",
  details: [
    "Judges every aws_ssm_maintenance_window_task, aws_ssm_maintenance_window and aws_ssm_maintenance_window_target",
    "in the files given, and in every *.tf and *.tf.json under the directories given (.terraform/ and",
    "node_modules/ skipped), with the codes and levels of the constructs (help/validation.md). Values that are",
    "Terraform expressions (references, variables, ${...}) are not judged. One line per finding; exit 1 when",
    "any is an error, 0 when there are only warnings or none.",
    "",
    "  npx cdktf-ssm-maintenance-window-task check infra/",
    "  npx cdktf-ssm-maintenance-window-task check cdktf.out/stacks/prod/cdk.tf.json --format json",
  ].join("\n"),
  arguments: { name: "paths", min: 1 },
  options: {
    format: { type: "string", valueName: "FORMAT", description: "text (default: one line per finding) or json (an array, for CI)" },
    acknowledge: { type: "string", valueName: "CODES", description: "Warning codes to leave out, comma-separated (e.g. DocumentHashTypeSha1)" },
  },
  check: (values) => {
    const format = values.format;
    if (format === undefined || (FORMATS as readonly unknown[]).includes(format)) return undefined;
    const best = suggest(String(format), FORMATS);
    return `option '--format' must be text or json (got '${String(format)}')${best ? ` (did you mean ${best}?)` : ""}`;
  },
};

/** Runs `check`; resolves with the exit status. */
export async function runCheck(values: OptionValues, commandPath: readonly CommandSpec[], args: readonly string[], io: CheckIo): Promise<number> {
  const fail = (message: string) => new UsageError(message, usage(commandPath));
  const missing = args.filter((p) => !fs.existsSync(p));
  if (missing.length > 0) throw fail(`no such file or directory: ${missing.join(", ")}`);
  const judge = await import("../checks/terraform-files");
  const acknowledged = await acknowledgedCodes(values.acknowledge, fail);
  const files = args.flatMap((p) => judge.terraformFiles(p));
  if (files.length === 0) throw fail(`no *.tf or *.tf.json files under ${args.join(", ")}`);
  const diagnostics = [];
  for (const file of files) diagnostics.push(...(await judge.checkTerraformFile(file, acknowledged)));
  if (values.format === "json") io.stdout(JSON.stringify(diagnostics, null, 2) + "\n");
  else io.stdout(diagnostics.map((d) => judge.formatFileDiagnostic(d) + "\n").join("") + summary(files.length, diagnostics));
  return diagnostics.some((d) => d.level === "error") ? 1 : 0;
}

function summary(files: number, diagnostics: readonly { level: string }[]): string {
  const errors = diagnostics.filter((d) => d.level === "error").length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(files, "file")} checked: ${plural(errors, "error")}, ${plural(diagnostics.length - errors, "warning")}\n`;
}

/** `--acknowledge A,B`: every code must be one of our warning codes (a typo would hide nothing). */
async function acknowledgedCodes(raw: OptionValues[string], fail: (message: string) => UsageError): Promise<string[]> {
  if (raw === undefined) return [];
  const codes = String(raw).split(",").map((c) => c.trim()).filter(Boolean);
  const { allDiagnosticCodes } = await import("../task/validation");
  const { windowDiagnosticCodes } = await import("../window/rules");
  const levels: Record<string, string> = { ...allDiagnosticCodes(), ...windowDiagnosticCodes() };
  for (const code of codes) {
    if (levels[code] === "warning") continue;
    if (levels[code] === "error") throw fail(`--acknowledge ${code}: ${code} is an error, and errors cannot be acknowledged; fix the configuration instead`);
    const best = suggest(code, Object.keys(levels).filter((c) => levels[c] === "warning"));
    throw fail(`--acknowledge ${code}: no such warning code${best ? ` (did you mean ${best}?)` : ""}; the codes are listed in help/validation.md`);
  }
  return codes;
}
