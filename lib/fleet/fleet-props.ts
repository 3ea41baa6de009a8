// The public props of MaintenanceWindowFleet: where to deploy (accounts × Regions), where each
// stack keeps its state, and the function that builds one stack's windows, targets and tasks.
import type { AwsProvider, AwsProviderConfig, S3BackendConfig, TerraformStack } from "../core/runtime";

/** One account × Region of a fleet: one stack, one provider, one state file. */
export interface FleetTarget {
  /** The 12-digit AWS account id, as a string (a number loses leading zeros). */
  readonly account: string;
  /** The Region, e.g. `eu-west-1`. An opt-in Region must be listed in `enabledOptInRegions`. */
  readonly region: string;
  /**
   * The IAM role Terraform assumes in the account (`arn:aws:iam::<account>:role/...`), e.g. one made
   * by {@link MaintenanceWindowFleetDeployRole}.
   *
   * @default - the deploying process's own credentials, which must then belong to `account`
   */
  readonly roleArn?: string;
  /**
   * The external id the role's trust policy asks for.
   *
   * @default - none
   */
  readonly externalId?: string;
}

/** What the builder function gets with its stack. */
export interface FleetStackContext extends FleetTarget {
  /** The stack's name (its directory under cdktf.out/stacks/ and its name for `cdktf deploy`). */
  readonly stackName: string;
  /** The stack's AWS provider: region, assumed role and allowed account already set. */
  readonly provider: AwsProvider;
  /** The key of the stack's state object in the state bucket, or undefined with local state. */
  readonly stateKey?: string;
}

/** Settings of the S3 backend shared by every stack of the fleet; each stack gets its own key. */
export interface FleetStateBackend {
  /** The state bucket (it exists already, usually in a central account). */
  readonly bucket: string;
  /** The bucket's Region. */
  readonly region: string;
  /**
   * The first part of every state key: `<keyPrefix>/<account>/<region>/terraform.tfstate`. No
   * leading or trailing `/`.
   *
   * @default - the fleet's construct id
   */
  readonly keyPrefix?: string;
  /**
   * Lock each state with a lock file next to it in the bucket (S3 conditional writes, Terraform ≥ 1.10).
   *
   * @default true
   */
  readonly useLockfile?: boolean;
  /**
   * A DynamoDB lock table (the older locking, deprecated by Terraform 1.11: a warning).
   *
   * @default - none
   */
  readonly dynamodbTable?: string;
  /**
   * A role to assume for state access (the state account's role).
   *
   * @default - the deploying process's credentials
   */
  readonly roleArn?: string;
  /**
   * Server-side encryption of the state objects.
   *
   * @default true
   */
  readonly encrypt?: boolean;
  /**
   * Any other S3 backend setting (endpoints, `usePathStyle`, skip flags, `kmsKeyId`, ...).
   *
   * @default - none
   */
  readonly options?: Omit<S3BackendConfig, "bucket" | "key" | "region" | "dynamodbTable" | "encrypt" | "assumeRole" | "roleArn">;
}

/** Provider settings the fleet leaves to the app (the fleet sets region, assumeRole, allowedAccountIds and alias itself). */
export type FleetProviderOptions = Omit<AwsProviderConfig, "region" | "allowedAccountIds" | "forbiddenAccountIds" | "assumeRole" | "alias">;

export interface MaintenanceWindowFleetProps {
  /** Every account × Region to deploy to; each is one stack. */
  readonly targets: readonly FleetTarget[];
  /**
   * Builds one stack's windows, targets and tasks into `stack` (its provider is the stack's
   * default, so nothing needs a `provider`). Differences between targets are plain code here, e.g.
   * `target.region === "eu-west-1" ? "cron(0 3 ? * SUN *)" : "cron(0 2 ? * SUN *)"`.
   */
  readonly build: (stack: TerraformStack, target: FleetStackContext) => void;
  /**
   * The S3 backend of every stack, with a state key per stack.
   *
   * @default - each stack keeps a local state file (cdktf's default, `terraform.<stack>.tfstate`)
   */
  readonly stateBackend?: FleetStateBackend;
  /**
   * The stack name of a target: letters, digits, `-` and `_`, unique in the app.
   *
   * @default - `<fleet id>-<account>-<region>`
   */
  readonly stackName?: (target: FleetTarget) => string;
  /**
   * Further provider settings, for every stack or per target (default tags, endpoints, retries).
   *
   * @default - none
   */
  readonly providerOptions?: FleetProviderOptions | ((target: FleetTarget) => FleetProviderOptions);
  /**
   * The opt-in Regions (launched after March 2019, e.g. `af-south-1`, `eu-south-2`) that these
   * accounts have enabled. A target in an opt-in Region not listed is an error: every call there
   * fails until the account enables it.
   *
   * @default - none
   */
  readonly enabledOptInRegions?: readonly string[];
  /**
   * Warning codes to leave out of the report (errors cannot be acknowledged).
   *
   * @default - none
   */
  readonly acknowledgeWarnings?: readonly string[];
}
