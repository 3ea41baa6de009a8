// The e2e files' view of the run's ONE local AWS endpoint (started by test-support/global/e2e-setup.ts).
//
//   const aws = await sharedLocalAws();                              // the shared endpoint itself
//   const aws = await sharedLocalAws({ logFile, logTiming: true });  // through a logging proxy
//
// A file that reads a request log must see only its own requests, though other files use the same
// endpoint at the same time: with `logFile`, the file gets a small HTTP proxy of its own in front of
// the shared endpoint (in a worker thread) that writes server.py's log format ("<service> <Action> <status>[ <ms>ms]",
// see local-aws/server.py) for exactly the requests that went through it. `stop()` closes the proxy
// and never stops the shared endpoint (the globalTeardown does). Run without the globalSetup (e.g.
// another jest config), it starts a private endpoint instead, which `stop()` stops.
import { Worker } from "node:worker_threads";
import { localAwsEnv, startLocalAws, type LocalAws, type LocalAwsOptions } from "../local-aws";
import { ENDPOINT_ENV } from "./global/e2e-setup";

export interface SharedAwsOptions {
  /** Write a request log of this file's requests only (server.py's format). */
  logFile?: string;
  /** Add each request's milliseconds as a 4th field (as server.py's --log-timing). */
  logTiming?: boolean;
}

/** True when the run's shared endpoint is there (the e2e project's globalSetup started it). */
export function hasSharedEndpoint(): boolean {
  return !!process.env[ENDPOINT_ENV];
}

export async function sharedLocalAws(options: SharedAwsOptions = {}): Promise<LocalAws> {
  const shared = process.env[ENDPOINT_ENV];
  if (!shared) return startLocalAws(options as LocalAwsOptions);
  const { endpoint, port, pid } = JSON.parse(shared) as { endpoint: string; port: number; pid: number };
  if (!options.logFile) {
    return {
      endpoint,
      port,
      pid,
      env: localAwsEnv(endpoint),
      stop: async () => {},
      kill: async () => {
        throw new Error("the shared local endpoint belongs to the whole e2e run: a test that kills its endpoint starts its own (startLocalAws)");
      },
      stderr: () => "",
    };
  }
  return loggingProxy(port, pid, options.logFile, !!options.logTiming);
}

/**
 * The proxy, as plain JavaScript run in a worker thread: the tests call terraform with spawnSync,
 * which blocks their own thread's event loop, so a proxy in that thread would never answer.
 */
const PROXY_SOURCE = String.raw`
const fs = require("node:fs");
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { upstreamPort, logFile, logTiming } = workerData;

// "<service> <Action>" of a signed AWS request: the service from the SigV4 scope, the action from
// X-Amz-Target or the query-protocol body.
function describe(req, body) {
  const service = (/Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(String(req.headers.authorization || "")) || [])[1] || "unknown";
  const target = req.headers["x-amz-target"];
  let action = typeof target === "string" ? target.slice(target.lastIndexOf(".") + 1) : "";
  if (!action) action = (/(?:^|&)Action=([^&]+)/.exec(body.toString("utf8")) || /[?&]Action=([^&]+)/.exec(req.url || "") || [])[1] || req.method || "?";
  return service + " " + action;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const log = (status) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      fs.appendFileSync(logFile, describe(req, body) + " " + status + (logTiming ? " " + ms.toFixed(2) + "ms" : "") + "\n");
    };
    const headers = { ...req.headers };
    delete headers["transfer-encoding"];
    delete headers.expect;
    headers["content-length"] = String(body.length);
    const upstream = http.request({ host: "127.0.0.1", port: upstreamPort, method: req.method, path: req.url, headers, agent }, (up) => {
      const parts = [];
      up.on("data", (c) => parts.push(c));
      up.on("end", () => {
        const payload = Buffer.concat(parts);
        const out = { ...up.headers };
        delete out["transfer-encoding"];
        delete out.connection;
        delete out["keep-alive"];
        if (req.method !== "HEAD") out["content-length"] = String(payload.length);
        const status = up.statusCode || 502;
        res.writeHead(status, out);
        res.end(req.method === "HEAD" ? undefined : payload);
        log(status);
      });
    });
    upstream.on("error", (error) => {
      log(502);
      res.writeHead(502, { "content-type": "text/plain" });
      res.end("logging proxy: the shared local endpoint did not answer: " + error.message);
    });
    upstream.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ port: server.address().port }));
parentPort.on("message", (m) => {
  if (m === "stop") {
    server.closeAllConnections();
    server.close(() => { agent.destroy(); parentPort.postMessage("stopped"); });
  }
});
`;

async function loggingProxy(upstreamPort: number, upstreamPid: number, logFile: string, logTiming: boolean): Promise<LocalAws> {
  const worker = new Worker(PROXY_SOURCE, { eval: true, workerData: { upstreamPort, logFile, logTiming } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", (m: { port: number }) => resolve(m.port));
    worker.once("error", reject);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    pid: upstreamPid,
    env: localAwsEnv(endpoint),
    stop: async () => {
      await new Promise<void>((resolve) => {
        worker.once("message", () => resolve());
        worker.postMessage("stop");
      });
      await worker.terminate();
    },
    kill: async () => {
      throw new Error("the shared local endpoint belongs to the whole e2e run: a test that kills its endpoint starts its own (startLocalAws)");
    },
    stderr: () => "",
  };
}
