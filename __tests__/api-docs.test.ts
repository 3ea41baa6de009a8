// The public props are documented: every property has JSDoc, and every optional one says with
// @default what AWS does when it is left out. The API reference is generated from that JSDoc.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";

const root = path.join(__dirname, "..");
const propsFile = path.join(root, "lib/props/task-props.ts");

interface Prop {
  name: string;
  optional: boolean;
  never: boolean;
  doc: string;
  tags: string[];
}

function propsOf(file: string): Prop[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const props: Prop[] = [];
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member)) continue;
      const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      props.push({
        name: `${node.name.text}.${member.name.getText(source)}`,
        optional: !!member.questionToken,
        never: member.type?.kind === ts.SyntaxKind.NeverKeyword,
        doc: docs.map((d) => (typeof d.comment === "string" ? d.comment : "")).join(" ").trim(),
        tags: docs.flatMap((d) => (d.tags ?? []).map((t) => t.tagName.text)),
      });
    }
  });
  return props;
}

const props = propsOf(propsFile).filter((p) => !p.never);

test("the props file declares the documented props", () => {
  expect(props.map((p) => p.name)).toEqual(expect.arrayContaining(["MaintenanceWindowTaskBaseProps.WindowId", "RunCommandParameters.TimeoutSeconds", "CloudFormationLoggingInfo.S3Bucket", "ApiLoggingInfo.S3BucketName"]));
});

test.each(props.map((p) => [p.name, p] as const))("%s has JSDoc", (_, p) => {
  expect(p.doc.length).toBeGreaterThan(5);
});

test.each(props.filter((p) => p.optional).map((p) => [p.name, p] as const))("optional %s has @default", (_, p) => {
  expect(p.tags).toContain("default");
});

test("npm run docs:api generates the API reference from the JSDoc", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-typedoc-"));
  execFileSync(process.execPath, [path.join(root, "node_modules/typedoc/bin/typedoc"), "--out", out], { cwd: root, stdio: "pipe" });
  const page = fs.readFileSync(path.join(out, "classes", fs.readdirSync(path.join(out, "classes")).find((f) => f.includes("MaintenanceWindowTask."))!), "utf8");
  expect(page).toContain("importId");
  const props = fs.readdirSync(path.join(out, "interfaces")).find((f) => f.includes("RunCommandParameters"))!;
  expect(fs.readFileSync(path.join(out, "interfaces", props), "utf8")).toContain("30–2592000");
  fs.rmSync(out, { recursive: true, force: true });
});
