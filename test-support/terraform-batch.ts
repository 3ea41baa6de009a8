// ONE `terraform init` + ONE `terraform validate` for many configurations: each configuration is a
// module (a subdirectory) of one root, and every diagnostic is mapped back to its module by address
// (`module.<name>.…`) or file (`<name>/…`). __tests__/terraform/validate.test.ts puts every
// terraform validation of the terraform project into one such root (each terraform call costs
// seconds and ~600 MB).
//
// Precision for configurations that must fail: a module's errors are its own, and a diagnostic that
// names no module is given to every module (so it fails loudly, never silently). A sentinel module
// holds one resource that only the provider's own validation rejects: if its error is missing,
// terraform stopped early (a load-time error in some module hides the provider's validation of
// the others), and every module is validated again on its own, so each still sees exactly its
// own findings.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AWS_PROVIDER_VERSION, removeDir, terraform } from "./terraform";

export interface Diagnostic {
  severity: string;
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename?: string };
  snippet?: { context?: string };
}

export interface ModuleResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/** A configuration: its files (relative path → content), e.g. { "main.tf.json": "..." }; subdirectories allowed. */
export type ModuleFiles = Record<string, string>;

const SENTINEL = "batch_sentinel";
const SENTINEL_ERROR = /expected priority to be at least \(0\)/;
const SENTINEL_FILES: ModuleFiles = {
  "main.tf.json": JSON.stringify({
    terraform: { required_providers: { aws: { source: "hashicorp/aws", version: AWS_PROVIDER_VERSION } } },
    provider: { aws: [{ region: "us-east-1" }] },
    resource: { aws_ssm_maintenance_window_task: { sentinel: { window_id: "mw-0123456789abcdef0", task_arn: "AWS-RunShellScript", task_type: "AUTOMATION", priority: -1 } } },
  }),
};

/** `terraform validate` runs so far by this process (for the report, not asserted). */
export const batchStats = { validateRuns: 0, modules: 0 };

function writeFiles(dir: string, files: ModuleFiles): void {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
}

/** `terraform init` of the last root validated: what it wrote to stderr (empty when all is well). */
export const lastInit = { stderr: "" };

type JsonDoc = { provider?: Record<string, unknown> } & Record<string, unknown>;

/** The provider configurations a directory's files declare: aws ones as JSON text, `other` for anything else (another provider, HCL, an alias). */
function providersOf(files: { rel: string; content: string }[]): { aws: string[]; other: boolean } {
  const found = { aws: [] as string[], other: false };
  for (const { rel, content } of files) {
    if (rel.endsWith(".tf")) found.other ||= /^\s*provider\s+"/m.test(content);
    if (!rel.endsWith(".tf.json")) continue;
    const providers = (JSON.parse(content) as JsonDoc).provider ?? {};
    for (const [name, value] of Object.entries(providers)) {
      const configs = Array.isArray(value) ? value : [value];
      if (name !== "aws" || configs.some((c) => (c as { alias?: unknown }).alias !== undefined)) found.other = true;
      else found.aws.push(...configs.map((c) => JSON.stringify(c)));
    }
  }
  return found;
}

/**
 * Terraform starts one provider process per provider configuration, one after another (~0.5 s
 * and hundreds of MB each): 80 example modules with `provider "aws" { region = "us-east-1" }`
 * each cost 80 processes. The configuration most directories declare as their only provider
 * block moves to the root once, and those directories drop it: a module that declares no default
 * provider inherits its parent's, so the provider validates the same resources with the same
 * configuration. A directory keeps its block when it declares anything else, or when a directory
 * above it keeps a provider of its own (its children would inherit that one instead).
 */
function hoistCommonProvider(modules: Record<string, ModuleFiles>): { modules: Record<string, ModuleFiles>; root: JsonDoc } {
  const dirs = new Map<string, { rel: string; content: string }[]>();
  for (const [name, files] of Object.entries(modules)) {
    for (const [rel, content] of Object.entries(files)) {
      const full = `${name}/${rel}`;
      const dir = path.posix.dirname(full);
      dirs.set(dir, [...(dirs.get(dir) ?? []), { rel: full, content }]);
    }
  }
  const declared = new Map([...dirs].map(([dir, files]) => [dir, providersOf(files)]));
  const ancestorsClear = (dir: string): boolean => {
    for (let d = path.posix.dirname(dir); d !== "."; d = path.posix.dirname(d)) {
      const p = declared.get(d);
      if (p && (p.other || p.aws.length > 0)) return false;
    }
    return true;
  };
  const candidates = new Map<string, string>();
  for (const [dir, p] of declared) if (!p.other && p.aws.length === 1 && ancestorsClear(dir)) candidates.set(dir, p.aws[0]);
  const counts = new Map<string, number>();
  for (const config of candidates.values()) counts.set(config, (counts.get(config) ?? 0) + 1);
  const [common, uses] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  if (!common || uses < 2) return { modules, root: {} };
  const out: Record<string, ModuleFiles> = {};
  for (const [name, files] of Object.entries(modules)) {
    out[name] = {};
    for (const [rel, content] of Object.entries(files)) {
      const full = `${name}/${rel}`;
      if (!rel.endsWith(".tf.json") || candidates.get(path.posix.dirname(full)) !== common) {
        out[name][rel] = content;
        continue;
      }
      const doc = JSON.parse(content) as JsonDoc;
      delete doc.provider;
      out[name][rel] = JSON.stringify(doc, null, 1);
    }
  }
  return { modules: out, root: { provider: { aws: [JSON.parse(common)] } } };
}

function validateRoot(given: Record<string, ModuleFiles>): Diagnostic[] {
  const { modules, root } = hoistCommonProvider(given);
  const calls = Object.fromEntries(Object.keys(modules).map((name) => [name, { source: `./${name}` }]));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-batch-"));
  try {
    for (const [name, files] of Object.entries(modules)) writeFiles(path.join(dir, name), files);
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ ...root, module: calls }, null, 1));
    const init = terraform(dir, ["init", "-input=false", "-no-color", "-backend=false"]);
    if (init.code !== 0) throw new Error(`terraform init failed in ${dir}:\n${init.stdout}\n${init.stderr}`);
    lastInit.stderr = init.stderr;
    batchStats.validateRuns++;
    const r = terraform(dir, ["validate", "-json", "-no-color"]);
    try {
      return (JSON.parse(r.stdout) as { diagnostics?: Diagnostic[] }).diagnostics ?? [];
    } catch {
      throw new Error(`terraform validate did not print JSON (exit ${r.code}):\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`);
    }
  } finally {
    removeDir(dir);
  }
}

/** The module a diagnostic belongs to, or undefined. */
function moduleOf(d: Diagnostic, names: Set<string>): string | undefined {
  const byAddress = /^module\.([A-Za-z0-9_-]+)/.exec(d.address ?? "")?.[1];
  if (byAddress && names.has(byAddress)) return byAddress;
  const byFile = (d.range?.filename ?? "").split(/[\\/]/)[0];
  return names.has(byFile) ? byFile : undefined;
}

function split(diagnostics: Diagnostic[], names: string[]): Map<string, Diagnostic[]> {
  const known = new Set(names);
  const out = new Map<string, Diagnostic[]>(names.map((n) => [n, []]));
  for (const d of diagnostics) {
    const name = moduleOf(d, known);
    if (name) out.get(name)!.push(d);
    else for (const n of names) out.get(n)!.push(d);
  }
  return out;
}

const result = (diagnostics: Diagnostic[]): ModuleResult => ({ valid: !diagnostics.some((d) => d.severity === "error"), diagnostics });

/** Validates every configuration in one root; returns each one's diagnostics (as `terraform validate -json` of it alone would). */
export function validateModules(modules: Record<string, ModuleFiles>): Map<string, ModuleResult> {
  const names = Object.keys(modules);
  if (names.includes(SENTINEL)) throw new Error(`${SENTINEL} is reserved`);
  batchStats.modules += names.length;
  const byModule = split(validateRoot({ ...modules, [SENTINEL]: SENTINEL_FILES }), [...names, SENTINEL]);
  const sentinelSeen = byModule.get(SENTINEL)!.some((d) => d.severity === "error" && SENTINEL_ERROR.test(d.summary));
  if (sentinelSeen) {
    // The sentinel's own error is no finding of the others (it names its module, so split kept it there).
    return new Map(names.map((n) => [n, result(byModule.get(n)!)]));
  }
  // Terraform stopped before the provider validated everything: each module alone.
  return new Map(names.map((n) => [n, result(split(validateRoot({ [n]: modules[n] }), [n]).get(n)!)]));
}

/** A configuration given as one Terraform JSON document. */
export function jsonModule(json: string | object): ModuleFiles {
  return { "main.tf.json": typeof json === "string" ? json : JSON.stringify(json, null, 1) };
}

/** The files of a directory (recursively), as ModuleFiles, skipping terraform's own state. */
export function filesOf(dir: string): ModuleFiles {
  const out: ModuleFiles = {};
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".terraform")) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return out;
}
