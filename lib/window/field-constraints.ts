// Per-field limits of a window and a window target, on the core's field-constraint engine. The
// numbers, patterns and enums are read from the library's one botocore extract
// (lib/core/aws-model.json); where the Terraform provider is stricter than AWS the row says so
// (TERRAFORM_LIMITS), and __tests__/window/aws-model.test.ts proves every row equals the extract
// but for those. Rows whose message is the window's own (documented in help/maintenance-window.md)
// say how to word it; the engine still decides whether a value breaks the row.
import { MaintenanceWindowError } from "../core/errors";
import { awsShape, type AwsShapeName } from "../core/aws-shapes";
import { show, type DiagnosticSink } from "../core/diagnostics";
import { at, checkFieldConstraints, fieldProblem, items, type FieldConstraint, type Located } from "../core/field-constraints";
import { isKnown, isToken } from "../core/tokens";
import type { CanonicalSelector, CanonicalTag, CanonicalWindow, CanonicalWindowTarget } from "./canonical";

/** A row of a window table: a core row, and the window's message where it has its own. */
export interface WindowFieldConstraint<Subject> extends FieldConstraint<Subject> {
  /** The message for a value that breaks the row; `problem` is the engine's reason (" is 2 characters"). */
  readonly message?: (value: unknown, problem: string) => string;
}

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

/** The shape's limits as row fields; AWS's `min: 0` on a string or list is no limit at all and is left out. */
function limits(name: AwsShapeName) {
  const { type, pattern, min, max, enum: values, sensitive } = awsShape(name);
  return { shape: name, pattern, min: min === 0 && type !== "integer" ? undefined : min, max, enum: values, sensitive };
}

/** The window's wording of a format problem: "has characters AWS does not allow" where the pattern fails. */
function formatMessage(lead: string, allowed: string) {
  return (value: unknown, problem: string) => `${lead}${show(value)}${problem.startsWith(" is ") ? problem : " has characters AWS does not allow"}. Allowed: ${allowed}.`;
}

/** A list of the same length without its items, for a count row: a literal list's size is known even when items are tokens. */
function sizeOf(list: readonly unknown[] | undefined, path: string): Located[] {
  return list === undefined || isToken(list) ? [] : at(path, list.map(() => null));
}

function literalTags(w: CanonicalWindow): CanonicalTag[] {
  return Array.isArray(w.Tags) && !isToken(w.Tags) ? w.Tags : [];
}

/** Where a tag's key is reported: `Tags[0].Key` in the list form, `Tags.<key>` in the map form. */
export function tagKeyPath(tag: CanonicalTag): string {
  return tag.path.startsWith("Tags[") ? `${tag.path}.Key` : tag.path;
}

function tagValuePath(tag: CanonicalTag): string {
  return tag.path.startsWith("Tags[") ? `${tag.path}.Value` : tag.path;
}

/** The target's literal selectors (none when Targets is a token). */
export function selectorsOf(t: CanonicalWindowTarget): CanonicalSelector[] {
  return Array.isArray(t.Targets) && !isToken(t.Targets) ? t.Targets : [];
}

const NAME_ALLOWED = "3–128 letters, digits, _ - and . (no spaces)";
const TAG_KEY_ALLOWED = "1–128 letters, digits, spaces and _ . : / = + - @";
const TAG_VALUE_ALLOWED = "0–256 letters, digits, spaces and _ . : / = + - @";
const TARGET_KEY_ALLOWED = "1–163 letters, digits, spaces and _ . : / = - @";
const INSTANCE_ID_ALLOWED = '"i-" followed by 8 or 17 characters, or "mi-" followed by 17 (managed nodes). To select by tag use Key "tag:<tag key>"';

export const WINDOW_FIELD_CONSTRAINTS: readonly WindowFieldConstraint<CanonicalWindow>[] = [
  {
    code: "WindowNameFormat", ...limits("MaintenanceWindowName"), measure: "string", allowed: NAME_ALLOWED,
    message: formatMessage("", NAME_ALLOWED), select: (w) => at("Name", w.Name),
  },
  {
    code: "WindowDescriptionLength", ...limits("MaintenanceWindowDescription"), measure: "string",
    allowed: "1–128 characters; leave it out rather than empty", select: (w) => at("Description", w.Description),
  },
  {
    code: "WindowDurationRange", ...limits("MaintenanceWindowDurationHours"), measure: "integer",
    allowed: "a whole number of hours from 1 to 24", select: (w) => at("Duration", w.Duration),
  },
  {
    code: "WindowCutoffRange", ...limits("MaintenanceWindowCutoff"), measure: "integer",
    allowed: "a whole number of hours from 0 to 23", select: (w) => at("Cutoff", w.Cutoff),
  },
  {
    code: "WindowScheduleOffsetRange", ...limits("MaintenanceWindowOffset"), measure: "integer",
    allowed: "a whole number of days from 1 to 6", select: (w) => at("ScheduleOffset", w.ScheduleOffset),
  },
  {
    code: "WindowTagsCount", ...limits("TagList"), measure: "count", allowed: "at most 1000 tags",
    message: (value) => `${(value as unknown[]).length} tags given; AWS allows at most ${awsShape("TagList").max} per resource.`,
    select: (w) => sizeOf(isToken(w.Tags) ? undefined : (w.Tags as CanonicalTag[] | undefined), "Tags"),
  },
  {
    code: "WindowTagKeyFormat", ...limits("TagKey"), measure: "string", allowed: TAG_KEY_ALLOWED,
    message: formatMessage("Tag key ", TAG_KEY_ALLOWED), select: (w) => literalTags(w).flatMap((tag) => at(tagKeyPath(tag), tag.Key)),
  },
  {
    code: "WindowTagValueFormat", ...limits("TagValue"), measure: "string", allowed: TAG_VALUE_ALLOWED,
    message: formatMessage("Tag value ", TAG_VALUE_ALLOWED), select: (w) => literalTags(w).flatMap((tag) => at(tagValuePath(tag), tag.Value)),
  },
];

export const TARGET_FIELD_CONSTRAINTS: readonly WindowFieldConstraint<CanonicalWindowTarget>[] = [
  {
    code: "WindowTargetResourceTypeEnum", ...limits("MaintenanceWindowResourceType"), measure: "string", allowed: "INSTANCE or RESOURCE_GROUP",
    message: (value) => {
      const type = value as string;
      const close = awsShape("MaintenanceWindowResourceType").enum?.find((e) => e.toLowerCase() === type.toLowerCase().replace(/[- ]/g, "_"));
      return `${show(type)} is not a resource type${close ? ` (values are case-sensitive: did you mean "${close}"?)` : ""}. Allowed: INSTANCE or RESOURCE_GROUP.`;
    },
    select: (t) => at("ResourceType", t.ResourceType),
  },
  {
    code: "WindowTargetNameFormat", ...limits("MaintenanceWindowName"), measure: "string", allowed: NAME_ALLOWED,
    message: formatMessage("", NAME_ALLOWED), select: (t) => at("Name", t.Name),
  },
  {
    // The provider's StringLenBetween(3, 128) counts UTF-8 bytes (found with terraform validate).
    code: "WindowTargetDescriptionLength", ...limits("MaintenanceWindowDescription"), measure: "string", min: TERRAFORM_LIMITS.targetDescriptionMin,
    terraform: { counts: "bytes", min: TERRAFORM_LIMITS.targetDescriptionMin, max: 128 },
    allowed: "3–128 characters and at most 128 bytes in UTF-8 (AWS allows 1 character, but the Terraform provider rejects fewer than 3 and counts bytes)", select: (t) => at("Description", t.Description),
  },
  {
    // The provider's StringLenBetween(1, 128) counts UTF-8 bytes (found with terraform validate).
    code: "WindowTargetOwnerInformationLength", ...limits("OwnerInformation"), measure: "string",
    terraform: { counts: "bytes", min: 1, max: 128 },
    allowed: "1–128 characters and at most 128 bytes in UTF-8 (the Terraform provider counts bytes)", select: (t) => at("OwnerInformation", t.OwnerInformation),
  },
  {
    code: "WindowTargetsCount", ...limits("Targets"), measure: "count", min: TERRAFORM_LIMITS.targetsMin, allowed: "1–5 selectors",
    message: (value) => {
      const n = (value as unknown[]).length;
      return (
        `${n} selectors given; a window target needs 1–5 (Terraform requires at least one, AWS allows at most 5). ` +
        (n === 0 ? 'Add one, e.g. { Key: "tag:Role", Values: ["web"] }.' : "Put more values in one selector, or register another window target.")
      );
    },
    select: (t) => sizeOf(isToken(t.Targets) ? undefined : (t.Targets as CanonicalSelector[] | undefined), "Targets"),
  },
  {
    code: "WindowTargetKeyFormat", ...limits("TargetKey"), measure: "string", allowed: TARGET_KEY_ALLOWED,
    message: formatMessage("", TARGET_KEY_ALLOWED), select: (t) => selectorsOf(t).flatMap((s) => at(`${s.path}.Key`, s.Key)),
  },
  {
    code: "WindowTargetValuesCount", ...limits("TargetValues"), measure: "count", allowed: "at most 50 values per selector",
    message: (value) => `${(value as unknown[]).length} values given; AWS allows at most ${awsShape("TargetValues").max} per selector. Split them over several window targets, or select by tag.`,
    select: (t) => selectorsOf(t).flatMap((s) => sizeOf(s.Values, `${s.path}.Values`)),
  },
  {
    code: "WindowTargetInstanceIdFormat", ...limits("InstanceId"), measure: "string", allowed: INSTANCE_ID_ALLOWED,
    message: (value) => `${show(value)} is not an instance id. Allowed: ${INSTANCE_ID_ALLOWED}.`,
    select: (t) => selectorsOf(t).flatMap((s) => (s.Key === "InstanceIds" ? items(s.Values, `${s.path}.Values`) : [])),
  },
];

/** Applies a window table: the engine's message, or the row's own where it has one. */
export function checkWindowFieldConstraints<Subject>(table: readonly WindowFieldConstraint<Subject>[], subject: Subject, sink: DiagnosticSink): void {
  for (const row of table) {
    const { message } = row;
    if (!message) {
      checkFieldConstraints([row], subject, sink);
      continue;
    }
    for (const { path, value } of row.select(subject)) {
      const problem = fieldProblem(row, value);
      if (problem !== undefined) sink.error(row.code, path, message(value, problem));
    }
  }
}

/** True when the value is known and passes the row with that code (for rules that build on a valid field). */
export function passes<Subject>(table: readonly WindowFieldConstraint<Subject>[], code: string, value: unknown): boolean {
  const row = table.find((r) => r.code === code);
  if (!row) throw new MaintenanceWindowError(`lib/window/field-constraints.ts has no row ${code}: a rule names a code the table lacks.`);
  return isKnown(value) && fieldProblem(row, value) === undefined;
}
