// `check`'s judge of Terraform files that never saw CDKTF: `*.tf.json` (cdktf's `cdk.tf.json`
// included) and HCL `*.tf` (parsed by @cdktf/hcl2json, the parser `cdktf convert` uses), every
// maintenance window task, window and target resource in them judged by ./judge.ts. A file that
// cannot be read or parsed is one diagnostic naming it, never a stack trace.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "../core/diagnostics";
import { MaintenanceWindowError } from "../core/errors";
import { isBody } from "../core/terraform-config";
import { resourceCheck } from "./judge";

/** A finding in a file: where (line for HCL, resource address for both) and what. */
export interface FileDiagnostic extends Diagnostic {
  readonly file: string;
  /** 1-based line of the attribute (or of the resource block) in HCL; absent for JSON. */
  readonly line?: number;
  /** The property as Terraform attribute names, as far as they are known (`task_invocation_parameters.run_command_parameters.timeout_seconds`). */
  readonly attribute?: string;
  /** The resource's Terraform address, `aws_ssm_maintenance_window_task.patch`. */
  readonly address?: string;
  /** cdktf's construct path, when a `cdk.tf.json` records it. */
  readonly constructPath?: string;
}

/** The code of a file that could not be read or parsed. */
export const UNREADABLE = "TerraformFileUnreadable";

/** Directories never searched: provider and module caches, packages. */
const SKIPPED_DIRECTORIES = new Set([".terraform", "node_modules", ".git"]);

export type TerraformFormat = "json" | "hcl";

/** The format of a Terraform file by its name, or undefined for another file. */
export function formatOf(file: string): TerraformFormat | undefined {
  if (file.endsWith(".tf.json")) return "json";
  if (file.endsWith(".tf")) return "hcl";
  return undefined;
}

/** The Terraform files of a file or directory (recursively, sorted); a file named explicitly is taken whatever its name. */
export function terraformFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  const out: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) out.push(...terraformFiles(full));
    } else if (formatOf(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** One resource found in a configuration. */
interface FoundResource {
  readonly type: string;
  readonly name: string;
  readonly body: Record<string, unknown>;
}

/** The resources of our three types in a parsed configuration (`resource.<type>.<name>`, objects or lists at any level). */
export function resourcesOf(config: unknown): FoundResource[] {
  const out: FoundResource[] = [];
  for (const byType of bodies(isBody(config) ? config.resource : undefined)) {
    for (const [type, byName] of Object.entries(byType)) {
      if (!resourceCheck(type)) continue;
      for (const named of bodies(byName)) {
        for (const [name, value] of Object.entries(named)) {
          for (const body of bodies(value)) out.push({ type, name, body });
        }
      }
    }
  }
  return out;
}

/** The object bodies of a value written as an object or a list of objects. */
function bodies(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.filter(isBody);
  return isBody(value) ? [value] : [];
}

/** Judges one file's text; `acknowledged` warning codes are left out. */
export async function checkTerraformText(file: string, text: string, format: TerraformFormat, acknowledged: readonly string[]): Promise<FileDiagnostic[]> {
  let config: unknown;
  try {
    config = format === "json" ? JSON.parse(text) : await parseHcl(file, text);
  } catch (error) {
    if (error instanceof HclParserMissingError) throw error;
    return [unreadable(file, `could not be parsed as ${format === "json" ? "Terraform JSON" : "HCL"} (${reason(error)})`)];
  }
  const out: FileDiagnostic[] = [];
  for (const { type, name, body } of resourcesOf(config)) {
    const check = resourceCheck(type)!;
    const address = `${type}.${name}`;
    const constructPath = constructPathOf(body);
    for (const d of check.check(body, acknowledged)) {
      const attributes = check.terraformPath(d.path);
      const line = format === "hcl" ? lineOf(text, type, name, attributes) : undefined;
      out.push({ ...d, file, address, attribute: attributes.join("."), ...(line === undefined ? {} : { line }), ...(constructPath ? { constructPath } : {}) });
    }
  }
  return out;
}

/** Reads and judges one file. */
export async function checkTerraformFile(file: string, acknowledged: readonly string[]): Promise<FileDiagnostic[]> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return [unreadable(file, `could not be read (${reason(error)})`)];
  }
  return checkTerraformText(file, text, formatOf(file) ?? (text.trimStart().startsWith("{") ? "json" : "hcl"), acknowledged);
}

function unreadable(file: string, what: string): FileDiagnostic {
  return { file, code: UNREADABLE, level: "error", path: "(file)", message: `${file} ${what}. Fix the file (terraform validate points at the same place), or leave it out of the paths checked.` };
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}

/** The HCL parser's package: an optional peer dependency, which cdktf-cli already brings into a CDKTF project. */
export const HCL_PARSER = "@cdktf/hcl2json";

/** Raised when HCL files are checked and the parser is not installed (an error of the run, not of a file). */
export class HclParserMissingError extends MaintenanceWindowError {
  constructor(file: string) {
    super(
      `${file} is HCL, and checking HCL needs the parser ${HCL_PARSER}, which is not installed. ` +
        `It comes with the CDKTF CLI (npm install -D cdktf-cli), or alone: npm install -D ${HCL_PARSER}@0.21.0. ` +
        `*.tf.json files are checked without it.`,
    );
    this.name = "HclParserMissingError";
  }
}

type HclParser = { parse: (name: string, text: string) => Promise<unknown> };

/**
 * The HCL parser, loaded on first use: it is a WebAssembly module of several MB, and an optional
 * peer dependency (the package itself has no dependencies; a CDKTF project has it through
 * cdktf-cli). `load` is the module loader (tests pass one that fails).
 */
export async function loadHclParser(file: string, load: (name: string) => Promise<unknown> = (name) => import(name)): Promise<HclParser> {
  try {
    return (await load(HCL_PARSER)) as HclParser;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") throw new HclParserMissingError(file);
    throw error;
  }
}

async function parseHcl(file: string, text: string): Promise<unknown> {
  return (await loadHclParser(file)).parse(path.basename(file), text);
}

function constructPathOf(body: Record<string, unknown>): string | undefined {
  const meta = body["//"];
  const p = isBody(meta) && isBody(meta.metadata) ? meta.metadata.path : undefined;
  return typeof p === "string" ? p : undefined;
}

/**
 * The 1-based line of a resource block's attribute in HCL source: the block's line, then each
 * attribute of `attributes` (outermost first) searched inside the block, as deep as found.
 */
export function lineOf(text: string, type: string, name: string, attributes: readonly string[]): number | undefined {
  const lines = text.split("\n");
  const header = new RegExp(`^\\s*resource\\s+"?${escape(type)}"?\\s+"?${escape(name)}"?\\s*\\{`);
  const start = lines.findIndex((l) => header.test(l));
  if (start < 0) return undefined;
  const end = blockEnd(lines, start);
  let found = start;
  for (const attribute of attributes) {
    const pattern = new RegExp(`^\\s*(${escape(attribute)}\\s*[={]|${escape(attribute)}\\s*$|dynamic\\s+"${escape(attribute)}")`);
    const at = lines.findIndex((l, i) => i > found && i <= end && pattern.test(l));
    if (at < 0) break;
    found = at;
  }
  return found + 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The line where the block opened on line `start` closes (braces outside strings and comments). */
function blockEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    depth += braceBalance(lines[i]);
    if (depth <= 0) return i; // the header line opens the block, so depth is 0 only where it closes
  }
  return lines.length - 1;
}

function braceBalance(line: string): number {
  let balance = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "#" || (c === "/" && line[i + 1] === "/")) break;
    else if (c === "{") balance++;
    else if (c === "}") balance--;
  }
  return balance;
}

/** One line per diagnostic: `file:line: address: level [Code] path: message`. */
export function formatFileDiagnostic(d: FileDiagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return `${where}: ${d.address ? `${d.address}: ` : ""}${d.level} [${d.code}] ${d.path}: ${d.message}`;
}
