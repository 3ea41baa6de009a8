// Issue 18 at the HTTP level: local-aws/http_check.py talks raw HTTP/1.1 to a server script and
// checks what arrives on which connection -- above all that a response's body arrives with its
// headers (the provider's Go SDK loses the body otherwise; see local-aws/http11.py), and keep-alive,
// pipelining, Expect: 100-continue, chunked bodies, HEAD.
//
// LOCAL_AWS_HTTP_CHECK_SERVER=/path/to/server.py runs the same checks against another version, e.g.
// the one before the fix:
//   d=$(mktemp -d); git show <rev>:local-aws/server.py > $d/server.py; git show <rev>:local-aws/ssm_patches.py > $d/ssm_patches.py
//   LOCAL_AWS_HTTP_CHECK_SERVER=$d/server.py npx jest --selectProjects e2e -- __tests__/e2e/local-aws-http.test.ts
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { checkPrerequisites } from "../../local-aws";

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const CHECK_SCRIPT = path.resolve(__dirname, "..", "..", "local-aws", "http_check.py");
const server = process.env.LOCAL_AWS_HTTP_CHECK_SERVER;
const prerequisites = checkPrerequisites().filter((p) => !p.startsWith("terraform"));
let checks: Check[] = [];

beforeAll(() => {
  if (prerequisites.length > 0) throw new Error(`These checks need:\n- ${prerequisites.join("\n- ")}`);
  const r = spawnSync("python3", [CHECK_SCRIPT, ...(server ? ["--server", server] : [])], { encoding: "utf8", timeout: 300_000 });
  if (r.error) throw r.error;
  try {
    checks = (JSON.parse(r.stdout) as { checks: Check[] }).checks;
  } catch {
    throw new Error(`http_check.py printed no result (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`HTTP checks against ${server ?? "local-aws/server.py"}:\n${checks.map((c) => `${c.ok ? "PASS" : "FAIL"} ${c.name}: ${c.detail}`).join("\n")}`);
});

test.each([
  "whole-response-in-first-read",
  "keep-alive",
  "pipelining",
  "expect-100-continue",
  "chunked-request-body",
  "error-keeps-connection",
  "head-without-body",
  "client-connection-close",
  "http-1.0-closes",
])("%s", (name) => {
  const check = checks.find((c) => c.name === name);
  expect(check).toBeDefined();
  expect({ name, ok: check?.ok, detail: check?.detail }).toEqual({ name, ok: true, detail: check?.detail });
});
