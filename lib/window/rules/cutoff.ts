import type { WindowRule } from "./rule";
import type { CanonicalWindow } from "../canonical";
import { passes, WINDOW_FIELD_CONSTRAINTS } from "../field-constraints";

/** Cutoff must leave time to start tasks: less than Duration (both valid on their own). */
export const cutoffBeforeDuration: WindowRule<CanonicalWindow> = {
  codes: { WindowCutoffNotBeforeDuration: "error" },
  check(w, sink) {
    if (!passes(WINDOW_FIELD_CONSTRAINTS, "WindowDurationRange", w.Duration) || !passes(WINDOW_FIELD_CONSTRAINTS, "WindowCutoffRange", w.Cutoff)) return;
    if (w.Cutoff! < w.Duration!) return;
    sink.error(
      "WindowCutoffNotBeforeDuration",
      "Cutoff",
      `Cutoff ${w.Cutoff} is not less than Duration ${w.Duration}: no task could ever start. Cutoff is the hours before the window's end when new tasks stop starting; ` +
        `use at most ${w.Duration! - 1} (0 lets tasks start until the end), or lengthen Duration.`,
    );
  },
};
