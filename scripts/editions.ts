// The two editions of the package, from one source tree and one build:
//   cdktf-ssm-maintenance-window-task  what `npm pack` makes of this repo (cdktf 0.21, @cdktf/provider-aws)
//   cdktn-ssm-maintenance-window-task  the same packed files, rewritten for CDK Terrain (cdktn 0.24,
//                                      @cdktn/provider-aws), then packed
//
//   npm run pack:all                       both tarballs into dist/packages/
//   ts-node scripts/editions.ts <cdktf.tgz> <outDir>   the cdktn edition of a packed cdktf tarball
//
// The cdktn edition is generated, never kept by hand: the packed file set is unpacked into a
// staging directory, the runtime adapter's module specifiers (`cdktf` → `cdktn`,
// `@cdktf/provider-aws` → `@cdktn/provider-aws`; that also rewrites RUNTIME_MODULE, which the code
// `import` generates imports from), the package and bin name, the HCL parser the CLI asks for
// (cdktn-cli brings @cdktn/hcl2json, not @cdktf/hcl2json) and the docs' code examples are
// rewritten, package.json gets the edition's fields (EDITION below), and the result is checked
// (editionLeftovers: no cdktf import or provider binding is left) before `npm pack`.
//
// Every rewrite must apply at least once: a rewrite that stopped matching (the source moved on)
// fails the build instead of shipping a half-rewritten edition.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const CDKTF_NAME = "cdktf-ssm-maintenance-window-task";
export const CDKTN_NAME = "cdktn-ssm-maintenance-window-task";
const ROOT = path.join(__dirname, "..");

/** package.json of the cdktn edition: these fields replace the cdktf edition's. */
export const EDITION = {
  name: CDKTN_NAME,
  description:
    "Typed CDK Terrain (cdktn) construct for AWS Systems Manager maintenance window tasks, with CloudFormation-style PascalCase props and synth-time validation",
  keywords: ["cdktn", "cdk-terrain", "cdktf", "terraform", "aws", "ssm", "maintenance-window", "construct"],
  bin: { [CDKTN_NAME]: "dist/lib/cli/main.js" },
  // @cdktn/provider-aws 25.x declares Node >= 22.11; 23.x and 24.x take 20.16.
  engines: { node: ">=20.16" },
  peerDependencies: {
    "@aws-sdk/client-ssm": "^3.1169.0",
    "@cdktn/hcl2json": ">=0.24.0 <0.25",
    "@cdktn/provider-aws": ">=23.0.0 <26",
    cdktn: ">=0.24.0 <0.25",
    constructs: ">=10.6.0 <10.8.0",
  },
  peerDependenciesMeta: { "@aws-sdk/client-ssm": { optional: true }, "@cdktn/hcl2json": { optional: true } },
} as const;

type Rewrite = readonly [from: RegExp, to: string];

/** The runtime adapter: the one module that imports the runtime and the provider bindings. */
const ADAPTER = ["dist/lib/core/runtime.js", "dist/lib/core/runtime.d.ts"];
const ADAPTER_REWRITES: readonly Rewrite[] = [
  [/(["'])cdktf\1/g, '"cdktn"'],
  [/(["'])@cdktf\/provider-aws\//g, '"@cdktn/provider-aws/'],
];

// The package name, except where it is an identifier that must not change between editions: the
// fail-fast context key (`<name>:failFast`, in a user's cdktf.json / cdktn.json) and the
// Symbol.for keys (`<name>.Error`), so an app moved from one edition to the other keeps them.
const NAME: Rewrite = [new RegExp(`${CDKTF_NAME}(?![:.][A-Za-z])`, "g"), CDKTN_NAME];

/** Rewrites of the compiled JS and .d.ts (besides NAME), each required to apply somewhere. */
const CODE_REWRITES: readonly Rewrite[] = [
  [/@cdktf\/hcl2json/g, "@cdktn/hcl2json"],
  [/The HCL parser's package: an optional peer dependency, which cdktf-cli/g, "The HCL parser's package: an optional peer dependency, which cdktn-cli"],
  [/It comes with the CDKTF CLI \(npm install -D cdktf-cli\), or alone: npm install -D \$\{exports\.HCL_PARSER\}@0\.21\.0/g,
    "It comes with the CDK Terrain CLI (npm install -D cdktn-cli), or alone: npm install -D ${exports.HCL_PARSER}@0.24.0"],
];

/**
 * Rewrites that may match nothing: prose naming both editions' aws 6 bindings as the alternatives
 * (`@cdktf/provider-aws` ≥ 21 or `@cdktn/provider-aws` ≥ 23, in the Region prop's JSDoc and its
 * error, also across a JSDoc line break): the cdktn edition names only its own.
 */
const OPTIONAL_CODE_REWRITES: readonly Rewrite[] = [
  [/`?@cdktf\/provider-aws`?[\s*]*≥ 21( \(cdktf\))? or[\s*]+/g, ""],
  [/@cdktn\/provider-aws ≥ 23 \(CDK Terrain\), both on hashicorp\/aws 6/g, "@cdktn/provider-aws ≥ 23 (hashicorp/aws 6)"],
];

/** Rewrites inside the fenced code blocks of the docs (README.md, help/*.md). */
const DOC_CODE_REWRITES: readonly Rewrite[] = [
  [/(from |require\()(["'])cdktf\2/g, '$1"cdktn"'],
  [/(["'])@cdktf\/provider-aws/g, '"@cdktn/provider-aws'],
  [/\bcdktf (synth|deploy|diff|destroy|get|init|output|convert)\b/g, "cdktn $1"],
];

/** A region of a markdown file kept as written in both editions (the page that compares them). */
const VERBATIM = /<!-- editions:verbatim -->[\s\S]*?<!-- \/editions:verbatim -->/g;
/** Pages the same in both editions: they name both packages on purpose. */
const VERBATIM_PAGES = new Set(["help/cdktf-or-cdk-terrain.md"]);

const BANNER =
  `> **This is the CDK Terrain edition** (\`cdktn\`, \`@cdktn/provider-aws\`) of ` +
  `[${CDKTF_NAME}](https://www.npmjs.com/package/${CDKTF_NAME}), built from the same source and version. ` +
  `Its code examples import \`cdktn\`; prose that says \`cdktf\` means the same with \`cdktn\`. ` +
  `See [CDKTF or CDK Terrain](help/cdktf-or-cdk-terrain.md).\n\n`;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

class Counter {
  readonly hits = new Map<Rewrite, number>();
  apply(text: string, rewrites: readonly Rewrite[]): string {
    for (const r of rewrites) {
      text = text.replace(r[0], (...m) => {
        this.hits.set(r, (this.hits.get(r) ?? 0) + 1);
        // Expand $1/$2 of the replacement by hand (replace's callback form does not).
        return r[1].replace(/\$(\d)/g, (_, i) => String(m[Number(i)] ?? ""));
      });
    }
    return text;
  }
  unused(rewrites: readonly Rewrite[]): string[] {
    return rewrites.filter((r) => !this.hits.get(r)).map((r) => String(r[0]));
  }
}

function rewriteMarkdown(text: string, counter: Counter): string {
  const kept: string[] = [];
  text = text.replace(VERBATIM, (m) => `\uE000${kept.push(m) - 1}\uE000`);
  text = text.replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, (block) => counter.apply(block, DOC_CODE_REWRITES));
  text = counter.apply(text, [NAME]);
  return text.replace(/\uE000(\d+)\uE000/g, (_, i) => kept[Number(i)]);
}

/**
 * What is left of the cdktf edition in a generated cdktn edition (an empty list when the rewrite is
 * complete): cdktf imports or requires, the cdktf provider binding or HCL parser, in JS and .d.ts;
 * and cdktf imports in the docs' code blocks.
 */
export function editionLeftovers(packageDir: string): string[] {
  const found: string[] = [];
  const code = /require\(["']cdktf["']\)|from ["']cdktf["']|import\(["']cdktf["']\)|@cdktf\/provider-aws|@cdktf\/hcl2json/g;
  for (const file of filesUnder(packageDir)) {
    const rel = path.relative(packageDir, file);
    const text = fs.readFileSync(file, "utf8");
    if (/\.(js|d\.ts)$/.test(file)) {
      for (const m of text.matchAll(code)) found.push(`${rel}: ${m[0]}`);
    } else if (file.endsWith(".md") && !VERBATIM_PAGES.has(rel)) {
      const outside = text.replace(VERBATIM, "");
      for (const block of outside.match(/^```[^\n]*\n[\s\S]*?^```\s*$/gm) ?? []) {
        for (const m of block.matchAll(/from ["']cdktf["']|require\(["']cdktf["']\)|["']@cdktf\/provider-aws/g)) found.push(`${rel}: ${m[0]}`);
      }
    }
  }
  const runtime = fs.readFileSync(path.join(packageDir, "dist/lib/core/runtime.js"), "utf8");
  if (!/require\("cdktn"\)/.test(runtime)) found.push("dist/lib/core/runtime.js: no require(\"cdktn\")");
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"));
  for (const field of ["dependencies", "peerDependencies", "devDependencies"]) {
    for (const dep of Object.keys(manifest[field] ?? {})) if (/^(cdktf|@cdktf\/)/.test(dep)) found.push(`package.json ${field}: ${dep}`);
  }
  return found;
}

/** Rewrites the unpacked cdktf edition in `dir` (its `package/` folder) into the cdktn edition, in place. */
export function rewriteToCdktn(dir: string): void {
  const counter = new Counter();
  for (const file of filesUnder(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join("/");
    if (rel === "package.json" || !/\.(js|ts|md|py)$/.test(file)) continue;
    let text = fs.readFileSync(file, "utf8");
    if (file.endsWith(".md")) {
      if (VERBATIM_PAGES.has(rel)) continue;
      text = rewriteMarkdown(text, counter);
      if (rel === "README.md") text = text.replace(/^(# .*\n\n)/, `$1${BANNER}`);
    } else {
      if (ADAPTER.includes(rel)) text = counter.apply(text, ADAPTER_REWRITES);
      text = counter.apply(text, [...CODE_REWRITES, ...OPTIONAL_CODE_REWRITES, NAME]);
    }
    fs.writeFileSync(file, text);
  }
  const unused = counter.unused([...ADAPTER_REWRITES, ...CODE_REWRITES, ...DOC_CODE_REWRITES, NAME]);
  if (unused.length) throw new Error(`the cdktn edition's rewrites ${unused.join(", ")} matched nothing: the source changed; update scripts/editions.ts`);

  const manifestFile = path.join(dir, "package.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  Object.assign(manifest, EDITION);
  // The repo's scripts (prepack builds from sources the package does not have) and dev tools are
  // not the edition's.
  delete manifest.scripts;
  delete manifest.devDependencies;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + "\n");

  const leftovers = editionLeftovers(dir);
  if (leftovers.length) throw new Error(`the cdktn edition still refers to cdktf:\n  ${leftovers.join("\n  ")}`);
}

/** Makes the cdktn edition's tarball from the cdktf edition's; returns its path (in `outDir`). */
export function packCdktnEdition(cdktfTarball: string, outDir: string): string {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-cdktn-edition-"));
  try {
    execFileSync("tar", ["-xzf", path.resolve(cdktfTarball), "-C", staging]);
    const dir = path.join(staging, "package");
    rewriteToCdktn(dir);
    fs.mkdirSync(outDir, { recursive: true });
    const out = execFileSync("npm", ["pack", dir, "--pack-destination", path.resolve(outDir), "--silent"], { encoding: "utf8" });
    const name = out.trim().split("\n").pop() ?? "";
    const tarball = path.join(outDir, name);
    if (!name || !fs.existsSync(tarball)) throw new Error(`npm pack printed no tarball name (${JSON.stringify(out)})`);
    return tarball;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** `npm run pack:all`: the cdktf edition (npm pack: prepack builds) and the cdktn edition, into dist/packages/. */
function packAll(): void {
  const outDir = path.join(ROOT, "dist/packages");
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const name = execFileSync("npm", ["pack", "--pack-destination", outDir, "--silent"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
    .trim()
    .split("\n")
    .pop()!;
  const cdktf = path.join(outDir, name);
  const cdktn = packCdktnEdition(cdktf, outDir);
  process.stdout.write(`${path.relative(ROOT, cdktf)}\n${path.relative(ROOT, cdktn)}\n`);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 0) packAll();
  else if (args.length === 2) process.stdout.write(`${packCdktnEdition(args[0], args[1])}\n`);
  else {
    process.stderr.write("usage: ts-node scripts/editions.ts                    both editions into dist/packages/\n       ts-node scripts/editions.ts <cdktf.tgz> <outDir>  the cdktn edition of a packed tarball\n");
    process.exit(2);
  }
}
