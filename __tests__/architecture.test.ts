// The import graph of lib/ (rules in .dependency-cruiser.cjs, checked with dependency-cruiser):
// layers only import downwards, there is no circle, and only lib/core/runtime.ts imports cdktf or
// @cdktf/provider-aws. A fixture with one violation of each kind proves the rules bite.
// And no logic is copied between files of lib/ (jscpd 5.3.2).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..");
const DEPCRUISE = path.join(ROOT, "node_modules", ".bin", "depcruise");
const JSCPD = path.join(ROOT, "node_modules", ".bin", "jscpd");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string): { code: number | null; violations: Violation[]; stderr: string } {
  const r = spawnSync(DEPCRUISE, ["lib", "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json"], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  const out = JSON.parse(r.stdout || "{}") as { summary?: { violations: Violation[] } };
  return { code: r.status, violations: out.summary?.violations ?? [], stderr: r.stderr };
}

test("lib/ keeps its layers, has no circle, and only the runtime adapter imports cdktf or the provider", () => {
  const { code, violations, stderr } = cruise(ROOT);
  expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  expect(stderr).not.toMatch(/error/i);
  expect(code).toBe(0);
});

test("the rules catch an upward import, a circle and a runtime import outside the adapter", () => {
  // Inside the repo, so that "cdktf" resolves to node_modules the way lib/ resolves it.
  const dir = fs.mkdtempSync(path.join(ROOT, ".architecture-fixture-"));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write("lib/core/runtime.ts", 'export { Token } from "cdktf";\n');
    write("lib/core/diagnostics.ts", 'import "../task/normalize";\nexport const x = 1;\n');
    write("lib/task/normalize.ts", 'import { Token } from "cdktf";\nimport "./pipeline";\nexport const t = Token;\n');
    write("lib/task/pipeline.ts", 'import "./normalize";\nexport const p = 1;\n');
    const { violations } = cruise(dir);
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, "node_modules/")}`).sort();
    expect(found).toEqual(
      expect.arrayContaining([
        "core-imports-only-core: lib/core/diagnostics.ts → lib/task/normalize.ts",
        "no-circular: lib/task/normalize.ts → lib/task/pipeline.ts",
        "no-upward-layer-core: lib/core/diagnostics.ts → lib/task/normalize.ts",
        "no-upward-task-step-normalize-and-render: lib/task/normalize.ts → lib/task/pipeline.ts",
      ]),
    );
    expect(found.some((f) => /^runtime-only-in-adapter: lib\/task\/normalize\.ts → node_modules\/cdktf\//.test(f))).toBe(true);
    expect(found.some((f) => f.startsWith("runtime-only-in-adapter: lib/core/runtime.ts"))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("no code is copied between files of lib/ (jscpd, at least 60 tokens)", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jscpd-"));
  const r = spawnSync(JSCPD, ["lib", "--min-tokens", "60", "--reporters", "json", "--output", out, "--silent", "--format", "typescript"], { cwd: ROOT, encoding: "utf8" });
  if (r.error) throw r.error;
  const report = JSON.parse(fs.readFileSync(path.join(out, "jscpd-report.json"), "utf8")) as {
    duplicates: { firstFile: { name: string; start: number }; secondFile: { name: string; start: number }; lines: number }[];
  };
  const clones = report.duplicates.map((d) => `${d.firstFile.name}:${d.firstFile.start} ≈ ${d.secondFile.name}:${d.secondFile.start} (${d.lines} lines)`);
  expect(clones).toEqual([]);
});
