// help/maintenance-window.md: the codes table equals the construct's codes and levels, and the error
// shown under "When something is wrong" is what those props really throw. (Its ts and json blocks
// are compiled, synthesized and compared by __tests__/docs.test.ts like every help page's.)
import * as fs from "node:fs";
import * as path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { MaintenanceWindow, windowDiagnosticCodes } from "../../lib/window/maintenance-window";
import { parseBlocks, ROOT } from "../../test-support/docs";

const FILE = "help/maintenance-window.md";
const text = fs.readFileSync(path.join(ROOT, FILE), "utf8");

test("the page lists every window diagnostic code with its level, and nothing else", () => {
  const rows = [...text.matchAll(/^\|\s*`([A-Za-z0-9]+)`\s*\|\s*(error|warning)\s*\|/gm)].map((m) => [m[1], m[2]]);
  expect(Object.fromEntries(rows)).toEqual(windowDiagnosticCodes());
  expect(rows.length).toBe(Object.keys(windowDiagnosticCodes()).length);
});

test("every code is Window-prefixed PascalCase", () => {
  for (const code of Object.keys(windowDiagnosticCodes())) expect(code).toMatch(/^Window([A-Z][a-z0-9]*)+$/);
});

test("the error shown for the bad props is the error they throw", () => {
  const section = text.slice(text.indexOf("## When something is wrong"));
  const [props, shown] = parseBlocks(FILE).filter((b) => b.lang === "text" && text.indexOf(b.code) > text.indexOf("## When something is wrong"));
  expect(section).toContain(props.code);
  const stack = new TerraformStack(Testing.app(), "docs");
  let message = "";
  try {
    new Function("MaintenanceWindow", "stack", props.code)(MaintenanceWindow, stack);
    Testing.synth(stack);
  } catch (e) {
    // The report names the file:line that created the window; the page shows a user's main.ts.
    message = (e as Error).message.replace(/ \([^()]+:\d+:\d+\)$/m, " (main.ts:12:16)");
  }
  expect(message).toBe(shown.code.trimEnd());
});

test("the page has a front matter with a title and a description", () => {
  expect(text).toMatch(/^---\ntitle: Maintenance windows\ndescription: .+\n---\n/);
});
