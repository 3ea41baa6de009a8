// The example app's stack: a real maintenance window, a window target, an IAM service role, an S3
// bucket and an SNS topic, and the Alchemy docs page's four scenarios written the way AWS accepts
// them (see help/migrating.md for what the page gets wrong).
import { Construct } from "constructs";
import { TerraformOutput, TerraformStack } from "cdktf";
import { AwsProvider, type AwsProviderConfig } from "@cdktf/provider-aws/lib/provider";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { MaintenanceWindowTask } from "../lib";

export interface ExampleStackOptions {
  /** Provider settings; the local endpoint (npm start) passes fake credentials and skips. */
  readonly provider?: AwsProviderConfig;
}

export class ExampleStack extends TerraformStack {
  readonly tasks: MaintenanceWindowTask[];

  constructor(scope: Construct, id: string, options: ExampleStackOptions = {}) {
    super(scope, id);
    new AwsProvider(this, "aws", options.provider ?? { region: "us-east-1" });

    const window = new SsmMaintenanceWindow(this, "window", {
      name: "weekly-maintenance",
      schedule: "cron(0 2 ? * SUN *)",
      duration: 3,
      cutoff: 1,
    });
    const webServers = new SsmMaintenanceWindowTarget(this, "web-servers", {
      windowId: window.id,
      name: "web-servers",
      resourceType: "INSTANCE",
      targets: [{ key: "tag:Role", values: ["web"] }],
    });
    const role = new IamRole(this, "maintenance-role", {
      name: "maintenance-window-tasks",
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
    });
    const logs = new S3Bucket(this, "logs", { bucketPrefix: "maintenance-logs-" });
    const topic = new SnsTopic(this, "notifications", { name: "maintenance-notifications" });
    const targets = [{ Key: "WindowTargetIds" as const, Values: [webServers.id] }];

    // "Minimal Example": a Run Command task needs targets, and a document name as TaskArn.
    const basic = new MaintenanceWindowTask(this, "basicMaintenanceTask", {
      WindowId: window.id,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 1,
      Targets: targets,
      MaxConcurrency: "1",
      MaxErrors: "1",
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
    });

    // "Advanced Configuration": parameters and output logging (OutputS3BucketName replaces the
    // deprecated LoggingInfo), CloudWatch output and SNS notifications published by the role.
    const advanced = new MaintenanceWindowTask(this, "advancedMaintenanceTask", {
      WindowId: window.id,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 2,
      Name: "hello-world",
      Description: "Says hello on every web server",
      Targets: [{ Key: "InstanceIds", Values: ["i-1234567890abcdef0"] }],
      MaxConcurrency: "50%",
      MaxErrors: "0",
      TaskInvocationParameters: {
        MaintenanceWindowRunCommandParameters: {
          Comment: "hello world",
          TimeoutSeconds: 600,
          Parameters: { commands: ["echo Hello World"] },
          OutputS3BucketName: logs.bucket,
          OutputS3KeyPrefix: "maintenance-logs",
          CloudWatchOutputConfig: { CloudWatchOutputEnabled: true },
          NotificationConfig: { NotificationArn: topic.arn, NotificationEvents: ["Failed", "TimedOut"], NotificationType: "Command" },
          ServiceRoleArn: role.arn,
        },
      },
    });

    // "Using IAM Role": SSM assumes this role instead of its service-linked role.
    const withRole = new MaintenanceWindowTask(this, "taskWithServiceRole", {
      WindowId: window.id,
      TaskArn: "AWS-RunShellScript",
      TaskType: "RUN_COMMAND",
      Priority: 3,
      ServiceRoleArn: role.arn,
      Targets: targets,
      MaxConcurrency: "10%",
      MaxErrors: "10%",
      TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["df -h"] } } },
    });

    // "Cutoff behavior" (the page calls it cleanup): what happens to a running task at the window's cutoff.
    const cutoff = new MaintenanceWindowTask(this, "taskWithCutoffBehavior", {
      WindowId: window.id,
      TaskArn: "AWS-RunPatchBaseline",
      TaskType: "RUN_COMMAND",
      Priority: 4,
      CutoffBehavior: "CANCEL_TASK",
      Targets: targets,
      MaxConcurrency: "2",
      MaxErrors: "1",
      TaskInvocationParameters: { RunCommand: { Parameters: { Operation: ["Install"] } } },
    });

    this.tasks = [basic, advanced, withRole, cutoff];
    new TerraformOutput(this, "window_id", { value: window.id });
    this.tasks.forEach((task) => new TerraformOutput(this, `${task.node.id}_id`, { value: task.windowTaskId }));
  }
}
