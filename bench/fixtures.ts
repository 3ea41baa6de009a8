// Deterministic task mix for the benchmark: the same N tasks, written three ways.
//
//   taskProps(i)      → our PascalCase props            (mode a: MaintenanceWindowTask)
//   toRawConfig(p)    → the provider's camelCase config (mode b: SsmMaintenanceWindowTask)
//   toTerraformJson() → the Terraform JSON block        (mode c: JSON.stringify floor)
//
// toRawConfig is written here by hand from the provider's documented shape (it does not call
// lib/render), so mode (b) is what a user writing the raw resource would write. bench/check.ts proves
// the three modes synthesize the same resource bodies.
import type { MaintenanceWindowTaskProps } from "../lib";

/** Small fast PRNG; a fixed seed per task index keeps task i identical for every N. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join("");
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const uuid = (r: () => number) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;

const ACCOUNT = "123456789012";
const WINDOWS = ["mw-0123456789abcdef0", "mw-0fedcba9876543210", "mw-00aa11bb22cc33dd4", "mw-0a1b2c3d4e5f60718"];
const ROLE = `arn:aws:iam::${ACCOUNT}:role/maintenance-window-tasks`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:maintenance-notifications`;

/** Task type shares: 40 % RUN_COMMAND, 25 % AUTOMATION, 20 % LAMBDA, 15 % STEP_FUNCTIONS. */
export function taskTypeOf(i: number): MaintenanceWindowTaskProps["TaskType"] {
  const k = i % 20;
  if (k < 8) return "RUN_COMMAND";
  if (k < 13) return "AUTOMATION";
  if (k < 17) return "LAMBDA";
  return "STEP_FUNCTIONS";
}

/** The i-th task of the mix, as our construct's props. Every task is valid (no warnings). */
export function taskProps(i: number): MaintenanceWindowTaskProps {
  const r = rng(0x5eed + i * 7919);
  const base = {
    WindowId: WINDOWS[i % WINDOWS.length],
    Priority: i % 10,
    Name: `task-${i}`,
    ...(r() < 0.5 ? { Description: `Maintenance task number ${i}` } : {}),
    ...(r() < 0.3 ? { CutoffBehavior: pick(r, ["CONTINUE_TASK", "CANCEL_TASK"] as const) } : {}),
  };
  const windowTargets = () => ({ Key: "WindowTargetIds" as const, Values: Array.from({ length: 1 + Math.floor(r() * 3) }, () => uuid(r)) });
  const instances = () => ({ Key: "InstanceIds" as const, Values: Array.from({ length: 1 + Math.floor(r() * 5) }, () => `i-${hex(r, 17)}`) });
  const rate = () => ({ MaxConcurrency: pick(r, ["1", "2", "10%", "50%"]), MaxErrors: pick(r, ["0", "1", "10%"]) });

  switch (taskTypeOf(i)) {
    case "RUN_COMMAND": {
      const patch = r() < 0.3;
      const notify = r() < 0.25;
      const block = {
        Parameters: patch ? { Operation: ["Install"], RebootOption: ["RebootIfNeeded"] } : { commands: [`echo task ${i}`, "uptime", "df -h"], workingDirectory: ["/tmp"] },
        ...(r() < 0.5 ? { Comment: `run ${i}` } : {}),
        ...(r() < 0.6 ? { TimeoutSeconds: pick(r, [600, 1800, 3600]) } : {}),
        ...(r() < 0.4 ? { CloudWatchOutputConfig: { CloudWatchOutputEnabled: true, CloudWatchLogGroupName: `/ssm/maintenance/${i % 50}` } } : {}),
        ...(r() < 0.3 ? { OutputS3BucketName: "maintenance-logs-bucket", OutputS3KeyPrefix: `tasks/${i}` } : {}),
        ...(r() < 0.2 ? { DocumentVersion: "$DEFAULT" } : {}),
        ...(notify ? { NotificationConfig: { NotificationArn: TOPIC, NotificationEvents: ["Failed" as const, "TimedOut" as const], NotificationType: "Command" as const }, ServiceRoleArn: ROLE } : {}),
      };
      return {
        ...base,
        TaskType: "RUN_COMMAND",
        TaskArn: patch ? "AWS-RunPatchBaseline" : pick(r, ["AWS-RunShellScript", "AWS-RunShellScript", `arn:aws:ssm:us-east-1:${ACCOUNT}:document/Custom-Maintenance`]),
        Targets: r() < 0.7 ? [windowTargets()] : [instances(), windowTargets()],
        ...rate(),
        ...(r() < 0.3 ? { ServiceRoleArn: ROLE } : {}),
        // Both spellings appear in real code: the API's short key and CloudFormation's long one.
        TaskInvocationParameters: r() < 0.7 ? { RunCommand: block } : { MaintenanceWindowRunCommandParameters: block },
      };
    }
    case "AUTOMATION": {
      const targeted = r() < 0.5;
      const runbook = pick(r, ["AWS-RestartEC2Instance", "AWS-StopEC2Instance", "AWS-CreateImage"]);
      return {
        ...base,
        TaskType: "AUTOMATION",
        TaskArn: runbook,
        ServiceRoleArn: ROLE,
        ...(targeted ? { Targets: [instances()], ...rate() } : {}),
        TaskInvocationParameters: {
          Automation: {
            ...(r() < 0.5 ? { DocumentVersion: "$LATEST" } : {}),
            Parameters: targeted
              ? { InstanceId: ["{{RESOURCE_ID}}"], AutomationAssumeRole: [ROLE] }
              : { InstanceId: [`i-${hex(r, 17)}`], AutomationAssumeRole: [ROLE], ...(runbook === "AWS-CreateImage" ? { NoReboot: ["true"] } : {}) },
          },
        },
      };
    }
    case "LAMBDA":
      return {
        ...base,
        TaskType: "LAMBDA",
        TaskArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:maintenance-${i % 25}`,
        TaskInvocationParameters: {
          Lambda: {
            Payload: { action: pick(r, ["cleanup", "rotate", "report"]), index: i, dryRun: r() < 0.5, tags: ["maintenance", `batch-${i % 7}`] },
            Qualifier: pick(r, ["$LATEST", "prod", "1"]),
            ...(r() < 0.3 ? { ClientContext: Buffer.from(JSON.stringify({ custom: { task: i } })).toString("base64") } : {}),
          },
        },
      };
    case "STEP_FUNCTIONS":
      return {
        ...base,
        TaskType: "STEP_FUNCTIONS",
        TaskArn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:nightly-${i % 10}`,
        TaskInvocationParameters: {
          StepFunctions: {
            Input: r() < 0.5 ? { window: WINDOWS[i % WINDOWS.length], index: i, steps: ["drain", "patch", "verify"] } : JSON.stringify({ index: i }),
            Name: `execution-${i}`,
          },
        },
      };
  }
}

export function taskPropsList(n: number): MaintenanceWindowTaskProps[] {
  return Array.from({ length: n }, (_, i) => taskProps(i));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

/** Drops undefined members (recursively) — the raw config a user writes has only what they set. */
function clean<T>(o: T): T {
  if (Array.isArray(o)) return o.map(clean) as T;
  if (o === null || typeof o !== "object") return o;
  const out: Obj = {};
  for (const [k, v] of Object.entries(o as Obj)) if (v !== undefined) out[k] = clean(v);
  return out as T;
}

const sortedParams = (m: Record<string, string[]> | undefined) =>
  m && Object.keys(m).sort().map((name) => ({ name, values: m[name] }));
// JSON fields as canonical text (object keys sorted at every level), as the construct writes them so
// that reordering keys never plans an update; written here by hand (mode (b) must not load lib/).
const sortKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortKeys) : v !== null && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
const json = (v: unknown) => (v === undefined || typeof v === "string" ? v : JSON.stringify(sortKeys(v)));

/**
 * The `SsmMaintenanceWindowTaskConfig` a user of the raw provider resource would write for the same
 * task (camelCase; `parameter` blocks sorted by name; JSON fields as canonical text).
 */
export function toRawConfig(p: MaintenanceWindowTaskProps): Obj {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const tip = (p.TaskInvocationParameters ?? {}) as any;
  const rc = tip.RunCommand ?? tip.MaintenanceWindowRunCommandParameters;
  const au = tip.Automation ?? tip.MaintenanceWindowAutomationParameters;
  const la = tip.Lambda ?? tip.MaintenanceWindowLambdaParameters;
  const sf = tip.StepFunctions ?? tip.MaintenanceWindowStepFunctionsParameters;
  const targets = p.Targets as { Key: string; Values: string[] }[] | undefined;
  return clean({
    windowId: p.WindowId,
    taskArn: p.TaskArn,
    taskType: p.TaskType,
    priority: p.Priority,
    maxConcurrency: p.MaxConcurrency === undefined ? undefined : String(p.MaxConcurrency),
    maxErrors: p.MaxErrors === undefined ? undefined : String(p.MaxErrors),
    targets: targets?.map((t) => ({ key: t.Key, values: t.Values })),
    serviceRoleArn: p.ServiceRoleArn,
    cutoffBehavior: p.CutoffBehavior,
    name: p.Name,
    description: p.Description,
    taskInvocationParameters: rc
      ? {
          runCommandParameters: {
            comment: rc.Comment,
            documentHash: rc.DocumentHash,
            documentHashType: rc.DocumentHashType,
            documentVersion: rc.DocumentVersion,
            outputS3Bucket: rc.OutputS3BucketName,
            outputS3KeyPrefix: rc.OutputS3KeyPrefix,
            serviceRoleArn: rc.ServiceRoleArn,
            timeoutSeconds: rc.TimeoutSeconds,
            cloudwatchConfig: rc.CloudWatchOutputConfig && {
              cloudwatchLogGroupName: rc.CloudWatchOutputConfig.CloudWatchLogGroupName,
              cloudwatchOutputEnabled: rc.CloudWatchOutputConfig.CloudWatchOutputEnabled,
            },
            notificationConfig: rc.NotificationConfig && {
              notificationArn: rc.NotificationConfig.NotificationArn,
              notificationEvents: rc.NotificationConfig.NotificationEvents,
              notificationType: rc.NotificationConfig.NotificationType,
            },
            parameter: sortedParams(rc.Parameters),
          },
        }
      : au
        ? { automationParameters: { documentVersion: au.DocumentVersion, parameter: sortedParams(au.Parameters) } }
        : la
          ? { lambdaParameters: { clientContext: la.ClientContext, payload: json(la.Payload), qualifier: la.Qualifier } }
          : sf
            ? { stepFunctionsParameters: { input: json(sf.Input), name: sf.Name } }
            : undefined,
  });
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Terraform JSON of a raw config: snake_case keys, sorted like cdktf's generated synthesizeAttributes(). */
function toTerraformValue(v: unknown): Json {
  if (Array.isArray(v)) return v.map(toTerraformValue);
  if (v === null || typeof v !== "object") return v as Json;
  const out: { [k: string]: Json } = {};
  for (const k of Object.keys(v as Obj).map((key) => [snake(key), key] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out[k[0]] = toTerraformValue((v as Obj)[k[1]]);
  }
  return out;
}

/** The resource body the floor writes: what cdktf writes for the raw resource, including its `//` metadata. */
export function toTerraformJson(raw: Obj, constructPath: string, logicalId: string): Json {
  // cdktf writes with json-stable-stringify (keys sorted; "//" sorts first): build in that order.
  return { "//": { metadata: { path: constructPath, uniqueId: logicalId } }, ...(toTerraformValue(raw) as { [k: string]: Json }) };
}

// ---------------------------------------------------------------------------------------------
// Stack scaling: S accounts × Regions, one stack each (MaintenanceWindowFleet vs stacks by hand)

/** Regions every account has enabled (no opt-in Regions): a fleet target there needs no enabledOptInRegions. */
export const FLEET_REGIONS = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-northeast-1"] as const;
/** The state bucket of every stack (the bucket need not exist: nothing is deployed). */
export const FLEET_BACKEND = { bucket: "bench-terraform-state", region: "us-east-1" } as const;
/** The fleet's construct id: the stack names' and the state keys' prefix. */
export const FLEET_ID = "fleet";

/**
 * The s-th target of a fleet: 10 Regions per account, so S ≤ 10 is one account in S Regions and
 * S = 100 is 10 accounts × 10 Regions. Accounts are 12 digits, deterministic, never with a leading 0.
 */
export function fleetTarget(s: number): { account: string; region: string; roleArn: string } {
  const account = String(100000000000 + Math.floor(s / FLEET_REGIONS.length) * 111111111);
  return { account, region: FLEET_REGIONS[s % FLEET_REGIONS.length], roleArn: `arn:aws:iam::${account}:role/maintenance-window-deploy` };
}

export function fleetTargets(stacks: number): ReturnType<typeof fleetTarget>[] {
  return Array.from({ length: stacks }, (_, s) => fleetTarget(s));
}

/** What MaintenanceWindowFleet names a target's stack and state object (written by hand: mode (b) must not load lib/). */
export const fleetStackName = (t: { account: string; region: string }) => `${FLEET_ID}-${t.account}-${t.region}`;
export const fleetStateKey = (t: { account: string; region: string }) => `${FLEET_ID}/${t.account}/${t.region}/terraform.tfstate`;
