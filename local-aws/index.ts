/**
 * Start/stop the local AWS endpoint (moto + SSM maintenance-window patches,
 * see server.py) from tests and scripts.  Node built-ins only.
 *
 *   const aws = await startLocalAws({ logFile: "/tmp/requests.log" });
 *   spawnSync("terraform", ["apply"], { env: { ...process.env, ...aws.env } });
 *   await aws.stop();
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const REGION = "us-east-1";
export const START_TIMEOUT_MS = 30_000;
export const STOP_GRACE_MS = 5_000;

export interface LocalAwsOptions {
  /** Journal file: replayed on start, appended after each write (see README). */
  stateFile?: string;
  /** Append "<service> <Action> <status>" per request (LOCAL_AWS_LOG). */
  logFile?: string;
  /** Port to bind; 0 (default) picks a free one. */
  port?: number;
  /** Add each request's milliseconds (request read to response sent) as a 4th request-log field. */
  logTiming?: boolean;
  /** Compact the journal on start when it has at least this many requests (server default 1000; 0 = never). */
  compactMinEntries?: number;
  /** A different server.py (e.g. an older version, to compare against); default: the one next to this file. */
  script?: string;
}

export interface LocalAws {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  port: number;
  pid: number;
  /** Environment for the AWS SDKs / terraform provider to use this endpoint. */
  env: Record<string, string>;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
  stop(): Promise<void>;
  /** Send `signal` (e.g. SIGKILL to simulate a crash); resolves once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** What the server wrote to stderr (last 16 kB), e.g. its journal replay summary. */
  stderr(): string;
}

interface ReadyLine {
  port: number;
  pid: number;
}

/** server.py next to this file, or in the source tree when run from a build dir. */
export function serverScript(): string {
  const candidates = [
    path.join(__dirname, "server.py"),
    path.resolve(__dirname, "..", "..", "local-aws", "server.py"),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(`local-aws: server.py not found (looked in ${candidates.join(", ")})`);
  }
  return found;
}

/** Environment variables that point the AWS SDKs (Go v2 in the terraform provider included) at `endpoint`. */
export function localAwsEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ENDPOINT_URL_SSM: endpoint,
    AWS_ENDPOINT_URL_IAM: endpoint,
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ENDPOINT_URL_STS: endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    // No instance-metadata lookups (each would wait for a timeout here).
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

/** Arguments for server.py; shared with cli.ts. */
export function serverArgs(opts: LocalAwsOptions, exitWithParent: boolean): string[] {
  const args = [opts.script ? path.resolve(opts.script) : serverScript(), "--port", String(opts.port ?? 0)];
  if (opts.stateFile) args.push("--state-file", path.resolve(opts.stateFile));
  if (opts.logFile) args.push("--log-file", path.resolve(opts.logFile));
  if (opts.logTiming) args.push("--log-timing");
  if (opts.compactMinEntries !== undefined) args.push("--compact-min-entries", String(opts.compactMinEntries));
  if (exitWithParent) args.push("--exit-with-parent");
  return args;
}

/**
 * Resolve with the server's ready line ({"port","pid",...}) from its stdout.
 * Rejects on timeout or early exit, quoting what the server wrote to stderr
 * (`stderrTail()`), and kills the child on timeout.
 */
export function waitForReady(
  child: ChildProcess,
  stderrTail: () => string,
  timeoutMs = START_TIMEOUT_MS,
): Promise<ReadyLine> {
  return new Promise<ReadyLine>((resolve, reject) => {
    let buffered = "";
    const fail = (message: string): void => {
      cleanup();
      const stderr = stderrTail().trim();
      reject(new Error(`local-aws: ${message}${stderr ? `\n--- server stderr ---\n${stderr}` : ""}`));
    };
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString("utf8");
      const newline = buffered.indexOf("\n");
      if (newline < 0) return;
      const line = buffered.slice(0, newline).trim();
      try {
        const parsed = JSON.parse(line) as ReadyLine;
        if (typeof parsed.port !== "number" || typeof parsed.pid !== "number") {
          throw new Error("missing port/pid");
        }
        cleanup();
        resolve(parsed);
      } catch (error) {
        fail(`unexpected first line from server.py: ${JSON.stringify(line)} (${String(error)})`);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      fail(`server.py exited before it was ready (code ${code}, signal ${signal})`);
    };
    const onError = (error: Error): void => fail(`could not start python3: ${error.message}`);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(`server.py not ready after ${timeoutMs / 1000} s`);
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      child.off("error", onError);
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

/** True while a process with this id exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stop a server by process id: SIGTERM, then SIGKILL after `graceMs`.
 * Works for servers this process did not start (cli.ts stop).
 */
export async function stopPid(pid: number, graceMs = STOP_GRACE_MS): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return;
    await sleep(50);
  }
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  while (isAlive(pid)) await sleep(50);
}

/** Start server.py as a child of this process; it exits if this process dies. */
export async function startLocalAws(opts: LocalAwsOptions = {}): Promise<LocalAws> {
  const child = spawn("python3", serverArgs(opts, true), {
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
  });
  // Keep draining both pipes for the server's whole life (a full pipe would
  // block it), remembering the end of stderr for error messages.
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-16_384);
  });
  let ready: ReadyLine;
  try {
    ready = await waitForReady(child, () => stderr);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    throw error;
  }
  child.stdout?.resume();

  let exited = child.exitCode !== null || child.signalCode !== null;
  const exitPromise = new Promise<void>((resolve) => {
    if (exited) resolve();
    child.once("exit", () => {
      exited = true;
      resolve();
    });
  });

  const endpoint = `http://127.0.0.1:${ready.port}`;
  return {
    endpoint,
    port: ready.port,
    pid: ready.pid,
    env: localAwsEnv(endpoint),
    async stop(): Promise<void> {
      if (exited) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        if (!exited) child.kill("SIGKILL");
      }, STOP_GRACE_MS);
      await exitPromise;
      clearTimeout(timer);
    },
    async kill(signal: NodeJS.Signals): Promise<void> {
      if (exited) return;
      child.kill(signal);
      await exitPromise;
    },
    stderr: () => stderr,
  };
}

/** The moto release server.py patches (ssm_patches.py reaches into its internals). */
export const MOTO_VERSION = "5.2.1";

/**
 * What is missing to run the local endpoint (python3 with moto's server at MOTO_VERSION), as
 * sentences saying what to install.  Empty when everything is there.
 */
export function checkPython(): string[] {
  const python = spawnSync(
    "python3",
    ["-c", "import moto, moto.server, flask, flask_cors, werkzeug; print(moto.__version__)"],
    { encoding: "utf8" },
  );
  if (python.error) {
    return ["python3 not found on PATH: install Python 3.9+ (e.g. `apt-get install python3 python3-pip`), then `pip install 'moto[server]==5.2.1'`."];
  }
  if (python.status !== 0) {
    const lastLine = (python.stderr || "").trim().split("\n").pop() ?? "";
    return [`moto's server is not importable by python3 (${lastLine}): run \`pip install 'moto[server]==${MOTO_VERSION}'\`.`];
  }
  const version = python.stdout.trim();
  if (version !== MOTO_VERSION) {
    return [`python3 has moto ${version}; the local endpoint patches moto ${MOTO_VERSION}: run \`pip install 'moto[server]==${MOTO_VERSION}'\` (a virtualenv keeps it apart).`];
  }
  return [];
}

/**
 * What is missing to run local-aws and terraform, as sentences saying what
 * to install.  Empty when everything is there.
 */
export function checkPrerequisites(): string[] {
  const problems = checkPython();
  const terraform = spawnSync("terraform", ["version"], { encoding: "utf8" });
  if (terraform.error) {
    problems.push(
      "terraform not found on PATH: install Terraform 1.5+ (this repo is tested with 1.11.4) and make the hashicorp/aws 5.100.0 provider available (registry or a filesystem mirror).",
    );
  }
  return problems;
}
