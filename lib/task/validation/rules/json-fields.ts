import type { Rule } from "./rule";
import { blocksOf } from "./helpers";
import { isToken } from "../../../core/tokens";
import type { DiagnosticSink } from "../../../core/diagnostics";

/** Lambda Payload and Step Functions Input given as text must be JSON (values are never shown). */
export const jsonFields: Rule = {
  codes: { PayloadNotJson: "error", InputNotJson: "error" },
  check(task, sink) {
    for (const block of blocksOf(task, "Lambda")) {
      checkJson("PayloadNotJson", `${block.path}.Payload`, block.params.Payload, "Lambda rejects an event that is not JSON", sink);
    }
    for (const block of blocksOf(task, "StepFunctions")) {
      checkJson("InputNotJson", `${block.path}.Input`, block.params.Input, "Step Functions rejects execution input that is not JSON", sink);
    }
  },
};

function checkJson(code: string, path: string, value: unknown, why: string, sink: DiagnosticSink): void {
  if (typeof value !== "string" || isToken(value)) return;
  try {
    JSON.parse(value);
  } catch {
    // JSON.parse's message quotes the text, so it is not repeated here (the value is sensitive).
    sink.error(code, path, `The value (not shown: sensitive) is not valid JSON; ${why}. Pass an object and it is encoded for you, or fix the text.`);
  }
}
