import type { WindowRule } from "./rule";
import type { CanonicalWindowTarget } from "../canonical";
import { show } from "../../core/diagnostics";
import { isToken } from "../../core/tokens";

/** A RESOURCE_GROUP target selects by its group only: resource-groups:Name, optionally resource-groups:ResourceTypeFilters. */
export const resourceGroupKeys: WindowRule<CanonicalWindowTarget> = {
  codes: { WindowTargetResourceGroupKeys: "error" },
  check(t, sink) {
    if (t.ResourceType !== "RESOURCE_GROUP" || !Array.isArray(t.Targets) || isToken(t.Targets)) return;
    const selectors = t.Targets;
    const keys = selectors.map((s) => s.Key);
    if (keys.some((k) => k === undefined || isToken(k))) return;
    for (const s of selectors.filter((s) => !/^resource-groups:/.test(s.Key!))) {
      sink.error(
        "WindowTargetResourceGroupKeys",
        `${s.path}.Key`,
        `${show(s.Key)} cannot select resources of a RESOURCE_GROUP target; it takes "resource-groups:Name" and optionally "resource-groups:ResourceTypeFilters". ` +
          'For instances by id or tag use ResourceType: "INSTANCE".',
      );
    }
    if (!keys.includes("resource-groups:Name")) {
      sink.error("WindowTargetResourceGroupKeys", "Targets", 'A RESOURCE_GROUP target needs a { Key: "resource-groups:Name", Values: ["<group name>"] } selector.');
    }
  },
};
