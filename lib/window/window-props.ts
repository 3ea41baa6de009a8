// Public props of MaintenanceWindow and its targets, spelled as CloudFormation's
// AWS::SSM::MaintenanceWindow and AWS::SSM::MaintenanceWindowTarget (PascalCase). Limits quoted here
// come from AWS's API model (botocore `ssm` service-2.json, extracted to lib/core/aws-model.json) and
// are enforced by ./field-constraints.ts and ./rules/.
import type { IResolvable, TerraformMetaArguments } from "../core/runtime";
import type { MaintenanceWindowTaskProps } from "../props/task-props";

/** A tag in CloudFormation's list form. */
export interface MaintenanceWindowTag {
  /** Tag key: 1–128 letters, digits, spaces and `_ . : / = + - @`; must not start with `aws:`. */
  readonly Key: string;
  /** Tag value: 0–256 letters, digits, spaces and `_ . : / = + - @`. */
  readonly Value: string;
}

/**
 * Terraform meta-arguments a window or window target accepts (camelCase, like cdktf's). `count` and
 * `forEach` are not supported: the window's `id` is used by its targets and tasks.
 */
export interface MaintenanceWindowOptions extends Pick<TerraformMetaArguments, "dependsOn" | "provider" | "lifecycle"> {
  /**
   * Warning codes (see help/maintenance-window.md) you have read and accept; they are not added to
   * the stack's annotations. Errors cannot be acknowledged.
   *
   * @default - every warning is reported
   */
  readonly acknowledgeWarnings?: readonly string[];
}

/**
 * Props of a maintenance window (`aws_ssm_maintenance_window`).
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateMaintenanceWindow.html
 */
export interface MaintenanceWindowProps extends MaintenanceWindowOptions {
  /** Window name: 3–128 letters, digits, `_`, `-` or `.`. */
  readonly Name: string;
  /**
   * When the window opens: `cron(minutes hours day-of-month month day-of-week year)` with `?` in
   * exactly one of the day fields (e.g. `cron(0 2 ? * SUN *)`), `rate(N minute(s)|hour(s)|day(s))`
   * (singular exactly when N is 1, e.g. `rate(1 day)`, `rate(12 hours)`), or a single run
   * `at(yyyy-mm-ddThh:mm:ss)`. Times are in `ScheduleTimezone`.
   */
  readonly Schedule: string;
  /** How long the window stays open, in whole hours (1–24). */
  readonly Duration: number;
  /**
   * How many hours before the window closes Systems Manager stops starting new tasks, in whole
   * hours (0–23), less than `Duration`. With 0 tasks may start until the window ends.
   */
  readonly Cutoff: number;
  /**
   * Whether tasks may target managed nodes that are not registered with the window (by
   * `InstanceIds`). When false, tasks must target window targets (`WindowTargetIds`).
   *
   * @default false
   */
  readonly AllowUnassociatedTargets?: boolean | IResolvable;
  /**
   * Description, 1–128 characters. Sensitive in the SSM API: never printed in diagnostics.
   *
   * @default - no description
   */
  readonly Description?: string;
  /**
   * IANA time zone of the schedule, e.g. `Europe/Berlin`, `America/New_York`, `UTC` (case-sensitive).
   *
   * @default - UTC
   */
  readonly ScheduleTimezone?: string;
  /**
   * Days (1–6) to wait after the time the cron expression names before the window runs, e.g. with
   * `cron(30 23 ? * TUE#3 *)` and 2 the window runs two days after the third Tuesday. Only with a
   * cron schedule.
   *
   * @default - no offset
   */
  readonly ScheduleOffset?: number;
  /**
   * When the window becomes active, in ISO-8601 extended format (e.g. `2030-01-01T00:00:00Z` or
   * `2030-01-01T00:00:00-08:00`).
   *
   * @default - active from creation
   */
  readonly StartDate?: string;
  /**
   * When the window becomes inactive, in ISO-8601 extended format; after `StartDate`.
   *
   * @default - never inactive
   */
  readonly EndDate?: string;
  /**
   * Whether the window is enabled. Terraform-only: CloudFormation has no such property.
   *
   * @default true
   */
  readonly Enabled?: boolean | IResolvable;
  /**
   * Tags, as CloudFormation's list (`[{ Key: "Team", Value: "ops" }]`) or as a map
   * (`{ Team: "ops" }`). At most 1000.
   *
   * @default - no tags (the provider's `default_tags` still apply)
   */
  readonly Tags?: readonly MaintenanceWindowTag[] | Record<string, string>;
  /**
   * The AWS Region the window is created in (Terraform's per-resource `region`), e.g. `eu-west-1`.
   * `addTarget` and `addTask` register their targets and tasks in it unless they name a Region.
   * Needs the hashicorp/aws provider 6 or later: `@cdktf/provider-aws` ≥ 21 or `@cdktn/provider-aws`
   * ≥ 23 (with 5.x bindings it is the error `WindowRegionNeedsAwsProvider6`; use `provider:` with an
   * aliased AwsProvider for that Region instead).
   *
   * @default - the provider's Region
   */
  readonly Region?: string;
}

/** The type of resources a window target registers. */
export type MaintenanceWindowResourceType = "INSTANCE" | "RESOURCE_GROUP";

/**
 * Keys a window target accepts: instance ids, a tag (`tag:<tag key>` with the tag's values, or
 * `tag-key` with tag keys), or a resource group (`resource-groups:Name`, optionally narrowed with
 * `resource-groups:ResourceTypeFilters`).
 */
export type WindowTargetKey =
  | "InstanceIds"
  | "tag-key"
  | "resource-groups:Name"
  | "resource-groups:ResourceTypeFilters"
  | `tag:${string}`;

/** One selector of a window target. */
export interface WindowTargetSelector {
  /** What the values are: `InstanceIds`, `tag:<tag key>`, `tag-key`, `resource-groups:Name` or `resource-groups:ResourceTypeFilters`. */
  readonly Key: WindowTargetKey;
  /** Instance ids, tag values, tag keys, a resource group name or resource types; up to 50. May be a list token. */
  readonly Values: readonly string[];
}

/**
 * Props of a window target (`aws_ssm_maintenance_window_target`), registered with the window that
 * creates it.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTargetWithMaintenanceWindow.html
 */
export interface MaintenanceWindowTargetProps extends MaintenanceWindowOptions {
  /** `INSTANCE` (by ids, tags or a resource group's instances) or `RESOURCE_GROUP` (a resource group's resources). */
  readonly ResourceType: MaintenanceWindowResourceType;
  /**
   * One to five selectors. A target matches what all its selectors match, e.g. a tag and a second tag,
   * or a resource group and its resource types.
   */
  readonly Targets: readonly WindowTargetSelector[] | IResolvable;
  /**
   * Target name: 3–128 letters, digits, `_`, `-` or `.`.
   *
   * @default - no name
   */
  readonly Name?: string;
  /**
   * Description: 3–128 characters (AWS allows 1, the Terraform provider 3). Sensitive: never printed.
   *
   * @default - no description
   */
  readonly Description?: string;
  /**
   * Text (1–128 characters) included in the EventBridge events of tasks that run on this target.
   * Sensitive: never printed.
   *
   * @default - none
   */
  readonly OwnerInformation?: string;
  /**
   * The AWS Region the target is registered in (Terraform's per-resource `region`); it must be the
   * window's. Needs the hashicorp/aws provider 6 or later (`@cdktf/provider-aws` ≥ 21 or
   * `@cdktn/provider-aws` ≥ 23; with 5.x bindings it is the error `WindowRegionNeedsAwsProvider6`).
   *
   * @default - the window's `Region`, else the provider's Region
   */
  readonly Region?: string;
}

/** `Omit` applied to each member of a union, so the union stays discriminated. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Props of a task added with `MaintenanceWindow.addTask`: a task's props without `WindowId`, which
 * the window sets. `TaskType` still selects which `TaskInvocationParameters` block compiles.
 */
export type WindowTaskProps = DistributiveOmit<MaintenanceWindowTaskProps, "WindowId">;
