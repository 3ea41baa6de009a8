// Literal strings Terraform would read as a template sequence ("${" or "%{"), with the core's check
// and message (lib/core/template.ts), as for the task.
import type { WindowRule } from "./rule";
import type { CanonicalWindow, CanonicalWindowTarget } from "../canonical";
import type { DiagnosticSink } from "../../core/diagnostics";
import { firstTemplateSequence, templateSequenceMessage } from "../../core/template";
import { isKnown, isToken } from "../../core/tokens";
import { selectorsOf } from "../field-constraints";

const CODES = { WindowTerraformInterpolation: "error" } as const;

function report(sink: DiagnosticSink, path: string, value: string | undefined, sensitive: boolean): void {
  if (!isKnown(value)) return;
  const seq = firstTemplateSequence(value);
  if (seq) sink.error("WindowTerraformInterpolation", path, templateSequenceMessage(sensitive ? "The value (not shown: sensitive)" : JSON.stringify(value), seq));
}

export const windowTemplates: WindowRule<CanonicalWindow> = {
  codes: CODES,
  check(w, sink) {
    report(sink, "Description", w.Description, true);
  },
};

export const targetTemplates: WindowRule<CanonicalWindowTarget> = {
  codes: CODES,
  check(t, sink) {
    report(sink, "Description", t.Description, true);
    report(sink, "OwnerInformation", t.OwnerInformation, true);
    for (const s of selectorsOf(t)) {
      if (!s.Values || isToken(s.Values)) continue;
      s.Values.forEach((v, i) => report(sink, `${s.path}.Values[${i}]`, v, false));
    }
  },
};
