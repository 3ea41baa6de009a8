import type { CanonicalTask } from "../../normalize/canonical";
import type { DiagnosticSink } from "../diagnostic";

/** A cross-field rule: pure, reads the canonical task, reports into the sink. */
export interface Rule {
  /** The codes this rule can report, with their level (documented in help/validation.md). */
  readonly codes: Record<string, "error" | "warning">;
  check(task: CanonicalTask, sink: DiagnosticSink): void;
}
