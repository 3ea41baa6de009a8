// The package is built and packed ONCE per jest run, before any test (the globalSetup of the
// `build` and `e2e` projects), and every test that needs the built package reads the result:
//   ./dist              what `npm run build` writes (package.test.ts checks the checkout's build);
//   $MWT_PACKAGE_TARBALL what `npm pack` makes of it, as a publish would (prepack = the build).
// No test builds ./dist or packs by itself, so no two tests write the same directory.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "../..");
export const TARBALL_ENV = "MWT_PACKAGE_TARBALL";

/** Builds ./dist and packs the package (once per process tree: a second call reuses the tarball). */
export function ensurePackage(): string {
  const known = process.env[TARBALL_ENV];
  if (known && fs.existsSync(known)) return known;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-package-"));
  // `npm pack` runs `prepack` (npm run build: tsc -p tsconfig.build.json into ./dist), then packs
  // the `files` list: the tarball a publish would upload.
  const name = execFileSync("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
    .trim()
    .split("\n")
    .pop()!;
  const tarball = path.join(dir, name);
  if (!fs.existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
  process.env[TARBALL_ENV] = tarball;
  return tarball;
}

/** For tests: the tarball the globalSetup packed (a clear error when run without it). */
export function packedTarball(): string {
  const tarball = process.env[TARBALL_ENV];
  if (!tarball || !fs.existsSync(tarball)) {
    throw new Error(`${TARBALL_ENV} is not set: this test belongs to a jest project whose globalSetup builds the package (see jest.config.js); run it with npx jest, not in isolation.`);
  }
  return tarball;
}

export default async function globalSetup(): Promise<void> {
  ensurePackage();
}
