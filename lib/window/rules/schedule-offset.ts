import type { WindowRule } from "./rule";
import type { CanonicalWindow } from "../canonical";
import { passes, WINDOW_FIELD_CONSTRAINTS } from "../field-constraints";
import { scheduleKind } from "./schedule";

/** AWS supports ScheduleOffset only with a cron schedule. */
export const offsetNeedsCron: WindowRule<CanonicalWindow> = {
  codes: { WindowScheduleOffsetWithoutCron: "error" },
  check(w, sink) {
    if (!passes(WINDOW_FIELD_CONSTRAINTS, "WindowScheduleOffsetRange", w.ScheduleOffset)) return;
    const kind = scheduleKind(w);
    if (kind !== "rate" && kind !== "at") return;
    sink.error(
      "WindowScheduleOffsetWithoutCron",
      "ScheduleOffset",
      `ScheduleOffset ${w.ScheduleOffset} is set but the schedule is a ${kind} expression; AWS supports offsets only for cron schedules. Remove it, or use a cron schedule.`,
    );
  },
};
