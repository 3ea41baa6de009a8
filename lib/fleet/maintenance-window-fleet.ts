// The same maintenance windows in many accounts and Regions: one TerraformStack per account ×
// Region, each with its own AWS provider (Region, assumed role, allowed account) and its own state
// key in one S3 backend, so `cdktf deploy '*' --parallelism N` plans and locks them apart. The
// windows themselves come from the app's builder function; the fleet only stamps and checks.
import { Construct } from "constructs";
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
 * fills each stack. Must be created directly under the App (a stack cannot hold stacks).
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
export class MaintenanceWindowFleet extends Construct {
  /** The fleet's stacks, in the order of `targets` (a duplicate target has none). */
  readonly stacks: readonly FleetStack[];
  /** Warnings about the fleet's props (acknowledged ones excluded). */
  readonly warnings: Diagnostic[];

  constructor(scope: Construct, id: string, props: MaintenanceWindowFleetProps) {
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    const inStack = [scope, ...scope.node.scopes].find((s) => TerraformStack.isStack(s));
    if (inStack) {
      throw new MaintenanceWindowConfigError("FleetScope", path, `A fleet creates stacks, and a stack cannot hold stacks: create it under the App, not inside stack ${inStack.node.id}.`);
    }
    if (typeof props?.build !== "function") {
      throw new MaintenanceWindowConfigError("FleetBuild", `${path}.build`, `build must be a function (stack, target) => void that adds the windows, targets and tasks of one account × Region; got ${typeof props?.build}.`);
    }
    const options = new Map<FleetTarget, FleetProviderOptions>();
    const optionsOf = (t: FleetTarget) => options.get(t) ?? options.set(t, providerOptionsOf(props, t)).get(t)!;
    const plan = planFleet(id, props, (t) => optionsOf(t).skipRegionValidation === true);
    const { errors, warnings } = byLevel(plan.sink.diagnostics);
    const pending = pendingErrors(scope, path, "MaintenanceWindowFleet", errors, reportError);
    super(scope, id);
    // With errors, every stack's provider Region is a stand-in that throws the app's report when
    // written. The report is also the App's own validation: cdktf validates the stacks and the App
    // node, never a construct between them such as this one (and a fleet may have no stack at all).
    const poison = pending ? deferErrors(this.node.root, pending, reportError) : undefined;
    this.warnings = withoutAcknowledged(warnings, props.acknowledgeWarnings ?? []);
    for (const w of this.warnings) Annotations.of(this).addWarning(`[${w.code}] ${w.path}: ${w.message}`);
    this.stacks = plan.stacks.map((planned) => this.addStack(planned, props, optionsOf(planned.target), poison));
  }

  /** The stack of an account × Region, if the fleet has one. */
  stackFor(account: string, region: string): FleetStack | undefined {
    return this.stacks.find((s) => s.target.account === account && s.target.region === region);
  }

  private addStack(planned: PlannedStack, props: MaintenanceWindowFleetProps, options: FleetProviderOptions, poison: string | undefined): FleetStack {
    const { target, stackName, stateKey } = planned;
    const stack = new TerraformStack(this, stackName);
    const provider = newAwsProvider(stack, "aws", {
      ...options,
      region: poison ?? target.region,
      allowedAccountIds: [target.account],
      ...(target.roleArn === undefined ? {} : { assumeRole: [{ roleArn: target.roleArn, ...(target.externalId === undefined ? {} : { externalId: target.externalId }) }] }),
    });
    if (props.stateBackend && stateKey !== undefined) addBackend(stack, props.stateBackend, stateKey);
    // At synth, when every stack of the app exists (cdktf runs the validations of stacks, not of the fleet).
    stack.node.addValidation({ validate: () => this.stackNameClashes(stackName) });
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

  /** Stack names are cdktf's directory and deploy names: a fleet's must not repeat another stack's of the app. */
  private stackNameClashes(stackName: string): string[] {
    const same = this.node.root.node.findAll().filter((c) => TerraformStack.isStack(c) && c.node.id === stackName);
    if (same.length < 2) return [];
    return [
      `[FleetDuplicateStackName] stack ${stackName} of fleet ${this.node.path}: another stack of the app (${same.map((s) => s.node.path).join(", ")}) has the same name, and cdktf would write both to cdktf.out/stacks/${stackName}. Give the fleet another id or a stackName function.`,
    ];
  }
}
