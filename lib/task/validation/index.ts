import type { CanonicalTask } from "../canonical";
import { checkFieldConstraints } from "../../core/field-constraints";
import { DiagnosticSink } from "../../core/diagnostics";
import { FIELD_CONSTRAINTS } from "./field-constraints";
import { withoutSuperseded } from "./superseded";
import { arnRules } from "./rules/arns";
import { deprecatedFields } from "./rules/deprecated-fields";
import { documentParameters } from "./rules/document-parameters";
import { ignoredSettings } from "./rules/ignored-settings";
import { terraformInterpolation } from "./rules/interpolation";
import { invocationMatchesTaskType } from "./rules/invocation-matches-task-type";
import { jsonFields } from "./rules/json-fields";
import { notificationRules } from "./rules/notifications";
import { parameterNames } from "./rules/parameter-names";
import { referenceAttributes } from "./rules/reference-attributes";
import { region } from "./rules/region";
import type { Rule } from "./rules/rule";
import { targetRules } from "./rules/targets";
import { taskArnShape } from "./rules/task-arn";

export type { Diagnostic } from "../../core/diagnostics";

/** Cross-field rules, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  invocationMatchesTaskType,
  targetRules,
  taskArnShape,
  arnRules,
  referenceAttributes,
  deprecatedFields,
  notificationRules,
  parameterNames,
  documentParameters,
  jsonFields,
  ignoredSettings,
  terraformInterpolation,
  region,
];

/** Codes reported by normalize() while reading the props. */
export const STRUCTURAL_CODES: Record<string, "error" | "warning"> = {
  UnknownProperty: "error",
  TypeMismatch: "error",
  RequiredProperty: "error",
  DuplicateInvocationKey: "error",
  ReferenceType: "error",
  LoggingInfoMixedShapes: "error",
};

/** Every diagnostic code with its level: the table help/validation.md documents. */
export function allDiagnosticCodes(): Record<string, "error" | "warning"> {
  const codes: Record<string, "error" | "warning"> = { ...STRUCTURAL_CODES };
  for (const c of FIELD_CONSTRAINTS) codes[c.code] = "error";
  for (const rule of RULES) Object.assign(codes, rule.codes);
  return codes;
}

/** Runs the field constraints and every rule on a normalized task. */
export function validateCanonical(task: CanonicalTask, sink: DiagnosticSink): void {
  checkFieldConstraints(FIELD_CONSTRAINTS, task, sink);
  for (const rule of RULES) rule.check(task, sink);
  const kept = withoutSuperseded(sink.diagnostics);
  if (kept !== sink.diagnostics) sink.diagnostics.splice(0, sink.diagnostics.length, ...kept);
}

export { DiagnosticSink };
