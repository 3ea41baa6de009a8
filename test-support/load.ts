// Load and crash tests against the local endpoint: a plain .tf.json estate (one window, one target,
// N tasks of all four types), terraform run sync or async with the mirror config of terraform.ts,
// endpoint listings through the SDK's paginators, and request-log statistics.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  paginateDescribeMaintenanceWindows,
  paginateDescribeMaintenanceWindowTargets,
  paginateDescribeMaintenanceWindowTasks,
  SSMClient,
  type MaintenanceWindowTask,
} from "@aws-sdk/client-ssm";
import type { LocalAws } from "../local-aws";
import { AWS_PROVIDER_VERSION, terraform, terraformEnv, type TerraformResult } from "./terraform";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export const TASK_TYPES = ["RUN_COMMAND", "AUTOMATION", "LAMBDA", "STEP_FUNCTIONS"] as const;

/**
 * The estate as Terraform JSON: `tasks` tasks cycling through the four types. Every field that
 * `variant` changes is an in-place update (priority, RUN_COMMAND comment, automation parameter,
 * Lambda payload, Step Functions input and name); window, target and task types stay.
 */
export function estateJson(tasks: number, variant: number, name = "load"): string {
  const window = "${aws_ssm_maintenance_window.w.id}";
  const resources: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < tasks; i++) {
    const type = TASK_TYPES[i % TASK_TYPES.length];
    const task: Record<string, unknown> = { window_id: window, task_type: type, priority: (i % 5) + variant, name: `${name}-${i}` };
    if (type === "RUN_COMMAND") {
      Object.assign(task, {
        task_arn: "AWS-RunShellScript",
        max_concurrency: "2",
        max_errors: "1",
        targets: [{ key: "WindowTargetIds", values: ["${aws_ssm_maintenance_window_target.t.id}"] }],
        task_invocation_parameters: [{ run_command_parameters: [{ comment: `v${variant}`, parameter: [{ name: "commands", values: ["uptime"] }] }] }],
      });
    } else if (type === "AUTOMATION") {
      Object.assign(task, {
        task_arn: "AWS-RestartEC2Instance",
        task_invocation_parameters: [{ automation_parameters: [{ document_version: "$DEFAULT", parameter: [{ name: "InstanceId", values: [`i-${variant}`] }] }] }],
      });
    } else if (type === "LAMBDA") {
      Object.assign(task, {
        task_arn: "arn:aws:lambda:us-east-1:123456789012:function:cleanup",
        task_invocation_parameters: [{ lambda_parameters: [{ payload: JSON.stringify({ variant }), qualifier: "live" }] }],
      });
    } else {
      Object.assign(task, {
        task_arn: "arn:aws:states:us-east-1:123456789012:stateMachine:nightly",
        task_invocation_parameters: [{ step_functions_parameters: [{ input: JSON.stringify({ variant }), name: `run-${variant}` }] }],
      });
    }
    resources[`t${i}`] = task;
  }
  return JSON.stringify(
    {
      terraform: { required_providers: { aws: { source: "hashicorp/aws", version: AWS_PROVIDER_VERSION } } },
      provider: {
        aws: {
          region: "us-east-1",
          access_key: "test",
          secret_key: "test",
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: "true",
          skip_region_validation: true,
          max_retries: 1,
        },
      },
      resource: {
        aws_ssm_maintenance_window: { w: { name, schedule: "rate(7 days)", duration: 3, cutoff: 1 } },
        aws_ssm_maintenance_window_target: {
          t: { window_id: window, resource_type: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }] },
        },
        aws_ssm_maintenance_window_task: resources,
      },
    },
    null,
    1,
  );
}

export interface TimedResult extends TerraformResult {
  seconds: number;
}

/** A terraform working dir for a .tf.json estate, against the local endpoint. */
export class EstateProject {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "mwt-load-"));
  constructor(private readonly env: () => Record<string, string>) {}

  write(json: string): void {
    const first = !fs.existsSync(path.join(this.dir, "main.tf.json"));
    fs.writeFileSync(path.join(this.dir, "main.tf.json"), json);
    if (first) {
      const init = this.run("init", "-input=false", "-backend=false");
      if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
    }
  }

  run(...args: string[]): TimedResult {
    const started = Date.now();
    const r = terraform(this.dir, [...args, "-no-color"], this.env());
    return { ...r, seconds: (Date.now() - started) / 1000 };
  }

  /** The same, without blocking the event loop (so a test can act while terraform runs). */
  runAsync(...args: string[]): Promise<TimedResult> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn("terraform", [...args, "-no-color"], { cwd: this.dir, env: terraformEnv(this.dir, this.env()) });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      child.once("error", reject);
      child.once("close", (code) => resolve({ code: code ?? -1, stdout, stderr, seconds: (Date.now() - started) / 1000 }));
    });
  }

  /** Resource instances in the local state file (tainted ones included), by type. */
  stateIds(): Record<string, { id: string; name?: string; tainted: boolean }[]> {
    const file = path.join(this.dir, "terraform.tfstate");
    if (!fs.existsSync(file)) return {};
    const state = JSON.parse(fs.readFileSync(file, "utf8")) as {
      resources?: { type: string; instances: { status?: string; attributes: { id: string; name?: string } }[] }[];
    };
    const out: Record<string, { id: string; name?: string; tainted: boolean }[]> = {};
    for (const resource of state.resources ?? []) {
      for (const instance of resource.instances) {
        (out[resource.type] ??= []).push({ id: instance.attributes.id, name: instance.attributes.name, tainted: instance.status === "tainted" });
      }
    }
    return out;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Terraform's own error lines ("Error: ...") in a command's output. */
export function terraformErrors(r: TerraformResult): string[] {
  return `${r.stdout}\n${r.stderr}`.split("\n").filter((line) => /^\s*(│\s*)?Error: /.test(line));
}

export function ssm(aws: LocalAws): SSMClient {
  return new SSMClient({ region: "us-east-1", endpoint: aws.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
}

export interface EndpointWindow {
  windowId: string;
  name?: string;
  targetIds: string[];
  tasks: MaintenanceWindowTask[];
}

/** Every window on the endpoint with its targets and tasks, read through the SDK's paginators (NextToken). */
export async function listEstate(client: SSMClient, pageSize?: number): Promise<EndpointWindow[]> {
  const windows: EndpointWindow[] = [];
  for await (const page of paginateDescribeMaintenanceWindows({ client, pageSize }, {})) {
    for (const identity of page.WindowIdentities ?? []) {
      const windowId = identity.WindowId as string;
      const targetIds: string[] = [];
      for await (const targets of paginateDescribeMaintenanceWindowTargets({ client, pageSize }, { WindowId: windowId })) {
        targetIds.push(...(targets.Targets ?? []).map((t) => t.WindowTargetId as string));
      }
      const tasks: MaintenanceWindowTask[] = [];
      for await (const taskPage of paginateDescribeMaintenanceWindowTasks({ client, pageSize }, { WindowId: windowId })) {
        tasks.push(...(taskPage.Tasks ?? []));
      }
      windows.push({ windowId, name: identity.Name, targetIds, tasks });
    }
  }
  return windows;
}

export interface RequestStats {
  requests: number;
  byStatus: Record<string, number>;
  /** Requests answered with HTTP >= 500, as "service Action status". */
  serverErrors: string[];
  /** Count per "service Action status" of the answers that were not 2xx. */
  notOk: Record<string, number>;
  slowest: { call: string; ms: number } | undefined;
}

/** Lines of a request log written with --log-timing ("service Action status 1.23ms"), from line `from`. */
export function requestStats(logFile: string, from = 0): RequestStats & { lines: number } {
  const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean) : [];
  const mine = lines.slice(from);
  const stats: RequestStats & { lines: number } = { requests: mine.length, byStatus: {}, serverErrors: [], notOk: {}, slowest: undefined, lines: lines.length };
  for (const line of mine) {
    const [service, action, status, timing] = line.split(" ");
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    if (Number(status) >= 500) stats.serverErrors.push(`${service} ${action} ${status}`);
    if (!status.startsWith("2")) stats.notOk[`${service} ${action} ${status}`] = (stats.notOk[`${service} ${action} ${status}`] ?? 0) + 1;
    const ms = timing ? Number.parseFloat(timing) : NaN;
    if (!Number.isNaN(ms) && (!stats.slowest || ms > stats.slowest.ms)) stats.slowest = { call: `${service} ${action}`, ms };
  }
  return stats;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
