// Plans (./model.ts) → one TypeScript file, formatted as prettier would with the repo's settings
// (2 spaces, double quotes, trailing commas, lines up to 100): a value goes on one line when it
// fits, else one entry per line. Pure and deterministic: the same plans and header give the same
// text, so re-running import shows only real changes in a diff.
import { Code, type Props, type ResourcePlan, type Value, type WindowPlan } from "./model";

const WIDTH = 100;

/** The runtime module generated code imports (`cdktf`, or `cdktn` in that edition), read from the runtime adapter when code is generated, so the CLI's other commands do not load it. */
function runtimeModule(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see above)
  return (require("../../core/runtime") as typeof import("../../core/runtime")).RUNTIME_MODULE;
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export interface SourceHeader {
  /** The package the generated file imports from. */
  readonly packageName: string;
  readonly region: string;
  readonly account?: string;
  /** ISO date (YYYY-MM-DD) of the import. */
  readonly date: string;
  /** The command line that re-runs this import. */
  readonly command: string;
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A string literal as prettier writes it: double quotes, unless single quotes need fewer escapes. */
export function stringLiteral(text: string): string {
  const double = JSON.stringify(text);
  if (!text.includes('"') || text.includes("'")) return double;
  // Escapes come in pairs (backslash + one character), read left to right: only \" is undone.
  return `'${double.slice(1, -1).replace(/\\(.)/g, (pair: string, c: string) => (c === '"' ? '"' : pair))}'`;
}

/** A value on one line, as prettier prints it. */
function flat(value: Value): string {
  if (value instanceof Code) return value.text;
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(flat).join(", ")}]`;
  const entries = Object.entries(value as Props);
  return entries.length ? `{ ${entries.map(([k, v]) => `${key(k)}: ${flat(v)}`).join(", ")} }` : "{}";
}

/** A value starting at column `column` on a line that ends with `suffix`, indented by `indent`. */
export function printValue(value: Value, indent: string, column: number, suffix = ""): string {
  const one = flat(value);
  const composite = typeof value === "object" && !(value instanceof Code);
  if (!composite || column + one.length + suffix.length <= WIDTH) return one;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => `${inner}${printValue(v, inner, inner.length, ",")},`);
    return `[\n${items.join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Props).map(([k, v]) => `${inner}${key(k)}: ${printValue(v, inner, inner.length + key(k).length + 2, ",")},`);
  return `{\n${entries.join("\n")}\n${indent}}`;
}

/** An object literal always broken into lines (props read best one per line). */
function printProps(props: Props, indent: string): string {
  const inner = `${indent}  `;
  const entries = Object.entries(props).map(([k, v]) => `${inner}${key(k)}: ${printValue(v, inner, inner.length + key(k).length + 2, ",")},`);
  return `{\n${entries.join("\n")}\n${indent}}`;
}

/** Comment lines wrapped at the line width (a word longer than the line stays whole). */
export function comments(paragraphs: readonly string[], indent: string): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + 3 + line.length + 1 + word.length > WIDTH) {
        out.push(`${indent}// ${line}`);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) out.push(`${indent}// ${line}`);
  }
  return out;
}

/** `open` is the statement up to the construct id: `const web = window.addTarget(`. */
function resource(plan: ResourcePlan, open: string, indent: string): string[] {
  return [
    ...comments(plan.comments, indent),
    `${indent}${open}${JSON.stringify(plan.constructId)}, ${printProps(plan.props, indent)});`,
    `${indent}${plan.variable}.importFrom(${JSON.stringify(plan.importId)});`,
  ];
}

function windowFunction(plan: WindowPlan): string {
  const i = "  ";
  const name = typeof plan.window.props.Name === "string" ? plan.window.props.Name : plan.windowId;
  const lines = [
    `/** Window ${JSON.stringify(name)} (${plan.windowId}): ${plan.targets.length} target${plan.targets.length === 1 ? "" : "s"}, ${plan.tasks.length} task${plan.tasks.length === 1 ? "" : "s"}. */`,
    `export function ${plan.functionName}(scope: Construct): MaintenanceWindow {`,
  ];
  // In the stack itself, so that the Terraform name (TF_VAR_<name>) is the one written here whatever
  // construct the function is given: below the stack, cdktf would add a path hash to it.
  if (plan.variables.length) lines.push(`${i}const stack = TerraformStack.of(scope);`);
  const firstPlain = plan.variables.find((v) => !v.sensitive);
  for (const v of plan.variables) {
    if (v === firstPlain) {
      const why = "The parameter variables are not marked sensitive: the provider shows parameter values in plans anyway, and a sensitive value there would make Terraform plan an in-place update of the task only to record the mark.";
      lines.push(...comments([why], i));
    }
    lines.push(
      `${i}const ${v.variable} = new TerraformVariable(stack, ${JSON.stringify(v.name)}, {`,
      `${i}  type: ${JSON.stringify(v.type)},`,
      `${i}  sensitive: ${v.sensitive},`,
      `${i}  description: ${JSON.stringify(v.description)},`,
      `${i}});`,
    );
  }
  if (plan.variables.length) lines.push("");
  lines.push(...resource(plan.window, "const window = new MaintenanceWindow(scope, ", i));
  for (const t of plan.targets) lines.push("", ...resource(t, `const ${t.variable} = window.addTarget(`, i));
  for (const t of plan.tasks) lines.push("", ...resource(t, `const ${t.variable} = window.addTask(`, i));
  lines.push("", `${i}return window;`, "}");
  return lines.join("\n");
}

/** The whole generated file. */
export function generateSource(plans: readonly WindowPlan[], header: SourceHeader): string {
  const anyVariables = plans.some((p) => p.variables.length > 0);
  const head = [
    `// Generated by \`${header.command}\` on ${header.date}`,
    `// from account ${header.account ?? "(not named by the credentials)"}, region ${header.region}: ${plans.length} maintenance window${plans.length === 1 ? "" : "s"}.`,
    "// Re-run that command to read the account again; review the file before committing it.",
    "//",
    "// Each resource adopts the live one with importFrom: the first plan must say `N to import, 0 to add,",
    "// 0 to change, 0 to destroy`. After the first apply has imported them, remove the importFrom calls.",
  ];
  // No windows, no imports: an unused import fails a build with noUnusedLocals.
  if (plans.length === 0) return `${[...head, "//", "// The region has no maintenance windows (or none of those given with --window).", "export {};"].join("\n")}\n`;
  head.push(
    'import type { Construct } from "constructs";',
    ...(anyVariables ? [`import { TerraformStack, TerraformVariable } from ${JSON.stringify(runtimeModule())};`] : []),
    `import { MaintenanceWindow } from ${JSON.stringify(header.packageName)};`,
  );
  return [head.join("\n"), ...plans.map(windowFunction)].join("\n\n") + "\n";
}
