/**
 * Background local AWS endpoint for manual use (e.g. `npm start`).
 *
 *   ts-node local-aws/cli.ts start [--port N] [--state-file PATH | --no-state] [--log-file PATH]
 *   ts-node local-aws/cli.ts status     # exit 0 running, 3 not running
 *   ts-node local-aws/cli.ts env        # `eval "$(... env)"` to point a shell at it
 *   ts-node local-aws/cli.ts stop
 *   ts-node local-aws/cli.ts reset      # stop, then forget all AWS state
 *
 * State lives in <repo>/.local-aws/: server.json (pid, port, endpoint),
 * server.log (server stderr), state.jsonl (journal, kept across restarts so a
 * deployed stack survives `stop`/`start`) and requests.log.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import {
  isAlive,
  localAwsEnv,
  serverArgs,
  stopPid,
  waitForReady,
  type LocalAwsOptions,
} from "./index";

const ROOT = path.resolve(__dirname, "..");
const DIR = path.join(ROOT, ".local-aws");
const INFO = path.join(DIR, "server.json");

interface ServerInfo {
  pid: number;
  port: number;
  endpoint: string;
  stateFile: string | null;
  logFile: string;
  startedAt: string;
}

function readInfo(): ServerInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(INFO, "utf8")) as ServerInfo;
  } catch {
    return undefined;
  }
}

/** A recorded server that is still alive and accepting connections. */
async function runningServer(): Promise<ServerInfo | undefined> {
  const info = readInfo();
  if (!info || !isAlive(info.pid)) return undefined;
  const listening = await new Promise<boolean>((resolve) => {
    const socket = net.connect(info.port, "127.0.0.1");
    socket.setTimeout(2_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
  return listening ? info : undefined;
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

async function start(args: string[]): Promise<number> {
  const existing = await runningServer();
  if (existing) {
    console.log(`local-aws already running: ${existing.endpoint} (pid ${existing.pid})`);
    return 0;
  }
  fs.mkdirSync(DIR, { recursive: true });
  const opts: LocalAwsOptions = {
    port: Number(flag(args, "--port") ?? 0),
    stateFile: args.includes("--no-state")
      ? undefined
      : (flag(args, "--state-file") ?? path.join(DIR, "state.jsonl")),
    logFile: flag(args, "--log-file") ?? path.join(DIR, "requests.log"),
  };
  const stderrPath = path.join(DIR, "server.log");
  const stderrFd = fs.openSync(stderrPath, "a");
  // Detached, in its own process group, with stderr in a file: it must
  // outlive this CLI.  stdout stays a pipe just long enough for the ready line.
  const child = spawn("python3", serverArgs(opts, false), {
    detached: true,
    stdio: ["ignore", "pipe", stderrFd],
    env: process.env,
  });
  fs.closeSync(stderrFd);
  const stderrTail = (): string => {
    try {
      return fs.readFileSync(stderrPath, "utf8").slice(-4_000);
    } catch {
      return "";
    }
  };
  const ready = await waitForReady(child, stderrTail);
  child.stdout?.destroy();
  child.unref();

  const endpoint = `http://127.0.0.1:${ready.port}`;
  const info: ServerInfo = {
    pid: ready.pid,
    port: ready.port,
    endpoint,
    stateFile: opts.stateFile ? path.resolve(opts.stateFile) : null,
    logFile: path.resolve(opts.logFile as string),
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(INFO, JSON.stringify(info, null, 2) + "\n");
  console.log(`local-aws running: ${endpoint} (pid ${ready.pid}); details in ${path.relative(ROOT, INFO)}`);
  return 0;
}

async function status(): Promise<number> {
  const info = await runningServer();
  if (!info) {
    console.log("local-aws not running");
    return 3;
  }
  console.log(JSON.stringify({ running: true, ...info }, null, 2));
  return 0;
}

async function env(): Promise<number> {
  const info = await runningServer();
  if (!info) {
    console.error("local-aws not running (start it with: local-aws/cli.ts start)");
    return 3;
  }
  for (const [key, value] of Object.entries(localAwsEnv(info.endpoint))) {
    console.log(`export ${key}=${value}`);
  }
  return 0;
}

async function stop(): Promise<number> {
  const info = readInfo();
  if (info && isAlive(info.pid)) {
    await stopPid(info.pid);
    console.log(`local-aws stopped (pid ${info.pid})`);
  } else {
    console.log("local-aws not running");
  }
  fs.rmSync(INFO, { force: true });
  return 0;
}

async function reset(): Promise<number> {
  await stop();
  for (const file of ["state.jsonl", "requests.log"]) {
    fs.rmSync(path.join(DIR, file), { force: true });
  }
  console.log("local-aws state cleared");
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "start":
      return start(rest);
    case "status":
      return status();
    case "env":
      return env();
    case "stop":
      return stop();
    case "reset":
      return reset();
    default:
      console.error("usage: cli.ts start [--port N] [--state-file PATH | --no-state] [--log-file PATH] | status | env | stop | reset");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
