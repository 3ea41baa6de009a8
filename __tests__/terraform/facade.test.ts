// The façade `<package>/aws/control` as a user gets it: the package built and packed with `npm pack`
// once per run by the build project's globalSetup (test-support/global/build.ts; so the `files`
// list applies), unpacked into a temp app whose peer dependencies are the repo's own, and
// imported by package name from native ESM (.mjs), plain CommonJS (.cjs) and TypeScript (nodenext
// .mts and .cts, bundler, node10). Every style must see the default export with `.SSM` and
// `.scoped`, the named exports `SSM` and `scoped`, and create tasks in the given stack, `await`
// included. Then the Alchemy docs page's four examples run as real .mjs modules with top-level
// await, verbatim but for the import line (`import { scoped } from "<package>/aws/control";
// const AWS = scoped(stack);`), and must get the diagnostics help/migrating.md documents for them.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { parseBlocks, isTs, type DocBlock } from "../../test-support/docs";
import { packedTarball } from "../../test-support/global/build";
import { removeDir } from "../../test-support/terraform";

jest.setTimeout(300_000);

const root = path.join(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; files: string[] };
const FIXTURES = path.join(root, "test-support/facade");
/** A copy of the docs page users copy from (the seed lives outside the repo; see the last test). */
const PAGE = "test-support/facade/alchemy-maintenance-window-task.md";
const SEED = path.join(root, "../shared/seed/alchemy-maintenance-window-task.md");
const SCOPED_IMPORT = `import { scoped } from "${pkg.name}/aws/control"; const AWS = scoped(stack);`;

let tmp: string;
let app: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-facade-"));
  // The tarball `npm pack` made of the build (once per run, test-support/global/build.ts), so the
  // `files` list applies exactly as for a publish.
  const tarball = packedTarball();
  app = path.join(tmp, "app");
  const installed = path.join(app, "node_modules", pkg.name);
  fs.mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  // Peer dependencies (and types): the repo's installed copies, linked rather than installed.
  for (const dep of ["cdktf", "constructs", "@cdktf/provider-aws", "@types/node"]) {
    fs.mkdirSync(path.dirname(path.join(app, "node_modules", dep)), { recursive: true });
    fs.symlinkSync(path.join(root, "node_modules", dep), path.join(app, "node_modules", dep), "dir");
  }
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "facade-app", version: "1.0.0", private: true }));
  fs.cpSync(FIXTURES, path.join(app, "facade"), { recursive: true });
}, 300_000);

afterAll(() => tmp && removeDir(tmp));

function run(file: string, args: string[] = []): string {
  return execFileSync(process.execPath, [file, ...args], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const ok = { construct: true, inStack: true, thenable: false, awaitGivesIt: true };
/** What exercise.cjs reports when a style works. */
const works = (style: string) => ({
  style,
  defaultHasSSM: true,
  defaultHasScoped: true,
  namedSSMIsDefaults: true,
  namedScopedIsDefaults: true,
  created: { viaDefault: ok, viaNamed: ok, viaScoped: ok, viaDefaultScoped: ok },
  synthesized: { viaDefault: 1, viaNamed: 2, viaScoped: 3, viaDefaultScoped: 4 },
});

test("native ESM (.mjs): the default import has .SSM and .scoped, SSM and scoped are named exports, also through aws/control.js", () => {
  const reports = JSON.parse(run("facade/contract.mjs"));
  expect(reports).toEqual([works("esm import"), works("esm namespace"), works("esm aws/control.js")]);
});

test("plain CommonJS (.cjs): require(...).SSM and .scoped, require(...).default.SSM, also through aws/control.js", () => {
  const reports = JSON.parse(run("facade/contract.cjs"));
  expect(reports).toEqual([works("require()"), works("require().default"), works("require(aws/control.js)")]);
});

// ---- TypeScript ---------------------------------------------------------------------------------

/** One TypeScript app, the same source in every module mode; `style` names it in the report. */
const typedApp = (style: string) => `
import type { TerraformStack } from "cdktf";
import { MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "${pkg.name}";
import AWS, { SSM, scoped, type ScopedAwsControl } from "${pkg.name}/aws/control";
import { exercise } from "./exercise.cjs";

// Compile-time only: the docs page's calls type-check through scoped(), and \`await\` gives the construct.
export async function typed(stack: TerraformStack, props: MaintenanceWindowTaskProps): Promise<MaintenanceWindowTask[]> {
  const bound: ScopedAwsControl = scoped(stack);
  const a: MaintenanceWindowTask = await bound.SSM.MaintenanceWindowTask("a", props);
  const b: MaintenanceWindowTask = AWS.SSM.MaintenanceWindowTask(stack, "b", props);
  const c: MaintenanceWindowTask = await SSM.MaintenanceWindowTask(stack, "c", props);
  const d: MaintenanceWindowTask = await AWS.scoped(stack).SSM.MaintenanceWindowTask("d", props);
  // @ts-expect-error -- the docs page's own call has no scope: it needs scoped(stack)
  AWS.SSM.MaintenanceWindowTask("e", props);
  // @ts-expect-error -- a bound façade takes no scope
  bound.SSM.MaintenanceWindowTask(stack, "f", props);
  return [a, b, c, d];
}

exercise(${JSON.stringify(style)}, { AWS, SSM, scoped, MaintenanceWindowTask }).then((report) => {
  process.stdout.write(JSON.stringify([report]));
});
`;

const BASE_OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: false, types: ["node"] };

/** Compiles `files` (relative to the app) in one program; returns the error messages per file, and emits `emit` (if any). */
function compile(files: string[], options: ts.CompilerOptions, emit: string[] = []): Record<string, string[]> {
  const abs = (f: string) => path.join(app, f);
  const fullOptions = { ...BASE_OPTIONS, typeRoots: [path.join(app, "node_modules/@types")], ...options };
  const host = ts.createCompilerHost(fullOptions);
  host.getCurrentDirectory = () => app;
  const program = ts.createProgram(files.map(abs), fullOptions, host);
  const errors: Record<string, string[]> = Object.fromEntries(files.map((f) => [f, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const where = d.file ? path.relative(app, d.file.fileName) : "<options>";
    const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0;
    (errors[where] ??= []).push(`line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  for (const f of emit) {
    const result = program.emit(program.getSourceFile(abs(f)));
    expect(result.emitSkipped).toBe(false);
  }
  return errors;
}

const noErrors = (files: string[]) => Object.fromEntries(files.map((f) => [f, []]));

test("TypeScript, module nodenext: .mts (ESM) and .cts (CommonJS) type-check against the installed declarations and run", () => {
  fs.writeFileSync(path.join(app, "facade/typed.mts"), typedApp("ts nodenext .mts"));
  fs.writeFileSync(path.join(app, "facade/typed.cts"), typedApp("ts nodenext .cts"));
  const files = ["facade/typed.mts", "facade/typed.cts"];
  expect(compile(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }, files)).toEqual(noErrors(files));
  expect(JSON.parse(run("facade/typed.mjs"))).toEqual([works("ts nodenext .mts")]);
  expect(JSON.parse(run("facade/typed.cjs"))).toEqual([works("ts nodenext .cts")]);
});

test("TypeScript, moduleResolution bundler: type-checks against the installed declarations", () => {
  fs.writeFileSync(path.join(app, "facade/typed-bundler.ts"), typedApp("ts bundler"));
  const files = ["facade/typed-bundler.ts"];
  expect(compile(files, { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true })).toEqual(noErrors(files));
});

test("TypeScript, module commonjs (node10 resolution: typesVersions, no exports): type-checks and runs", () => {
  fs.writeFileSync(path.join(app, "facade/typed-node10.ts"), typedApp("ts commonjs node10"));
  const files = ["facade/typed-node10.ts"];
  const options = { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true };
  expect(compile(files, options, files)).toEqual(noErrors(files));
  expect(JSON.parse(run("facade/typed-node10.js"))).toEqual([works("ts commonjs node10")]);
});

// ---- The docs page's examples -------------------------------------------------------------------

interface Example {
  id: string;
  code: string;
  /** The props object literal, as written. */
  props: string;
}

/** The docs page's four examples; each creates one task, `AWS.SSM.MaintenanceWindowTask("<id>", {...})`. */
function pageExamples(): Example[] {
  return parseBlocks(PAGE)
    .filter(isTs)
    .map((b) => {
      const m = /AWS\.SSM\.MaintenanceWindowTask\("([^"]+)", (\{[\s\S]*\})\);\s*$/.exec(b.code);
      if (!m) throw new Error(`${PAGE}:${b.line}: not an AWS.SSM.MaintenanceWindowTask("id", {...}) example`);
      return { id: m[1], code: b.code, props: m[2] };
    });
}

/** help/migrating.md's verbatim versions: the ts blocks with `expect-errors=`, by construct id. */
function documented(): Map<string, { block: DocBlock; codes: string[]; props: string }> {
  const out = new Map<string, { block: DocBlock; codes: string[]; props: string }>();
  for (const block of parseBlocks("help/migrating.md").filter(isTs)) {
    const codes = block.options["expect-errors"];
    const m = /new MaintenanceWindowTask\(stack, "([^"]+)", (\{[\s\S]*\})\);\s*$/.exec(block.code);
    if (typeof codes === "string" && m) out.set(m[1], { block, codes: codes.split(","), props: m[2] });
  }
  return out;
}

/** The example as a module: its import line (the page's first example has one; the others follow on from it) replaced by the scoped one. */
function withScopedImport(code: string): string {
  const importLine = /^import AWS from "alchemy\/aws\/control";$/m;
  return importLine.test(code) ? code.replace(importLine, SCOPED_IMPORT) : `${SCOPED_IMPORT}\n${code}`;
}

test("the docs page has four examples, and help/migrating.md shows each one's props verbatim with its expected errors", () => {
  const examples = pageExamples();
  expect(examples.map((e) => e.id)).toEqual(["basicMaintenanceTask", "advancedMaintenanceTask", "taskWithServiceRole", "taskWithCutoffBehavior"]);
  const docs = documented();
  for (const e of examples) {
    expect(docs.get(e.id)?.props).toBe(e.props);
  }
});

test("the docs page's four examples, run as .mjs through scoped(stack) verbatim, get the diagnostics help/migrating.md documents", () => {
  const examples = pageExamples();
  const docs = documented();
  const files = examples.map((e, i) => {
    const file = path.join(app, "facade", `docs-example-${i + 1}.mjs`);
    fs.writeFileSync(file, `import { stack } from "./docs-stack.mjs";\n${withScopedImport(e.code)}`);
    return file;
  });
  const results = JSON.parse(run("facade/run-docs-examples.mjs", files)) as {
    file: string;
    error: { name: string; message: string; diagnostics: { code: string; level?: string }[] | null } | null;
  }[];
  const got = examples.map((e, i) => {
    const error = results[i].error;
    const codes = error?.diagnostics?.filter((d) => d.level === undefined || d.level === "error").map((d) => d.code).sort();
    return { id: e.id, codes: codes ?? (error ? `${error.name}: ${error.message}` : "no error") };
  });
  expect(got).toEqual(examples.map((e) => ({ id: e.id, codes: [...docs.get(e.id)!.codes].sort() })));
});

test("the docs page's examples type-check through scoped(stack) (module nodenext, top-level await) exactly where help/migrating.md says they do", () => {
  const examples = pageExamples();
  const docs = documented();
  const files = examples.map((e, i) => {
    const file = `facade/docs-typed-${i + 1}.mts`;
    fs.writeFileSync(path.join(app, file), `import type { TerraformStack } from "cdktf";\ndeclare const stack: TerraformStack;\n${withScopedImport(e.code)}\nexport {};\n`);
    return file;
  });
  const errors = compile(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  expect(files.map((f, i) => ({ id: examples[i].id, compiles: errors[f].length === 0 }))).toEqual(
    examples.map((e) => ({ id: e.id, compiles: !docs.get(e.id)!.block.options["type-error"] })),
  );
  // The type errors are the documented mistakes, not the façade: unknown properties of the advanced example.
  const advanced = errors[files[examples.findIndex((e) => e.id === "advancedMaintenanceTask")]];
  expect(advanced.join("\n")).toMatch(/DocumentName|S3BucketOwner/);
});

(fs.existsSync(SEED) ? test : test.skip)("the repo's copy of the docs page is the page", () => {
  expect(fs.readFileSync(path.join(root, PAGE), "utf8")).toBe(fs.readFileSync(SEED, "utf8"));
});
