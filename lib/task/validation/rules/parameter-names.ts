import type { Rule } from "./rule";
import { blocksOf } from "./helpers";
import type { ParameterMap } from "../../canonical";
import type { DiagnosticSink } from "../../../core/diagnostics";
import { isToken } from "../../../core/tokens";

/**
 * Document parameter names are case-sensitive: `commands` and `Commands` are two parameters, and a
 * document defines only one of them, so SSM rejects the other when the task runs.
 */
export const parameterNames: Rule = {
  codes: { DuplicateParameterName: "error" },
  check(task, sink) {
    for (const block of [...blocksOf(task, "RunCommand"), ...blocksOf(task, "Automation")]) {
      checkMap(block.params.Parameters, `${block.path}.Parameters`, sink);
    }
    checkMap(task.TaskParameters, "TaskParameters", sink);
  },
};

function checkMap(map: ParameterMap | undefined, path: string, sink: DiagnosticSink): void {
  if (!map || isToken(map)) return;
  const seen = new Map<string, string>();
  for (const name of Object.keys(map)) {
    const folded = name.trim().toLowerCase();
    const first = seen.get(folded);
    if (first !== undefined) {
      sink.error(
        "DuplicateParameterName",
        `${path}.${name}`,
        `Parameters "${first}" and "${name}" differ only in case or spaces; a document defines one of them and SSM rejects the other at run time. Keep the document's spelling only.`,
      );
    } else {
      seen.set(folded, name);
    }
  }
}
