// The one internal shape of a task, produced by normalize() and read by the rules and render().
// Keys use the SSM API's short names; every value has already been type-checked. Paths remember how
// the user spelled the property, so diagnostics speak the user's language.
import type { IResolvable } from "../core/runtime";

export type InvocationKind = "RunCommand" | "Automation" | "Lambda" | "StepFunctions";

/**
 * A parameter map as name → values; `values` may be a list token. Read back from Terraform with
 * dynamic `parameter` blocks, the whole map is a token (judged by no rule, never rendered).
 */
export type ParameterMap = Record<string, string[]>;

export interface CanonicalTarget {
  readonly path: string;
  readonly Key?: string;
  readonly Values?: string[];
}

export interface CanonicalRunCommand {
  readonly Comment?: string;
  readonly CloudWatchOutputConfig?: { CloudWatchLogGroupName?: string; CloudWatchOutputEnabled?: boolean | IResolvable };
  readonly DocumentHash?: string;
  readonly DocumentHashType?: string;
  readonly DocumentVersion?: string;
  readonly NotificationConfig?: { NotificationArn?: string; NotificationEvents?: string[]; NotificationType?: string };
  readonly OutputS3BucketName?: string;
  readonly OutputS3KeyPrefix?: string;
  readonly Parameters?: ParameterMap;
  readonly ServiceRoleArn?: string;
  readonly TimeoutSeconds?: number;
}

export interface CanonicalAutomation {
  readonly DocumentVersion?: string;
  readonly Parameters?: ParameterMap;
}

/** JSON fields keep the user's value: a string, or plain data (object or list) that render() encodes. */
export type JsonField = string | Record<string, unknown> | unknown[];

/** Deprecated LoggingInfo in CloudFormation's names; `paths` remembers the user's spelling of each. */
export interface CanonicalLoggingInfo {
  readonly S3Bucket?: string;
  readonly Region?: string;
  readonly S3Prefix?: string;
  readonly paths: { readonly S3Bucket: string; readonly Region: string; readonly S3Prefix: string };
}

export interface CanonicalLambda {
  readonly ClientContext?: string;
  readonly Payload?: JsonField;
  readonly Qualifier?: string;
}

export interface CanonicalStepFunctions {
  readonly Input?: JsonField;
  readonly Name?: string;
}

export type CanonicalInvocation =
  | { readonly kind: "RunCommand"; readonly path: string; readonly params: CanonicalRunCommand }
  | { readonly kind: "Automation"; readonly path: string; readonly params: CanonicalAutomation }
  | { readonly kind: "Lambda"; readonly path: string; readonly params: CanonicalLambda }
  | { readonly kind: "StepFunctions"; readonly path: string; readonly params: CanonicalStepFunctions };

export interface CanonicalTask {
  readonly WindowId?: string;
  readonly TaskArn?: string;
  readonly TaskType?: string;
  readonly Priority?: number;
  readonly MaxConcurrency?: string;
  readonly MaxErrors?: string;
  /** Absent, a list of targets, or a token for the whole list. */
  readonly Targets?: CanonicalTarget[] | IResolvable;
  readonly ServiceRoleArn?: string;
  readonly CutoffBehavior?: string;
  readonly Name?: string;
  readonly Description?: string;
  /** The resource's own Region (hashicorp/aws ≥ 6), or a token. */
  readonly Region?: string;
  /** Every invocation block the user gave (valid input has at most one). */
  readonly invocations: CanonicalInvocation[];
  /** Deprecated fields, kept as given so rules can judge them and render() can translate them. */
  readonly LoggingInfo?: CanonicalLoggingInfo;
  readonly TaskParameters?: ParameterMap;
  /** Warning codes the user acknowledged. */
  readonly acknowledgeWarnings: string[];
  /**
   * For a RUN_COMMAND task without an invocation block: the Run Command block its deprecated fields
   * translate to (normalize builds it; render writes it).
   */
  readonly fromDeprecated?: CanonicalRunCommand;
}

/** The invocation blocks of one kind. */
export function blocksOf<K extends InvocationKind>(task: CanonicalTask, kind: K): Extract<CanonicalInvocation, { kind: K }>[] {
  return task.invocations.filter((i): i is Extract<CanonicalInvocation, { kind: K }> => i.kind === kind);
}
