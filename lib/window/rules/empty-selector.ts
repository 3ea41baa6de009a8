import type { WindowRule } from "./rule";
import type { CanonicalWindowTarget } from "../canonical";
import { isToken } from "../../core/tokens";
import { selectorsOf } from "../field-constraints";

/** A selector with no values matches nothing (AWS accepts it). */
export const emptySelector: WindowRule<CanonicalWindowTarget> = {
  codes: { WindowTargetValuesEmpty: "warning" },
  check(t, sink) {
    for (const s of selectorsOf(t)) {
      if (!s.Values || isToken(s.Values) || s.Values.length > 0) continue;
      sink.warning("WindowTargetValuesEmpty", `${s.path}.Values`, "Values is empty: this selector matches nothing. Add values, or remove the selector.");
    }
  },
};
