// The package's CLI without starting anything: every command's --help, the usage errors, the
// not-running answers, and the pieces `local env` is made of (mirror lookup, CLI config, quoting).
// The real endpoint, packed and installed, is __tests__/e2e/cli.test.ts.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findProjectDir, LocalEndpoint, PORT_RANGE, preferredPort } from "../lib/cli/local";
import { COMMANDS, EXIT_NOT_RUNNING, PROGRAM, rootCommand, runCli } from "../lib/cli/main";
import { AWS_PROVIDER_VERSION, cliConfig, exportLines, findProviderMirror, mirrorHasProvider, terraformEnv, terraformPlatform } from "../lib/cli/terraform";

let project: string;

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-cli-unit-"));
  fs.writeFileSync(path.join(project, "package.json"), "{}");
});

afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { projectDir: project, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const leaves = COMMANDS.flatMap((c) => (c.commands ?? []).map((s) => [c.name, s.name]));

describe("--help everywhere: exit 0, the usage of that command, nothing started", () => {
  test.each([[[]], [["local"]], ...leaves.map((l) => [l])])("%j --help", async (words) => {
    const r = await cli(...words, "--help");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")[0]).toBe(`Usage: ${[PROGRAM, ...words].join(" ")}${words.length < 2 ? " <command>" : ""} [options]`);
    expect(fs.existsSync(path.join(project, ".local-aws"))).toBe(false);
  });

  test("the local subcommands are the issue's", () => {
    expect(leaves.map((l) => l.join(" "))).toEqual(["local start", "local status", "local env", "local stop", "local reset"]);
    expect(rootCommand().commands!.map((c) => c.name)).toEqual(["local", "import", "check"]);
  });
});

describe("usage errors: exit 2, the message and the usage on stderr, nothing started", () => {
  test.each([
    [["--bogus"], "unknown option '--bogus'", `Usage: ${PROGRAM} <command>`],
    [[], "missing command: one of local, import, check", `Usage: ${PROGRAM} <command>`],
    [["chek"], "unknown command 'chek' (did you mean check?)", `Usage: ${PROGRAM} <command>`],
    [["check"], "missing <paths...>: give at least 1", `Usage: ${PROGRAM} check [options] <paths...>`],
    [["local"], "missing command: one of start, status, env, stop, reset", `Usage: ${PROGRAM} local <command>`],
    [["local", "star"], "unknown command 'star' (did you mean start?)", `Usage: ${PROGRAM} local <command>`],
    [["local", "start", "--prot", "4566"], "unknown option '--prot' (did you mean --port?)", `Usage: ${PROGRAM} local start`],
    [["local", "start", "--port", "0"], "option '--port' must be a whole number from 1 to 65535 (got '0')", `Usage: ${PROGRAM} local start`],
    [["local", "start", "--port", "http"], "option '--port' must be a whole number from 1 to 65535 (got 'http')", `Usage: ${PROGRAM} local start`],
    [["local", "start", "--no-state", "--state-file", "x"], "--no-state and --state-file cannot be combined", `Usage: ${PROGRAM} local start`],
    [["local", "status", "--port", "1"], "unknown option '--port'", `Usage: ${PROGRAM} local status`],
    [["local", "env", "bash"], "unexpected argument 'bash'", `Usage: ${PROGRAM} local env`],
    [["local", "stop", "--force"], "unknown option '--force'", `Usage: ${PROGRAM} local stop`],
    [["local", "reset", "--yes"], "unknown option '--yes'", `Usage: ${PROGRAM} local reset`],
  ])("%j", async (argv, message, usageLine) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${PROGRAM}: ${message}`);
    expect(r.stderr).toContain(usageLine);
    expect(fs.existsSync(path.join(project, ".local-aws"))).toBe(false);
  });
});

describe("without a running endpoint", () => {
  test("status: exit 3", async () => {
    expect(await cli("local", "status")).toMatchObject({ code: EXIT_NOT_RUNNING, stdout: expect.stringContaining("local AWS endpoint not running") });
    const json = await cli("local", "status", "--json");
    expect(JSON.parse(json.stdout)).toEqual({ running: false, port: null });
  });

  test("env: exit 3, says how to start it, prints nothing to eval", async () => {
    const r = await cli("local", "env");
    expect(r).toMatchObject({ code: EXIT_NOT_RUNNING, stdout: "" });
    expect(r.stderr).toContain(`start it with: npx ${PROGRAM} local start`);
  });

  test("stop and reset: exit 0", async () => {
    expect(await cli("local", "stop")).toMatchObject({ code: 0, stdout: "local AWS endpoint not running\n" });
    expect((await cli("local", "reset")).code).toBe(0);
  });

  test("a stale server.json (dead pid) is not a running endpoint, and stop does not signal it", async () => {
    fs.mkdirSync(path.join(project, ".local-aws"));
    const dead = Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }));
    fs.writeFileSync(path.join(project, ".local-aws", "server.json"), JSON.stringify({ pid: dead, port: 1, endpoint: "http://127.0.0.1:1" }));
    fs.writeFileSync(path.join(project, ".local-aws", "port"), "21234\n");
    expect(await new LocalEndpoint(project).running()).toBeUndefined();
    expect(JSON.parse((await cli("local", "status", "--json")).stdout)).toEqual({ running: false, port: 21234 });
    expect((await cli("local", "stop")).stdout).toBe("local AWS endpoint not running\n");
    expect(fs.existsSync(path.join(project, ".local-aws", "server.json"))).toBe(false);
    expect(fs.existsSync(path.join(project, ".local-aws", "port"))).toBe(true);
  });

  test("a server.json naming a live process that is not server.py is not signalled", async () => {
    fs.mkdirSync(path.join(project, ".local-aws"));
    fs.writeFileSync(path.join(project, ".local-aws", "server.json"), JSON.stringify({ pid: process.pid, port: 1, endpoint: "http://127.0.0.1:1" }));
    expect((await cli("local", "stop")).stdout).toBe("local AWS endpoint not running\n");
  });
});

describe("the project and its port", () => {
  test("the project is the nearest directory with a package.json", () => {
    const sub = path.join(project, "src", "stacks");
    fs.mkdirSync(sub, { recursive: true });
    expect(findProjectDir(sub)).toBe(project);
    expect(new LocalEndpoint(findProjectDir(sub)).stateDir).toBe(path.join(project, ".local-aws"));
  });

  test("the first port is a stable function of the project's path, in the range below the ephemeral ports", () => {
    const port = preferredPort(project);
    expect(preferredPort(project)).toBe(port);
    expect(preferredPort(project + "-other")).not.toBe(port);
    expect(port).toBeGreaterThanOrEqual(PORT_RANGE.first);
    expect(port).toBeLessThan(PORT_RANGE.first + PORT_RANGE.size);
  });
});

describe("what local env is made of", () => {
  function fakeMirror(layout: "unpacked" | "packed" | "other-version"): string {
    const dir = path.join(project, "mirror");
    const base = path.join(dir, "registry.terraform.io", "hashicorp", "aws");
    if (layout === "packed") {
      fs.mkdirSync(base, { recursive: true });
      fs.writeFileSync(path.join(base, `terraform-provider-aws_${AWS_PROVIDER_VERSION}_${terraformPlatform()}.zip`), "");
    } else {
      const version = layout === "unpacked" ? AWS_PROVIDER_VERSION : "5.99.0";
      fs.mkdirSync(path.join(base, version, terraformPlatform()), { recursive: true });
      fs.writeFileSync(path.join(base, version, terraformPlatform(), `terraform-provider-aws_v${version}_x5`), "");
    }
    return dir;
  }

  test("a mirror is found in TF_PROVIDER_MIRROR, unpacked or packed, only with the bound version", () => {
    expect(terraformPlatform("linux", "x64")).toBe("linux_amd64");
    expect(terraformPlatform("darwin", "arm64")).toBe("darwin_arm64");
    expect(terraformPlatform("win32", "x64")).toBe("windows_amd64");
    const unpacked = fakeMirror("unpacked");
    expect(mirrorHasProvider(unpacked)).toBe(true);
    expect(findProviderMirror({ TF_PROVIDER_MIRROR: unpacked })).toBe(unpacked);
    fs.rmSync(unpacked, { recursive: true });
    expect(mirrorHasProvider(fakeMirror("packed"))).toBe(true);
    fs.rmSync(unpacked, { recursive: true });
    expect(mirrorHasProvider(fakeMirror("other-version"))).toBe(false);
  });

  test("the CLI config takes hashicorp/aws from the mirror only; without a mirror it is empty", () => {
    expect(cliConfig("/opt/tf-plugins")).toContain(
      'provider_installation {\n  filesystem_mirror {\n    path    = "/opt/tf-plugins"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n',
    );
    expect(cliConfig("/a/${b}")).toContain('path    = "/a/$${b}"');
    expect(cliConfig(undefined)).not.toContain("provider_installation");
  });

  test("terraformEnv writes the config into the state dir and points providers lock at the mirror", () => {
    const dir = path.join(project, ".local-aws");
    expect(terraformEnv(dir, "/opt/tf-plugins")).toEqual({
      TF_CLI_CONFIG_FILE: path.join(dir, "terraform.rc"),
      CHECKPOINT_DISABLE: "1",
      TF_CLI_ARGS_providers_lock: "-fs-mirror=/opt/tf-plugins",
    });
    expect(fs.readFileSync(path.join(dir, "terraform.rc"), "utf8")).toContain("filesystem_mirror");
    expect(terraformEnv(dir, "/my mirrors/tf").TF_CLI_ARGS_providers_lock).toBe('-fs-mirror="/my mirrors/tf"');
    expect(terraformEnv(dir, undefined)).toEqual({ TF_CLI_CONFIG_FILE: path.join(dir, "terraform.rc"), CHECKPOINT_DISABLE: "1" });
  });

  test("export lines survive eval in sh", () => {
    const vars = { A: "http://127.0.0.1:1", B: "-fs-mirror=\"/my mirrors/tf\"", C: "it's", D: "" };
    const lines = exportLines(vars);
    expect(lines.split("\n")[0]).toBe("export A=http://127.0.0.1:1");
    const echoed = execFileSync("sh", ["-c", `${lines}printf '%s\\n' "$A" "$B" "$C" "[$D]"`], { encoding: "utf8" });
    expect(echoed).toBe(`${vars.A}\n${vars.B}\n${vars.C}\n[]\n`);
  });
});
