// The strict parser shared by the package's CLI and `npm start`: what it understands, and that
// everything else is a usage error (exit 2) before anything runs.
import { EXIT_USAGE, integerOption, parseCommandLine, runCommandLine, usage, UsageError, type CommandSpec } from "../lib/cli/args";

const tool: CommandSpec = {
  name: "tool",
  summary: "A tool.",
  commands: [
    {
      name: "local",
      summary: "The local endpoint.",
      commands: [
        { name: "start", summary: "Start it.", options: { port: { type: "string", valueName: "N", description: "Port" }, "no-state": { type: "boolean", description: "No journal" } } },
        { name: "stop", summary: "Stop it." },
      ],
    },
  ],
};

const flat: CommandSpec = {
  name: "npm start --",
  summary: "Deploy.",
  options: { aws: { type: "boolean", description: "Real account" }, destroy: { type: "boolean", description: "Destroy" }, plan: { type: "boolean", description: "Plan" } },
  check: (v) => (v.plan && v.destroy ? "--plan and --destroy cannot be combined" : undefined),
};

function usageError(spec: CommandSpec, argv: string[]): UsageError {
  try {
    parseCommandLine(spec, argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`parsed: ${argv.join(" ")}`);
}

describe("parseCommandLine", () => {
  test("subcommands and options", () => {
    const r = parseCommandLine(tool, ["local", "start", "--port", "4566", "--no-state"]);
    expect(r.kind).toBe("run");
    if (r.kind !== "run") return;
    expect(r.path.map((c) => c.name)).toEqual(["tool", "local", "start"]);
    expect(r.values).toEqual({ port: "4566", "no-state": true });
    expect(parseCommandLine(tool, ["local", "start", "--port=4567"])).toMatchObject({ values: { port: "4567" } });
    expect(parseCommandLine(tool, ["local", "stop"])).toMatchObject({ kind: "run", values: {} });
  });

  test.each([
    [["--bogus"], "unknown option '--bogus'"],
    [["local", "start", "--prot", "1"], "unknown option '--prot' (did you mean --port?)"],
    [["local", "strat"], "unknown command 'strat' (did you mean start?)"],
    [["lcoal"], "unknown command 'lcoal' (did you mean local?)"],
    [["local"], "missing command: one of start, stop"],
    [[], "missing command: one of local"],
    [["local", "start", "extra"], "unexpected argument 'extra'"],
    [["local", "start", "-x"], "unknown option '-x'"],
    [["local", "start", "--port"], "option '--port' needs a value (--port N)"],
    [["local", "start", "--port", "--no-state"], "option '--port' needs a value"],
    [["local", "start", "--no-state=yes"], "option '--no-state' takes no value"],
    [["local", "start", "--no-state", "--no-state"], "option '--no-state' given twice"],
    [["local", "stop", "--port", "1"], "unknown option '--port'"],
    [["local", "--port", "1", "start"], "unknown option '--port'"],
    [["local", "start", "--", "x"], "unexpected argument 'x'"],
    [["local", "start", "--constructor"], "unknown option '--constructor'"],
  ])("%j is a usage error: %s", (argv, message) => {
    const error = usageError(tool, argv);
    expect(error.message).toContain(message);
    expect(error.exitCode).toBe(EXIT_USAGE);
    expect(error.usage).toMatch(/^Usage: tool/);
  });

  test("a typo of a flag of npm start is refused with a hint", () => {
    expect(usageError(flat, ["--destory", "--aws"]).message).toBe("unknown option '--destory' (did you mean --destroy?)");
    expect(usageError(flat, ["--plan", "--destroy"]).message).toBe("--plan and --destroy cannot be combined");
    expect(parseCommandLine(flat, ["--aws", "--destroy"])).toMatchObject({ kind: "run", values: { aws: true, destroy: true } });
    expect(parseCommandLine(flat, [])).toMatchObject({ kind: "run", values: {} });
  });

  test("--help and -h at every level give that level's usage, whatever else is on the line", () => {
    for (const [argv, first] of [
      [["--help"], "Usage: tool <command> [options]"],
      [["-h"], "Usage: tool <command> [options]"],
      [["local", "--help"], "Usage: tool local <command> [options]"],
      [["local", "start", "-h"], "Usage: tool local start [options]"],
      [["local", "start", "--bogus", "--help"], "Usage: tool local start [options]"],
    ] as const) {
      const r = parseCommandLine(tool, [...argv]);
      expect(r.kind).toBe("help");
      if (r.kind === "help") expect(r.text.split("\n")[0]).toBe(first);
    }
    expect(parseCommandLine(flat, ["--aws", "--help"])).toMatchObject({ kind: "help" });
    // After `--`, --help is an argument, not a request for help.
    expect(usageError(flat, ["--", "--help"]).message).toContain("unexpected argument '--help'");
  });
});

test("usage lists commands and options", () => {
  const text = usage([tool, tool.commands![0]]);
  expect(text).toContain("Commands:\n  start  Start it.\n  stop   Stop it.");
  expect(text).toContain("Options:\n  -h, --help  Show this help");
  expect(text).toContain("Run 'tool local <command> --help'");
  const start = usage([tool, tool.commands![0], tool.commands![0].commands![0]]);
  expect(start).toContain("Options:\n  --port N    Port\n  --no-state  No journal\n  -h, --help  Show this help\n");
});

test("integerOption", () => {
  const path = [tool];
  expect(integerOption({ port: "4566" }, "port", 1, 65535, path)).toBe(4566);
  expect(integerOption({}, "port", 1, 65535, path)).toBeUndefined();
  for (const bad of ["0", "65536", "12a", "1.5", "-3", " 1"]) {
    expect(() => integerOption({ port: bad }, "port", 1, 65535, path)).toThrow(UsageError);
  }
});

describe("runCommandLine", () => {
  function capture(spec: CommandSpec, argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const ran: string[][] = [];
    const code = runCommandLine(
      spec,
      argv,
      async (path) => {
        ran.push(path.map((c) => c.name));
        return 0;
      },
      { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    );
    return code.then((c) => ({ code: c, out: out.join(""), err: err.join(""), ran }));
  }

  test("an unknown flag: exit 2, the message and the usage on stderr, nothing run", async () => {
    const r = await capture(flat, ["--bogus"]);
    expect(r).toMatchObject({ code: 2, out: "", ran: [] });
    expect(r.err).toMatch(/^npm start --: unknown option '--bogus'\n\nUsage: npm start -- \[options\]/);
  });

  test("--help: exit 0, the usage on stdout, nothing run", async () => {
    const r = await capture(flat, ["--help"]);
    expect(r).toMatchObject({ code: 0, err: "", ran: [] });
    expect(r.out).toMatch(/^Usage: npm start -- \[options\]/);
  });

  test("a known command runs", async () => {
    expect(await capture(tool, ["local", "stop"])).toMatchObject({ code: 0, ran: [["tool", "local", "stop"]] });
  });

  test("a UsageError thrown by the command is exit 2 with the usage", async () => {
    const err: string[] = [];
    const code = await runCommandLine(
      tool,
      ["local", "start", "--port", "x"],
      async (path, values) => integerOption(values, "port", 1, 65535, path) ?? 0,
      { stdout: () => undefined, stderr: (t) => err.push(t) },
    );
    expect(code).toBe(2);
    expect(err.join("")).toContain("option '--port' must be a whole number from 1 to 65535 (got 'x')");
  });
});

test("a repeatable option collects its values in order; given once it is a list of one; others stay once-only", () => {
  const spec: CommandSpec = {
    name: "t",
    summary: "test",
    options: { window: { type: "string", description: "w", repeatable: true }, out: { type: "string", description: "o" } },
  };
  const parse = (argv: string[]) => parseCommandLine(spec, argv);
  expect(parse(["--window", "a", "--window=b", "--out", "f", "--window", "c"])).toMatchObject({ kind: "run", values: { window: ["a", "b", "c"], out: "f" } });
  expect(parse(["--window", "a"])).toMatchObject({ values: { window: ["a"] } });
  expect(() => parse(["--out", "a", "--out", "b"])).toThrow("option '--out' given twice");
  expect(usage([spec])).toContain("w (repeatable)");
});

describe("positional arguments (a command with `arguments`)", () => {
  const checker: CommandSpec = {
    name: "check",
    summary: "Check files.",
    arguments: { name: "paths", min: 1 },
    options: { format: { type: "string", valueName: "FORMAT", description: "Format" }, quiet: { type: "boolean", description: "Quiet" } },
  };

  test("are collected in order, between options; after -- every word is one", () => {
    expect(parseCommandLine(checker, ["a.tf", "--format", "json", "dir", "--quiet", "--", "--odd-name.tf"])).toMatchObject({
      kind: "run",
      values: { format: "json", quiet: true },
      args: ["a.tf", "dir", "--odd-name.tf"],
    });
  });

  test("fewer than min is a usage error, and the usage shows them", () => {
    expect(usageError(checker, ["--quiet"]).message).toBe("missing <paths...>: give at least 1");
    expect(usage([checker]).split("\n")[0]).toBe("Usage: check [options] <paths...>");
  });

  test("a command without `arguments` still takes options only", () => {
    expect(usageError(flat, ["x"]).message).toMatch(/unexpected argument 'x'/);
  });
});
