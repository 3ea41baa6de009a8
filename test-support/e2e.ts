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

  /**
   * Attribute values of every resource in state, by address. Read from the local backend's
   * terraform.tfstate (the same values `terraform show -json` prints): `show -json` loads the whole
   * provider schema, ~5 s a call on this machine, and the lifecycle reads state after every apply.
   */
  stateResources(): Record<string, Record<string, unknown>> {
    return Object.fromEntries(this.stateInstances().map((r) => [r.address, r.attributes]));
  }

  /** The addresses in state, sorted as `terraform state list` prints them. */
  stateList(): string[] {
    return this.stateInstances()
      .map((r) => r.address)
      .sort();
  }

  private stateInstances(): { address: string; attributes: Record<string, unknown> }[] {
    const file = path.join(this.dir, "terraform.tfstate");
    if (!fs.existsSync(file)) return [];
    const state = JSON.parse(fs.readFileSync(file, "utf8")) as { resources?: StateResource[] };
    return (state.resources ?? []).flatMap((r) =>
      r.instances.map((i) => {
        const key = i.index_key === undefined ? "" : `[${JSON.stringify(i.index_key)}]`;
        const address = [r.module, r.mode === "data" ? "data" : undefined, `${r.type}.${r.name}${key}`].filter(Boolean).join(".");
        return { address, attributes: i.attributes };
      }),
    );
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

interface StateResource {
  module?: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  instances: { index_key?: string | number; attributes: Record<string, unknown> }[];
}

/** The logical id cdktf gives a construct's resource (`<id>_<hash>`), read from the synthesized stack. */
export function addressOf(stack: TerraformStack, type: string, constructId: string): string {
  const resources = JSON.parse(Testing.synth(stack)).resource[type] as Record<string, unknown>;
  const id = Object.keys(resources).find((k) => k === constructId || k.replace(/_[0-9A-F]{8}$/, "") === constructId);
  if (!id) throw new Error(`no ${type} for construct ${constructId}`);
  return `${type}.${id}`;
}
