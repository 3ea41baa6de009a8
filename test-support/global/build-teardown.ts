import * as fs from "node:fs";
import * as path from "node:path";
import { TARBALL_ENV } from "./build";

export default async function globalTeardown(): Promise<void> {
  const tarball = process.env[TARBALL_ENV];
  if (tarball) fs.rmSync(path.dirname(tarball), { recursive: true, force: true });
}
