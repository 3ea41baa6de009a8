// The same maintenance windows in many accounts and Regions: one TerraformStack per account ×
// Region, each with its own AWS provider (Region, assumed role, allowed account) and its own state
// key in one S3 backend, so `cdktf deploy '*' --parallelism N` plans and locks them apart. The
// windows themselves come from the app's builder function; the fleet only stamps and checks.
import type { Construct } from "constructs";
import { Annotations, newAwsProvider, S3Backend, TerraformStack, type AwsProvider } from "../core/runtime";
import { byLevel, withoutAcknowledged, type Diagnostic } from "../core/diagnostics";
import { deferErrors, pendingErrors } from "../core/app-report";
import { MaintenanceWindowConfigError, MaintenanceWindowError, reportError } from "../core/errors";
import type { FleetProviderOptions, FleetStackContext, FleetStateBackend, FleetTarget, MaintenanceWindowFleetProps } from "./fleet-props";
import { planFleet, type PlannedStack } from "./plan";

export type { FleetProviderOptions, FleetStackContext, FleetStateBackend, FleetTarget, MaintenanceWindowFleetProps } from "./fleet-props";
export { defaultStackName, stateKeyOf } from "./plan";

/** One stack of the fleet. */
export interface FleetStack {
  readonly target: FleetTarget;
  readonly stackName: string;
  readonly stack: TerraformStack;
  readonly provider: AwsProvider;
  /** The state object's key in the state bucket, or undefined with local state. */
  readonly stateKey?: string;
}

function providerOptionsOf(props: MaintenanceWindowFleetProps, target: FleetTarget): FleetProviderOptions {
  const options = typeof props.providerOptions === "function" ? props.providerOptions(target) : props.providerOptions;
  return options ?? {};
}

function addBackend(stack: TerraformStack, backend: FleetStateBackend, key: string): void {
  new S3Backend(stack, {
    ...backend.options,
    bucket: backend.bucket,
    key,
    region: backend.region,
    encrypt: backend.encrypt ?? true,
    ...(backend.dynamodbTable === undefined ? {} : { dynamodbTable: backend.dynamodbTable }),
    ...(backend.roleArn === undefined ? {} : { assumeRole: { roleArn: backend.roleArn } }),
  });
  // cdktf 0.21's S3BackendConfig predates use_lockfile (Terraform 1.10): written as an override.
  if (backend.useLockfile ?? true) stack.addOverride("terraform.backend.s3.use_lockfile", true);
}

/**
 * Stamps one design of maintenance windows across accounts and Regions: one `TerraformStack` per
 * target (`<fleet id>-<account>-<region>` unless `stackName` says otherwise), with an `AwsProvider`
 * in the target's Region that assumes `roleArn` and may only touch `account`
 * (`allowedAccountIds`), and, with `stateBackend`, its own state key
 * `<keyPrefix>/<account>/<region>/terraform.tfstate` in one S3 bucket, locked per stack. `build`
 * fills each stack. The scope is the App: the stacks are its children, and the fleet itself adds
 * no construct (CDK Terrain refuses constructs outside stacks).
 *
 * Errors in the targets or the backend (a malformed account, an opt-in Region the accounts have not
 * enabled, a role in another account, a duplicate account × Region) join the app-wide report that
 * `app.synth()` throws, with every task's and window's errors of every stack.
 *
 * @example
 * new MaintenanceWindowFleet(app, "patching", {
 *   targets: [
 *     { account: "111111111111", region: "eu-west-1", roleArn: "arn:aws:iam::111111111111:role/mw-deploy" },
 *     { account: "222222222222", region: "us-east-1", roleArn: "arn:aws:iam::222222222222:role/mw-deploy" },
 *   ],
 *   stateBackend: { bucket: "acme-terraform-state", region: "eu-west-1" },
 *   build: (stack, target) => {
 *     const window = new MaintenanceWindow(stack, "Weekly", { Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1, AllowUnassociatedTargets: true });
 *     window.addTask("Patch", { TaskType: "RUN_COMMAND", TaskArn: "AWS-RunPatchBaseline", Priority: 1,
 *       Targets: [{ Key: "tag:Patch", Values: ["weekly"] }], MaxConcurrency: "10%", MaxErrors: "1" });
 *   },
 * });
 */
export class MaintenanceWindowFleet {
  /** The fleet's id: the default stack-name and state-key prefix. */
  readonly id: string;
  /** The fleet's stacks, in the order of `targets` (a duplicate target has none). */
  readonly stacks: readonly FleetStack[];
  /** Warnings about the fleet's props (acknowledged ones excluded). */
  readonly warnings: Diagnostic[];

  constructor(app: Construct, id: string, props: MaintenanceWindowFleetProps) {
    if (app.node.scope !== undefined) {
      const stack = [app, ...app.node.scopes].find((s) => TerraformStack.isStack(s));
      throw new MaintenanceWindowConfigError(
        "FleetScope",
        `${app.node.path}/${id}`,
        `A fleet creates stacks, so its scope is the App${stack ? `; a stack cannot hold stacks, and ${stack === app ? `${app.node.path} is a stack` : `${app.node.path} is inside stack ${stack.node.id}`}` : `, not ${app.node.path}`}: new MaintenanceWindowFleet(app, ${JSON.stringify(id)}, ...).`,
      );
    }
    if (typeof props?.build !== "function") {
      throw new MaintenanceWindowConfigError("FleetBuild", `${id}.build`, `build must be a function (stack, target) => void that adds the windows, targets and tasks of one account × Region; got ${typeof props?.build}.`);
    }
    this.id = id;
    const options = new Map<FleetTarget, FleetProviderOptions>();
    const optionsOf = (t: FleetTarget) => options.get(t) ?? options.set(t, providerOptionsOf(props, t)).get(t)!;
    const plan = planFleet(id, props, (t) => optionsOf(t).skipRegionValidation === true, (name) => app.node.tryFindChild(name) !== undefined);
    const { errors, warnings } = byLevel(plan.sink.diagnostics);
    const pending = pendingErrors(app, id, "MaintenanceWindowFleet", errors, reportError);
    // With errors, every stack's provider Region is a stand-in that throws the app's report when
    // written; the report is also the App's own validation (a fleet may have no stack at all).
    const poison = pending ? deferErrors(app, pending, reportError) : undefined;
    this.warnings = withoutAcknowledged(warnings, props.acknowledgeWarnings ?? []);
    this.stacks = plan.stacks.map((planned) => addStack(app, planned, props, optionsOf(planned.target), poison));
    // The fleet is no construct: its warnings go on its first stack, once.
    const first = this.stacks[0]?.stack;
    if (first) for (const w of this.warnings) Annotations.of(first).addWarning(`[${w.code}] fleet ${id}, ${w.path}: ${w.message}`);
  }

  /** The stack of an account × Region, if the fleet has one. */
  stackFor(account: string, region: string): FleetStack | undefined {
    return this.stacks.find((s) => s.target.account === account && s.target.region === region);
  }
}

function addStack(app: Construct, planned: PlannedStack, props: MaintenanceWindowFleetProps, options: FleetProviderOptions, poison: string | undefined): FleetStack {
  const { target, stackName, stateKey } = planned;
  const stack = new TerraformStack(app, stackName);
  const provider = newAwsProvider(stack, "aws", {
    ...options,
    region: poison ?? target.region,
    allowedAccountIds: [target.account],
    ...(target.roleArn === undefined ? {} : { assumeRole: [{ roleArn: target.roleArn, ...(target.externalId === undefined ? {} : { externalId: target.externalId }) }] }),
  });
  if (props.stateBackend && stateKey !== undefined) addBackend(stack, props.stateBackend, stateKey);
  const context: FleetStackContext = { ...target, stackName, provider, stateKey };
  try {
    props.build(stack, context);
  } catch (e) {
    if (MaintenanceWindowError.isMaintenanceWindowError(e)) throw e;
    const error = new MaintenanceWindowConfigError(
      "FleetBuildFailed",
      `targets[${planned.index}]`,
      `build threw for account ${target.account} in ${target.region} (stack ${stackName}): ${e instanceof Error ? e.message : String(e)}`,
    );
    Object.defineProperty(error, "cause", { value: e, enumerable: false });
    throw error;
  }
  return { target, stackName, stack, provider, stateKey };
}
