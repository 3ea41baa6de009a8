// The fleet example: one maintenance window design in 2 accounts × 3 Regions, one stack each
// (MaintenanceWindowFleet), each with its own state key and lock in one S3 bucket. Also the same
// windows as ONE stack with six aliased providers, to compare deploy times (bench/fleet-deploy.ts).
// With LOCAL_AWS=1 everything talks to the local endpoint: it keeps accounts apart by the role
// each provider assumes (moto gives an assumed role's credentials the role's account).
import { Construct } from "constructs";
import { S3Backend, TerraformStack, type App } from "cdktf";
import { AwsProvider, type AwsProviderConfig } from "@cdktf/provider-aws/lib/provider";
import { MaintenanceWindow, MaintenanceWindowFleet, TaskTargets, type FleetTarget } from "../../lib";
import { LOCAL_S3_BACKEND } from "../backend";
import { providerConfigFromEnv } from "../provider-config";

export const FLEET_ACCOUNTS = ["111111111111", "222222222222"] as const;
export const FLEET_REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"] as const;

/** Every account × Region, assuming the account's deploy role (MaintenanceWindowFleetDeployRole's default name). */
export const FLEET_TARGETS: FleetTarget[] = FLEET_ACCOUNTS.flatMap((account) =>
  FLEET_REGIONS.map((region) => ({ account, region, roleArn: `arn:aws:iam::${account}:role/maintenance-window-deploy` })),
);

export interface FleetAppOptions {
  /** The hour (UTC, 0-23) of the weekly window; a change updates every stack in place. */
  readonly hour: number;
  /** The state bucket (it exists already) and its Region. */
  readonly stateBucket: string;
  readonly stateRegion: string;
  /** Talk to the local endpoint: fake credentials, endpoints from AWS_ENDPOINT_URL_*. */
  readonly local: boolean;
}

/**
 * The example app's provider settings for the local endpoint, but with the account lookup on:
 * allowedAccountIds needs it (the endpoint answers it for the assumed role's account).
 */
const { region: _region, skipRequestingAccountId: _lookup, ...LOCAL_PROVIDER }: AwsProviderConfig = providerConfigFromEnv({ LOCAL_AWS: "1" });

/**
 * One account × Region's windows: a weekly patch window on the web servers. Sydney patches at
 * another hour than the rest (a per-target override is plain code).
 */
export function patchingWindows(scope: Construct, target: FleetTarget, hour: number, provider?: AwsProvider): void {
  const localHour = target.region === "ap-southeast-2" ? (hour + 12) % 24 : hour;
  const window = new MaintenanceWindow(scope, "weekly", {
    Name: "weekly-patching",
    Schedule: `cron(0 ${localHour} ? * SUN *)`,
    Duration: 3,
    Cutoff: 1,
    AllowUnassociatedTargets: false,
    ...(provider ? { provider } : {}),
  });
  const web = window.addTarget("web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] });
  window.addTask("patch", {
    TaskType: "RUN_COMMAND",
    TaskArn: "AWS-RunPatchBaseline",
    Priority: 1,
    Targets: TaskTargets.windowTargets([web]),
    MaxConcurrency: "10%",
    MaxErrors: "1",
    TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] }, TimeoutSeconds: 3600 } },
  });
}

/** The fleet: six stacks, `patching-<account>-<region>`. */
export function fleetApp(app: App, options: FleetAppOptions): MaintenanceWindowFleet {
  return new MaintenanceWindowFleet(app, "patching", {
    targets: FLEET_TARGETS,
    stateBackend: { bucket: options.stateBucket, region: options.stateRegion, ...(options.local ? { options: LOCAL_S3_BACKEND } : {}) },
    providerOptions: options.local ? LOCAL_PROVIDER : {},
    build: (stack, target) => patchingWindows(stack, target, options.hour),
  });
}

/** The same windows in one stack (`patching-all`): six aliased providers, one state, one lock. */
export function singleStackApp(app: App, options: FleetAppOptions): TerraformStack {
  const stack = new TerraformStack(app, "patching-all");
  new S3Backend(stack, { bucket: options.stateBucket, region: options.stateRegion, key: "patching-all/terraform.tfstate", encrypt: true, ...(options.local ? LOCAL_S3_BACKEND : {}) });
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
  for (const target of FLEET_TARGETS) {
    // Terraform names start with a letter: "a111111111111-us-east-1" (construct), "a111111111111_us_east_1" (alias).
    const id = `a${target.account}-${target.region}`;
    const provider = new AwsProvider(stack, `aws-${id}`, {
      ...(options.local ? LOCAL_PROVIDER : {}),
      alias: id.replace(/-/g, "_"),
      region: target.region,
      allowedAccountIds: [target.account],
      assumeRole: [{ roleArn: target.roleArn }],
    });
    patchingWindows(new Construct(stack, id), target, options.hour, provider);
  }
  return stack;
}
