// globalSetup of the `e2e` project: the package is built and packed once (./build.ts), and ONE local
// AWS endpoint (local-aws/server.py) serves every e2e file of the run. Its address reaches the test
// workers by environment variable (workers are forked after this runs); test-support/shared-aws.ts
// reads it. Each file isolates itself by its own resource names and terraform directories, so the
// files do not depend on running in any order or alone. When the prerequisites are missing nothing
// is started here: each file's beforeAll reports what is missing.
import { checkPrerequisites, startLocalAws, type LocalAws } from "../../local-aws";
import { ensurePackage } from "./build";

export const ENDPOINT_ENV = "MWT_SHARED_LOCAL_AWS";

export default async function globalSetup(): Promise<void> {
  ensurePackage();
  if (process.env[ENDPOINT_ENV] || checkPrerequisites().length > 0) return;
  const aws = await startLocalAws();
  (globalThis as { __mwtSharedAws?: LocalAws }).__mwtSharedAws = aws;
  process.env[ENDPOINT_ENV] = JSON.stringify({ endpoint: aws.endpoint, port: aws.port, pid: aws.pid });
}
