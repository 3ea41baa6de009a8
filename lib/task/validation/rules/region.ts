import type { Rule } from "./rule";
import { checkRegion } from "../../../core/region";

/** The task's own Region: it needs a binding for hashicorp/aws ≥ 6, and a Region name (lib/core/region.ts). */
export const region: Rule = {
  codes: { RegionNeedsAwsProvider6: "error", RegionFormat: "error", RegionEmpty: "warning" },
  check(task, sink) {
    checkRegion(task.Region, "Region", "task", { needsProvider6: "RegionNeedsAwsProvider6", format: "RegionFormat", empty: "RegionEmpty" }, sink);
  },
};
