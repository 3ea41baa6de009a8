// The docs' AwsProvider blocks, pasted as the only provider of a fresh stack (see
// __tests__/docs-providers.test.ts). Each TypeScript block of README.md and help/*.md that constructs
// an `AwsProvider` becomes a module exporting `run(app, stack)`:
//   - a snippet (no `new App(`) runs whole inside `run`, with `app` and `stack` in scope and no
//     other provider (unlike the docs fixture, which has one);
//   - a full program contributes its imports and its top-level statements that construct an
//     `AwsProvider` (what a user copies from it into their own stack); its app, stack and other
//     resources are left out.
// Imports of the package name are pointed at lib/, as in test-support/docs.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { docFiles, isTs, parseBlocks, rewriteImports, type DocBlock } from "./docs";

export interface ProviderBlock extends DocBlock {
  module: string;
  fullProgram: boolean;
}

const CONSTRUCTS_PROVIDER = /\bnew\s+AwsProvider\s*\(/;

/** A full program's import declarations and its top-level statements that construct an AwsProvider. */
function providerPart(code: string): { imports: string[]; body: string[] } {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true);
  const imports: string[] = [];
  const body: string[] = [];
  for (const statement of source.statements) {
    const text = statement.getText(source);
    if (ts.isImportDeclaration(statement)) imports.push(text);
    else if (CONSTRUCTS_PROVIDER.test(text)) body.push(text);
  }
  return { imports, body };
}

/** Writes one module per docs block that constructs an AwsProvider into `dir`; returns those blocks. */
export function generateProviderModules(dir: string): ProviderBlock[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const blocks = docFiles()
    .flatMap(parseBlocks)
    .filter((b) => isTs(b) && !b.options["type-error"] && CONSTRUCTS_PROVIDER.test(b.code));
  return blocks.map((block, i) => {
    const fullProgram = /new App\(/.test(block.code);
    const code = rewriteImports(block.code, dir);
    let imports: string[];
    let body: string[];
    if (fullProgram) {
      ({ imports, body } = providerPart(code));
    } else {
      const lines = code.split("\n");
      imports = lines.filter((l) => /^import\s/.test(l));
      body = lines.filter((l) => !/^import\s/.test(l));
    }
    const module = path.join(dir, `${block.file.replace(/[^a-z0-9]+/gi, "_")}_L${block.line}_${i}.ts`);
    const source = [
      `import type * as __cdktf from "cdktf";`,
      ...imports,
      "export function run(app: __cdktf.App, stack: __cdktf.TerraformStack): void {",
      "  void app; void stack;",
      "  {",
      ...body.join("\n").split("\n").map((l) => `    ${l}`),
      "  }",
      "}",
      "",
    ].join("\n");
    fs.writeFileSync(module, source);
    return { ...block, module, fullProgram };
  });
}

/** The `provider` and `resource`/`data` sections of a synthesized stack. */
interface StackJson {
  provider?: Record<string, { alias?: string }[]>;
  resource?: Record<string, Record<string, { provider?: string }>>;
  data?: Record<string, Record<string, { provider?: string }>>;
}

/** Provider configurations a stack declares, as resources name them: `aws` (default) or `aws.<alias>`. */
export function declaredProviders(json: StackJson): string[] {
  return Object.entries(json.provider ?? {}).flatMap(([name, configs]) => configs.map((c) => (c.alias ? `${name}.${c.alias}` : name)));
}

/**
 * What is wrong with the stack's providers, as sentences (empty if nothing): a resource or data
 * source whose provider (its `provider`, or the default configuration of its type's provider when
 * it has none) is not declared, and a provider configuration declared twice.
 */
export function providerProblems(json: StackJson): string[] {
  const declared = declaredProviders(json);
  const problems: string[] = [];
  for (const name of new Set(declared)) {
    const count = declared.filter((d) => d === name).length;
    if (count > 1) problems.push(`provider ${name} is declared ${count} times`);
  }
  const sections: [string, StackJson["resource"]][] = [
    ["", json.resource],
    ["data.", json.data],
  ];
  for (const [prefix, section] of sections) {
    for (const [type, items] of Object.entries(section ?? {})) {
      for (const [name, item] of Object.entries(items)) {
        const wanted = item.provider ?? type.split("_")[0];
        if (!declared.includes(wanted)) {
          const how = item.provider ? `its provider ${wanted}` : `no provider, so the default ${wanted} provider,`;
          problems.push(`${prefix}${type}.${name} uses ${how} but the stack declares ${declared.length ? declared.join(", ") : "no provider"}`);
        }
      }
    }
  }
  return problems;
}
