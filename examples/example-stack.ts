// The example app's stack: a maintenance window with a window target, a least-privilege service role,
// an S3 bucket and an SNS topic, and the Alchemy docs page's four scenarios written the way AWS
// accepts them (see help/migrating.md for what the page gets wrong), using the library's helpers
// where a user would.
import { Construct } from "constructs";
import { TerraformOutput, TerraformStack } from "cdktf";
import { AwsProvider, type AwsProviderConfig } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { Documents, MaintenanceWindow, MaintenanceWindowServiceRole, TaskTargets, type MaintenanceWindowTask } from "../lib";

export interface ExampleStackOptions {
  /** Provider settings; the local endpoint (npm start) passes fake credentials and skips. */
  readonly provider?: AwsProviderConfig;
}

export class ExampleStack extends TerraformStack {
  readonly tasks: MaintenanceWindowTask[];

  constructor(scope: Construct, id: string, options: ExampleStackOptions = {}) {
    super(scope, id);
    new AwsProvider(this, "aws", options.provider ?? { region: "us-east-1" });

    const window = new MaintenanceWindow(this, "window", {
      Name: "weekly-maintenance",
      Schedule: "cron(0 2 ? * SUN *)",
      Duration: 3,
      Cutoff: 1,
      AllowUnassociatedTargets: true,
    });
    const webServers = window.addTarget("web-servers", {
      Name: "web-servers",
      ResourceType: "INSTANCE",
      Targets: [{ Key: "tag:Role", Values: ["web"] }],
    });
    // Its policy is built from the tasks below: that document, that runbook, that topic — no more.
    const role = new MaintenanceWindowServiceRole(this, "maintenance-role", { RoleName: "maintenance-window-tasks" });
    const logs = new S3Bucket(this, "logs", { bucketPrefix: "maintenance-logs-" });
    const topic = new SnsTopic(this, "notifications", { name: "maintenance-notifications" });
    const onWebServers = TaskTargets.windowTargets([webServers]);

    // "Minimal Example": a Run Command task needs targets, and a document name as TaskArn.
    const basic = window.addTask("basicMaintenanceTask", {
      Priority: 1,
      Targets: onWebServers,
      MaxConcurrency: "1",
      MaxErrors: "1",
      ...Documents.runShellScript({ commands: ["uptime"] }),
    });

    // "Advanced Configuration": parameters and output logging (OutputS3BucketName replaces the
    // deprecated LoggingInfo), CloudWatch output and SNS notifications published by the role.
    const advanced = window.addTask("advancedMaintenanceTask", {
      Priority: 2,
      Name: "hello-world",
      Description: "Says hello on one instance",
      Targets: TaskTargets.instances(["i-1234567890abcdef0"]),
      MaxConcurrency: "50%",
      MaxErrors: "0",
      ...Documents.runShellScript(
        { commands: ["echo Hello World"] },
        {
          Comment: "hello world",
          TimeoutSeconds: 600,
          OutputS3BucketName: logs.bucket,
          OutputS3KeyPrefix: "maintenance-logs",
          CloudWatchOutputConfig: { CloudWatchOutputEnabled: true },
          NotificationConfig: { NotificationArn: topic, NotificationEvents: ["Failed", "TimedOut"], NotificationType: "Command" },
          ServiceRoleArn: role,
        },
      ),
    });

    // "Using IAM Role": SSM assumes this role instead of its service-linked role.
    const withRole = window.addTask("taskWithServiceRole", {
      Priority: 3,
      ServiceRoleArn: role,
      Targets: onWebServers,
      MaxConcurrency: "10%",
      MaxErrors: "10%",
      ...Documents.runShellScript({ commands: ["df -h"] }),
    });

    // "Cutoff behavior" (the page calls it cleanup): what happens to a running task at the window's cutoff.
    const cutoff = window.addTask("taskWithCutoffBehavior", {
      Priority: 4,
      CutoffBehavior: "CANCEL_TASK",
      ServiceRoleArn: role,
      Targets: onWebServers,
      MaxConcurrency: "2",
      MaxErrors: "1",
      ...Documents.runPatchBaseline({ Operation: "Install" }),
    });

    // A targetless Automation task: restarts the instance the runbook is given, with the same role.
    const restart = window.addTask("restartInstance", {
      Priority: 5,
      ServiceRoleArn: role,
      ...Documents.restartEc2Instance({ InstanceId: ["i-1234567890abcdef0"] }),
    });

    this.tasks = [basic, advanced, withRole, cutoff, restart];
    new TerraformOutput(this, "window_id", { value: window.id });
    this.tasks.forEach((task) => new TerraformOutput(this, `${task.node.id}_id`, { value: task.windowTaskId }));
  }
}
