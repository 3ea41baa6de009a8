// The Terraform oracle: the real `terraform validate -json` of hashicorp/aws 5.100.0 (from the
// machine's filesystem mirror, as test-support/terraform.ts sets it up), run on raw resource bodies.
//
// Batched: one initialized directory, one `.tf.json` file per resource (terraform is much faster
// with many small files than with one large one), one validate run per batch; each diagnostic is
// attributed to its resource by file name or address. A sentinel resource that only the provider's
// own validation rejects proves the provider validated every resource of the run (a load-time error
// would stop terraform before that); without it, the run is repeated without the rejected files.
// Verdicts are cached by the resource's JSON, so replays (fast-check shrinking) cost nothing.
import * as fs from "node:fs";
import * as path from "node:path";
import { assertTerraform, AWS_PROVIDER_VERSION, initStackDir, removeDir, terraform } from "../terraform";

export interface TfVerdict {
  readonly valid: boolean;
  /** Error summaries terraform gave for the resource. */
  readonly errors: readonly string[];
}

interface Diagnostic {
  severity: string;
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename?: string };
}

const RESOURCE_TYPE = "aws_ssm_maintenance_window_task";
const SENTINEL = { window_id: "mw-0123456789abcdef0", task_arn: "AWS-RunShellScript", task_type: "AUTOMATION", priority: -1 };
const SENTINEL_ERROR = /expected priority to be at least \(0\)/;
const BATCH_LIMIT = 4000;

export class TerraformOracle {
  private readonly dir: string;
  private readonly cache = new Map<string, TfVerdict>();
  private readonly pending = new Map<string, Record<string, unknown>>();
  /** `terraform validate` runs so far (init not counted). */
  validateRuns = 0;
  /** Resources validated so far. */
  resourcesValidated = 0;

  constructor() {
    assertTerraform();
    const main = {
      terraform: { required_providers: { aws: { source: "hashicorp/aws", version: AWS_PROVIDER_VERSION } } },
      provider: { aws: [{ region: "us-east-1" }] },
    };
    this.dir = initStackDir(JSON.stringify(main, null, 1), "mwt-property-");
  }

  /** The cached verdict of a resource body, or undefined (then it is queued for the next flush). */
  lookup(resource: Record<string, unknown>): TfVerdict | undefined {
    const key = JSON.stringify(resource);
    const hit = this.cache.get(key);
    if (!hit) this.pending.set(key, resource);
    return hit;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Validates every queued resource (in as few terraform runs as possible). */
  flush(): void {
    const all = [...this.pending.entries()];
    this.pending.clear();
    for (let i = 0; i < all.length; i += BATCH_LIMIT) this.validateBatch(all.slice(i, i + BATCH_LIMIT));
  }

  private validateBatch(batch: [string, Record<string, unknown>][]): void {
    this.clearResourceFiles();
    const names = new Map<string, string>(); // resource name → cache key
    batch.forEach(([key, body], i) => {
      const name = `r${i}`;
      names.set(name, key);
      this.writeResource(name, body);
    });
    this.writeResource("sentinel", SENTINEL);
    const errors = new Map<string, string[]>();
    let remaining = new Set(names.keys());
    for (;;) {
      const diagnostics = this.validate();
      let sentinelSeen = false;
      const rejectedNow = new Set<string>();
      for (const d of diagnostics) {
        if (d.severity !== "error") continue;
        const name = attribute(d);
        if (name === "sentinel") {
          if (SENTINEL_ERROR.test(d.summary)) sentinelSeen = true;
          continue;
        }
        if (!name || !remaining.has(name)) {
          throw new Error(`terraform oracle: cannot attribute a diagnostic to a resource: ${JSON.stringify(d)}`);
        }
        rejectedNow.add(name);
        errors.set(name, [...(errors.get(name) ?? []), d.summary]);
      }
      if (sentinelSeen) break;
      // Terraform stopped before validating every resource: validate the others again without the
      // ones that already failed, until a run reaches the provider's validation.
      if (rejectedNow.size === 0) throw new Error(`terraform oracle: the sentinel resource was not validated: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
      for (const name of rejectedNow) fs.rmSync(path.join(this.dir, `${name}.tf.json`));
      remaining = new Set([...remaining].filter((n) => !rejectedNow.has(n)));
    }
    for (const [name, key] of names) {
      const errs = errors.get(name) ?? [];
      this.cache.set(key, { valid: errs.length === 0, errors: errs });
    }
    this.resourcesValidated += batch.length;
    this.clearResourceFiles();
  }

  private writeResource(name: string, body: Record<string, unknown>): void {
    // Pretty-printed: terraform quotes the source line of each diagnostic, so lines stay short.
    fs.writeFileSync(path.join(this.dir, `${name}.tf.json`), JSON.stringify({ resource: { [RESOURCE_TYPE]: { [name]: body } } }, null, 1));
  }

  private validate(): Diagnostic[] {
    this.validateRuns++;
    const r = terraform(this.dir, ["validate", "-json", "-no-color"]);
    let parsed: { diagnostics?: Diagnostic[] };
    try {
      parsed = JSON.parse(r.stdout);
    } catch {
      throw new Error(`terraform validate did not print JSON (exit ${r.code}):\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`);
    }
    return parsed.diagnostics ?? [];
  }

  private clearResourceFiles(): void {
    for (const f of fs.readdirSync(this.dir)) if (f.endsWith(".tf.json") && f !== "main.tf.json") fs.rmSync(path.join(this.dir, f));
  }

  dispose(): void {
    removeDir(this.dir);
  }
}

/** The resource a diagnostic belongs to: by file name (r12.tf.json), else by address. */
function attribute(d: Diagnostic): string | undefined {
  const file = d.range?.filename;
  if (file) {
    const m = /^(r\d+|sentinel)\.tf\.json$/.exec(path.basename(file));
    if (m) return m[1];
  }
  const a = d.address && new RegExp(`^${RESOURCE_TYPE}\\.(r\\d+|sentinel)(\\[|$)`).exec(d.address);
  return a ? a[1] : undefined;
}
