import type { Rule } from "./rule";
import { literal, literalTaskType } from "./helpers";
import { AWS_SHAPE_PATTERNS, matchesAwsPattern } from "../../../core/aws-patterns";
import { show } from "../../../core/diagnostics";

// Lambda's own FunctionName pattern (name, partial ARN or ARN, with an optional version/alias).
const LAMBDA_FUNCTION = /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_.]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const STATE_MACHINE = /^arn:aws(-[a-z]+)*:states:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:stateMachine:[^:\s]{1,80}(:[A-Za-z0-9_-]+)?$/;
const ACTIVITY = /^arn:aws(-[a-z]+)*:states:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:activity:[^:\s]{1,80}$/;
const DOCUMENT_ARN = /^arn:aws(-[a-z]+)*:ssm:[a-z]{2}(-[a-z]+)+-\d{1,2}:(\d{12})?:document\/[a-zA-Z0-9_\-.]{3,128}$/;

const SHAPES: Record<string, { test: (arn: string) => boolean; allowed: string }> = {
  RUN_COMMAND: {
    test: isDocument,
    allowed: 'an SSM Command document name such as "AWS-RunShellScript", or a document ARN arn:aws:ssm:<region>:<account>:document/<name>',
  },
  AUTOMATION: {
    test: isDocument,
    allowed: 'an Automation runbook name such as "AWS-RestartEC2Instance", or a document ARN arn:aws:ssm:<region>:<account>:document/<name>',
  },
  LAMBDA: { test: (a) => LAMBDA_FUNCTION.test(a), allowed: "a Lambda function name or ARN (arn:aws:lambda:<region>:<account>:function:<name>)" },
  STEP_FUNCTIONS: { test: (a) => STATE_MACHINE.test(a), allowed: "a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>)" },
};

function isDocument(arn: string): boolean {
  if (arn.startsWith("arn:")) return DOCUMENT_ARN.test(arn) && matchesAwsPattern(AWS_SHAPE_PATTERNS.DocumentARN, arn);
  return matchesAwsPattern(AWS_SHAPE_PATTERNS.DocumentName, arn);
}

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
    const shape = type && SHAPES[type];
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
