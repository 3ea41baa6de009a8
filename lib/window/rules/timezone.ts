import type { WindowRule } from "./rule";
import type { CanonicalWindow } from "../canonical";
import { show } from "../../core/diagnostics";
import { isKnown } from "../../core/tokens";
import { timeZoneProblem } from "../schedule";

/** ScheduleTimezone is an IANA name, spelled as AWS matches it (case-sensitively). */
export const timezone: WindowRule<CanonicalWindow> = {
  codes: { WindowScheduleTimezoneUnknown: "error" },
  check(w, sink) {
    if (!isKnown(w.ScheduleTimezone)) return;
    const problem = timeZoneProblem(w.ScheduleTimezone);
    if (problem) sink.error("WindowScheduleTimezoneUnknown", "ScheduleTimezone", `${show(w.ScheduleTimezone)} ${problem}.`);
  },
};
