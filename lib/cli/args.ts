// A strict command-line parser for the package's CLI and for `npm start`: subcommands, boolean
// `--flag`s, `--name VALUE` / `--name=VALUE`, and `-h` / `--help` at every level. Anything it does
// not know — a command, an option, a positional argument, an option given twice, options that
// contradict each other — is a UsageError (exit 2, printed with the usage), so that a typo never
// runs anything. Node built-ins only; no cdktf.
import { suggest } from "../core/suggest";
import { MaintenanceWindowError } from "../core/errors";

/** Exit status for a command line that was not understood (as getopt-style tools do). */
export const EXIT_USAGE = 2;

export interface OptionSpec {
  readonly type: "boolean" | "string";
  /** One line for the usage. */
  readonly description: string;
  /** Placeholder of a string option's value in the usage (`--port N`). */
  readonly valueName?: string;
  /** A string option that may be given more than once; its value is the list, in order. */
  readonly repeatable?: boolean;
}

export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

export interface CommandSpec {
  /** The word on the command line; for the root, the program's name as the usage shows it. */
  readonly name: string;
  /** One line: what the command does (the parent's command list and the usage). */
  readonly summary: string;
  /** More text for the command's own usage (paragraphs, examples). */
  readonly details?: string;
  /** Options by long name, without the leading `--`. */
  readonly options?: Readonly<Record<string, OptionSpec>>;
  /** Subcommands; a command with subcommands must be given one. */
  readonly commands?: readonly CommandSpec[];
  /** The command's positional arguments (`check <paths...>`): at least `min` of them. Without it, a command takes options only. */
  readonly arguments?: { readonly name: string; readonly min: number };
  /** Checks between options after parsing: a message rejects the command line. */
  readonly check?: (values: OptionValues) => string | undefined;
}

export type ParseResult =
  | { readonly kind: "help"; readonly path: readonly CommandSpec[]; readonly text: string }
  | { readonly kind: "run"; readonly path: readonly CommandSpec[]; readonly command: CommandSpec; readonly values: OptionValues; readonly args: readonly string[] };

/** A command line that was not understood; `usage` is the usage of the command it got to. */
export class UsageError extends MaintenanceWindowError {
  readonly exitCode = EXIT_USAGE;
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

const HELP_ROW: [string, string] = ["-h, --help", "Show this help"];

function hint(word: string, allowed: readonly string[], prefix = ""): string {
  const best = suggest(word, allowed);
  return best ? ` (did you mean ${prefix}${best}?)` : "";
}

function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The usage of the last command of `path` (root first). */
export function usage(path: readonly CommandSpec[]): string {
  const command = path[path.length - 1];
  const words = path.map((c) => c.name).join(" ");
  const options = Object.entries(command.options ?? {});
  const subcommands = command.commands ?? [];
  const args = command.arguments ? ` <${command.arguments.name}...>` : "";
  const lines = [`Usage: ${words}${subcommands.length ? " <command>" : ""} [options]${args}`, "", command.summary];
  if (command.details) lines.push("", command.details.trimEnd());
  if (subcommands.length) lines.push("", "Commands:", ...table(subcommands.map((c) => [c.name, c.summary])));
  const rows = options.map(([name, o]): [string, string] => [`--${name}${o.type === "string" ? ` ${o.valueName ?? "VALUE"}` : ""}`, `${o.description}${o.repeatable ? " (repeatable)" : ""}`]);
  lines.push("", "Options:", ...table([...rows, HELP_ROW]));
  if (subcommands.length) lines.push("", `Run '${words} <command> --help' for the options of a command.`);
  return lines.join("\n") + "\n";
}

/**
 * Parses `argv` (without node and the script) against `root`. Returns the command to run with its
 * option values, or the help text when `-h`/`--help` was given after a known command path; throws
 * a UsageError for anything else.
 */
export function parseCommandLine(root: CommandSpec, argv: readonly string[]): ParseResult {
  const path: CommandSpec[] = [root];
  let command = root;
  let i = 0;
  // Subcommands first: words up to the first option.
  while (command.commands?.length && i < argv.length && !argv[i].startsWith("-")) {
    const word = argv[i];
    const next = command.commands.find((c) => c.name === word);
    if (!next) {
      throw new UsageError(
        `unknown command '${word}'${hint(word, command.commands.map((c) => c.name))}`,
        usage(path),
      );
    }
    path.push(next);
    command = next;
    i++;
  }
  const rest = argv.slice(i);
  const end = rest.indexOf("--");
  const beforeEnd = end < 0 ? rest : rest.slice(0, end);
  if (beforeEnd.includes("--help") || beforeEnd.includes("-h")) return { kind: "help", path, text: usage(path) };

  const specs = command.options ?? {};
  const names = Object.keys(specs);
  const values: Record<string, string | boolean | string[]> = {};
  const args: string[] = [];
  for (let j = 0; j < rest.length; j++) {
    const token = rest[j];
    if (command.arguments && end >= 0 && j >= end) {
      if (j > end) args.push(token); // after `--`, every word is an argument (a path starting with "-")
      continue;
    }
    if (command.arguments && !token.startsWith("-")) {
      args.push(token);
      continue;
    }
    if (!token.startsWith("-") || token === "-" || token === "--") {
      const shown = token === "--" ? rest[j + 1] ?? "--" : token;
      if (command.commands?.length) {
        throw new UsageError(`unknown command '${shown}'${hint(shown, command.commands.map((c) => c.name))}`, usage(path));
      }
      throw new UsageError(`unexpected argument '${shown}' (${path.map((c) => c.name).join(" ")} takes options only)`, usage(path));
    }
    if (!token.startsWith("--")) {
      throw new UsageError(`unknown option '${token}'${hint(token.slice(1), names, "--")}`, usage(path));
    }
    const equals = token.indexOf("=");
    const name = token.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : token.slice(equals + 1);
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(`unknown option '--${name}'${hint(name, names, "--")}`, usage(path));
    if (name in values && !spec.repeatable) throw new UsageError(`option '--${name}' given twice`, usage(path));
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value (got '${token}')`, usage(path));
      values[name] = true;
      continue;
    }
    const value = inline ?? rest[j + 1];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("-"))) {
      throw new UsageError(`option '--${name}' needs a value (--${name} ${spec.valueName ?? "VALUE"})`, usage(path));
    }
    if (inline === undefined) j++;
    values[name] = spec.repeatable ? [...((values[name] as string[] | undefined) ?? []), value] : value;
  }
  if (command.commands?.length) {
    throw new UsageError(`missing command: one of ${command.commands.map((c) => c.name).join(", ")}`, usage(path));
  }
  if (command.arguments && args.length < command.arguments.min) {
    throw new UsageError(`missing <${command.arguments.name}...>: give at least ${command.arguments.min}`, usage(path));
  }
  const problem = command.check?.(values);
  if (problem) throw new UsageError(problem, usage(path));
  return { kind: "run", path, command, values, args };
}

/** A string option's value as a whole number in [min, max], or a UsageError naming the option. */
export function integerOption(values: OptionValues, name: string, min: number, max: number, path: readonly CommandSpec[]): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || n < min || n > max) {
    throw new UsageError(`option '--${name}' must be a whole number from ${min} to ${max} (got '${String(raw)}')`, usage(path));
  }
  return n;
}

/**
 * Runs `main` after parsing: prints the help (exit 0) or the usage error (exit 2, on stderr), else
 * returns what `run` returns. Nothing runs unless the whole command line was understood.
 */
export async function runCommandLine(
  root: CommandSpec,
  argv: readonly string[],
  run: (command: readonly CommandSpec[], values: OptionValues, args: readonly string[]) => Promise<number>,
  out: { stdout: (text: string) => void; stderr: (text: string) => void } = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
): Promise<number> {
  let parsed: ParseResult;
  try {
    parsed = parseCommandLine(root, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.stderr(`${root.name}: ${error.message}\n\n${error.usage}`);
    return EXIT_USAGE;
  }
  if (parsed.kind === "help") {
    out.stdout(parsed.text);
    return 0;
  }
  try {
    return await run(parsed.path, parsed.values, parsed.args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.stderr(`${root.name}: ${error.message}\n\n${error.usage}`);
    return EXIT_USAGE;
  }
}
