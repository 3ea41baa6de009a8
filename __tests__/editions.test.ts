// scripts/editions.ts on a miniature packed package: what the cdktn edition's rewrite changes,
// what it keeps, and that its checks bite (a leftover cdktf import, a rewrite that matches nothing).
// The real edition is built and installed by the build project (__tests__/terraform/consumer.test.ts).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CDKTF_NAME, CDKTN_NAME, EDITION, editionLeftovers, rewriteToCdktn } from "../scripts/editions";

const root = path.join(__dirname, "..");
let dir: string;

function write(rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}
const read = (rel: string) => fs.readFileSync(path.join(dir, rel), "utf8");

/** The smallest file set on which every rewrite of the edition applies once. */
function miniature(): void {
  write("package.json", JSON.stringify({ name: CDKTF_NAME, version: "1.2.3", scripts: { prepack: "npm run build" }, devDependencies: { cdktf: "0.21.0" }, peerDependencies: { cdktf: ">=0.21.0 <0.22" } }));
  write("dist/lib/core/runtime.js", 'var cdktf_1 = require("cdktf");\nexports.RUNTIME_MODULE = "cdktf";\nrequire("@cdktf/provider-aws/lib/ssm-maintenance-window");\n');
  write("dist/lib/core/runtime.d.ts", 'export declare const RUNTIME_MODULE = "cdktf";\nexport { Token } from "cdktf";\n');
  write(
    "dist/lib/checks/terraform-files.js",
    '/** The HCL parser\'s package: an optional peer dependency, which cdktf-cli already brings */\nexports.HCL_PARSER = "@cdktf/hcl2json";\n' +
      "`It comes with the CDKTF CLI (npm install -D cdktf-cli), or alone: npm install -D ${exports.HCL_PARSER}@0.21.0. `;\n",
  );
  write("dist/lib/core/app-report.js", `exports.FAIL_FAST_CONTEXT = "${CDKTF_NAME}:failFast";\nconst S = Symbol.for("${CDKTF_NAME}.Error");\nconst help = "help/x.md in the ${CDKTF_NAME} package";\n`);
  write("README.md", `# ${CDKTF_NAME}\n\nProse \`npx ${CDKTF_NAME} check\`.\n\n\`\`\`ts\nimport { App } from "cdktf";\nimport { AwsProvider } from "@cdktf/provider-aws/lib/provider";\nimport { MaintenanceWindowTask } from "${CDKTF_NAME}";\n\`\`\`\n\n\`\`\`sh\ncdktf deploy\n\`\`\`\n\n<!-- editions:verbatim -->\nBoth: ${CDKTF_NAME} and ${CDKTN_NAME}, \`from "cdktf"\`.\n<!-- /editions:verbatim -->\n`);
  write("help/cdktf-or-cdk-terrain.md", `\`\`\`diff\n-import { App } from "cdktf";\n+import { App } from "cdktn";\n\`\`\`\n`);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-editions-"));
  miniature();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the runtime adapter imports cdktn and @cdktn/provider-aws; generated code imports RUNTIME_MODULE = cdktn", () => {
  rewriteToCdktn(dir);
  expect(read("dist/lib/core/runtime.js")).toBe('var cdktf_1 = require("cdktn");\nexports.RUNTIME_MODULE = "cdktn";\nrequire("@cdktn/provider-aws/lib/ssm-maintenance-window");\n');
  expect(read("dist/lib/core/runtime.d.ts")).toBe('export declare const RUNTIME_MODULE = "cdktn";\nexport { Token } from "cdktn";\n');
  expect(read("dist/lib/checks/terraform-files.js")).toContain('"@cdktn/hcl2json"');
  expect(read("dist/lib/checks/terraform-files.js")).toContain("npm install -D cdktn-cli), or alone: npm install -D ${exports.HCL_PARSER}@0.24.0");
  expect(editionLeftovers(dir)).toEqual([]);
});

test("the package name changes in messages and docs; the context key and symbols stay; verbatim regions and the editions page stay", () => {
  rewriteToCdktn(dir);
  const report = read("dist/lib/core/app-report.js");
  expect(report).toContain(`"${CDKTF_NAME}:failFast"`);
  expect(report).toContain(`Symbol.for("${CDKTF_NAME}.Error")`);
  expect(report).toContain(`in the ${CDKTN_NAME} package`);
  const readme = read("README.md");
  expect(readme).toMatch(new RegExp(`^# ${CDKTN_NAME}\n\n> \\*\\*This is the CDK Terrain edition\\*\\*`));
  expect(readme).toContain(`npx ${CDKTN_NAME} check`);
  expect(readme).toContain(`import { App } from "cdktn";\nimport { AwsProvider } from "@cdktn/provider-aws/lib/provider";\nimport { MaintenanceWindowTask } from "${CDKTN_NAME}";`);
  expect(readme).toContain("```sh\ncdktn deploy\n```");
  expect(readme).toContain(`Both: ${CDKTF_NAME} and ${CDKTN_NAME}, \`from "cdktf"\`.`);
  expect(read("help/cdktf-or-cdk-terrain.md")).toContain('-import { App } from "cdktf";');
});

test("package.json: the edition's name, bin, peers and engines; no scripts, no devDependencies; the version stays", () => {
  rewriteToCdktn(dir);
  const manifest = JSON.parse(read("package.json"));
  expect(manifest).toMatchObject({ name: CDKTN_NAME, version: "1.2.3", bin: { [CDKTN_NAME]: "dist/lib/cli/main.js" }, engines: EDITION.engines });
  expect(manifest.peerDependencies).toEqual(EDITION.peerDependencies);
  expect(manifest.scripts).toBeUndefined();
  expect(manifest.devDependencies).toBeUndefined();
  expect(Object.keys(manifest.peerDependencies).filter((d) => d.includes("cdktf"))).toEqual([]);
});

test("the edition's peers are the versions installed here for it (cdktn, @cdktn/provider-aws, constructs)", () => {
  const installed = (name: string) => JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version as string;
  expect(EDITION.peerDependencies.cdktn).toBe(`>=${installed("cdktn")} <0.25`);
  expect(Number(installed("@cdktn/provider-aws").split(".")[0])).toBeLessThan(26);
  // constructs: the range cdktn itself declares.
  expect(EDITION.peerDependencies.constructs).toBe(JSON.parse(fs.readFileSync(path.join(root, "node_modules/cdktn/package.json"), "utf8")).peerDependencies.constructs);
});

test("a cdktf import left anywhere in the JS or declarations fails the rewrite", () => {
  write("dist/lib/task/leak.d.ts", 'import type { Token } from "cdktf";\nexport declare const x: import("@cdktf/provider-aws/lib/provider").AwsProvider;\n');
  expect(() => rewriteToCdktn(dir)).toThrow(/still refers to cdktf:\n {2}dist\/lib\/task\/leak\.d\.ts: from "cdktf"\n {2}dist\/lib\/task\/leak\.d\.ts: @cdktf\/provider-aws/);
});

test("a rewrite that no longer matches (the source moved on) fails the rewrite", () => {
  write("dist/lib/checks/terraform-files.js", 'exports.HCL_PARSER = "@cdktf/hcl2json";\n');
  expect(() => rewriteToCdktn(dir)).toThrow(/matched nothing: the source changed; update scripts\/editions\.ts/);
});

test("prose naming both editions' aws 6 bindings names only cdktn's (the Region prop's JSDoc and error)", () => {
  write("dist/lib/props/task-props.d.ts", "/**\n     * Needs aws 6: `@cdktf/provider-aws`\n     * ≥ 21 or `@cdktn/provider-aws`\n     * ≥ 23 (on 5.x an error).\n     */\n");
  write("dist/lib/core/region.js", "`Upgrade to @cdktf/provider-aws ≥ 21 (cdktf) or @cdktn/provider-aws ≥ 23 (CDK Terrain), both on hashicorp/aws 6; `\n");
  rewriteToCdktn(dir);
  expect(read("dist/lib/props/task-props.d.ts")).toBe("/**\n     * Needs aws 6: `@cdktn/provider-aws`\n     * ≥ 23 (on 5.x an error).\n     */\n");
  expect(read("dist/lib/core/region.js")).toBe("`Upgrade to @cdktn/provider-aws ≥ 23 (hashicorp/aws 6); `\n");
});
