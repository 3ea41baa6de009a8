import type { Rule } from "./rule";
import type { CanonicalTask } from "../../canonical";
import { isToken } from "../../../core/tokens";
import { firstTemplateSequence, templateSequenceMessage } from "../../../core/template";

// Values of these fields are sensitive in the SSM API: the message names the field only, never the
// value nor any key below it (an object's keys can be as secret as its values).
const SENSITIVE = /(^|\.)(Parameters|TaskParameters|Payload|Input|ClientContext|Description)(\.|\[|$)/;

/** Literal strings that Terraform would read as an interpolation or a directive. */
export const terraformInterpolation: Rule = {
  codes: { TerraformInterpolation: "error" },
  check(task, sink) {
    for (const { path, value } of stringLeaves(task)) {
      const seq = firstTemplateSequence(value);
      if (!seq) continue;
      const shown = SENSITIVE.test(path) ? "The value (not shown: sensitive)" : JSON.stringify(value);
      sink.error("TerraformInterpolation", path, templateSequenceMessage(shown, seq));
    }
  },
};

/**
 * Every literal string the task would send to Terraform (map keys included) that could hold a
 * template sequence, with its path. Paths are built only for those: this runs for every task.
 */
function stringLeaves(task: CanonicalTask): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  // `opaque`: inside a JSON field (Payload, Input), whose keys are as sensitive as its values, every
  // finding is reported at the field itself.
  const visit = (value: unknown, path: () => string, opaque = false): void => {
    if (typeof value === "string") {
      if (value.includes("{") && !isToken(value)) out.push({ path: path(), value });
    } else if (Array.isArray(value)) {
      if (!isToken(value)) value.forEach((v, i) => visit(v, opaque ? path : () => `${path()}[${i}]`, opaque));
    } else if (typeof value === "object" && value !== null && !isToken(value)) {
      for (const k of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[k];
        const childOpaque = opaque || k === "Payload" || k === "Input";
        const child = opaque ? path : () => `${path()}.${k}`;
        if (k.includes("{")) out.push({ path: child(), value: k });
        visit(v, child, childOpaque);
      }
    }
  };
  const { invocations, Targets, acknowledgeWarnings, fromDeprecated, LoggingInfo, ...fields } = task;
  void acknowledgeWarnings;
  void fromDeprecated; // LoggingInfo's and TaskParameters' own values, walked at their own paths
  for (const [key, value] of Object.entries(fields)) visit(value, () => key);
  if (LoggingInfo) {
    for (const field of ["S3Bucket", "Region", "S3Prefix"] as const) visit(LoggingInfo[field], () => LoggingInfo.paths[field]);
  }
  if (Array.isArray(Targets) && !isToken(Targets)) for (const t of Targets) visit({ Key: t.Key, Values: t.Values }, () => t.path);
  for (const inv of invocations) visit(inv.params, () => inv.path);
  return out;
}
