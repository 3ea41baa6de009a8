// The window's checks, in one place: the field tables (../field-constraints.ts) and the cross-field
// rules (one file each), for the window, its targets and addTask; and every code they report.
import type { Diagnostic, DiagnosticSink } from "../../core/diagnostics";
import type { CanonicalTargetOfWindow, CanonicalTaskOfWindow, CanonicalWindow, CanonicalWindowTarget } from "../canonical";
import { checkWindowFieldConstraints, TARGET_FIELD_CONSTRAINTS, WINDOW_FIELD_CONSTRAINTS, type WindowFieldConstraint } from "../field-constraints";
import { cutoffBeforeDuration } from "./cutoff";
import { dates } from "./dates";
import { emptySelector } from "./empty-selector";
import { resourceGroupKeys } from "./resource-group-keys";
import { targetRegion, targetRegionDiffers, taskRegionDiffers, windowRegion } from "./region";
import type { WindowRule } from "./rule";
import { schedule } from "./schedule";
import { offsetNeedsCron } from "./schedule-offset";
import { selectorKeys } from "./selector-keys";
import { tagKeys } from "./tags";
import { targetTemplates, windowTemplates } from "./templates";
import { timezone } from "./timezone";
import { unassociatedTargets } from "./unassociated-targets";

export const WINDOW_RULES: readonly WindowRule<CanonicalWindow>[] = [schedule, cutoffBeforeDuration, offsetNeedsCron, timezone, dates, tagKeys, windowTemplates, windowRegion];
export const TARGET_RULES: readonly WindowRule<CanonicalWindowTarget>[] = [selectorKeys, emptySelector, resourceGroupKeys, targetTemplates, targetRegion];
export const TARGET_OF_WINDOW_RULES: readonly WindowRule<CanonicalTargetOfWindow>[] = [targetRegionDiffers];
export const TASK_OF_WINDOW_RULES: readonly WindowRule<CanonicalTaskOfWindow>[] = [unassociatedTargets, taskRegionDiffers];

/** Codes reported while reading window and target props (../read.ts). */
export const STRUCTURAL_CODES: Readonly<Record<string, "error" | "warning">> = {
  WindowUnknownProperty: "error",
  WindowTypeMismatch: "error",
  WindowRequiredProperty: "error",
};

/** Every window diagnostic code with its level (the table of help/maintenance-window.md). */
export function windowDiagnosticCodes(): Record<string, "error" | "warning"> {
  const codes: Record<string, "error" | "warning"> = { ...STRUCTURAL_CODES };
  for (const row of [...WINDOW_FIELD_CONSTRAINTS, ...TARGET_FIELD_CONSTRAINTS]) codes[row.code] = "error";
  for (const rule of [...WINDOW_RULES, ...TARGET_RULES, ...TARGET_OF_WINDOW_RULES, ...TASK_OF_WINDOW_RULES]) Object.assign(codes, rule.codes);
  return codes;
}

/** The order findings are listed in: by field as the props are documented; within a field, limits first, then rules. */
const WINDOW_FIELDS = ["Name", "Description", "Schedule", "Duration", "Cutoff", "ScheduleOffset", "ScheduleTimezone", "StartDate", "EndDate", "Tags", "Region"];
const TARGET_FIELDS = ["ResourceType", "Name", "Description", "OwnerInformation", "Targets", "Region"];

function check<Subject>(table: readonly WindowFieldConstraint<Subject>[], rules: readonly WindowRule<Subject>[], fields: readonly string[], subject: Subject, sink: DiagnosticSink): void {
  const start = sink.diagnostics.length;
  checkWindowFieldConstraints(table, subject, sink);
  for (const rule of rules) rule.check(subject, sink);
  const rank = (d: Diagnostic) => fields.indexOf(/^[^.[]*/.exec(d.path)![0]);
  sink.diagnostics.push(...sink.diagnostics.splice(start).sort((a, b) => rank(a) - rank(b)));
}

/** Runs the window's field constraints and rules on read window props. */
export function checkCanonicalWindow(w: CanonicalWindow, sink: DiagnosticSink): void {
  check(WINDOW_FIELD_CONSTRAINTS, WINDOW_RULES, WINDOW_FIELDS, w, sink);
}

/** Runs the target's field constraints and rules on read window target props. */
export function checkCanonicalWindowTarget(t: CanonicalWindowTarget, sink: DiagnosticSink): void {
  check(TARGET_FIELD_CONSTRAINTS, TARGET_RULES, TARGET_FIELDS, t, sink);
}

/** Runs addTarget's rules on a target read against its window. */
export function checkCanonicalTargetOfWindow(subject: CanonicalTargetOfWindow, sink: DiagnosticSink): void {
  for (const rule of TARGET_OF_WINDOW_RULES) rule.check(subject, sink);
}

/** Runs addTask's rules on a task read against its window. */
export function checkCanonicalTaskOfWindow(subject: CanonicalTaskOfWindow, sink: DiagnosticSink): void {
  for (const rule of TASK_OF_WINDOW_RULES) rule.check(subject, sink);
}
