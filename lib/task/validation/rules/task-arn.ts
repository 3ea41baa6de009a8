import type { Rule } from "./rule";
import { literal, literalTaskType } from "./helpers";
import { taskTypeNamed } from "../../types";
import { show } from "../../../core/diagnostics";

const ACTIVITY = /^arn:aws(-[a-z]+)*:states:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:activity:[^:\s]{1,80}$/;

/**
 * What TaskArn means depends on TaskType; "arn:aws:ssm:…:task:X" (the docs page's) means nothing.
 * The SSM API has no pattern for TaskArn (only its length) and registers a TaskArn of the wrong
 * kind: HashiCorp's acceptance tests register a Command document on an AUTOMATION task and a Step
 * Functions activity on a STEP_FUNCTIONS task. So a wrong shape is a warning — AWS accepts the task
 * and every run of it fails — not an error.
 */
export const taskArnShape: Rule = {
  codes: { TaskArnFormat: "warning", TaskArnStepFunctionsActivity: "warning" },
  check(task, sink) {
    const type = literalTaskType(task);
    const shape = taskTypeNamed(type)?.taskArn;
    if (!shape || !literal(task.TaskArn) || task.TaskArn.length === 0 || shape.test(task.TaskArn)) return;
    if (type === "STEP_FUNCTIONS" && ACTIVITY.test(task.TaskArn)) {
      sink.warning(
        "TaskArnStepFunctionsActivity",
        "TaskArn",
        `${show(task.TaskArn)} is a Step Functions activity, not a state machine. AWS registers the task, but each run calls StartExecution, which needs a state machine ARN, so every run fails. Use the state machine's arn (arn:aws:states:<region>:<account>:stateMachine:<name>).`,
      );
      return;
    }
    sink.warning("TaskArnFormat", "TaskArn", `${show(task.TaskArn)} is not what a ${type} task runs; AWS registers the task but every run of it fails. Allowed: ${shape.allowed}.`);
  },
};
