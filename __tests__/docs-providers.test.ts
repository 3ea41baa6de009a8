// Every AwsProvider block of README.md and help/*.md works when pasted as the only provider of a
// stack: the block goes into a fresh TerraformStack (no docs fixture, no other provider; a full
// program gives its AwsProvider statements), a MaintenanceWindowTask is added the way the rest of a
// user's stack is written, without `provider:`, and every resource of the synthesized stack must
// resolve to a declared provider configuration: a resource without `provider` to a default
// (un-aliased) `aws` provider. A block that declares only aliased providers is accepted only if its
// text shows passing `provider` explicitly; then the added task passes it too, as the text says.
import { TerraformProvider, TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { MaintenanceWindowTask } from "../lib";
import { BINDING } from "../test-support/binding";
import { buildDir } from "../test-support/docs";
import { generateProviderModules, providerProblems, type ProviderBlock } from "../test-support/docs-providers";

// One folder per unit project (unit, unit-aws6, unit-cdktn run this file at the same time).
const blocks = generateProviderModules(buildDir(`docs-providers-${BINDING.name}`));
const name = (b: ProviderBlock) => `${b.file}:${b.line}${b.fullProgram ? " (its AwsProvider statements)" : ""}`;
/** Shows passing a provider: `provider,` (shorthand) or `provider: x` in props. */
const PASSES_PROVIDER = /\bprovider\s*[,:}]/;
const TASK = { WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority: 1 } as const;

test("the docs construct AwsProviders in several blocks, help/testing-offline.md among them", () => {
  expect(blocks.length).toBeGreaterThan(3);
  expect(blocks.map((b) => b.file)).toContain("help/testing-offline.md");
});

describe.each(blocks.map((b) => [name(b), b] as const))("%s", (_, block) => {
  test("pasted as the only provider, a task without provider: synthesizes with every provider declared", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "pasted");
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- one generated module per block
    const { run } = require(block.module) as { run: (app: unknown, stack: TerraformStack) => void };
    run(app, stack);

    const providers = stack.node.findAll().filter((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === "aws");
    expect(providers.length).toBeGreaterThan(0);
    const onlyAliased = providers.every((p) => p.alias !== undefined);
    const explicit = onlyAliased && PASSES_PROVIDER.test(block.code);
    new MaintenanceWindowTask(stack, "pasted-task", {
      ...(explicit ? { provider: providers[0] } : {}),
      ...TASK,
    });

    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.resource?.aws_ssm_maintenance_window_task ?? {})).toContain("pasted-task");
    expect(providerProblems(json)).toEqual([]);
  });
});

test("the check rejects what a pasted block can get wrong: an aliased provider alone, a default declared twice", () => {
  // The snippet help/testing-offline.md had: pasted as the only provider, a task without provider:
  // has no default configuration.
  const aliased = new TerraformStack(Testing.app(), "aliased");
  new AwsProvider(aliased, "local", { alias: "local", region: "us-east-1", accessKey: "test", secretKey: "test" });
  new MaintenanceWindowTask(aliased, "task", TASK);
  expect(providerProblems(JSON.parse(Testing.synth(aliased)))).toEqual([
    "aws_ssm_maintenance_window_task.task uses no provider, so the default aws provider, but the stack declares aws.local",
  ]);

  const twice = new TerraformStack(Testing.app(), "twice");
  new AwsProvider(twice, "aws", { region: "us-east-1" });
  new AwsProvider(twice, "local", { region: "us-east-1" });
  new MaintenanceWindowTask(twice, "task", TASK);
  expect(providerProblems(JSON.parse(Testing.synth(twice)))).toEqual(["provider aws is declared 2 times"]);
});
