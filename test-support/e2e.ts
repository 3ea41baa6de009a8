// End-to-end helpers: a terraform working dir driven against the local AWS endpoint.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SSMClient } from "@aws-sdk/client-ssm";
import { providerConfigFromEnv } from "../examples/provider-config";
import type { LocalAws } from "../local-aws";
import { terraform, type TerraformResult } from "./terraform";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

/** A stack whose provider talks to the local endpoint (fake keys, skipped account lookups, max_retries 1). */
export function localStack(id = "e2e"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new AwsProvider(stack, "aws", providerConfigFromEnv({ LOCAL_AWS: "1", AWS_MAX_RETRIES: "1" }));
  return stack;
}

export function ssmClient(aws: LocalAws): SSMClient {
  return new SSMClient({ region: "us-east-1", endpoint: aws.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
}

/** A terraform working directory whose configuration is replaced by each `write`. */
export class TerraformProject {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-e2e-"));
  constructor(private readonly aws: LocalAws) {}

  private initialized = false;

  /** Replaces the configuration; the first write also runs `terraform init` (from the mirror). */
  write(stack: TerraformStack): void {
    fs.writeFileSync(path.join(this.dir, "main.tf.json"), Testing.synth(stack));
    if (!this.initialized) {
      this.ok("init", "-input=false");
      this.initialized = true;
    }
  }

  run(...args: string[]): TerraformResult {
    return terraform(this.dir, [...args, "-no-color"], this.aws.env);
  }

  /** Runs a command that must succeed; throws with terraform's output otherwise. */
  ok(...args: string[]): TerraformResult {
    const r = this.run(...args);
    if (r.code !== 0) throw new Error(`terraform ${args.join(" ")} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  apply(): TerraformResult {
    return this.ok("apply", "-auto-approve", "-input=false");
  }

  /** `plan -detailed-exitcode`: 0 no changes, 2 changes. */
  plan(): TerraformResult {
    return this.run("plan", "-detailed-exitcode", "-input=false");
  }

  /** Attribute values of every resource in state, by address (one `terraform show -json`). */
  stateResources(): Record<string, Record<string, unknown>> {
    const state = JSON.parse(this.ok("show", "-json").stdout);
    const resources: { address: string; values: Record<string, unknown> }[] = state.values?.root_module?.resources ?? [];
    return Object.fromEntries(resources.map((r) => [r.address, r.values]));
  }

  stateList(): string[] {
    const r = this.run("state", "list");
    return r.code === 0 ? r.stdout.split("\n").filter(Boolean) : [];
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The logical id cdktf gives a construct's resource (`<id>_<hash>`), read from the synthesized stack. */
export function addressOf(stack: TerraformStack, type: string, constructId: string): string {
  const resources = JSON.parse(Testing.synth(stack)).resource[type] as Record<string, unknown>;
  const id = Object.keys(resources).find((k) => k === constructId || k.replace(/_[0-9A-F]{8}$/, "") === constructId);
  if (!id) throw new Error(`no ${type} for construct ${constructId}`);
  return `${type}.${id}`;
}
