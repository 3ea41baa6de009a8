// Public props of MaintenanceWindowTask, spelled as CloudFormation's AWS::SSM::MaintenanceWindowTask
// (PascalCase). Limits quoted here come from AWS's API model (botocore `ssm` service-2.json) and are
// enforced by lib/validation.
import type { IResolvable, TerraformMetaArguments } from "../core/runtime";
import type { DocumentRef, LambdaFunctionRef, MaintenanceWindowRef, RoleRef, StateMachineRef, TopicRef } from "./references";

/** What a maintenance window task runs. */
export type TaskType = "RUN_COMMAND" | "AUTOMATION" | "LAMBDA" | "STEP_FUNCTIONS";

/** What happens to a running task when the window's cutoff time is reached. */
export type CutoffBehavior = "CONTINUE_TASK" | "CANCEL_TASK";

/** Command status changes that trigger an SNS notification. */
export type NotificationEvent = "All" | "InProgress" | "Success" | "TimedOut" | "Cancelled" | "Failed";

/** `Command` notifies on the status of the whole command, `Invocation` per managed node. */
export type NotificationType = "Command" | "Invocation";

/** Hash algorithm of `DocumentHash`. `Sha1` is deprecated by AWS. */
export type DocumentHashType = "Sha256" | "Sha1";

/**
 * Target keys a maintenance window *task* accepts. Tag and resource-group targeting goes through a
 * window target (`aws_ssm_maintenance_window_target`) referenced with `WindowTargetIds`.
 */
export type TargetKey = "InstanceIds" | "WindowTargetIds";

/** A JSON value, for fields that AWS carries as JSON text (Lambda `Payload`, Step Functions `Input`). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Which managed nodes or window targets the task runs on.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_Target.html
 */
export interface MaintenanceWindowTaskTarget {
  /**
   * `InstanceIds` (up to 50 instance ids) or `WindowTargetIds` (up to 10 ids of
   * `aws_ssm_maintenance_window_target` resources registered with the same window).
   */
  readonly Key: TargetKey;
  /** The instance ids or window target ids. At least one. May be a list token. */
  readonly Values: readonly string[];
}

/**
 * Sends command output to CloudWatch Logs.
 */
export interface CloudWatchOutputConfig {
  /**
   * Log group name, 1–512 characters.
   *
   * @default - SSM names the group `/aws/ssm/<DocumentName>`
   */
  readonly CloudWatchLogGroupName?: string;
  /**
   * Whether output goes to CloudWatch Logs.
   *
   * @default false
   */
  readonly CloudWatchOutputEnabled?: boolean;
}

/**
 * SNS notifications about command status changes.
 */
export interface NotificationConfig {
  /**
   * ARN of the SNS topic that receives the notifications. Required by CloudFormation whenever the
   * block is given; pair it with `RunCommand.ServiceRoleArn`, the role that publishes to the topic.
   */
  readonly NotificationArn: string | TopicRef;
  /**
   * Which status changes notify.
   *
   * @default - AWS sends none until events are chosen (the console defaults to `All`)
   */
  readonly NotificationEvents?: readonly NotificationEvent[];
  /**
   * Notify per command or per managed node.
   *
   * @default - none; AWS requires a type for notifications to be sent
   */
  readonly NotificationType?: NotificationType;
}

/**
 * Parameters of a RUN_COMMAND task. The document itself is chosen by the task's `TaskArn`
 * (for example `AWS-RunShellScript`); there is no document name field here.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_MaintenanceWindowRunCommandParameters.html
 */
export interface RunCommandParameters {
  /**
   * Information about the commands, up to 100 characters.
   *
   * @default - no comment
   */
  readonly Comment?: string;
  /**
   * Send the command output to CloudWatch Logs.
   *
   * @default - output is not sent to CloudWatch Logs
   */
  readonly CloudWatchOutputConfig?: CloudWatchOutputConfig;
  /**
   * Hash of the document (up to 256 characters), to make sure the expected document runs.
   *
   * @default - the document is not checked against a hash
   */
  readonly DocumentHash?: string;
  /**
   * Algorithm of `DocumentHash`.
   *
   * @default - `Sha256` when a hash is given
   */
  readonly DocumentHashType?: DocumentHashType;
  /**
   * Document version: `$DEFAULT`, `$LATEST` or a version number such as `"3"`.
   *
   * @default - the document's default version (`$DEFAULT`)
   */
  readonly DocumentVersion?: string;
  /**
   * SNS notifications about command status changes.
   *
   * @default - no notifications
   */
  readonly NotificationConfig?: NotificationConfig;
  /**
   * S3 bucket (3–63 characters) that receives the command output.
   *
   * @default - output is not written to S3
   */
  readonly OutputS3BucketName?: string;
  /**
   * Key prefix (up to 500 characters) for output in `OutputS3BucketName`.
   *
   * @default - output is written at the bucket's root
   */
  readonly OutputS3KeyPrefix?: string;
  /**
   * The document's parameters: parameter name → list of values, e.g. `{ commands: ["uptime"] }`.
   * Names are case-sensitive and must match the document (`commands`, not `Commands`, for
   * AWS-RunShellScript). An entry whose value is `undefined` is left out (so conditional
   * spreads type-check).
   *
   * @default - the document's parameter defaults
   */
  readonly Parameters?: Record<string, readonly string[] | undefined>;
  /**
   * IAM role that Run Command uses to publish `NotificationConfig` notifications to SNS (an ARN or
   * the role construct).
   *
   * @default - no role; notifications cannot be published
   */
  readonly ServiceRoleArn?: string | RoleRef;
  /**
   * Seconds (30–2592000) after which the command is not started if it has not started yet.
   *
   * @default - 600 seconds (Run Command's default)
   */
  readonly TimeoutSeconds?: number;
}

/**
 * Parameters of an AUTOMATION task. The runbook is chosen by the task's `TaskArn`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_MaintenanceWindowAutomationParameters.html
 */
export interface AutomationParameters {
  /**
   * Runbook version: `$DEFAULT`, `$LATEST` or a version number.
   *
   * @default - the runbook's default version
   */
  readonly DocumentVersion?: string;
  /**
   * The runbook's parameters: name (1–50 characters) → values (each 1–512 characters, up to 50).
   * Pseudo parameters such as `{{RESOURCE_ID}}` and `{{TARGET_ID}}` are allowed.
   *
   * @default - the runbook's parameter defaults
   */
  readonly Parameters?: Record<string, readonly string[] | undefined>;
}

/**
 * Parameters of a LAMBDA task. The function is chosen by the task's `TaskArn`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_MaintenanceWindowLambdaParameters.html
 */
export interface LambdaParameters {
  /**
   * Base64-encoded JSON (1–8000 characters) passed to the function as client context.
   *
   * @default - no client context
   */
  readonly ClientContext?: string;
  /**
   * The event passed to the function: JSON text, or an object that is JSON-encoded for you
   * (up to 4096 bytes). Sensitive: never printed in diagnostics.
   *
   * @default - an empty event
   */
  readonly Payload?: string | { [key: string]: JsonValue };
  /**
   * Function version or alias (1–128 characters).
   *
   * @default - `$LATEST`
   */
  readonly Qualifier?: string;
}

/**
 * Parameters of a STEP_FUNCTIONS task. The state machine is chosen by the task's `TaskArn`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_MaintenanceWindowStepFunctionsParameters.html
 */
export interface StepFunctionsParameters {
  /**
   * Execution input: JSON text, or an object that is JSON-encoded for you (up to 4096 characters).
   * Sensitive: never printed in diagnostics.
   *
   * @default - `{}`
   */
  readonly Input?: string | { [key: string]: JsonValue };
  /**
   * Execution name (1–80 characters).
   *
   * @default - Step Functions generates a unique name
   */
  readonly Name?: string;
}

/** Invocation parameters of a RUN_COMMAND task: `RunCommand` or CloudFormation's long key. */
export interface RunCommandInvocationParameters {
  /**
   * Run Command parameters (the SSM API's key; the docs page uses it).
   *
   * @default - the document runs with its defaults
   */
  readonly RunCommand?: RunCommandParameters;
  /**
   * Run Command parameters (CloudFormation's key). Give this or `RunCommand`, not both.
   *
   * @default - the document runs with its defaults
   */
  readonly MaintenanceWindowRunCommandParameters?: RunCommandParameters;
  readonly Automation?: never;
  readonly MaintenanceWindowAutomationParameters?: never;
  readonly Lambda?: never;
  readonly MaintenanceWindowLambdaParameters?: never;
  readonly StepFunctions?: never;
  readonly MaintenanceWindowStepFunctionsParameters?: never;
}

/** Invocation parameters of an AUTOMATION task: `Automation` or CloudFormation's long key. */
export interface AutomationInvocationParameters {
  /**
   * Automation parameters (the SSM API's key).
   *
   * @default - the runbook runs with its defaults
   */
  readonly Automation?: AutomationParameters;
  /**
   * Automation parameters (CloudFormation's key). Give this or `Automation`, not both.
   *
   * @default - the runbook runs with its defaults
   */
  readonly MaintenanceWindowAutomationParameters?: AutomationParameters;
  readonly RunCommand?: never;
  readonly MaintenanceWindowRunCommandParameters?: never;
  readonly Lambda?: never;
  readonly MaintenanceWindowLambdaParameters?: never;
  readonly StepFunctions?: never;
  readonly MaintenanceWindowStepFunctionsParameters?: never;
}

/** Invocation parameters of a LAMBDA task: `Lambda` or CloudFormation's long key. */
export interface LambdaInvocationParameters {
  /**
   * Lambda parameters (the SSM API's key).
   *
   * @default - `$LATEST` is invoked with an empty event
   */
  readonly Lambda?: LambdaParameters;
  /**
   * Lambda parameters (CloudFormation's key). Give this or `Lambda`, not both.
   *
   * @default - `$LATEST` is invoked with an empty event
   */
  readonly MaintenanceWindowLambdaParameters?: LambdaParameters;
  readonly RunCommand?: never;
  readonly MaintenanceWindowRunCommandParameters?: never;
  readonly Automation?: never;
  readonly MaintenanceWindowAutomationParameters?: never;
  readonly StepFunctions?: never;
  readonly MaintenanceWindowStepFunctionsParameters?: never;
}

/** Invocation parameters of a STEP_FUNCTIONS task: `StepFunctions` or CloudFormation's long key. */
export interface StepFunctionsInvocationParameters {
  /**
   * Step Functions parameters (the SSM API's key).
   *
   * @default - the execution starts with input `{}` and a generated name
   */
  readonly StepFunctions?: StepFunctionsParameters;
  /**
   * Step Functions parameters (CloudFormation's key). Give this or `StepFunctions`, not both.
   *
   * @default - the execution starts with input `{}` and a generated name
   */
  readonly MaintenanceWindowStepFunctionsParameters?: StepFunctionsParameters;
  readonly RunCommand?: never;
  readonly MaintenanceWindowRunCommandParameters?: never;
  readonly Automation?: never;
  readonly MaintenanceWindowAutomationParameters?: never;
  readonly Lambda?: never;
  readonly MaintenanceWindowLambdaParameters?: never;
}

/**
 * Deprecated S3 logging settings, in CloudFormation's shape.
 *
 * @deprecated Use `RunCommand.OutputS3BucketName` / `OutputS3KeyPrefix`.
 */
export interface CloudFormationLoggingInfo {
  /** S3 bucket name, 3–63 characters. */
  readonly S3Bucket: string;
  /**
   * Region of the bucket. Terraform has no field for it (S3 output goes to the bucket wherever it
   * is), so it is dropped with a warning.
   */
  readonly Region: string;
  /**
   * Key prefix, up to 500 characters.
   *
   * @default - the bucket's root
   */
  readonly S3Prefix?: string;
  /** Not in this shape: use `S3Bucket`. */
  readonly S3BucketName?: never;
  /** Not in this shape: use `Region`. */
  readonly S3Region?: never;
  /** Not in this shape: use `S3Prefix`. */
  readonly S3KeyPrefix?: never;
}

/**
 * Deprecated S3 logging settings, in the SSM API's shape (`RegisterTaskWithMaintenanceWindow`'s
 * `LoggingInfo`). Mapped exactly like CloudFormation's shape.
 *
 * @deprecated Use `RunCommand.OutputS3BucketName` / `OutputS3KeyPrefix`.
 */
export interface ApiLoggingInfo {
  /** S3 bucket name, 3–63 characters. */
  readonly S3BucketName: string;
  /** Region of the bucket; Terraform has no field for it, so it is dropped with a warning. */
  readonly S3Region: string;
  /**
   * Key prefix, up to 500 characters.
   *
   * @default - the bucket's root
   */
  readonly S3KeyPrefix?: string;
  /** Not in this shape: use `S3BucketName`. */
  readonly S3Bucket?: never;
  /** Not in this shape: use `S3Region`. */
  readonly Region?: never;
  /** Not in this shape: use `S3KeyPrefix`. */
  readonly S3Prefix?: never;
}

/**
 * Deprecated S3 logging settings, in CloudFormation's shape `{ S3Bucket, Region, S3Prefix }` or the
 * SSM API's `{ S3BucketName, S3Region, S3KeyPrefix }` (one shape per object).
 *
 * @deprecated Use `RunCommand.OutputS3BucketName` / `OutputS3KeyPrefix`.
 */
export type LoggingInfo = CloudFormationLoggingInfo | ApiLoggingInfo;

/** One deprecated task parameter: CloudFormation's `{ Values: [...] }`. */
export interface TaskParameterValueExpression {
  /** Values, each 1–255 characters. */
  readonly Values: readonly string[];
}

/**
 * Options of this library (camelCase, like cdktf's meta-arguments), next to the AWS props.
 */
export interface MaintenanceWindowTaskOptions extends TerraformMetaArguments {
  /**
   * Warning codes (see help/validation.md) you have read and accept for this task; they are not
   * added to the stack's annotations. Errors cannot be acknowledged.
   *
   * @default - every warning is reported
   */
  readonly acknowledgeWarnings?: readonly string[];
}

/** Props shared by every task type. */
export interface MaintenanceWindowTaskBaseProps extends MaintenanceWindowTaskOptions {
  /**
   * Id of the maintenance window (`mw-` followed by 17 hex digits), or the window construct itself
   * (`SsmMaintenanceWindow` or `MaintenanceWindow`). Changing it replaces the task.
   */
  readonly WindowId: string | MaintenanceWindowRef;
  /**
   * Priority in the window, a whole number from 0 to 2147483647; lower runs first, equal priorities
   * run in parallel. Optional, as in Terraform and the SSM API (CloudFormation requires it): when it
   * is left out the provider sends none and the task has priority 0, the same as `Priority: 0`,
   * so it runs first, in parallel with the window's other priority-0 tasks.
   *
   * @default 0
   */
  readonly Priority?: number;
  /**
   * How many targets run the task at once: a number (`1`, `"10"`) or a percentage (`"10%"`,
   * `"100%"`). Required when the task has `Targets`; not allowed without targets.
   *
   * @default - none for targetless tasks (AWS stores a placeholder `1`)
   */
  readonly MaxConcurrency?: string | number;
  /**
   * How many errors stop scheduling the task on further targets: a number (`0`, `"5"`) or a
   * percentage (`"0%"`, `"10%"`). Required when the task has `Targets`; not allowed without targets.
   *
   * @default - none for targetless tasks (AWS stores a placeholder `1`)
   */
  readonly MaxErrors?: string | number;
  /**
   * Up to 5 targets. Required for RUN_COMMAND tasks; optional for the other task types.
   *
   * @default - no targets (a targetless task, allowed for AUTOMATION, LAMBDA, STEP_FUNCTIONS)
   */
  readonly Targets?: readonly MaintenanceWindowTaskTarget[] | IResolvable;
  /**
   * ARN of the IAM role SSM assumes to run the task, or the role construct itself. Given a
   * `MaintenanceWindowServiceRole`, the role's policy grants exactly what this task needs.
   *
   * @default - SSM uses its service-linked role, creating it if needed
   */
  readonly ServiceRoleArn?: string | RoleRef;
  /**
   * What happens to a running task at the window's cutoff time.
   *
   * @default "CONTINUE_TASK" - AWS's default: running work finishes
   */
  readonly CutoffBehavior?: CutoffBehavior;
  /**
   * Task name: 3–128 letters, digits, `_`, `-` or `.`.
   *
   * @default - no name
   */
  readonly Name?: string;
  /**
   * Description, 1–128 characters.
   *
   * @default - no description
   */
  readonly Description?: string;
  /**
   * The AWS Region the task is registered in (Terraform's per-resource `region`), e.g. `eu-west-1`;
   * it must be its window's Region. Needs the hashicorp/aws provider 6 or later: `@cdktf/provider-aws`
   * ≥ 21 or `@cdktn/provider-aws` ≥ 23 (with 5.x bindings it is the error `RegionNeedsAwsProvider6`;
   * use `provider:` with an aliased AwsProvider for that Region instead). Added with
   * `MaintenanceWindow.addTask`, it defaults to the window's `Region`.
   *
   * @default - the provider's Region
   */
  readonly Region?: string;
}

/** A task that runs an SSM Command document (`TaskArn` = document name or ARN) on targets. */
export interface RunCommandTaskProps extends MaintenanceWindowTaskBaseProps {
  /** Runs a Command document. */
  readonly TaskType: "RUN_COMMAND";
  /**
   * SSM Command document name (e.g. `AWS-RunShellScript`) or document ARN, up to 1600 characters, or
   * an `SsmDocument` construct.
   */
  readonly TaskArn: string | DocumentRef;
  /**
   * The command's parameters and output settings.
   *
   * @default - the document runs with its parameter defaults
   */
  readonly TaskInvocationParameters?: RunCommandInvocationParameters;
  /**
   * Deprecated S3 logging. Translated to `RunCommand.OutputS3BucketName` / `OutputS3KeyPrefix`
   * (Terraform has no field for it), with a warning.
   *
   * @default - no S3 logging
   * @deprecated Use `TaskInvocationParameters.RunCommand.OutputS3BucketName` / `OutputS3KeyPrefix`.
   */
  readonly LoggingInfo?: LoggingInfo;
  /**
   * Deprecated parameters. Translated to `RunCommand.Parameters` (Terraform has no field for them),
   * with a warning.
   *
   * @default - no parameters
   * @deprecated Use `TaskInvocationParameters.RunCommand.Parameters`.
   */
  readonly TaskParameters?: Record<string, TaskParameterValueExpression>;
}

/** A task that starts an Automation runbook (`TaskArn` = runbook name or ARN). */
export interface AutomationTaskProps extends MaintenanceWindowTaskBaseProps {
  /** Starts an Automation runbook. */
  readonly TaskType: "AUTOMATION";
  /** Automation runbook name (e.g. `AWS-RestartEC2Instance`) or document ARN, or an `SsmDocument` construct. */
  readonly TaskArn: string | DocumentRef;
  /**
   * The runbook's parameters and version.
   *
   * @default - the runbook runs with its parameter defaults
   */
  readonly TaskInvocationParameters?: AutomationInvocationParameters;
}

/** A task that invokes a Lambda function (`TaskArn` = function name or ARN). */
export interface LambdaTaskProps extends MaintenanceWindowTaskBaseProps {
  /** Invokes a Lambda function. */
  readonly TaskType: "LAMBDA";
  /** Lambda function name or ARN, or a `LambdaFunction` construct. */
  readonly TaskArn: string | LambdaFunctionRef;
  /**
   * The payload, qualifier and client context.
   *
   * @default - the function's `$LATEST` version is invoked with an empty event
   */
  readonly TaskInvocationParameters?: LambdaInvocationParameters;
}

/** A task that starts a Step Functions execution (`TaskArn` = state machine ARN). */
export interface StepFunctionsTaskProps extends MaintenanceWindowTaskBaseProps {
  /** Starts a Step Functions execution. */
  readonly TaskType: "STEP_FUNCTIONS";
  /** State machine ARN (`arn:aws:states:<region>:<account>:stateMachine:<name>`), or an `SfnStateMachine` construct. */
  readonly TaskArn: string | StateMachineRef;
  /**
   * The execution's input and name.
   *
   * @default - the execution starts with input `{}` and a generated name
   */
  readonly TaskInvocationParameters?: StepFunctionsInvocationParameters;
}

/**
 * Props of a maintenance window task. `TaskType` selects which `TaskInvocationParameters` block
 * compiles: a RUN_COMMAND task with Lambda parameters is a type error.
 */
export type MaintenanceWindowTaskProps =
  | RunCommandTaskProps
  | AutomationTaskProps
  | LambdaTaskProps
  | StepFunctionsTaskProps;
