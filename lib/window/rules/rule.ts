import type { DiagnosticSink } from "../../core/diagnostics";

/** A cross-field rule of the window, its targets or addTask: pure, reads the canonical subject, reports into the sink. */
export interface WindowRule<Subject> {
  /** The codes this rule can report, with their level (documented in help/maintenance-window.md). */
  readonly codes: Record<string, "error" | "warning">;
  check(subject: Subject, sink: DiagnosticSink): void;
}
