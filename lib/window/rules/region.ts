import type { WindowRule } from "./rule";
import type { CanonicalTargetOfWindow, CanonicalTaskOfWindow, CanonicalWindow, CanonicalWindowTarget } from "../canonical";
import { checkRegion, regionDiffersMessage, type RegionCodes } from "../../core/region";
import { isToken } from "../../core/tokens";

const CODES: RegionCodes = { needsProvider6: "WindowRegionNeedsAwsProvider6", format: "WindowRegionFormat", empty: "WindowRegionEmpty" };
const LEVELS = { WindowRegionNeedsAwsProvider6: "error", WindowRegionFormat: "error", WindowRegionEmpty: "warning" } as const;

/** The window's own Region: a binding for hashicorp/aws ≥ 6, and a Region name (lib/core/region.ts). */
export const windowRegion: WindowRule<CanonicalWindow> = {
  codes: LEVELS,
  check: (w, sink) => checkRegion(w.Region, "Region", "window", CODES, sink),
};

/** A target's own Region, as the window's. */
export const targetRegion: WindowRule<CanonicalWindowTarget> = {
  codes: LEVELS,
  check: (t, sink) => checkRegion(t.Region, "Region", "window target", CODES, sink),
};

/** Both literal, non-empty Region names (tokens and unset Regions are not judged). */
function bothLiteral(region: unknown, windowRegion: unknown): [string, string] | undefined {
  const literal = (r: unknown): r is string => typeof r === "string" && r !== "" && !isToken(r);
  return literal(region) && literal(windowRegion) ? [region, windowRegion] : undefined;
}

/**
 * A target in another Region than its window's: SSM looks the window up in the target's Region. Only
 * when both are literals; a target without Region gets the window's (addTarget), and a window
 * without Region is in the provider's Region, which is not known at synth.
 */
export const targetRegionDiffers: WindowRule<CanonicalTargetOfWindow> = {
  codes: { WindowRegionDiffers: "warning" },
  check({ window, target }, sink) {
    const both = bothLiteral(target.Region, window.Region);
    if (both && both[0] !== both[1]) sink.warning("WindowRegionDiffers", "Region", regionDiffersMessage("window target", ...both));
  },
};

/** A task added with addTask in another Region than its window's, as a target. */
export const taskRegionDiffers: WindowRule<CanonicalTaskOfWindow> = {
  codes: { WindowRegionDiffers: "warning" },
  check({ window, region }, sink) {
    const both = bothLiteral(region, window.Region);
    if (both && both[0] !== both[1]) sink.warning("WindowRegionDiffers", "Region", regionDiffersMessage("task", ...both));
  },
};
