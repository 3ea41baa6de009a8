import type { WindowRule } from "./rule";
import type { CanonicalWindowTarget } from "../canonical";
import { show } from "../../core/diagnostics";
import { suggest } from "../../core/suggest";
import { isKnown } from "../../core/tokens";
import { passes, selectorsOf, TARGET_FIELD_CONSTRAINTS } from "../field-constraints";

/** Keys a maintenance window target accepts (besides `tag:<tag key>`). */
const SELECTOR_KEYS = ["InstanceIds", "tag-key", "resource-groups:Name", "resource-groups:ResourceTypeFilters"];

/** The key's canonical spelling when it differs only in case, or undefined. */
function canonicalKey(key: string): string | undefined {
  if (/^tag:/i.test(key)) return `tag:${key.slice(4)}`;
  return SELECTOR_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
}

function hintFor(key: string): string {
  if (key === "WindowTargetIds") return "WindowTargetIds is how a task targets window targets; a window target selects instances or resource groups.";
  if (/^InstanceId$/i.test(key)) return 'Did you mean "InstanceIds"?';
  if (/^(ResourceGroup|resource-groups?)$/i.test(key)) return 'Did you mean "resource-groups:Name"?';
  return `Did you mean ${show(suggest(key, SELECTOR_KEYS) ?? "tag:" + key)}?`;
}

/** A well-formed selector key is one AWS accepts, spelled as AWS documents it. */
export const selectorKeys: WindowRule<CanonicalWindowTarget> = {
  codes: { WindowTargetKeyUnsupported: "error", WindowTargetKeyCase: "warning" },
  check(t, sink) {
    for (const s of selectorsOf(t)) {
      const key = s.Key;
      if (!isKnown(key) || !passes(TARGET_FIELD_CONSTRAINTS, "WindowTargetKeyFormat", key)) continue;
      const path = `${s.path}.Key`;
      if (key === "tag:") {
        sink.error("WindowTargetKeyUnsupported", path, '"tag:" needs the tag key after the colon, e.g. "tag:Role" with the tag values in Values.');
        continue;
      }
      if (/^tag:/.test(key) || SELECTOR_KEYS.includes(key)) continue;
      const canonical = canonicalKey(key);
      if (canonical !== undefined) {
        sink.warning("WindowTargetKeyCase", path, `${show(key)} differs from AWS's spelling only in case; AWS documents "${canonical}". Write it that way.`);
      } else {
        sink.error(
          "WindowTargetKeyUnsupported",
          path,
          `${show(key)} is not a key a maintenance window target accepts. Allowed: InstanceIds, tag:<tag key>, tag-key, resource-groups:Name, resource-groups:ResourceTypeFilters. ${hintFor(key)}`,
        );
      }
    }
  },
};
