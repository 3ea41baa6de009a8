/**
 * Background local AWS endpoint of this repository (what `npm start` uses), from the source tree:
 *
 *   ts-node local-aws/cli.ts start [--port N] [--state-file PATH | --no-state] [--log-file PATH]
 *   ts-node local-aws/cli.ts status     # exit 0 running, 3 not running
 *   ts-node local-aws/cli.ts env        # `eval "$(... env)"` to point a shell at it
 *   ts-node local-aws/cli.ts stop
 *   ts-node local-aws/cli.ts reset      # stop, then forget all AWS state
 *
 * The same commands as the package's CLI (`npx cdktf-ssm-maintenance-window-task local ...`,
 * lib/cli/main.ts) for the repository itself: state in <repo>/.local-aws/ (server.json, port,
 * state.jsonl, requests.log, server.log), whatever the current directory.
 */
import * as path from "node:path";
import { localCommand, runCli } from "../lib/cli/main";

const ROOT = path.resolve(__dirname, "..");

runCli(process.argv.slice(2), {
  root: localCommand("local-aws/cli.ts"),
  projectDir: ROOT,
  localInvocation: "npx ts-node --transpile-only local-aws/cli.ts",
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
