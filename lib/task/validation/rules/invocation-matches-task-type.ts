import type { Rule } from "./rule";
import { literalTaskType } from "./helpers";
import { taskTypeNamed, taskTypeOfKind } from "../../types";

/**
 * The invocation block must match TaskType, and only one may be given. Neither CloudFormation nor
 * Terraform checks this; the SSM API says the other members should stay empty.
 */
export const invocationMatchesTaskType: Rule = {
  codes: { InvocationTypeMismatch: "error", MultipleInvocationBlocks: "error" },
  check(task, sink) {
    const kinds = [...new Set(task.invocations.map((i) => i.kind))];
    if (kinds.length > 1) {
      sink.error(
        "MultipleInvocationBlocks",
        "TaskInvocationParameters",
        `Blocks for ${kinds.join(" and ")} are given; a task runs one thing. Keep only the block for its TaskType.`,
      );
    }
    const type = literalTaskType(task);
    if (!type) return;
    const right = taskTypeNamed(type);
    for (const inv of task.invocations) {
      const expected = taskTypeOfKind(inv.kind).taskType;
      if (expected !== type) {
        sink.error(
          "InvocationTypeMismatch",
          inv.path,
          `${inv.path.split(".").pop()} parameters belong to ${expected} tasks, but TaskType is ${JSON.stringify(type)}. ` +
            (right ? `Use TaskInvocationParameters.${right.shortKey} (or ${right.longKey}), or change TaskType to ${expected}.` : `Change TaskType to ${expected}.`),
        );
      }
    }
  },
};
