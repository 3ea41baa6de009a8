// Limits of the SSM API shapes that a maintenance window and its targets use, verbatim from botocore's
// SSM model (CreateMaintenanceWindowRequest, RegisterTargetWithMaintenanceWindowRequest).
// __tests__/window/aws-model.test.ts proves each entry equals a committed extract of that model and,
// where python3 with botocore is installed, the live model.

/** One botocore shape: the limits we enforce, by shape name. */
export interface WindowShape {
  readonly type: "string" | "integer" | "list";
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  readonly sensitive?: boolean;
}

export const WINDOW_SHAPES = {
  MaintenanceWindowName: { type: "string", min: 3, max: 128, pattern: "^[a-zA-Z0-9_\\-.]{3,128}$" },
  MaintenanceWindowDescription: { type: "string", min: 1, max: 128, sensitive: true },
  MaintenanceWindowSchedule: { type: "string", min: 1, max: 256 },
  MaintenanceWindowTimezone: { type: "string" },
  MaintenanceWindowOffset: { type: "integer", min: 1, max: 6 },
  MaintenanceWindowDurationHours: { type: "integer", min: 1, max: 24 },
  MaintenanceWindowCutoff: { type: "integer", min: 0, max: 23 },
  MaintenanceWindowStringDateTime: { type: "string" },
  TagList: { type: "list", max: 1000 },
  TagKey: { type: "string", min: 1, max: 128, pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" },
  TagValue: { type: "string", min: 0, max: 256, pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" },
  MaintenanceWindowResourceType: { type: "string", enum: ["INSTANCE", "RESOURCE_GROUP"] },
  Targets: { type: "list", min: 0, max: 5 },
  TargetKey: { type: "string", min: 1, max: 163, pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name" },
  TargetValues: { type: "list", min: 0, max: 50 },
  OwnerInformation: { type: "string", min: 1, max: 128, sensitive: true },
  InstanceId: { type: "string", pattern: "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)" },
} as const satisfies Record<string, WindowShape>;

/**
 * Where the Terraform provider (hashicorp/aws 5.100.0) is stricter than AWS: it rejects these in
 * `terraform validate` (found by running it; __tests__/terraform/window.test.ts keeps it honest).
 */
export const TERRAFORM_LIMITS = {
  /** aws_ssm_maintenance_window_target.description: StringLenBetween(3, 128); AWS allows 1. */
  targetDescriptionMin: 3,
  /** aws_ssm_maintenance_window_target.targets: at least one block. */
  targetsMin: 1,
} as const;
