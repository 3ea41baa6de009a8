import type { CanonicalTask } from "../../canonical";
import type { DiagnosticSink } from "../../../core/diagnostics";

/** A cross-field rule: pure, reads the canonical task, reports into the sink. */
export interface Rule {
  /** The codes this rule can report, with their level (documented in help/validation.md). */
  readonly codes: Record<string, "error" | "warning">;
  check(task: CanonicalTask, sink: DiagnosticSink): void;
}
