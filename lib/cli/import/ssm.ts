// The SSM calls `import` makes, as a port: the read (./read.ts) and its tests see only `SsmApi`,
// and the AWS SDK v3 is behind `loadSsmApi`, loaded with `await import` on first use. The SDK is an
// optional peer dependency of the package: the `local` commands and the constructs never load it,
// and a user who runs `import` without it is told what to install.
//
// The shapes below are the subset of the SSM API's responses that import reads, spelled as the
// API (and the SDK) spells them; nothing here depends on the SDK's types.
import { MaintenanceWindowError } from "../../core/errors";

export interface LiveTag {
  readonly Key?: string;
  readonly Value?: string;
}

export interface LiveSelector {
  readonly Key?: string;
  readonly Values?: readonly string[];
}

/** GetMaintenanceWindow's answer. */
export interface LiveWindow {
  readonly WindowId?: string;
  readonly Name?: string;
  readonly Description?: string;
  readonly Schedule?: string;
  readonly ScheduleTimezone?: string;
  readonly ScheduleOffset?: number;
  readonly StartDate?: string;
  readonly EndDate?: string;
  readonly Duration?: number;
  readonly Cutoff?: number;
  readonly AllowUnassociatedTargets?: boolean;
  readonly Enabled?: boolean;
}

/** One of DescribeMaintenanceWindowTargets' targets. */
export interface LiveTarget {
  readonly WindowTargetId?: string;
  readonly ResourceType?: string;
  readonly Targets?: readonly LiveSelector[];
  readonly Name?: string;
  readonly Description?: string;
  readonly OwnerInformation?: string;
}

export interface LiveRunCommand {
  readonly Comment?: string;
  readonly CloudWatchOutputConfig?: { readonly CloudWatchLogGroupName?: string; readonly CloudWatchOutputEnabled?: boolean };
  readonly DocumentHash?: string;
  readonly DocumentHashType?: string;
  readonly DocumentVersion?: string;
  readonly NotificationConfig?: { readonly NotificationArn?: string; readonly NotificationEvents?: readonly string[]; readonly NotificationType?: string };
  readonly OutputS3BucketName?: string;
  readonly OutputS3KeyPrefix?: string;
  readonly Parameters?: Readonly<Record<string, readonly string[]>>;
  readonly ServiceRoleArn?: string;
  readonly TimeoutSeconds?: number;
}

export interface LiveInvocation {
  readonly RunCommand?: LiveRunCommand;
  readonly Automation?: { readonly DocumentVersion?: string; readonly Parameters?: Readonly<Record<string, readonly string[]>> };
  /** The SDK gives the Payload blob as bytes; a fake client may give text. */
  readonly Lambda?: { readonly ClientContext?: string; readonly Payload?: Uint8Array | string; readonly Qualifier?: string };
  readonly StepFunctions?: { readonly Input?: string; readonly Name?: string };
}

/** GetMaintenanceWindowTask's answer (DescribeMaintenanceWindowTasks has no invocation parameters). */
export interface LiveTask {
  readonly WindowTaskId?: string;
  readonly TaskArn?: string;
  readonly TaskType?: string;
  readonly Priority?: number;
  readonly MaxConcurrency?: string;
  readonly MaxErrors?: string;
  readonly ServiceRoleArn?: string;
  readonly CutoffBehavior?: string;
  readonly Name?: string;
  readonly Description?: string;
  readonly Targets?: readonly LiveSelector[];
  readonly TaskInvocationParameters?: LiveInvocation;
}

interface Page {
  readonly NextToken?: string;
}

/** Each call import makes: its input and the part of its output import reads. Keys are the IAM actions' names. */
export interface SsmCalls {
  DescribeMaintenanceWindows: { input: { NextToken?: string }; output: Page & { WindowIdentities?: readonly { WindowId?: string }[] } };
  GetMaintenanceWindow: { input: { WindowId: string }; output: LiveWindow };
  ListTagsForResource: { input: { ResourceType: "MaintenanceWindow"; ResourceId: string }; output: { TagList?: readonly LiveTag[] } };
  DescribeMaintenanceWindowTargets: { input: { WindowId: string; NextToken?: string }; output: Page & { Targets?: readonly LiveTarget[] } };
  DescribeMaintenanceWindowTasks: { input: { WindowId: string; NextToken?: string }; output: Page & { Tasks?: readonly { WindowTaskId?: string }[] } };
  GetMaintenanceWindowTask: { input: { WindowId: string; WindowTaskId: string }; output: LiveTask };
}

export type SsmAction = keyof SsmCalls;

/** The port: one SSM call by its action name. */
export interface SsmApi {
  call<A extends SsmAction>(action: A, input: SsmCalls[A]["input"]): Promise<SsmCalls[A]["output"]>;
  /** The account the credentials belong to, when they say (AWS_ACCOUNT_ID, an SSO profile). */
  account?(): Promise<string | undefined>;
}

/** An import that cannot go on: the message says what is wrong and how to fix it (exit 1). */
export class ImportError extends MaintenanceWindowError {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export const SDK_PACKAGE = "@aws-sdk/client-ssm";

interface SdkModule {
  SSMClient: new (config: { region: string }) => {
    send(command: unknown): Promise<unknown>;
    config: { credentials?: () => Promise<{ accountId?: string }>; endpoint?: () => Promise<{ hostname?: string; port?: number; protocol?: string }> };
  };
  [command: string]: unknown;
}

function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND";
}

/**
 * The SSM API through the AWS SDK v3, for `region`. The SDK reads the credentials and the endpoint
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SSM) from the environment as every SDK does. `load` is the
 * module loader (tests pass one that fails).
 */
export async function loadSsmApi(region: string, load: (name: string) => Promise<unknown> = (name) => import(name)): Promise<SsmApi> {
  // The SDK's notice that its releases from 2027 need Node 22 says nothing about this command's
  // read; printed on every run, it buries import's own progress and errors. A user's own setting wins.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  let sdk: SdkModule;
  try {
    sdk = (await load(SDK_PACKAGE)) as SdkModule;
  } catch (error) {
    if (!isMissingModule(error)) throw error;
    throw new ImportError(`import needs the AWS SDK's SSM client, which is not installed. Install it next to this package: npm install ${SDK_PACKAGE}`);
  }
  const client = new sdk.SSMClient({ region });
  return {
    call: async (action, input) => {
      const Command = sdk[`${action}Command`] as new (input: unknown) => unknown;
      return (await client.send(new Command(input))) as never;
    },
    account: async () => {
      try {
        return (await client.config.credentials?.())?.accountId;
      } catch {
        return undefined; // the first call reports missing credentials, with the action it needed
      }
    },
  };
}

/** What an error of the SDK (or the network under it) means for the user. */
export function explainError(error: unknown, action: SsmAction, region: string): ImportError {
  if (error instanceof ImportError) return error;
  const e = (error ?? {}) as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const name = e.name ?? "";
  const said = e.message ? ` (AWS said: ${e.message})` : "";
  if (name === "AccessDeniedException" || name === "AccessDenied" || name === "UnauthorizedOperation") {
    return new ImportError(`missing permission: the credentials may not call ssm:${action}${said}. Allow ssm:${action} in the IAM policy of the user or role that runs import.`);
  }
  if (name === "UnrecognizedClientException" || name === "InvalidSignatureException" || name === "ExpiredTokenException" || name === "InvalidClientTokenId") {
    return new ImportError(`the AWS credentials were rejected calling ssm:${action}${said}. Check AWS_PROFILE / AWS_ACCESS_KEY_ID, or log in again.`);
  }
  if (name === "CredentialsProviderError") {
    return new ImportError(`no AWS credentials found (${e.message ?? "none in the environment"}). Set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`);
  }
  const code = e.code ?? e.cause?.code ?? "";
  if (["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"].includes(code) || name === "TimeoutError") {
    const override = process.env.AWS_ENDPOINT_URL_SSM ?? process.env.AWS_ENDPOINT_URL;
    const where = override ? `the endpoint ${override} (from ${process.env.AWS_ENDPOINT_URL_SSM ? "AWS_ENDPOINT_URL_SSM" : "AWS_ENDPOINT_URL"})` : `the SSM endpoint of region ${region}`;
    return new ImportError(`could not reach ${where} calling ssm:${action}: ${code || name}. Check --region${override ? " and that the endpoint is running" : ""} and the network.`);
  }
  return new ImportError(`ssm:${action} failed: ${name || "error"}${e.message ? `: ${e.message}` : ""}`);
}
