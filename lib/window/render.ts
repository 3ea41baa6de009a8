// Read (and checked) window and window target props → the provider bindings' config. Optional values
// that are left out are not written, so Terraform applies its defaults and plans show no diff.
import type { SsmMaintenanceWindowConfig, SsmMaintenanceWindowTargetConfig } from "../core/runtime";
import { metaArguments } from "../core/meta-arguments";
import { isToken } from "../core/tokens";
import type { CanonicalWindow, CanonicalWindowTarget } from "./canonical";

/** Our prop names → the resource's attributes, for `lifecycle.ignoreChanges`. */
export const WINDOW_NAMES: Readonly<Record<string, string>> = {
  Name: "name",
  Schedule: "schedule",
  Duration: "duration",
  Cutoff: "cutoff",
  AllowUnassociatedTargets: "allow_unassociated_targets",
  Description: "description",
  ScheduleTimezone: "schedule_timezone",
  ScheduleOffset: "schedule_offset",
  StartDate: "start_date",
  EndDate: "end_date",
  Enabled: "enabled",
  Tags: "tags",
  Region: "region",
};

export const TARGET_NAMES: Readonly<Record<string, string>> = {
  ResourceType: "resource_type",
  Targets: "targets",
  Name: "name",
  Description: "description",
  OwnerInformation: "owner_information",
  Region: "region",
};

/** hashicorp/aws 6's per-resource `region`: the rules let it through only when the binding has it (lib/core/region.ts). */
type WithRegion<Config> = Config & { readonly region?: string };

export function renderWindow(w: CanonicalWindow): WithRegion<SsmMaintenanceWindowConfig> {
  let tags: Record<string, string> | undefined;
  if (isToken(w.Tags)) tags = w.Tags as unknown as Record<string, string>;
  else if (Array.isArray(w.Tags)) tags = Object.fromEntries(w.Tags.map((t) => [t.Key!, t.Value!]));
  return {
    name: w.Name!,
    schedule: w.Schedule!,
    duration: w.Duration!,
    cutoff: w.Cutoff!,
    allowUnassociatedTargets: w.AllowUnassociatedTargets,
    description: w.Description,
    scheduleTimezone: w.ScheduleTimezone,
    scheduleOffset: w.ScheduleOffset,
    startDate: w.StartDate,
    endDate: w.EndDate,
    enabled: w.Enabled,
    tags,
    ...(w.Region === undefined ? {} : { region: w.Region }),
    ...metaArguments(w.meta, WINDOW_NAMES),
  };
}

export function renderWindowTarget(t: CanonicalWindowTarget, windowId: string): WithRegion<SsmMaintenanceWindowTargetConfig> {
  const targets = isToken(t.Targets)
    ? (t.Targets as SsmMaintenanceWindowTargetConfig["targets"])
    : (t.Targets as { Key?: string; Values?: string[] }[]).map((s) => ({ key: s.Key!, values: s.Values! }));
  return {
    windowId,
    resourceType: t.ResourceType!,
    targets,
    name: t.Name,
    description: t.Description,
    ownerInformation: t.OwnerInformation,
    ...(t.Region === undefined ? {} : { region: t.Region }),
    ...metaArguments(t.meta, TARGET_NAMES),
  };
}
