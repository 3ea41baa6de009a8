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

/** Every literal string the task would send to Terraform (object keys included), with its path. */
function stringLeaves(task: CanonicalTask): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (value === undefined || value === null || isToken(value)) return;
    if (typeof value === "string") out.push({ path, value });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        out.push({ path: `${path}.${k}`, value: k });
        visit(v, `${path}.${k}`);
      }
    }
  };
  const { invocations, Targets, acknowledgeWarnings, serviceRole, ...fields } = task;
  void acknowledgeWarnings;
  void serviceRole;
  for (const [key, value] of Object.entries(fields)) visit(value, key);
  if (Array.isArray(Targets) && !isToken(Targets)) for (const t of Targets) visit({ Key: t.Key, Values: t.Values }, t.path);
  for (const inv of invocations) visit(inv.params, inv.path);
  // Object keys of field names are ours, not the user's: only keys inside maps can hold "${".
  return out.filter((leaf) => leaf.value.includes("{"));
}
