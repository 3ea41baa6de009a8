import type { Rule } from "./rule";
import type { CanonicalTask } from "../../normalize/canonical";
import { isToken } from "../../private/tokens";

// `${` and `%{` start a Terraform template sequence; `$${` and `%%{` are their escapes. cdktf writes
// literal strings as they are, so "echo ${HOME}" would be read by Terraform as a reference to HOME.
const TEMPLATE_SEQUENCE = /(?<![$%])([$%])\{/;

// Values of these fields are sensitive in the SSM API: the message names the path only.
const SENSITIVE = /(^|\.)(Parameters|TaskParameters|Payload|Input|Description)(\.|\[|$)/;

/** Literal strings that Terraform would read as an interpolation or a directive. */
export const terraformInterpolation: Rule = {
  codes: { TerraformInterpolation: "error" },
  check(task, sink) {
    for (const { path, value } of stringLeaves(task)) {
      const m = TEMPLATE_SEQUENCE.exec(value);
      if (!m) continue;
      const seq = `${m[1]}{`;
      const shown = SENSITIVE.test(path) ? "The value (not shown: sensitive)" : JSON.stringify(value);
      sink.error(
        "TerraformInterpolation",
        path,
        `${shown} contains "${seq}", which Terraform reads as ${m[1] === "$" ? "an interpolation" : "a template directive"}. ` +
          `Write "${m[1]}${seq}" for a literal "${seq}", or wrap the string in Fn.rawString(...).`,
      );
    }
  },
};

/**
 * Every literal string the task would send to Terraform (map keys included) that could hold a
 * template sequence, with its path. Paths are built only for those: this runs for every task.
 */
function stringLeaves(task: CanonicalTask): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const visit = (value: unknown, path: () => string): void => {
    if (typeof value === "string") {
      if (value.includes("{") && !isToken(value)) out.push({ path: path(), value });
    } else if (Array.isArray(value)) {
      if (!isToken(value)) value.forEach((v, i) => visit(v, () => `${path()}[${i}]`));
    } else if (typeof value === "object" && value !== null && !isToken(value)) {
      for (const [k, v] of Object.entries(value)) {
        const child = () => `${path()}.${k}`;
        if (k.includes("{")) out.push({ path: child(), value: k });
        visit(v, child);
      }
    }
  };
  const { invocations, Targets, acknowledgeWarnings, serviceRole, ...fields } = task;
  void acknowledgeWarnings;
  void serviceRole;
  for (const [key, value] of Object.entries(fields)) visit(value, () => key);
  if (Array.isArray(Targets) && !isToken(Targets)) for (const t of Targets) visit({ Key: t.Key, Values: t.Values }, () => t.path);
  for (const inv of invocations) visit(inv.params, () => inv.path);
  return out;
}
