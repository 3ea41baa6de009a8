import type { WindowRule } from "./rule";
import type { CanonicalTaskOfWindow } from "../canonical";
import { isToken } from "../../core/tokens";

/** A window without AllowUnassociatedTargets only runs tasks on its registered targets. */
export const unassociatedTargets: WindowRule<CanonicalTaskOfWindow> = {
  codes: { WindowUnassociatedTargetsNotAllowed: "error" },
  check({ window, targetKeys }, sink) {
    const allow = window.AllowUnassociatedTargets;
    if (allow === true || isToken(allow)) return;
    for (const { path, Key } of targetKeys) {
      if (Key !== "InstanceIds") continue;
      sink.error(
        "WindowUnassociatedTargetsNotAllowed",
        path,
        "The task targets InstanceIds directly, but the window does not allow unassociated targets (AllowUnassociatedTargets is false by default): AWS only accepts " +
          'registered window targets here. Register the instances with window.addTarget(...) and use { Key: "WindowTargetIds", Values: [target.id] }, or set AllowUnassociatedTargets: true on the window.',
      );
    }
  },
};
