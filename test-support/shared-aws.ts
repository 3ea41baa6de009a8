// The e2e files' view of the run's ONE local AWS endpoint (started by test-support/global/e2e-setup.ts).
//
//   const aws = await sharedLocalAws();                              // the shared endpoint itself
//   const aws = await sharedLocalAws({ logFile, logTiming: true });  // through a logging proxy
//
// A file that reads a request log must see only its own requests, though other files use the same
// endpoint at the same time: with `logFile`, the file gets a small HTTP proxy of its own in front of
// the shared endpoint that writes server.py's log format ("<service> <Action> <status>[ <ms>ms]",
// see local-aws/server.py) for exactly the requests that went through it. `stop()` closes the proxy
// and never stops the shared endpoint (the globalTeardown does). Run without the globalSetup (e.g.
// another jest config), it starts a private endpoint instead, which `stop()` stops.
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
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

/** "<service> <Action>" of a signed AWS request: the service from the SigV4 scope, the action from X-Amz-Target or the query body. */
function describeRequest(req: http.IncomingMessage, body: Buffer): string {
  const service = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(String(req.headers.authorization ?? ""))?.[1] ?? "unknown";
  const target = req.headers["x-amz-target"];
  let action = typeof target === "string" ? target.slice(target.lastIndexOf(".") + 1) : "";
  if (!action) action = /(?:^|&)Action=([^&]+)/.exec(body.toString("utf8"))?.[1] ?? /[?&]Action=([^&]+)/.exec(req.url ?? "")?.[1] ?? req.method ?? "?";
  return `${service} ${action}`;
}

async function loggingProxy(upstreamPort: number, upstreamPid: number, logFile: string, logTiming: boolean): Promise<LocalAws> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const headers = { ...req.headers };
      delete headers["transfer-encoding"];
      delete headers.expect;
      headers["content-length"] = String(body.length);
      const upstream = http.request({ host: "127.0.0.1", port: upstreamPort, method: req.method, path: req.url, headers, agent }, (up) => {
        const parts: Buffer[] = [];
        up.on("data", (c: Buffer) => parts.push(c));
        up.on("end", () => {
          const payload = Buffer.concat(parts);
          const out = { ...up.headers };
          delete out["transfer-encoding"];
          delete out.connection;
          delete out["keep-alive"];
          if (req.method !== "HEAD") out["content-length"] = String(payload.length);
          const status = up.statusCode ?? 502;
          res.writeHead(status, out);
          res.end(req.method === "HEAD" ? undefined : payload);
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          fs.appendFileSync(logFile, `${describeRequest(req, body)} ${status}${logTiming ? ` ${ms.toFixed(2)}ms` : ""}\n`);
        });
      });
      upstream.on("error", (error) => {
        fs.appendFileSync(logFile, `${describeRequest(req, body)} 502${logTiming ? " 0ms" : ""}\n`);
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(`logging proxy: the shared local endpoint did not answer: ${error.message}`);
      });
      upstream.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    pid: upstreamPid,
    env: localAwsEnv(endpoint),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
    kill: async () => {
      throw new Error("the shared local endpoint belongs to the whole e2e run: a test that kills its endpoint starts its own (startLocalAws)");
    },
    stderr: () => "",
  };
}
