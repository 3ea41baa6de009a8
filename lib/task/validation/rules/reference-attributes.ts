import type { Rule } from "./rule";
import { blocksOf, literalTaskType } from "./helpers";
import type { DiagnosticSink } from "../../../core/diagnostics";
import type { CanonicalTask } from "../../canonical";
import { isToken } from "../../../core/tokens";
import { listReference, stringReference, type TokenReference } from "../../../core/references";

// A token is well-formed by construction, so no shape rule sees `WindowId: window.name` or
// `OutputS3BucketName: bucket.arn`; they fail at apply or when the window runs. cdktf's token names
// the resource type and attribute it stands for, and that is what these checks read. Variables,
// locals, module outputs, function calls, strings with a token inside other text and resource types
// we know nothing about are accepted without judgement.

/** What a field accepts: resource (or data source) types with the attributes that fit. */
interface ReferenceSpec {
  /** The field's need, for messages: "a maintenance window's id". */
  readonly needs: string;
  /** Right resource types → the attributes that give what the field needs. */
  readonly right: Readonly<Record<string, readonly string[]>>;
  /** Attributes that give what the field needs on any resource type (e.g. a window target's `window_id`). */
  readonly anyType?: readonly string[];
  /** How to write it right, in cdktf terms. */
  readonly fix: string;
  /**
   * Resource types AWS accepts at registration although the task then fails when it runs (a
   * warning, not an error), with the reason.
   */
  readonly acceptedButFails?: Readonly<Record<string, string>>;
  /** Another resource's `arn` registers fine (and fails when the window runs): a warning. */
  readonly otherArnIsWarning?: string;
}

const WINDOW_ID: ReferenceSpec = {
  needs: "a maintenance window's id",
  right: { aws_ssm_maintenance_window: ["id"], aws_ssm_maintenance_windows: ["ids"] },
  anyType: ["window_id"],
  fix: "Use the window's id: window.id (aws_ssm_maintenance_window.<name>.id), or pass the window construct itself",
};

const WINDOW_TARGET_ID: ReferenceSpec = {
  needs: "a window target's id",
  right: { aws_ssm_maintenance_window_target: ["id"] },
  anyType: ["window_target_id"],
  fix: "Register a window target (window.addTarget(...) or an SsmMaintenanceWindowTarget) and use its id, e.g. Targets: TaskTargets.windowTargets([windowTarget])",
};

const INSTANCE_ID: ReferenceSpec = {
  needs: "an instance id",
  right: {
    aws_instance: ["id"],
    aws_instances: ["ids"],
    aws_spot_instance_request: ["spot_instance_id"],
    aws_ec2_instance_state: ["id", "instance_id"],
  },
  anyType: ["instance_id", "instance_ids", "spot_instance_id"],
  fix: "Use an instance's id (aws_instance.<name>.id), or to run on window targets use Key \"WindowTargetIds\" (TaskTargets.windowTargets([windowTarget]))",
};

const ROLE_ARN: ReferenceSpec = {
  needs: "an IAM role's ARN",
  right: { aws_iam_role: ["arn"], aws_iam_service_linked_role: ["arn"] },
  anyType: ["role_arn", "service_role_arn", "iam_role_arn", "execution_role_arn"],
  fix: "Use the role's ARN: role.arn (aws_iam_role.<name>.arn), or pass the role construct itself",
};

const TOPIC_ARN: ReferenceSpec = {
  needs: "an SNS topic's ARN",
  right: { aws_sns_topic: ["arn", "id"] },
  anyType: ["topic_arn", "sns_topic_arn"],
  fix: "Use the topic's ARN: topic.arn (aws_sns_topic.<name>.arn), or pass the topic construct itself",
  otherArnIsWarning: "Run Command notifications go to SNS topics only",
};

const BUCKET_NAME: ReferenceSpec = {
  needs: "an S3 bucket's name",
  right: { aws_s3_bucket: ["bucket", "id"], aws_s3_directory_bucket: ["bucket", "id"] },
  anyType: ["bucket", "bucket_name", "s3_bucket_name"],
  fix: "Use the bucket's name: bucket.bucket or bucket.id (aws_s3_bucket.<name>.bucket), not its ARN or a domain name",
};

const LOG_GROUP_NAME: ReferenceSpec = {
  needs: "a CloudWatch log group's name",
  right: { aws_cloudwatch_log_group: ["name", "id"] },
  anyType: ["log_group_name"],
  fix: "Use the log group's name: logGroup.name (aws_cloudwatch_log_group.<name>.name), not its ARN",
};

const DOCUMENT: ReferenceSpec = {
  needs: "an SSM document's name or ARN",
  right: { aws_ssm_document: ["name", "arn", "id"] },
  anyType: ["document_name"],
  fix: "Use the document's name: document.name (aws_ssm_document.<name>.name), or pass the document construct itself",
};

const LAMBDA_FUNCTION: ReferenceSpec = {
  needs: "a Lambda function's ARN or name",
  right: {
    aws_lambda_function: ["arn", "function_name", "qualified_arn", "id"],
    aws_lambda_alias: ["arn"],
  },
  anyType: ["function_name", "function_arn", "lambda_function_arn"],
  fix: "Use the function's ARN: fn.arn (aws_lambda_function.<name>.arn), fn.qualifiedArn for a version, or pass the function construct itself — not invokeArn, which is API Gateway's",
};

const STATE_MACHINE: ReferenceSpec = {
  needs: "a Step Functions state machine's ARN",
  right: {
    aws_sfn_state_machine: ["arn", "id", "state_machine_version_arn"],
    aws_sfn_alias: ["arn"],
  },
  anyType: ["state_machine_arn"],
  fix: "Use the state machine's ARN: stateMachine.arn (aws_sfn_state_machine.<name>.arn), or pass the state machine construct itself",
  acceptedButFails: {
    aws_sfn_activity: "AWS registers an activity ARN as TaskArn, but a STEP_FUNCTIONS task starts an execution of a state machine, which an activity is not",
  },
};

/** Resource types whose attributes carry arbitrary values (a parameter's value, a stack's outputs): never judged. */
const VALUE_CARRIERS = new Set([
  "aws_ssm_parameter",
  "aws_ssm_parameters_by_path",
  "aws_cloudformation_stack",
  "aws_cloudformation_export",
  "aws_cloudformation_stack_set_instance",
  "aws_servicecatalog_provisioned_product",
  "aws_secretsmanager_secret_version",
  "aws_lambda_invocation",
  "aws_cloudcontrolapi_resource",
]);

/** What a few resource types are called in messages; others are named by their Terraform type. */
const NOUNS: Record<string, string> = {
  aws_ssm_maintenance_window: "a maintenance window",
  aws_ssm_maintenance_window_target: "a window target",
  aws_ssm_maintenance_window_task: "a maintenance window task",
  aws_instance: "an EC2 instance",
  aws_iam_role: "an IAM role",
  aws_iam_policy: "an IAM policy",
  aws_iam_instance_profile: "an IAM instance profile",
  aws_sns_topic: "an SNS topic",
  aws_sqs_queue: "an SQS queue",
  aws_s3_bucket: "an S3 bucket",
  aws_cloudwatch_log_group: "a CloudWatch log group",
  aws_ssm_document: "an SSM document",
  aws_lambda_function: "a Lambda function",
  aws_sfn_state_machine: "a state machine",
  aws_sfn_activity: "a Step Functions activity",
};

function noun(type: string): string {
  return NOUNS[type] ?? `an ${type}`;
}

/** `function_name` → `functionName`: the cdktf property of a Terraform attribute. */
function camel(attribute: string): string {
  return attribute.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The reference attribute checks of a task's props (see help/validation.md). */
export const referenceAttributes: Rule = {
  codes: { ReferenceWrongAttribute: "error", ReferenceWrongResource: "error", ReferenceUnexpectedResource: "warning" },
  check(task, sink) {
    checkString(task.WindowId, "WindowId", WINDOW_ID, sink);
    checkString(task.ServiceRoleArn, "ServiceRoleArn", ROLE_ARN, sink);
    checkTaskArn(task, sink);
    checkTargets(task, sink);
    for (const block of blocksOf(task, "RunCommand")) {
      const p = block.params;
      checkString(p.ServiceRoleArn, `${block.path}.ServiceRoleArn`, ROLE_ARN, sink);
      checkString(p.NotificationConfig?.NotificationArn, `${block.path}.NotificationConfig.NotificationArn`, TOPIC_ARN, sink);
      checkString(p.OutputS3BucketName, `${block.path}.OutputS3BucketName`, BUCKET_NAME, sink);
      checkString(p.CloudWatchOutputConfig?.CloudWatchLogGroupName, `${block.path}.CloudWatchOutputConfig.CloudWatchLogGroupName`, LOG_GROUP_NAME, sink);
    }
    const logging = task.LoggingInfo as { S3Bucket?: string; paths?: { S3Bucket?: string } } | undefined;
    checkString(logging?.S3Bucket, logging?.paths?.S3Bucket ?? "LoggingInfo.S3Bucket", BUCKET_NAME, sink);
  },
};

function checkTaskArn(task: CanonicalTask, sink: DiagnosticSink): void {
  const spec = { RUN_COMMAND: DOCUMENT, AUTOMATION: DOCUMENT, LAMBDA: LAMBDA_FUNCTION, STEP_FUNCTIONS: STATE_MACHINE }[literalTaskType(task) ?? ""];
  if (spec) checkString(task.TaskArn, "TaskArn", spec, sink);
}

function checkTargets(task: CanonicalTask, sink: DiagnosticSink): void {
  if (!Array.isArray(task.Targets)) return;
  for (const target of task.Targets) {
    const spec = target.Key === "WindowTargetIds" ? WINDOW_TARGET_ID : target.Key === "InstanceIds" ? INSTANCE_ID : undefined;
    const values = target.Values;
    if (!spec || values === undefined) continue;
    const path = `${target.path}.Values`;
    if (isToken(values)) {
      judge(listReference(values), path, spec, `each ${target.Key} value`, sink);
      continue;
    }
    values.forEach((value, i) => checkString(value, `${path}[${i}]`, spec, sink, `a ${target.Key} value`));
  }
}

/** cdktf's marker in string tokens: only strings with it can be references (stringReference checks isToken). */
const TOKEN_MARKER = "{TfToken[";

/** Judges a string only when it is a token. */
function checkString(value: string | undefined, path: string, spec: ReferenceSpec, sink: DiagnosticSink, field?: string): void {
  if (typeof value !== "string" || !value.includes(TOKEN_MARKER)) return;
  judge(stringReference(value), path, spec, field ?? path.split(".").pop()!, sink);
}

function judge(ref: TokenReference | undefined, path: string, spec: ReferenceSpec, field: string, sink: DiagnosticSink): void {
  if (!ref || ref.kind === "other") return;
  const { type, attribute, expression } = ref;
  if (!type.startsWith("aws_") || VALUE_CARRIERS.has(type)) return;
  if (spec.anyType?.includes(attribute)) return;
  const where = `${ref.kind === "data" ? "data source " : ""}${expression}`;
  const rightAttributes = spec.right[type];
  if (rightAttributes) {
    if (rightAttributes.includes(attribute)) return;
    const use = rightAttributes[0];
    sink.error(
      "ReferenceWrongAttribute",
      path,
      `refers to ${where}, the ${attribute.replace(/_/g, " ")} of ${noun(type)}; ${field} must be ${spec.needs}. ` +
        `Use its ${rightAttributes.map((a) => `"${a}"`).join(" or ")} attribute instead: .${camel(use)} (${ref.kind === "data" ? "data." : ""}${type}.${ref.name}.${use}).`,
    );
    return;
  }
  const failsWhenRun = spec.acceptedButFails?.[type] ?? (attribute === "arn" ? spec.otherArnIsWarning : undefined);
  if (failsWhenRun) {
    sink.warning(
      "ReferenceUnexpectedResource",
      path,
      `refers to ${where}, the ${attribute.replace(/_/g, " ")} of ${noun(type)}; ${field} must be ${spec.needs}. ${failsWhenRun}: the task registers but fails every time the window runs. ${spec.fix}.`,
    );
    return;
  }
  sink.error("ReferenceWrongResource", path, `refers to ${where}, the ${attribute.replace(/_/g, " ")} of ${noun(type)}; ${field} must be ${spec.needs}. ${spec.fix}.`);
}
