import type { WindowRule } from "./rule";
import type { CanonicalWindow } from "../canonical";
import { show } from "../../core/diagnostics";
import { isKnown } from "../../core/tokens";
import { checkSchedule, type ScheduleCode, type ScheduleKind } from "../schedule";

const CODES: Record<ScheduleCode, "error"> = {
  WindowScheduleFormat: "error",
  WindowCronFieldCount: "error",
  WindowCronFieldValue: "error",
  WindowCronDayOfMonthOrWeek: "error",
  WindowRateFormat: "error",
  WindowRateUnitPlural: "error",
  WindowAtFormat: "error",
};

/** A cron, rate or at expression as Systems Manager reads it (./schedule.ts). */
export const schedule: WindowRule<CanonicalWindow> = {
  codes: CODES,
  check(w, sink) {
    if (!isKnown(w.Schedule)) return;
    for (const p of checkSchedule(w.Schedule).problems) sink.error(p.code, "Schedule", `${show(w.Schedule)}: ${p.message}`);
  },
};

/** The kind of a literal, well-formed schedule (undefined for a token or a malformed one). */
export function scheduleKind(w: CanonicalWindow): ScheduleKind | undefined {
  return isKnown(w.Schedule) ? checkSchedule(w.Schedule).kind : undefined;
}
