// The package is built and packed ONCE per jest run (the globalSetup of the `build` and `e2e`
// projects), and every test that needs the built package reads the result:
//   ./dist      what `npm run build` writes (package.test.ts checks the checkout's build);
//   the tarball what `npm pack` makes of it, as a publish would (prepack = the build).
//   the cdktn edition  generated from that tarball by scripts/editions.ts (packedTarball("cdktn")).
// No test builds ./dist or packs by itself, so no two tests write the same directory.
//
// The build runs in the background while the other tests run (it takes ~15 s of one core; nothing
// but these tests reads ./dist): the globalSetup starts `npm pack` and returns; a test that needs
// the package waits for it (packedTarball()). $MWT_PACKAGE_DIR names the directory where the
// tarball, npm's output and the exit status land.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "../..");
export const PACKAGE_DIR_ENV = "MWT_PACKAGE_DIR";
const WAIT_MS = 300_000;

/** Starts the build and pack (once per process tree: a second call reuses the first's directory). */
export function ensurePackage(): string {
  const known = process.env[PACKAGE_DIR_ENV];
  if (known && fs.existsSync(known)) return known;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-package-"));
  process.env[PACKAGE_DIR_ENV] = dir;
  // `npm pack` runs `prepack` (npm run build: removes ./dist, then tsc -p tsconfig.build.json into it), then packs
  // the `files` list: the tarball a publish would upload. The status file is written last.
  // Then the cdktn edition is generated from that tarball (scripts/editions.ts, what
  // `npm run pack:all` runs), into $1/cdktn, with its own output and status files (cdktn-*).
  const script = [
    `npm pack --pack-destination "$1" --silent > "$1/name" 2> "$1/stderr"; s=$?; echo $s > "$1/status.tmp"; mv "$1/status.tmp" "$1/status"`,
    `if [ $s -eq 0 ]; then node_modules/.bin/ts-node --transpile-only scripts/editions.ts "$1/$(tail -n 1 "$1/name")" "$1/cdktn" > "$1/cdktn-name" 2> "$1/cdktn-stderr"; s=$?; else echo "the cdktf edition's npm pack failed" > "$1/cdktn-stderr"; fi`,
    `echo $s > "$1/cdktn-status.tmp"; mv "$1/cdktn-status.tmp" "$1/cdktn-status"`,
  ].join("\n");
  const child = spawn("sh", ["-c", script, "sh", dir], { cwd: ROOT, stdio: "ignore" });
  child.unref();
  return dir;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The package editions the globalSetup makes: the repo's own (cdktf) and the generated cdktn one. */
export type Edition = "cdktf" | "cdktn";
const prefix = (edition: Edition) => (edition === "cdktf" ? "" : `${edition}-`);

/** Waits for the background build of an edition; returns its exit status and output. */
function waitForPackage(dir: string, edition: Edition = "cdktf"): { status: number; name: string; stderr: string } {
  const deadline = Date.now() + WAIT_MS;
  const file = (f: string) => path.join(dir, prefix(edition) + f);
  while (!fs.existsSync(file("status"))) {
    if (Date.now() > deadline) throw new Error(`the package build (npm pack in ${dir}) did not finish within ${WAIT_MS / 1000} s`);
    sleepSync(200);
  }
  const read = (f: string) => fs.readFileSync(file(f), "utf8");
  return { status: Number(read("status").trim()), name: read("name").trim().split("\n").pop() ?? "", stderr: read("stderr") };
}

/**
 * For tests: the tarball the globalSetup's `npm pack` made (waits for it; ./dist is built then
 * too), or with "cdktn" the cdktn edition generated from it (scripts/editions.ts).
 */
export function packedTarball(edition: Edition = "cdktf"): string {
  const dir = process.env[PACKAGE_DIR_ENV];
  if (!dir || !fs.existsSync(dir)) {
    throw new Error(`${PACKAGE_DIR_ENV} is not set: this test belongs to a jest project whose globalSetup builds the package (see jest.config.js); run it with npx jest, not in isolation.`);
  }
  const { status, name, stderr } = waitForPackage(dir, edition);
  const what = edition === "cdktf" ? "the package build failed (npm pack" : "the cdktn edition failed (scripts/editions.ts";
  if (status !== 0) throw new Error(`${what} exited ${status}):\n${stderr}`);
  const tarball = path.isAbsolute(name) ? name : path.join(dir, name);
  if (!name || !fs.existsSync(tarball)) throw new Error(`${what}) printed no tarball name (${JSON.stringify(name)}) in ${dir}`);
  return tarball;
}

/** For the teardown: waits for a build still running, then removes its directory. */
export function removePackage(): void {
  const dir = process.env[PACKAGE_DIR_ENV];
  if (!dir || !fs.existsSync(dir)) return;
  try {
    waitForPackage(dir, "cdktn");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    delete process.env[PACKAGE_DIR_ENV];
  }
}

export default async function globalSetup(): Promise<void> {
  ensurePackage();
}
