import type { WindowRule } from "./rule";
import type { CanonicalWindow } from "../canonical";
import { show } from "../../core/diagnostics";
import { isKnown, isToken } from "../../core/tokens";
import { passes, tagKeyPath, WINDOW_FIELD_CONSTRAINTS } from "../field-constraints";

/** Tag keys AWS reserves (`aws:`), and a key given twice (Terraform keeps one value per key). */
export const tagKeys: WindowRule<CanonicalWindow> = {
  codes: { WindowTagKeyReserved: "error", WindowTagKeyDuplicate: "error" },
  check(w, sink) {
    if (!Array.isArray(w.Tags) || isToken(w.Tags)) return;
    const seen = new Map<string, string>();
    for (const tag of w.Tags) {
      if (!isKnown(tag.Key)) continue;
      const path = tagKeyPath(tag);
      if (passes(WINDOW_FIELD_CONSTRAINTS, "WindowTagKeyFormat", tag.Key) && /^aws:/i.test(tag.Key)) {
        sink.error("WindowTagKeyReserved", path, `Tag key ${show(tag.Key)} starts with "aws:", which AWS reserves for its own tags. Use another prefix.`);
      }
      const earlier = seen.get(tag.Key);
      if (earlier !== undefined) {
        sink.error("WindowTagKeyDuplicate", path, `Tag key ${show(tag.Key)} is given twice (also at ${earlier}); Terraform keeps one value per key. Remove one.`);
      } else seen.set(tag.Key, path);
    }
  },
};
