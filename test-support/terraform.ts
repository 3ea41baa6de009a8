// Runs the real terraform binary offline against the machine's provider mirror.
//
// Why this shape: each terraform call costs ~3 s and ~600 MB, so tests batch many resources into
// one stack per call. The mirror is an unpacked filesystem mirror: `terraform init` links the
// provider from it (no 700 MB copy) and never writes to it, so concurrent test workers share it
// safely without a writable plugin cache (which terraform does not lock).
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const AWS_PROVIDER_VERSION = "5.100.0";

const MIRROR_CANDIDATES = [process.env.TF_PROVIDER_MIRROR, "/opt/tf-plugins", path.join(os.homedir(), ".terraform.d", "plugins")];

/** The filesystem mirror holding hashicorp/aws 5.100.0, or a clear error saying what is missing. */
export function findProviderMirror(): string {
  const rel = path.join("registry.terraform.io", "hashicorp", "aws", AWS_PROVIDER_VERSION);
  for (const dir of MIRROR_CANDIDATES) {
    if (dir && fs.existsSync(path.join(dir, rel))) return dir;
  }
  throw new Error(
    `No filesystem mirror of the hashicorp/aws ${AWS_PROVIDER_VERSION} provider found (looked in ${MIRROR_CANDIDATES.filter(Boolean).join(", ")}). ` +
      `Put terraform-provider-aws_v${AWS_PROVIDER_VERSION}_x5 under <dir>/${rel}/linux_amd64/ and set TF_PROVIDER_MIRROR=<dir>.`,
  );
}

/** Fails with what to install when terraform is not on PATH. */
export function assertTerraform(): string {
  const r = spawnSync("terraform", ["version", "-json"], { encoding: "utf8", env: terraformEnv(os.tmpdir()) });
  if (r.error || r.status !== 0) {
    throw new Error("terraform is not on PATH. Install Terraform 1.11 (https://developer.hashicorp.com/terraform/install) to run the terraform-backed tests.");
  }
  return JSON.parse(r.stdout).terraform_version as string;
}

/** Writes a Terraform CLI config that installs providers only from the mirror; returns its path. */
export function writeCliConfig(dir: string): string {
  const file = path.join(dir, "terraform.rc");
  fs.writeFileSync(
    file,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(findProviderMirror())}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
  );
  return file;
}

/** Environment for terraform: our own CLI config (a preset TF_CLI_CONFIG_FILE may not exist), no checkpoint calls. */
export function terraformEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const cli = path.join(dir, "terraform.rc");
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: fs.existsSync(cli) ? cli : writeCliConfig(dir),
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    ...extra,
  };
}

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `terraform <args>` in dir; never throws on a non-zero exit (tests assert on the result). */
export function terraform(dir: string, args: string[], extraEnv: Record<string, string> = {}): TerraformResult {
  const started = Date.now();
  const r = spawnSync("terraform", args, { cwd: dir, encoding: "utf8", env: terraformEnv(dir, extraEnv), maxBuffer: 64 * 1024 * 1024 });
  // MWT_TF_LOG=<file>: one line per terraform call ("<worker> <test file> <command> <seconds>"), to see where a run's time goes.
  if (process.env.MWT_TF_LOG) {
    const testPath = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect?.getState?.().testPath ?? "-";
    fs.appendFileSync(process.env.MWT_TF_LOG, `${process.env.JEST_WORKER_ID ?? "-"} ${testPath} ${args[0]} ${((Date.now() - started) / 1000).toFixed(2)}\n`);
  }
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a synthesized stack (cdk.tf.json content) into a fresh dir and runs `terraform init`. */
export function initStackDir(stackJson: string, prefix = "mwt-tf-", prepare?: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  prepare?.(dir);
  fs.writeFileSync(path.join(dir, "main.tf.json"), stackJson);
  const init = terraform(dir, ["init", "-input=false", "-no-color", "-backend=false"]);
  if (init.code !== 0) throw new Error(`terraform init failed in ${dir}:\n${init.stdout}\n${init.stderr}`);
  return dir;
}

/** `terraform validate -json` diagnostics of a stack. */
export function validateStack(stackJson: string, prepare?: (dir: string) => void): { valid: boolean; diagnostics: { severity: string; summary: string; detail?: string; address?: string; snippet?: { context?: string } }[]; dir: string } {
  const dir = initStackDir(stackJson, "mwt-validate-", prepare);
  const r = terraform(dir, ["validate", "-json", "-no-color"]);
  const parsed = JSON.parse(r.stdout);
  return { valid: parsed.valid, diagnostics: parsed.diagnostics ?? [], dir };
}

/** Removes a temp dir made by these helpers. */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function which(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
