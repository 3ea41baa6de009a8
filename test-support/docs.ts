// Every TypeScript block in README.md and help/*.md is compiled and synthesized by a test.
//
// A block is either a full program (it contains `new App(`; it runs as written, writing into
// CDKTF_OUTDIR) or a snippet, run inside a function that has the docs fixture in scope (`stack`,
// `window`, `windowTarget`, `role`, `bucket`, `topic`; see docs-fixture.ts). Imports of the package
// name are pointed at lib/. Info-string options after `ts`:
//   expect-errors=A,B   the construct must throw exactly these diagnostic codes
//   expect-warnings=A,B the block's tasks must report exactly these warning codes (and no error)
//   type-error          TypeScript must reject the block (it shows what the types prevent)
// A ```json block right after a ts block must equal the task resources the ts block synthesizes,
// keyed by construct id.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

export const ROOT = path.join(__dirname, "..");
export const PACKAGE_NAME = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).name as string;
/** Each test file generates into its own folder (jest runs files in parallel). */
export function buildDir(name: string): string {
  return path.join(ROOT, ".docs-build", name);
}

export interface DocBlock {
  file: string; // relative to ROOT
  line: number;
  lang: string;
  options: Record<string, string | true>;
  code: string;
  /** For a ts block: the json block that follows it, if any. */
  json?: DocBlock;
  /** Generated module path (ts blocks). */
  module?: string;
  fullProgram?: boolean;
}

export function docFiles(): string[] {
  const help = fs.existsSync(path.join(ROOT, "help")) ? fs.readdirSync(path.join(ROOT, "help")).filter((f) => f.endsWith(".md")).map((f) => `help/${f}`) : [];
  return ["README.md", ...help.sort()];
}

/** The fenced code blocks of a markdown file. */
export function parseBlocks(file: string): DocBlock[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const blocks: DocBlock[] = [];
  const fence = /^```(\w+)?([^\n]*)\n([\s\S]*?)^```\s*$/gm;
  for (let m; (m = fence.exec(text)); ) {
    const options: Record<string, string | true> = {};
    for (const opt of m[2].trim().split(/\s+/).filter(Boolean)) {
      const [k, v] = opt.split("=");
      options[k] = v ?? true;
    }
    blocks.push({ file, line: text.slice(0, m.index).split("\n").length, lang: m[1] ?? "", options, code: m[3] });
  }
  // Pair each json block with the ts block just before it.
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    if (b.lang === "json" && prev && isTs(prev)) prev.json = b;
  });
  return blocks;
}

export function isTs(b: DocBlock): boolean {
  return b.lang === "ts" || b.lang === "typescript";
}

/** Points imports of the package name (and its façade) at lib/, relative to `fromDir`. */
export function rewriteImports(code: string, fromDir: string): string {
  const rel = (p: string) => {
    const r = path.relative(fromDir, path.join(ROOT, p)).replace(/\\/g, "/");
    return r.startsWith(".") ? r : `./${r}`;
  };
  return code
    .replace(new RegExp(`(["'])${PACKAGE_NAME}/aws/control\\1`, "g"), `"${rel("lib/aws/control")}"`)
    .replace(new RegExp(`(["'])${PACKAGE_NAME}\\1`, "g"), `"${rel("lib")}"`);
}

/** Writes one module per ts block into `dir` (see buildDir) and returns the ts blocks. */
export function generateModules(BUILD_DIR: string): DocBlock[] {
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  const all = docFiles().flatMap(parseBlocks).filter(isTs);
  all.forEach((block, i) => {
    const name = `${block.file.replace(/[^a-z0-9]+/gi, "_")}_L${block.line}_${i}.ts`;
    block.module = path.join(BUILD_DIR, name);
    block.fullProgram = /new App\(/.test(block.code);
    const code = rewriteImports(block.code, BUILD_DIR);
    let source: string;
    if (block.fullProgram) {
      source = `${code}\nexport {};\n`;
    } else {
      const lines = code.split("\n");
      const imports = lines.filter((l) => /^import\s/.test(l));
      const body = lines.filter((l) => !/^import\s/.test(l));
      source = [
        `import { createFixture, type Fixture } from "${path.relative(BUILD_DIR, path.join(ROOT, "test-support/docs-fixture")).replace(/\\/g, "/")}";`,
        ...imports,
        "export function run(): Fixture {",
        "  const fixture = createFixture();",
        "  const { app, stack, window, windowTarget, role, bucket, topic } = fixture;",
        "  void app; void stack; void window; void windowTarget; void role; void bucket; void topic;",
        "  {",
        ...body.map((l) => `    ${l}`),
        "  }",
        "  return fixture;",
        "}",
        "",
      ].join("\n");
    }
    fs.writeFileSync(block.module, source);
  });
  return all;
}

/** Type-checks the generated modules in one program; returns the error messages per module. */
export function typecheck(blocks: DocBlock[]): Map<string, string[]> {
  const program = ts.createProgram(
    blocks.map((b) => b.module!),
    {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
      resolveJsonModule: true,
      types: ["node"],
      typeRoots: [path.join(ROOT, "node_modules/@types")],
    },
  );
  const out = new Map<string, string[]>(blocks.map((b) => [b.module!, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName;
    if (!file || !out.has(path.resolve(file))) continue;
    const line = d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1;
    out.get(path.resolve(file))!.push(`line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  return out;
}
