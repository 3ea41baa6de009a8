import type { WindowRule } from "./rule";
import type { CanonicalWindow } from "../canonical";
import { show, type DiagnosticSink } from "../../core/diagnostics";
import { isKnown } from "../../core/tokens";
import { parseIsoTimestamp, type IsoTimestamp } from "../schedule";

const DAY_MS = 24 * 3600_000;

/** StartDate and EndDate: ISO-8601 extended timestamps, the end after the start and not passed. */
export const dates: WindowRule<CanonicalWindow> = {
  codes: { WindowDateFormat: "error", WindowEndDateNotAfterStartDate: "error", WindowEndDatePassed: "warning" },
  check(w, sink) {
    const start = timestamp(sink, "StartDate", w.StartDate);
    const end = timestamp(sink, "EndDate", w.EndDate);
    // Without offsets both are read in the same zone; with mixed forms the zone is unknown: not compared.
    if (start && end && start.hasOffset === end.hasOffset && end.epochMs <= start.epochMs) {
      sink.error("WindowEndDateNotAfterStartDate", "EndDate", `EndDate ${show(w.EndDate)} is not after StartDate ${show(w.StartDate)}; the window would never be active. Swap them, or fix one.`);
    }
    // A day of margin: an EndDate without an offset is read in the schedule's zone, not UTC.
    if (end && end.epochMs < Date.now() - DAY_MS) {
      sink.warning("WindowEndDatePassed", "EndDate", `EndDate ${show(w.EndDate)} has passed: the window will never run again. Move it into the future or remove it.`);
    }
  },
};

function timestamp(sink: DiagnosticSink, path: string, value: string | undefined): IsoTimestamp | undefined {
  if (!isKnown(value)) return undefined;
  const parsed = parseIsoTimestamp(value);
  if (!("problem" in parsed)) return parsed;
  sink.error("WindowDateFormat", path, `${show(value)} ${parsed.problem}. Allowed: ISO-8601 extended format, e.g. "2030-01-01T00:00:00Z" or "2030-01-01T00:00:00-08:00".`);
  return undefined;
}
