// Issue 13.6: every README.md and help/ example that describes a deployable stack is DEPLOYED to the
// run's shared local AWS endpoint (moto, test-support/shared-aws.ts), then planned clean, not only
// validated (__tests__/terraform/docs-validate.test.ts validates them all).
//
// Batched: each deployable block's synthesized stack (test-support/docs.ts generates the modules,
// test-support/docs-stacks.ts synthesizes them, as the docs tests do) is one module of ONE root
// configuration: one `terraform init`, one `apply`, one `plan -detailed-exitcode` that must say
// "no changes" (exit 0). Every finding is mapped back to its block (file:line). Nothing is destroyed:
// every name is this file's own (see below), no other file lists the whole account of the shared
// endpoint, and the endpoint's state ends with the run (a destroy would cost ~50 s).
//
// Which blocks count as deployable: every ts block that synthesizes a stack, that is, neither
// `type-error` (TypeScript rejects it) nor `expect-errors=` (synth fails by design), minus the
// blocks of EXCLUDED below, each named with the reason it cannot deploy on the emulator. Blocks
// with `expect-warnings=` deploy (warnings do not stop synth). Every synthesized docs stack holds
// aws_ssm_* resources (the docs fixture's window at least); the test checks each has one.
//
// What changes between the synthesized JSON and the module, and why (nothing else does):
//  - the AWS provider blocks get the emulator's settings, exactly those of the e2e suite's own
//    stacks (examples/provider-config.ts with LOCAL_AWS=1, as test-support/e2e.ts localStack uses):
//    fake keys, skipped account/credential/region lookups, max_retries 1; the endpoints come from
//    the shared endpoint's AWS_ENDPOINT_URL* environment, as for lifecycle.test.ts. Region, alias and
//    every other setting stay as written. The blocks move to the root, one per distinct setting,
//    and each module gets its own through the module call's `providers` (aliased ones declared as
//    `configuration_aliases`): one provider process per distinct configuration instead of one per
//    module (each costs seconds and hundreds of MB);
//  - names AWS requires to be unique in an account (IAM roles, policies, SSM parameters, ...) get
//    a per-resource suffix: the fixture gives every snippet the same role name, and other e2e files
//    share the endpoint;
//  - a backend block is dropped (only a root module may have one: the state is the root's);
//  - variables without a default get a value from VARIABLE_VALUES in the module call (a name
//    missing there fails the test, so a new docs variable needs a decision).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { providerConfigFromEnv } from "../../examples/provider-config";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { buildDir, generateModules, type DocBlock } from "../../test-support/docs";
import { blockName, synthesizeBlock, type StackJson } from "../../test-support/docs-stacks";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { AWS_PROVIDER_VERSION, terraform, type TerraformResult } from "../../test-support/terraform";

jest.setTimeout(600_000);

/**
 * Blocks that describe a stack but cannot deploy on the emulator, found by file and a piece of
 * their code (line numbers move as the docs change). Each entry must match exactly one block.
 */
export const EXCLUDED: readonly { file: string; code: string; reason: string }[] = [
  {
    file: "help/lifecycle.md",
    code: "importFrom(MaintenanceWindowTask.importId(",
    reason:
      "adopts an existing task by its import id (mw-0123456789abcdef0/1a2b…): that task does not exist on a fresh endpoint, and an import block is allowed only in a root module; importFrom is deployed for real by __tests__/e2e/lifecycle.test.ts",
  },
  {
    file: "help/getting-started.md",
    code: "const app = new App({ context: { [FAIL_FAST_CONTEXT]: true } });",
    reason: "registers its task with a literal window id (mw-0123456789abcdef0), a window of the reader's account: it does not exist on a fresh endpoint (the emulator makes its own ids), so RegisterTaskWithMaintenanceWindow fails with DoesNotExistException",
  },
  {
    file: "help/import.md",
    code: 'window.importFrom("mw-0123456789abcdef0");',
    reason: "shows what import writes for a window of the reader's account: its importFrom ids do not exist on a fresh endpoint; the real import, with the same code shape, is planned and applied by __tests__/e2e/import.test.ts",
  },
  {
    file: "help/fleets.md",
    code: 'new MaintenanceWindowFleet(app, "patching"',
    reason:
      "its stacks assume roles in accounts 111111111111 and 222222222222 and may touch only those (allowed_account_ids), while the emulator's provider settings skip the account lookup that check needs; the same app (examples/fleet/) is deployed for real, all six stacks in their accounts, by __tests__/e2e/fleet.test.ts",
  },
  {
    file: "help/fleets.md",
    code: 'new MaintenanceWindowFleetDeployRole(stack, "deploy"',
    reason:
      "a bootstrap stack for account 111111111111 (allowed_account_ids) with only an IAM role: no aws_ssm_* resource to deploy, and the emulator's default account is another; the role's SSM actions are checked against the provider's real calls by __tests__/e2e/fleet.test.ts",
  },
  {
    file: "help/lambda.md",
    code: 'new DataAwsLambdaFunction(stack, "archive-logs"',
    reason: "looks up an existing Lambda function by name (data aws_lambda_function archive-logs): there is none on a fresh endpoint, and the example does not create it",
  },
  {
    file: "help/step-functions.md",
    code: 'new DataAwsSfnStateMachine(stack, "rotate-logs"',
    reason: "looks up an existing state machine by name (data aws_sfn_state_machine rotate-logs): there is none on a fresh endpoint, and the example does not create it",
  },
];

/** Values for docs variables that have no default (by variable name), passed in the module call. */
const VARIABLE_VALUES: Record<string, unknown> = {
  instance_ids: ["i-0123456789abcdef0", "i-0123456789abcdef1"],
};

/** Resource types whose `name` AWS requires to be unique in the account and region. */
const UNIQUE_NAME: Record<string, string> = {
  aws_iam_role: "name",
  aws_iam_policy: "name",
  aws_iam_instance_profile: "name",
  aws_iam_user: "name",
  aws_ssm_parameter: "name",
  aws_ssm_document: "name",
  aws_ssm_patch_baseline: "name",
  aws_sns_topic: "name",
  aws_sqs_queue: "name",
  aws_s3_bucket: "bucket",
  aws_dynamodb_table: "name",
  aws_lambda_function: "function_name",
  aws_sfn_state_machine: "name",
  aws_cloudwatch_log_group: "name",
  aws_resourcegroups_group: "name",
};

const excludedBy = (block: DocBlock) => EXCLUDED.find((e) => e.file === block.file && block.code.includes(e.code));

/** Root provider configurations, by their settings: the alias each gets in the root. */
const rootProviders = new Map<string, string>();

/** The root's alias for a provider configuration (settings without `alias`), added on first use. */
function rootProvider(config: Record<string, unknown>): string {
  const key = JSON.stringify(Object.entries(config).sort(([a], [b]) => a.localeCompare(b)));
  if (!rootProviders.has(key)) rootProviders.set(key, `p${rootProviders.size}`);
  return rootProviders.get(key)!;
}

/**
 * The module's JSON (the synthesized stack with unique names, its provider blocks moved to the root
 * with the emulator's settings) and the module call's extra arguments (providers, variables).
 */
function moduleJson(block: DocBlock, suffix: string): { json: StackJson; call: Record<string, unknown> } {
  const json = synthesizeBlock(block);
  delete json.terraform?.backend;
  const local = snakeCase(providerConfigFromEnv({ LOCAL_AWS: "1", AWS_MAX_RETRIES: "1" }));
  const configs = json.provider?.aws ?? [];
  if (!configs.some((c) => c.alias === undefined)) throw new Error(`${blockName(block)}: no default AWS provider block to point at the emulator`);
  const providers: Record<string, string> = {};
  const aliases: string[] = [];
  for (const { alias, ...config } of configs) {
    const root = rootProvider({ ...config, ...local, region: config.region ?? local.region });
    providers[alias === undefined ? "aws" : `aws.${alias}`] = `aws.${root}`;
    if (alias !== undefined) aliases.push(`aws.${alias}`);
  }
  delete json.provider!.aws;
  if (Object.keys(json.provider!).length > 0) throw new Error(`${blockName(block)}: a provider other than aws (${Object.keys(json.provider!).join(", ")})`);
  delete json.provider;
  if (aliases.length > 0) {
    const required = json.terraform!.required_providers!.aws as Record<string, unknown>;
    required.configuration_aliases = aliases;
  }
  let unique = 0;
  for (const [type, attribute] of Object.entries(UNIQUE_NAME)) {
    for (const resource of Object.values(json.resource?.[type] ?? {})) {
      // Per resource: a block may create a role of the same name as the fixture's.
      if (typeof resource[attribute] === "string") resource[attribute] = `${resource[attribute]}-${suffix}r${unique++}`;
      // A generated name (name_prefix, bucket_prefix) is unique already.
    }
  }
  const call: Record<string, unknown> = { providers };
  for (const [name, variable] of Object.entries(json.variable ?? {})) {
    if ("default" in variable) continue;
    if (!(name in VARIABLE_VALUES)) throw new Error(`${blockName(block)}: variable "${name}" has no default: give it a value in VARIABLE_VALUES`);
    call[name] = VARIABLE_VALUES[name];
  }
  return { json, call };
}

function snakeCase(config: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
}

const prerequisites = checkPrerequisites();
let aws: LocalAws;
let dir: string;
/** Module name → the block it deploys. */
const modules = new Map<string, DocBlock>();
let deployable: DocBlock[] = [];
let all: DocBlock[] = [];

beforeAll(async () => {
  if (prerequisites.length > 0) throw new Error(`The docs deploy test needs:\n- ${prerequisites.join("\n- ")}`);
  aws = await sharedLocalAws();
  all = generateModules(buildDir("deploy"));
  deployable = all.filter((b) => !b.options["type-error"] && !b.options["expect-errors"] && !excludedBy(b));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-docs-deploy-"));
  const calls: Record<string, Record<string, unknown>> = {};
  deployable.forEach((block, i) => {
    const name = `example_${i}`;
    const { json, call } = moduleJson(block, `docs${i}`);
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "main.tf.json"), JSON.stringify(json, null, 1));
    calls[name] = { source: `./${name}`, ...call };
    modules.set(name, block);
  });
  const provider = [...rootProviders].map(([key, alias]) => ({ ...Object.fromEntries(JSON.parse(key) as [string, unknown][]), alias }));
  const root = {
    terraform: { required_providers: { aws: { source: "hashicorp/aws", version: AWS_PROVIDER_VERSION } } },
    provider: { aws: provider },
    module: calls,
  };
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(root, null, 1));
  const init = tf("init", "-input=false");
  if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
});

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await aws?.stop();
});

function tf(...args: string[]): TerraformResult {
  return terraform(dir, [...args, "-no-color"], aws.env);
}

/** Terraform's findings, each prefixed with the docs block of the module it names. */
function findings(r: TerraformResult): string[] {
  const text = `${r.stdout}\n${r.stderr}`;
  const out: string[] = [];
  // Diagnostics: "Error: <summary>" ... "with module.example_3.<address>," in the box below it.
  for (const box of text.split(/\n(?=[│╷]?\s*Error: )/).filter((b) => /Error: /.test(b))) {
    const name = /module\.(example_\d+)/.exec(box)?.[1];
    const summary = /Error: (.*)/.exec(box)![1];
    out.push(`${name ? blockName(modules.get(name)!) : "?"}: ${summary} ${box.replace(/\s+/g, " ").slice(0, 600)}`);
  }
  return out;
}

/** The resources a plan would change, each with its docs block. */
function planned(r: TerraformResult): string[] {
  return [...r.stdout.matchAll(/^\s*# module\.(example_\d+)\.(\S+) (.*)$/gm)].map((m) => `${blockName(modules.get(m[1])!)}: ${m[2]} ${m[3]}`);
}

test("the docs have deployable examples, every exclusion names one block, and every deployable stack has aws_ssm_* resources", () => {
  expect(deployable.length).toBeGreaterThan(20);
  for (const e of EXCLUDED) {
    expect({ exclusion: e.code, matches: all.filter((b) => b.file === e.file && b.code.includes(e.code)).length }).toEqual({ exclusion: e.code, matches: 1 });
  }
  for (const name of modules.keys()) {
    const json = JSON.parse(fs.readFileSync(path.join(dir, name, "main.tf.json"), "utf8")) as StackJson;
    const ssm = Object.keys(json.resource ?? {}).filter((t) => t.startsWith("aws_ssm_"));
    expect({ block: blockName(modules.get(name)!), ssm: ssm.length > 0 }).toEqual({ block: blockName(modules.get(name)!), ssm: true });
  }
});

test("every deployable docs example applies against the local endpoint, and a plan right after says no changes", () => {
  const apply = tf("apply", "-auto-approve", "-input=false", "-parallelism=20");
  expect({ exit: apply.code, errors: findings(apply) }).toEqual({ exit: 0, errors: [] });
  const plan = tf("plan", "-detailed-exitcode", "-input=false");
  // 0: no changes (2 would be changes, 1 an error).
  expect({ exit: plan.code, changes: planned(plan), errors: findings(plan) }).toEqual({ exit: 0, changes: [], errors: [] });
  expect(plan.stdout).toMatch(/No changes\. Your infrastructure matches the configuration\./);
});
