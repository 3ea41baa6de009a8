#!/usr/bin/env node
// The package's command line, `npx cdktf-ssm-maintenance-window-task <command>`:
//
//   local start|status|env|stop|reset   the local AWS endpoint of the project in the current directory
//   import                              generate the code for an account's windows (./import/)
//   check <paths...>                    judge *.tf / *.tf.json files with the construct's rules (./check)
//
// Commands are a tree of specs with a handler each (COMMANDS); a new command is one more entry. The
// parser is strict (./args): an unknown command or option is exit 2 with the usage, and nothing
// runs. Exit status: 0 ok, 1 failed (for check: an error was found), 2 usage, 3 the endpoint is not
// running (status, env). `check` imports its judge (the task and window pipelines, the HCL parser's
// WebAssembly) only when it runs, so `local` loads none of it.
import * as path from "node:path";
import { integerOption, runCommandLine, type CommandSpec, type OptionValues } from "./args";
import { findProjectDir, LocalEndpoint, STATE_DIR_NAME, type EndpointInfo } from "./local";
import { exportLines, findProviderMirror, missingMirrorMessage } from "./terraform";
import { importCommand } from "./import/command";
import { CHECK_COMMAND, runCheck } from "./check";
import { MaintenanceWindowError } from "../core/errors";

export const PROGRAM = "cdktf-ssm-maintenance-window-task";
export const EXIT_NOT_RUNNING = 3;

export interface CliContext {
  /** The project whose endpoint the commands manage (state in <projectDir>/.local-aws/). */
  readonly projectDir: string;
  /** How the user runs the `local` command, for the hints it prints. */
  readonly localInvocation: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

type Handler = (values: OptionValues, path: readonly CommandSpec[], ctx: CliContext, args: readonly string[]) => Promise<number>;

export interface Command extends CommandSpec {
  readonly run?: Handler;
  readonly commands?: readonly Command[];
}

function endpointOf(ctx: CliContext): LocalEndpoint {
  return new LocalEndpoint(ctx.projectDir);
}

function describe(info: EndpointInfo, endpoint: LocalEndpoint): string {
  const rel = (p: string) => path.relative(endpoint.projectDir, p) || ".";
  return [
    `  endpoint   ${info.endpoint} (pid ${info.pid}, port kept in ${rel(endpoint.portFile)})`,
    `  journal    ${info.stateFile ? rel(info.stateFile) : "none (--no-state)"}`,
    `  requests   ${rel(info.logFile)}`,
    `  server log ${rel(info.serverLog)}`,
  ].join("\n");
}

const start: Handler = async (values, path, ctx) => {
  const endpoint = endpointOf(ctx);
  const { info, started } = await endpoint.start({
    port: integerOption(values, "port", 1, 65535, path),
    stateFile: values["no-state"] ? null : (values["state-file"] as string | undefined),
    logFile: values["log-file"] as string | undefined,
  });
  ctx.stdout(`local AWS endpoint ${started ? "started" : "already running"}\n${describe(info, endpoint)}\n`);
  ctx.stdout(`Point a shell at it (AWS SDKs, terraform, cdktf deploy): eval "$(${ctx.localInvocation} env)"\n`);
  return 0;
};

const status: Handler = async (values, _path, ctx) => {
  const endpoint = endpointOf(ctx);
  const info = await endpoint.running();
  if (values.json) {
    ctx.stdout(JSON.stringify(info ? { running: true, ...info } : { running: false, port: endpoint.rememberedPort() ?? null }, null, 2) + "\n");
  } else if (info) {
    ctx.stdout(`local AWS endpoint running since ${info.startedAt}\n${describe(info, endpoint)}\n`);
  } else {
    const port = endpoint.rememberedPort();
    ctx.stdout(`local AWS endpoint not running${port ? ` (its port is ${port})` : ""}; start it with: ${ctx.localInvocation} start\n`);
  }
  return info ? 0 : EXIT_NOT_RUNNING;
};

const env: Handler = async (values, _path, ctx) => {
  const endpoint = endpointOf(ctx);
  const info = await endpoint.running();
  if (!info) {
    ctx.stderr(`${PROGRAM}: the local AWS endpoint is not running; start it with: ${ctx.localInvocation} start\n`);
    return EXIT_NOT_RUNNING;
  }
  const mirror = findProviderMirror();
  if (!mirror) ctx.stderr(`${PROGRAM}: warning: ${missingMirrorMessage()}\n`);
  const vars = endpoint.env(info, mirror);
  if (values.json) {
    ctx.stdout(JSON.stringify(vars, null, 2) + "\n");
  } else {
    ctx.stdout(`# local AWS endpoint ${info.endpoint} of ${endpoint.projectDir}; hashicorp/aws from ${mirror ?? "the registry"}\n${exportLines(vars)}`);
  }
  return 0;
};

const stop: Handler = async (_values, _path, ctx) => {
  const endpoint = endpointOf(ctx);
  const stopped = await endpoint.stop();
  const kept = path.relative(ctx.projectDir, endpoint.stateDir) || ".";
  ctx.stdout(stopped ? `local AWS endpoint stopped (pid ${stopped.pid}); its state is kept in ${kept}/\n` : "local AWS endpoint not running\n");
  return 0;
};

const reset: Handler = async (_values, _path, ctx) => {
  const stopped = await endpointOf(ctx).reset();
  ctx.stdout(`${stopped ? `local AWS endpoint stopped (pid ${stopped.pid}); ` : ""}its AWS state is forgotten (journal and request log removed)\n`);
  return 0;
};

/** The `local` command; `name` is the word that invokes it (the repo's local-aws/cli.ts uses it as its root). */
export function localCommand(name = "local"): Command {
  return {
    name,
    summary: "Run a local AWS endpoint (moto 5.2.1 with the SSM maintenance-window API) for offline deploys.",
    details: [
      `Its state lives in ${STATE_DIR_NAME}/ of the project (the nearest directory upwards with a package.json);`,
      "it listens on 127.0.0.1 on a port chosen once per project and reused on every start, and journals every",
      "write, so a deployed stack survives stop and start. Needs python3 with moto[server]==5.2.1.",
      "",
      "  npx cdktf-ssm-maintenance-window-task local start",
      '  eval "$(npx cdktf-ssm-maintenance-window-task local env)"',
      "  cdktf deploy",
      "  npx cdktf-ssm-maintenance-window-task local stop",
    ].join("\n"),
    commands: [
      {
        name: "start",
        summary: "Start the endpoint in the background (no-op if it runs).",
        options: {
          port: { type: "string", valueName: "N", description: "Listen on port N from now on (default: the project's port)" },
          "state-file": { type: "string", valueName: "PATH", description: `Journal file (default ${STATE_DIR_NAME}/state.jsonl)` },
          "no-state": { type: "boolean", description: "Keep the AWS state in memory only" },
          "log-file": { type: "string", valueName: "PATH", description: `Request log (default ${STATE_DIR_NAME}/requests.log)` },
        },
        check: (v) => (v["no-state"] && v["state-file"] ? "--no-state and --state-file cannot be combined" : undefined),
        run: start,
      },
      {
        name: "status",
        summary: "Say whether it runs (exit 0) or not (exit 3), and where.",
        options: { json: { type: "boolean", description: "Print JSON" } },
        run: status,
      },
      {
        name: "env",
        summary: "Print the environment for the AWS SDKs, terraform and cdktf: eval \"$(... local env)\".",
        details: [
          "AWS_ENDPOINT_URL(_SSM/_IAM/_S3/_STS/_DYNAMODB), fake credentials and region for the SDKs and the",
          `provider; TF_CLI_CONFIG_FILE (a CLI config in ${STATE_DIR_NAME}/ installing hashicorp/aws from the filesystem`,
          "mirror found in TF_PROVIDER_MIRROR, /opt/tf-plugins or ~/.terraform.d/plugins), CHECKPOINT_DISABLE=1, and",
          "TF_CLI_ARGS_providers_lock=-fs-mirror=<mirror> so that cdktf deploy's `terraform providers lock` step",
          "works offline on a new stack. Exit 3 if the endpoint is not running.",
        ].join("\n"),
        options: { json: { type: "boolean", description: "Print a JSON object instead of export lines" } },
        run: env,
      },
      { name: "stop", summary: "Stop the endpoint; its state and port are kept.", run: stop },
      { name: "reset", summary: "Stop the endpoint and forget its AWS state (the port is kept).", run: reset },
    ],
  };
}

/** The command tree. */
export const COMMANDS: readonly Command[] = [localCommand(), importCommand(), { ...CHECK_COMMAND, run: (values, path, ctx, args) => runCheck(values, path, args, ctx) }];

export function rootCommand(): Command {
  return {
    name: PROGRAM,
    summary: "Tools of the cdktf-ssm-maintenance-window-task package.",
    commands: COMMANDS,
  };
}

/** Runs a command line; resolves with the exit status. */
export async function runCli(argv: readonly string[], options: Partial<CliContext> & { root?: Command } = {}): Promise<number> {
  const ctx: CliContext = {
    projectDir: options.projectDir ?? findProjectDir(),
    localInvocation: options.localInvocation ?? `npx ${PROGRAM} local`,
    stdout: options.stdout ?? ((text) => process.stdout.write(text)),
    stderr: options.stderr ?? ((text) => process.stderr.write(text)),
  };
  const root = options.root ?? rootCommand();
  try {
    return await runCommandLine(
      root,
      argv,
      async (path, values, args) => {
        const handler = (path[path.length - 1] as Command).run;
        if (!handler) throw new MaintenanceWindowError(`no handler for ${path.map((c) => c.name).join(" ")}`);
        return handler(values, path, ctx, args);
      },
      ctx,
    );
  } catch (error) {
    // LocalEndpointError says what to do; other errors (a server that died on start) carry their cause.
    ctx.stderr(`${root.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // `... | head` closing the pipe is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
