import type { LocalAws } from "../../local-aws";
import buildTeardown from "./build-teardown";
import { ENDPOINT_ENV } from "./e2e-setup";

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __mwtSharedAws?: LocalAws };
  const aws = holder.__mwtSharedAws;
  if (aws) {
    const stderr = aws.stderr();
    await aws.stop();
    delete holder.__mwtSharedAws;
    delete process.env[ENDPOINT_ENV];
    if (/Traceback/.test(stderr)) process.stderr.write(`shared local AWS endpoint logged a traceback:\n${stderr}\n`);
  }
  await buildTeardown();
}
