// What a docs snippet has in scope: a stack with a provider, a window, a window target, an IAM role,
// a log bucket and an SNS topic — the things every page's examples refer to.
import { Testing, TerraformStack, type App } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";

export interface Fixture {
  app: App;
  stack: TerraformStack;
  window: SsmMaintenanceWindow;
  windowTarget: SsmMaintenanceWindowTarget;
  role: IamRole;
  bucket: S3Bucket;
  topic: SnsTopic;
}

export function createFixture(): Fixture {
  const app = Testing.app();
  const stack = new TerraformStack(app, "docs");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  const window = new SsmMaintenanceWindow(stack, "window", { name: "weekly", schedule: "cron(0 2 ? * SUN *)", duration: 3, cutoff: 1 });
  const windowTarget = new SsmMaintenanceWindowTarget(stack, "web-servers", {
    windowId: window.id,
    resourceType: "INSTANCE",
    targets: [{ key: "tag:Role", values: ["web"] }],
  });
  const role = new IamRole(stack, "role", {
    name: "maintenance-window-tasks",
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
  });
  const bucket = new S3Bucket(stack, "logs", { bucketPrefix: "maintenance-logs-" });
  const topic = new SnsTopic(stack, "topic", { name: "maintenance" });
  return { app, stack, window, windowTarget, role, bucket, topic };
}
