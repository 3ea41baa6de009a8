// The fleet as data, before any construct exists: which stacks to create (name, state key) and
// what is wrong with the targets and the backend. Pure: props in, stacks and diagnostics out.
// Errors are what `terraform plan`/`init` or AWS would refuse (see each message); warnings what is
// accepted but risky or deprecated. Tokens are not judged.
import { DiagnosticSink, show } from "../core/diagnostics";
import { REGION_PATTERN } from "../core/region";
import { firstTemplateSequence } from "../core/template";
import { isToken } from "../core/tokens";
import type { FleetStateBackend, FleetTarget, MaintenanceWindowFleetProps } from "./fleet-props";
import { knownRegions, OPT_IN_REGIONS, partitionOf } from "./regions";

/** One stack the fleet creates. */
export interface PlannedStack {
  readonly target: FleetTarget;
  /** Where the target is in `targets`. */
  readonly index: number;
  readonly stackName: string;
  readonly stateKey?: string;
  /** The target has errors of its own: its stack is created (so its tasks are judged too) but can never be written. */
  readonly broken: boolean;
}

export interface FleetPlan {
  readonly stacks: readonly PlannedStack[];
  readonly sink: DiagnosticSink;
}

/** A token or a Terraform template (`${var.account}`): resolved by Terraform, not judged here. */
function unjudged(value: unknown): boolean {
  return isToken(value) || (typeof value === "string" && firstTemplateSequence(value) !== undefined);
}

const ACCOUNT = /^\d{12}$/;
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const STACK_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
// S3 bucket names: 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The default stack name: `<fleet id>-<account>-<region>`, with anything but letters, digits, `-`, `_` made `-`. */
export function defaultStackName(fleetId: string, target: FleetTarget): string {
  return `${fleetId}-${String(target.account)}-${String(target.region)}`.replace(/[^A-Za-z0-9_-]/g, "-");
}

/** The state key of a target: `<prefix>/<account>/<region>/terraform.tfstate`. */
export function stateKeyOf(prefix: string, target: FleetTarget): string {
  return `${prefix}/${String(target.account)}/${String(target.region)}/terraform.tfstate`;
}

function checkAccount(target: FleetTarget, path: string, sink: DiagnosticSink): boolean {
  const account: unknown = target.account;
  if (unjudged(account)) return true;
  if (typeof account === "string" && ACCOUNT.test(account)) return true;
  const hint = typeof account === "number" ? " Write it as a string: a number loses leading zeros (012345678901)." : "";
  sink.error("FleetAccountFormat", `${path}.account`, `${show(account)} is not an AWS account id: allowed are exactly 12 digits as a string, e.g. "111122223333".${hint}`);
  return false;
}

function checkRegion(target: FleetTarget, path: string, props: MaintenanceWindowFleetProps, skipRegionValidation: boolean, sink: DiagnosticSink): boolean {
  const region: unknown = target.region;
  if (unjudged(region)) return true;
  if (typeof region !== "string" || !REGION_PATTERN.test(region)) {
    sink.error("FleetRegionFormat", `${path}.region`, `${show(region)} is not an AWS Region name: allowed are names such as "us-east-1" or "eu-central-1" (lowercase letters and hyphens, then a number).`);
    return false;
  }
  if (partitionOf(region) === undefined) {
    if (skipRegionValidation) return true;
    sink.error(
      "FleetRegionUnknown",
      `${path}.region`,
      `${show(region)} is no AWS Region: the provider refuses it at plan ("invalid AWS Region"). Known Regions: ${knownRegions().join(", ")}. ` +
        "A Region newer than this list: set providerOptions.skipRegionValidation to true.",
    );
    return false;
  }
  if (OPT_IN_REGIONS.has(region) && !(props.enabledOptInRegions ?? []).includes(region)) {
    sink.error(
      "FleetRegionNotEnabled",
      `${path}.region`,
      `${show(region)} is an opt-in Region: AWS creates it disabled in every account, and every call there fails (UnrecognizedClientException) until the account enables it. ` +
        `Enable it in the account (aws account enable-region --account-id <id> --region-name ${region}) and add it to enabledOptInRegions, or remove the target.`,
    );
    return false;
  }
  return true;
}

function checkRole(target: FleetTarget, path: string, sink: DiagnosticSink): boolean {
  const roleArn: unknown = target.roleArn;
  if (roleArn === undefined || unjudged(roleArn)) return true;
  const m = typeof roleArn === "string" ? ROLE_ARN.exec(roleArn) : null;
  if (!m) {
    sink.error("FleetRoleArnFormat", `${path}.roleArn`, `${show(roleArn)} is not an IAM role ARN: allowed is arn:<partition>:iam::<12-digit account>:role/<name>, e.g. "arn:aws:iam::111122223333:role/maintenance-window-deploy".`);
    return false;
  }
  const [, partition, account] = m;
  let ok = true;
  if (typeof target.account === "string" && !unjudged(target.account) && ACCOUNT.test(target.account) && account !== target.account) {
    sink.error(
      "FleetRoleAccount",
      `${path}.roleArn`,
      `The role ${show(roleArn)} is in account ${account}, the target is account ${target.account}: the stack's provider allows only ${target.account} (allowed_account_ids), so plan fails after assuming the role. ` +
        `Use the role in account ${target.account}, or correct the target's account.`,
    );
    ok = false;
  }
  const regionPartition = typeof target.region === "string" ? partitionOf(target.region) : undefined;
  if (regionPartition !== undefined && partition !== regionPartition) {
    sink.error("FleetRolePartition", `${path}.roleArn`, `The role is in partition ${show(partition)}, Region ${show(target.region)} in ${show(regionPartition)}: STS there cannot assume it. Use an arn:${regionPartition}:iam:: role.`);
    ok = false;
  }
  return ok;
}

function checkBackend(backend: FleetStateBackend, prefix: string, sink: DiagnosticSink): void {
  const bucket: unknown = backend.bucket;
  if (!unjudged(bucket) && (typeof bucket !== "string" || !BUCKET.test(bucket) || bucket.includes(".."))) {
    sink.error("FleetStateBucketFormat", "stateBackend.bucket", `${show(bucket)} is not an S3 bucket name: allowed are 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.`);
  }
  const region: unknown = backend.region;
  if (!unjudged(region) && (typeof region !== "string" || !REGION_PATTERN.test(region))) {
    sink.error("FleetRegionFormat", "stateBackend.region", `${show(region)} is not an AWS Region name: give the state bucket's Region, e.g. "us-east-1".`);
  }
  if (!unjudged(prefix) && (prefix === "" || prefix.startsWith("/") || prefix.endsWith("/") || prefix.includes("//"))) {
    sink.error("FleetStateKeyPrefix", "stateBackend.keyPrefix", `${show(prefix)} makes state keys that terraform init refuses (a key must not be empty, start or end with "/", or contain "//"). Allowed: e.g. "maintenance-windows" or "platform/patching".`);
  }
  if (backend.dynamodbTable !== undefined) {
    sink.warning("FleetStateLockTableDeprecated", "stateBackend.dynamodbTable", "Terraform 1.11 deprecates DynamoDB state locking (dynamodb_table): it warns on every init. Lock with useLockfile (the default) and remove dynamodbTable once every user runs Terraform ≥ 1.10.");
  } else if (backend.useLockfile === false) {
    sink.warning("FleetStateNotLocked", "stateBackend.useLockfile", "No state locking: two deploys of one stack at once can overwrite each other's state. Leave useLockfile at its default (true).");
  }
}

/** Plans the fleet's stacks and judges its props. `fleetId` is the fleet's construct id. */
export function planFleet(
  fleetId: string,
  props: MaintenanceWindowFleetProps,
  skipRegionValidation: (target: FleetTarget) => boolean,
  nameTaken: (stackName: string) => boolean = () => false,
): FleetPlan {
  const sink = new DiagnosticSink();
  const targets: readonly FleetTarget[] = Array.isArray(props.targets) ? props.targets : [];
  if (targets.length === 0) {
    sink.error("FleetNoTargets", "targets", `${show(props.targets)} has no targets: give at least one { account, region }.`);
  }
  const prefix = props.stateBackend?.keyPrefix ?? fleetId;
  if (props.stateBackend) checkBackend(props.stateBackend, prefix, sink);
  const stacks: PlannedStack[] = [];
  const seenTarget = new Map<string, number>();
  const seenName = new Map<string, number>();
  targets.forEach((target, index) => {
    const path = `targets[${index}]`;
    const key = `${String(target.account)} ${String(target.region)}`;
    const first = seenTarget.get(key);
    if (first !== undefined) {
      sink.error("FleetDuplicateTarget", path, `Account ${show(target.account)} in ${show(target.region)} is also targets[${first}]: two stacks would manage the same resources under two states. Remove one of them.`);
      return;
    }
    seenTarget.set(key, index);
    const ok = [checkAccount(target, path, sink), checkRegion(target, path, props, skipRegionValidation(target), sink), checkRole(target, path, sink)].every(Boolean);
    const stackName = props.stackName ? props.stackName(target) : defaultStackName(fleetId, target);
    if (typeof stackName !== "string" || !STACK_NAME.test(stackName)) {
      sink.error("FleetStackNameFormat", `${path} (stackName)`, `stackName returned ${show(stackName)}: a stack name is a directory under cdktf.out/stacks/ and a cdktf deploy argument; allowed are letters, digits, "-" and "_", starting with a letter or digit.`);
      return;
    }
    const clash = seenName.get(stackName);
    if (clash !== undefined || nameTaken(stackName)) {
      const other = clash !== undefined ? `for targets[${clash}] too` : "and the app has a construct of that name already";
      sink.error("FleetDuplicateStackName", `${path} (stackName)`, `stackName returned ${show(stackName)} ${other}: each stack needs its own name (its directory under cdktf.out/stacks/). Give the fleet another id, or make stackName include the account and the Region.`);
      return;
    }
    seenName.set(stackName, index);
    stacks.push({ target, index, stackName, stateKey: props.stateBackend ? stateKeyOf(prefix, target) : undefined, broken: !ok });
  });
  return { stacks, sink };
}
