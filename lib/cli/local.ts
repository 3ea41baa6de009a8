// The local AWS endpoint (local-aws/server.py: moto 5.2.1 plus the SSM maintenance-window API) as a
// background service of one project: its state lives in <project>/.local-aws/, it listens on a port
// chosen once per project and reused on every start (an exported environment stays valid across
// restarts), and every successful write is journaled so that what was deployed survives a restart.
//
//   <project>/.local-aws/server.json   pid, port, endpoint of the running server (removed on stop)
//   <project>/.local-aws/port          the project's port, kept across stop/reset
//   <project>/.local-aws/state.jsonl   journal of the AWS state (reset removes it)
//   <project>/.local-aws/requests.log  one line per request (`ssm GetMaintenanceWindowTask 200`)
//   <project>/.local-aws/server.log    what the server wrote to stderr
//   <project>/.local-aws/terraform.rc  the Terraform CLI config written by `env`
//
// Node built-ins only; no cdktf.
import { spawn } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { checkPython, isAlive, localAwsEnv, serverArgs, stopPid, waitForReady, type LocalAwsOptions } from "../../local-aws";
import { terraformEnv } from "./terraform";
import { MaintenanceWindowError } from "../core/errors";

export const STATE_DIR_NAME = ".local-aws";
/** Ports tried for a project's first start: a block below Linux's ephemeral range (32768-60999). */
export const PORT_RANGE = { first: 20_000, size: 10_000 } as const;

export interface EndpointInfo {
  pid: number;
  port: number;
  endpoint: string;
  /** The journal, or null with --no-state. */
  stateFile: string | null;
  logFile: string;
  serverLog: string;
  startedAt: string;
}

export interface StartOptions {
  /** Listen here (and remember it); default: the remembered port, else one derived from the project's path. */
  port?: number;
  /** Journal file; null for none; default <state dir>/state.jsonl. */
  stateFile?: string | null;
  /** Request log; default <state dir>/requests.log. */
  logFile?: string;
}

/** An error a user can act on (printed without a stack trace). */
export class LocalEndpointError extends MaintenanceWindowError {
  constructor(message: string) {
    super(message);
    this.name = "LocalEndpointError";
  }
}

/** The project a command runs for: the nearest directory from `from` upwards with a package.json, else `from`. */
export function findProjectDir(from: string = process.cwd()): string {
  const start = path.resolve(from);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** Resolves true if nothing listens on 127.0.0.1:`port` (we could bind it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Resolves true if something accepts connections on 127.0.0.1:`port`. */
export function portAnswers(port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(timeoutMs);
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
}

/** The first port tried for a project: a stable function of its path. */
export function preferredPort(projectDir: string): number {
  const hash = crypto.createHash("sha256").update(path.resolve(projectDir)).digest();
  return PORT_RANGE.first + (hash.readUInt32BE(0) % PORT_RANGE.size);
}

export class LocalEndpoint {
  readonly stateDir: string;

  constructor(
    readonly projectDir: string,
    stateDir?: string,
  ) {
    this.stateDir = stateDir ?? path.join(projectDir, STATE_DIR_NAME);
  }

  get infoFile(): string {
    return path.join(this.stateDir, "server.json");
  }

  get portFile(): string {
    return path.join(this.stateDir, "port");
  }

  /** What server.json says, running or not. */
  recorded(): EndpointInfo | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.infoFile, "utf8")) as EndpointInfo;
    } catch {
      return undefined;
    }
  }

  /** The port this project's endpoint listens on, once it has started once. */
  rememberedPort(): number | undefined {
    try {
      const port = Number(fs.readFileSync(this.portFile, "utf8").trim());
      return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
    } catch {
      return undefined;
    }
  }

  /** The recorded server if it is alive and accepting connections. */
  async running(): Promise<EndpointInfo | undefined> {
    const info = this.recorded();
    if (!info || !isAlive(info.pid) || !this.isServerProcess(info.pid)) return undefined;
    return (await portAnswers(info.port)) ? info : undefined;
  }

  /** Whether `pid` is a server.py (where /proc tells; elsewhere assumed): never signal a recycled pid. */
  private isServerProcess(pid: number): boolean {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("server.py");
    } catch {
      return !fs.existsSync("/proc/self");
    }
  }

  /** Starts the endpoint in the background unless it runs; `started` says which. */
  async start(opts: StartOptions = {}): Promise<{ info: EndpointInfo; started: boolean }> {
    const existing = await this.running();
    if (existing) {
      if (opts.port !== undefined && opts.port !== existing.port) {
        throw new LocalEndpointError(`the local endpoint already runs on port ${existing.port} (pid ${existing.pid}); stop it first to move it to port ${opts.port}`);
      }
      return { info: existing, started: false };
    }
    const problems = checkPython();
    if (problems.length > 0) throw new LocalEndpointError(`cannot start the local AWS endpoint:\n  - ${problems.join("\n  - ")}`);
    fs.mkdirSync(this.stateDir, { recursive: true });
    const port = await this.choosePort(opts.port);
    const stateFile = opts.stateFile === null ? undefined : path.resolve(opts.stateFile ?? path.join(this.stateDir, "state.jsonl"));
    const logFile = path.resolve(opts.logFile ?? path.join(this.stateDir, "requests.log"));
    const serverLog = path.join(this.stateDir, "server.log");
    const launch: LocalAwsOptions = { port, stateFile, logFile };

    const offset = fs.existsSync(serverLog) ? fs.statSync(serverLog).size : 0;
    const stderrFd = fs.openSync(serverLog, "a");
    // Detached, in its own process group, stderr in a file: it outlives this process. stdout stays
    // a pipe only until the ready line.
    const child = spawn("python3", serverArgs(launch, false), { cwd: this.stateDir, detached: true, stdio: ["ignore", "pipe", stderrFd], env: process.env });
    fs.closeSync(stderrFd);
    const stderrTail = (): string => {
      try {
        return fs.readFileSync(serverLog, "utf8").slice(offset).slice(-4_000);
      } catch {
        return "";
      }
    };
    const ready = await waitForReady(child, stderrTail);
    child.stdout?.destroy();
    child.unref();

    const info: EndpointInfo = {
      pid: ready.pid,
      port: ready.port,
      endpoint: `http://127.0.0.1:${ready.port}`,
      stateFile: stateFile ?? null,
      logFile,
      serverLog,
      startedAt: new Date().toISOString(),
    };
    fs.writeFileSync(this.infoFile, JSON.stringify(info, null, 2) + "\n");
    fs.writeFileSync(this.portFile, `${ready.port}\n`);
    return { info, started: true };
  }

  private async choosePort(requested: number | undefined): Promise<number> {
    const fixed = requested ?? this.rememberedPort();
    if (fixed !== undefined) {
      if (await portIsFree(fixed)) return fixed;
      const why = requested !== undefined ? "" : ` (this project's port, kept in ${path.relative(this.projectDir, this.portFile)} so that exported environments stay valid)`;
      throw new LocalEndpointError(`port ${fixed}${why} is in use by another process: stop it, or start on another port with --port N`);
    }
    const first = preferredPort(this.projectDir);
    for (let i = 0; i < 50; i++) {
      const port = PORT_RANGE.first + ((first - PORT_RANGE.first + i) % PORT_RANGE.size);
      if (await portIsFree(port)) return port;
    }
    return 0; // let the OS choose; it is remembered all the same
  }

  /** Stops the endpoint if it runs; returns what was stopped. State and port are kept. */
  async stop(): Promise<EndpointInfo | undefined> {
    const info = this.recorded();
    let stopped: EndpointInfo | undefined;
    if (info && isAlive(info.pid) && this.isServerProcess(info.pid)) {
      await stopPid(info.pid);
      stopped = info;
    }
    fs.rmSync(this.infoFile, { force: true });
    return stopped;
  }

  /** Stops the endpoint and forgets every AWS object in it (the journal and the request log). */
  async reset(): Promise<EndpointInfo | undefined> {
    const stopped = await this.stop();
    for (const file of ["state.jsonl", "requests.log"]) fs.rmSync(path.join(this.stateDir, file), { force: true });
    return stopped;
  }

  /**
   * Everything the AWS SDKs, terraform and cdktf need to use the endpoint: AWS_ENDPOINT_URL(_*),
   * fake credentials, region, TF_CLI_CONFIG_FILE (a mirror config written into the state dir),
   * CHECKPOINT_DISABLE and TF_CLI_ARGS_providers_lock.
   */
  env(info: EndpointInfo, mirror: string | undefined): Record<string, string> {
    return { ...localAwsEnv(info.endpoint), ...terraformEnv(this.stateDir, mirror) };
  }
}
