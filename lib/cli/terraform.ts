// What terraform needs to run offline against the local endpoint: the hashicorp/aws provider from a
// filesystem mirror (a CLI config naming it, `TF_CLI_CONFIG_FILE`), no checkpoint calls, and the
// same mirror for cdktf-cli's `terraform providers lock` step. Node built-ins only.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const AWS_PROVIDER_SOURCE = "registry.terraform.io/hashicorp/aws";
/** The hashicorp/aws version the local endpoint's provider mirror holds (what the cdktf edition's provider binding 20.x pins). */
export const AWS_PROVIDER_VERSION = "5.100.0";

/** Terraform's name of this machine's platform (`linux_amd64`, `darwin_arm64`, ...). */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const osName = platform === "win32" ? "windows" : platform;
  const archName = ({ x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" } as Record<string, string>)[arch] ?? arch;
  return `${osName}_${archName}`;
}

/** Where to look for a mirror, first match wins: TF_PROVIDER_MIRROR, /opt/tf-plugins, ~/.terraform.d/plugins. */
export function mirrorCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.TF_PROVIDER_MIRROR, "/opt/tf-plugins", path.join(os.homedir(), ".terraform.d", "plugins")].filter((d): d is string => !!d);
}

/** True if `dir` is a filesystem mirror (unpacked or packed layout) with hashicorp/aws AWS_PROVIDER_VERSION for `platform`. */
export function mirrorHasProvider(dir: string, platform = terraformPlatform()): boolean {
  const base = path.join(dir, ...AWS_PROVIDER_SOURCE.split("/"));
  const unpacked = path.join(base, AWS_PROVIDER_VERSION, platform);
  const packed = path.join(base, `terraform-provider-aws_${AWS_PROVIDER_VERSION}_${platform}.zip`);
  try {
    if (fs.statSync(unpacked).isDirectory()) return fs.readdirSync(unpacked).some((f) => f.startsWith("terraform-provider-aws"));
  } catch {
    // not unpacked here
  }
  return fs.existsSync(packed);
}

/** The first candidate mirror holding the provider, or undefined. */
export function findProviderMirror(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return mirrorCandidates(env).find((dir) => mirrorHasProvider(dir));
}

/** What to do when no mirror is found. */
export function missingMirrorMessage(env: NodeJS.ProcessEnv = process.env): string {
  const platform = terraformPlatform();
  return (
    `no filesystem mirror of hashicorp/aws ${AWS_PROVIDER_VERSION} for ${platform} found (looked in ${mirrorCandidates(env).join(", ")}); ` +
    `terraform will download the provider from the registry. To work offline, put terraform-provider-aws_v${AWS_PROVIDER_VERSION}_x5 under ` +
    `<dir>/${AWS_PROVIDER_SOURCE}/${AWS_PROVIDER_VERSION}/${platform}/ and set TF_PROVIDER_MIRROR=<dir>.`
  );
}

/** A Terraform CLI config: hashicorp/aws only from `mirror` (when given), everything else from its registry. */
export function cliConfig(mirror: string | undefined): string {
  const header = "# Written by cdktf-ssm-maintenance-window-task (local env). Regenerated on every run.\n";
  if (!mirror) return `${header}# No provider mirror was found: providers come from their registries.\n`;
  const source = JSON.stringify(AWS_PROVIDER_SOURCE);
  return (
    header +
    "provider_installation {\n" +
    `  filesystem_mirror {\n    path    = ${JSON.stringify(mirror).replace(/\$\{/g, () => "$${")}\n    include = [${source}]\n  }\n` +
    `  direct {\n    exclude = [${source}]\n  }\n` +
    "}\n"
  );
}

/** Quotes a word for terraform's own argument splitting (TF_CLI_ARGS_*: shell-like words). */
function terraformWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/**
 * Environment for terraform and cdktf-cli: writes the CLI config into `dir` and returns
 * TF_CLI_CONFIG_FILE (replacing an inherited one, which may name a file that does not exist),
 * CHECKPOINT_DISABLE, and with a mirror TF_CLI_ARGS_providers_lock.
 *
 * Why TF_CLI_ARGS_providers_lock: on a stack without a lock file, cdktf deploy runs `terraform init`
 * and then `terraform providers lock -platform=linux_amd64`, and `providers lock` ignores the CLI
 * config's provider_installation: it asks the public registry, and offline it fails with "Could not
 * retrieve providers for locking" (the rerun works, as init wrote the lock file by then).
 * Terraform adds TF_CLI_ARGS_providers_lock to that command, so `-fs-mirror=<mirror>` makes it read
 * the same mirror as init.
 */
export function terraformEnv(dir: string, mirror: string | undefined): Record<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "terraform.rc");
  fs.writeFileSync(file, cliConfig(mirror));
  return {
    TF_CLI_CONFIG_FILE: file,
    CHECKPOINT_DISABLE: "1",
    ...(mirror ? { TF_CLI_ARGS_providers_lock: `-fs-mirror=${terraformWord(mirror)}` } : {}),
  };
}

/** `export NAME='value'` lines for `eval "$(...)"` in sh, bash and zsh. */
export function exportLines(env: Readonly<Record<string, string>>): string {
  const quote = (value: string) => (/^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
  return Object.entries(env)
    .map(([key, value]) => `export ${key}=${quote(value)}\n`)
    .join("");
}
