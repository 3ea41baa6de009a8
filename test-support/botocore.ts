// python3 with botocore is a prerequisite of `npm test` (moto, which the local endpoint needs, brings
// botocore). The checks of a committed AWS-model extract against botocore's live model call this
// and fail with its message, instead of skipping silently, when it is missing.
import { spawnSync } from "node:child_process";

/** What is missing for a live botocore check (what to install), or undefined when python3 imports botocore. */
export function botocoreMissing(): string | undefined {
  const probe = spawnSync("python3", ["-c", "import botocore"], { encoding: "utf8" });
  if (probe.error) {
    return `python3 is not on PATH (${probe.error.message}): install Python 3, then \`python3 -m pip install botocore\` (or moto, which brings it), to check the committed extract against AWS's live model`;
  }
  if (probe.status !== 0) {
    return `python3 cannot import botocore: \`python3 -m pip install botocore\` (or moto, which brings it), to check the committed extract against AWS's live model. python3 said:\n${probe.stderr.trim()}`;
  }
  return undefined;
}

/** Throws botocoreMissing()'s message, if any: the first line of a live-model test. */
export function requireBotocore(): void {
  const missing = botocoreMissing();
  if (missing) throw new Error(missing);
}
