// The RUN_COMMAND task type: its invocation block (RunCommand / MaintenanceWindowRunCommandParameters), how it is read and rendered, and its TaskArn.
import type { CanonicalRunCommand, CanonicalTask } from "../canonical";
import { isToken } from "../../core/tokens";
import type { TaskTypeDescriptor } from "./descriptor";
import { isDocument, DOCUMENT_RESOURCES } from "./shapes";
import { renderFields, type TerraformFields } from "../encode";
import { KEY_HINTS, TOPIC_REFERENCE, ROLE_REFERENCE } from "../reader";
import type { SsmMaintenanceWindowTaskTaskInvocationParametersRunCommandParameters as RunCommandConfig } from "../../core/runtime";

const RUN_COMMAND_FIELDS: TerraformFields = {
  Comment: "comment",
  CloudWatchOutputConfig: { attribute: "cloudwatch_config", block: { CloudWatchLogGroupName: "cloudwatch_log_group_name", CloudWatchOutputEnabled: { attribute: "cloudwatch_output_enabled", encoding: "boolean" } } },
  DocumentHash: "document_hash",
  DocumentHashType: "document_hash_type",
  DocumentVersion: "document_version",
  NotificationConfig: { attribute: "notification_config", block: { NotificationArn: "notification_arn", NotificationEvents: "notification_events", NotificationType: "notification_type" } },
  OutputS3BucketName: "output_s3_bucket",
  OutputS3KeyPrefix: "output_s3_key_prefix",
  Parameters: { attribute: "parameter", encoding: "parameters" },
  ServiceRoleArn: "service_role_arn",
  TimeoutSeconds: { attribute: "timeout_seconds", encoding: "number" },
};

export const RUN_COMMAND: TaskTypeDescriptor<"RunCommand"> = {
  kind: "RunCommand",
  taskType: "RUN_COMMAND",
  shortKey: "RunCommand",
  longKey: "MaintenanceWindowRunCommandParameters",
  read(r, value, path): CanonicalRunCommand | undefined {
    const o = r.object(value, path, [
      "Comment", "CloudWatchOutputConfig", "DocumentHash", "DocumentHashType", "DocumentVersion", "NotificationConfig",
      "OutputS3BucketName", "OutputS3KeyPrefix", "Parameters", "ServiceRoleArn", "TimeoutSeconds",
    ], KEY_HINTS.RunCommand);
    if (!o) return undefined;
    const cwPath = `${path}.CloudWatchOutputConfig`;
    const cw = r.object(o.CloudWatchOutputConfig, cwPath, ["CloudWatchLogGroupName", "CloudWatchOutputEnabled"]);
    const ncPath = `${path}.NotificationConfig`;
    const nc = r.object(o.NotificationConfig, ncPath, ["NotificationArn", "NotificationEvents", "NotificationType"]);
    return {
      Comment: r.string(o.Comment, `${path}.Comment`),
      CloudWatchOutputConfig: cw && {
        CloudWatchLogGroupName: r.string(cw.CloudWatchLogGroupName, `${cwPath}.CloudWatchLogGroupName`),
        CloudWatchOutputEnabled: r.boolean(cw.CloudWatchOutputEnabled, `${cwPath}.CloudWatchOutputEnabled`),
      },
      DocumentHash: r.string(o.DocumentHash, `${path}.DocumentHash`),
      DocumentHashType: r.string(o.DocumentHashType, `${path}.DocumentHashType`),
      DocumentVersion: r.string(o.DocumentVersion, `${path}.DocumentVersion`),
      NotificationConfig: nc && {
        NotificationArn: r.string(r.reference(nc.NotificationArn, `${ncPath}.NotificationArn`, TOPIC_REFERENCE), `${ncPath}.NotificationArn`),
        NotificationEvents: r.stringList(nc.NotificationEvents, `${ncPath}.NotificationEvents`),
        NotificationType: r.string(nc.NotificationType, `${ncPath}.NotificationType`),
      },
      OutputS3BucketName: r.string(o.OutputS3BucketName, `${path}.OutputS3BucketName`),
      OutputS3KeyPrefix: r.string(o.OutputS3KeyPrefix, `${path}.OutputS3KeyPrefix`),
      Parameters: r.parameterMap(o.Parameters, `${path}.Parameters`),
      ServiceRoleArn: r.string(r.reference(o.ServiceRoleArn, `${path}.ServiceRoleArn`, ROLE_REFERENCE), `${path}.ServiceRoleArn`),
      TimeoutSeconds: r.number(o.TimeoutSeconds, `${path}.TimeoutSeconds`),
    };
  },
  terraform: { block: "run_command_parameters", fields: RUN_COMMAND_FIELDS },
  render: (params) => ({ runCommandParameters: renderRunCommand(params) }),
  taskArn: {
    test: isDocument,
    allowed: 'an SSM Command document name such as "AWS-RunShellScript", or a document ARN arn:aws:ssm:<region>:<account>:document/<name>',
  },
  taskArnResources: DOCUMENT_RESOURCES,
  servicePermissions: (arn, literal, task) => [
    { Sid: "SendCommand", Effect: "Allow", Action: ["ssm:SendCommand"], Resource: [literal && !arn.startsWith("arn:") ? `arn:*:ssm:*:*:document/${arn}` : arn, ...commandTargets(task)] },
    {
      Sid: "FollowCommands",
      Effect: "Allow",
      // These actions have no resource-level permissions.
      Action: ["ssm:CancelCommand", "ssm:GetCommandInvocation", "ssm:ListCommandInvocations", "ssm:ListCommands"],
      Resource: ["*"],
    },
  ],
};

/** Resources a RUN_COMMAND task sends its command to: the listed instances, or any instance. */
function commandTargets(task: CanonicalTask): string[] {
  const targets = Array.isArray(task.Targets) && !isToken(task.Targets) ? task.Targets : undefined;
  const ids = targets?.every((t) => t.Key === "InstanceIds" && Array.isArray(t.Values) && !isToken(t.Values))
    ? targets.flatMap((t) => t.Values ?? [])
    : undefined;
  if (ids && ids.length > 0) return ids.map((id) => (id.startsWith("mi-") ? `arn:*:ssm:*:*:managed-instance/${id}` : `arn:*:ec2:*:*:instance/${id}`));
  // Window targets (tags, resource groups) resolve to instances only when the window runs.
  return ["arn:*:ec2:*:*:instance/*", "arn:*:ssm:*:*:managed-instance/*"];
}

export function renderRunCommand(p: CanonicalRunCommand): RunCommandConfig {
  return { ...(renderFields(RUN_COMMAND_FIELDS, p) as RunCommandConfig), cloudwatchConfig: renderCloudWatch(p.CloudWatchOutputConfig) };
}

/**
 * `{ CloudWatchOutputEnabled: false }` without a log group is what AWS does anyway, and the one
 * form of the block AWS may not read back (the provider's flatten sets `cloudwatch_config` only
 * when GetMaintenanceWindowTask returns one), which would plan a change on every run. Tasks without
 * the block read back clean (HashiCorp's acceptance tests), so that form is left out.
 */
function renderCloudWatch(cw: CanonicalRunCommand["CloudWatchOutputConfig"]): RunCommandConfig["cloudwatchConfig"] {
  if (!cw) return undefined;
  if (cw.CloudWatchOutputEnabled === false && cw.CloudWatchLogGroupName === undefined) return undefined;
  return { cloudwatchLogGroupName: cw.CloudWatchLogGroupName, cloudwatchOutputEnabled: cw.CloudWatchOutputEnabled };
}
