// HashiCorp's acceptance-test configurations for aws_ssm_maintenance_window_task, transcribed.
//
// Source: hashicorp/terraform-provider-aws, internal/service/ssm/maintenance_window_task_test.go, the
// stored version whose resource file (maintenance_window_task.go) uses aws-sdk-go-v2 (`awstypes`,
// `aws.Int32`) — the closest stored version to the v5.100.0 release (June 2025). The code index
// holds it as file id 1397508691 (37,379 characters; `ssm.GetMaintenanceWindowTaskOutput`,
// `acctest.Ct*` constants); it does not name that version's commit. The Lambda config's base,
// `acctest.ConfigLambdaBase`, is internal/acctest/acctest.go (index file id 1811149183).
//
// Every config function that declares an aws_ssm_maintenance_window_task is here, once per argument
// list the TestAcc functions pass (18 cases from 15 functions). Each case has:
//  - `build`: the config's supporting resources as @cdktf/provider-aws L1 constructs, with the HCL
//    addresses (`overrideLogicalId`), and the task written as OUR props, with real tokens;
//  - `expected`: the HCL task's attributes in Terraform's snake_case JSON shape, references written
//    as the expressions cdktf produces. HCL number literals given to string attributes
//    (`max_concurrency = 2`) are written as the string Terraform converts them to;
//  - `warnings`: the exact warning codes our construct should report, each justified.
//
// The random values of the Go tests (rName, rString, rInt) are fixed here.
import { Fn, TerraformStack, Testing, type App } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SfnActivity } from "@cdktf/provider-aws/lib/sfn-activity";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { SsmMaintenanceWindowTarget } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import type { Construct } from "constructs";
import type { MaintenanceWindowTaskProps, NotificationConfig, RunCommandTaskProps } from "../lib";

export const PROVIDER_TEST_SOURCE = {
  repo: "hashicorp/terraform-provider-aws",
  path: "internal/service/ssm/maintenance_window_task_test.go",
  indexFileId: "1397508691",
  note: "aws-sdk-go-v2 version; the code index does not name its commit",
} as const;

/** sdkacctest.RandomWithPrefix(acctest.ResourcePrefix) */
export const R_NAME = "tf-acc-test-5577006791947779410";
/** sdkacctest.RandString(8) (the Lambda and Step Functions tests) */
export const R_STRING = "qzjkxwvb";
/** sdkacctest.RandString(10) (the CloudWatch test's `name`) */
export const R_NAME_10 = "mfvxqkzpla";
/** sdkacctest.RandInt(); kept below 2^53 so that JavaScript holds it exactly. */
export const R_INT = 8674665223;

export interface AcceptanceCase {
  /** The Go config function and the arguments a test step passes. */
  readonly config: string;
  /** The TestAcc functions whose steps use this config with these arguments. */
  readonly usedBy: readonly string[];
  /** Adds the config's supporting resources to the stack and returns OUR props for the task. */
  readonly build: (stack: Construct) => MaintenanceWindowTaskProps;
  /** The HCL resource's attributes, as Terraform JSON (snake_case). */
  readonly expected: Record<string, unknown>;
  /** Exact warning codes our construct reports for the task (sorted). */
  readonly warnings: readonly string[];
  /**
   * Keys (dotted paths into the resource) the HCL has and we deliberately do not emit, with why.
   * The test checks that exactly these differ.
   */
  readonly omitted?: Readonly<Record<string, string>>;
  /**
   * Where TaskArn is a reference (a token we do not judge): the literal ARN it resolves to, and the
   * exact warning codes the same task reports with that literal instead.
   */
  readonly literalTaskArn?: { readonly value: string; readonly warnings: readonly string[] };
}

// ---------------------------------------------------------------------------------------------
// Supporting resources
// ---------------------------------------------------------------------------------------------

/** Gives an L1 resource the HCL's address (construct ids must be unique per scope, Terraform's only per type). */
function as<T extends { overrideLogicalId(id: string): void }>(resource: T, logicalId: string): T {
  resource.overrideLogicalId(logicalId);
  return resource;
}

const assumeRole = (service: string) =>
  JSON.stringify(
    { Version: "2012-10-17", Statement: [{ Action: "sts:AssumeRole", Principal: { Service: service }, Effect: "Allow", Sid: "" }] },
    null,
    2,
  );
const SSM_STAR_POLICY = JSON.stringify({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: "ssm:*", Resource: "*" } }, null, 2);

interface Base {
  window: SsmMaintenanceWindow;
  target: SsmMaintenanceWindowTarget;
  role: IamRole;
}

/** testAccMaintenanceWindowTaskBaseConfig(rName) */
function baseConfig(stack: Construct, rName: string): Base {
  const window = as(new SsmMaintenanceWindow(stack, "window_test", { cutoff: 1, duration: 3, name: rName, schedule: "cron(0 16 ? * TUE *)" }), "test");
  const target = as(
    new SsmMaintenanceWindowTarget(stack, "target_test", {
      name: rName,
      resourceType: "INSTANCE",
      windowId: window.id,
      targets: [{ key: "tag:Name", values: ["tf-acc-test"] }],
    }),
    "test",
  );
  const role = as(new IamRole(stack, "role_test", { name: rName, assumeRolePolicy: assumeRole("events.amazonaws.com") }), "test");
  as(new IamRolePolicy(stack, "role_policy_test", { name: rName, role: role.name, policy: SSM_STAR_POLICY }), "test");
  return { window, target, role };
}

/** The part of _basicUpdate that is not the task: a second role and its policy. */
function ssmRoleUpdate(stack: Construct, rName: string): IamRole {
  const role = as(new IamRole(stack, "role_ssm_role_update", { name: `ssm-role-update-${rName}`, assumeRolePolicy: assumeRole("events.amazonaws.com") }), "ssm_role_update");
  as(new IamRolePolicy(stack, "role_policy_bar", { name: `ssm_role_policy_update_${rName}`, role: role.name, policy: SSM_STAR_POLICY }), "bar");
  return role;
}

/** resource "aws_s3_bucket" "test" of _automationUpdate and _runCommandUpdate */
function bucket(stack: Construct, rName: string): S3Bucket {
  return as(new S3Bucket(stack, "bucket_test", { bucket: rName, forceDestroy: true }), "test");
}

/** acctest.ConfigLambdaBase(policyName, roleName, sgName) + testAccLambdaBasicConfig's function */
function lambdaBasicConfig(stack: Construct, funcName: string, policyName: string, roleName: string, sgName: string): LambdaFunction {
  // acctest.ConfigAvailableAZsNoOptIn()
  const azs = as(
    new DataAwsAvailabilityZones(stack, "azs_available", { state: "available", filter: [{ name: "opt-in-status", values: ["opt-in-not-required"] }] }),
    "available",
  );
  const partition = as(new DataAwsPartition(stack, "partition_current", {}), "current");
  const lambdaRole = as(new IamRole(stack, "role_iam_for_lambda", { name: roleName, assumeRolePolicy: assumeRole("lambda.amazonaws.com") }), "iam_for_lambda");
  as(
    new IamRolePolicy(stack, "role_policy_iam_policy_for_lambda", {
      name: policyName,
      role: lambdaRole.id,
      policy: JSON.stringify(
        {
          Version: "2012-10-17",
          Statement: [
            { Effect: "Allow", Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], Resource: `arn:${partition.partition}:logs:*:*:*` },
            {
              Effect: "Allow",
              Action: ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"],
              Resource: ["*"],
            },
            { Effect: "Allow", Action: ["SNS:Publish"], Resource: ["*"] },
            { Effect: "Allow", Action: ["xray:PutTraceSegments"], Resource: ["*"] },
          ],
        },
        null,
        2,
      ),
    }),
    "iam_policy_for_lambda",
  );
  const vpc = as(new Vpc(stack, "vpc_for_lambda", { cidrBlock: "10.0.0.0/16", assignGeneratedIpv6CidrBlock: true, tags: { Name: sgName } }), "vpc_for_lambda");
  const subnet = (id: string, netnum: number) =>
    as(
      new Subnet(stack, id, {
        vpcId: vpc.id,
        cidrBlock: Fn.cidrsubnet(vpc.cidrBlock, 8, netnum),
        availabilityZone: Fn.element(azs.names, 1),
        ipv6CidrBlock: Fn.cidrsubnet(vpc.ipv6CidrBlock, 8, netnum),
        assignIpv6AddressOnCreation: true,
        tags: { Name: sgName },
      }),
      id,
    );
  subnet("subnet_for_lambda", 1);
  subnet("subnet_for_lambda_az2", 2);
  as(
    new SecurityGroup(stack, "sg_for_lambda", {
      name: sgName,
      description: "Allow all inbound traffic for lambda test",
      vpcId: vpc.id,
      ingress: [{ fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] }],
      egress: [{ fromPort: 0, toPort: 0, protocol: "-1", cidrBlocks: ["0.0.0.0/0"] }],
      tags: { Name: sgName },
    }),
    "sg_for_lambda",
  );
  return as(
    new LambdaFunction(stack, "lambda_test", {
      filename: "test-fixtures/lambdatest.zip",
      functionName: funcName,
      role: lambdaRole.arn,
      handler: "exports.example",
      runtime: "nodejs16.x",
    }),
    "test",
  );
}

// ---------------------------------------------------------------------------------------------
// Expected attributes: the pieces every config shares
// ---------------------------------------------------------------------------------------------

const WINDOW_ID = "${aws_ssm_maintenance_window.test.id}";
const ROLE_ARN = "${aws_iam_role.test.arn}";
const TARGETS = [{ key: "WindowTargetIds", values: ["${aws_ssm_maintenance_window_target.test.id}"] }];
const SHA256_COMMAND = '${sha256("COMMAND")}';
const commands = (value: string) => ({ run_command_parameters: { parameter: [{ name: "commands", values: [value] }] } });

/**
 * _description has no priority (optional in Terraform and the API). The cast keeps this file
 * compiling against props that still require Priority; it is a no-op once Priority is optional.
 */
function withoutPriority(props: Omit<RunCommandTaskProps, "Priority">): MaintenanceWindowTaskProps {
  return props as RunCommandTaskProps;
}

function basicUpdate(description: string, taskType: "RUN_COMMAND", taskArn: string, priority: number, maxConcurrency: number, maxErrors: number): AcceptanceCase {
  return {
    config: `testAccMaintenanceWindowTaskConfig_basicUpdate(rName, ${JSON.stringify(description)}, ${JSON.stringify(taskType)}, ${JSON.stringify(taskArn)}, ${priority}, ${maxConcurrency}, ${maxErrors})`,
    usedBy: ["TestAccSSMMaintenanceWindowTask_basic"],
    build(stack) {
      const { window, target } = baseConfig(stack, R_NAME);
      const ssmRole = ssmRoleUpdate(stack, R_NAME);
      return {
        WindowId: window.id,
        TaskType: taskType,
        TaskArn: taskArn,
        Name: `maintenance-window-task-${R_NAME}`,
        Description: description,
        Priority: priority,
        ServiceRoleArn: ssmRole.arn,
        MaxConcurrency: maxConcurrency,
        MaxErrors: maxErrors,
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["pwd"] } } },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: taskType,
      task_arn: taskArn,
      name: `maintenance-window-task-${R_NAME}`,
      description,
      priority,
      service_role_arn: "${aws_iam_role.ssm_role_update.arn}",
      max_concurrency: String(maxConcurrency),
      max_errors: String(maxErrors),
      targets: TARGETS,
      task_invocation_parameters: commands("pwd"),
    },
    warnings: [],
  };
}

function cutoff(behavior: "CANCEL_TASK" | "CONTINUE_TASK"): AcceptanceCase {
  return {
    config: `testAccMaintenanceWindowTaskConfig_cutoff(rName, ${JSON.stringify(behavior)})`,
    usedBy: ["TestAccSSMMaintenanceWindowTask_cutoff"],
    build(stack) {
      const { window, role } = baseConfig(stack, R_NAME);
      // AUTOMATION with the Command document AWS-RunShellScript: HashiCorp's config, not a valid
      // pairing at run time, but nothing Terraform or the RegisterTask API checks (and we cannot know
      // a document's type from its name).
      return { WindowId: window.id, TaskType: "AUTOMATION", TaskArn: "AWS-RunShellScript", Priority: 1, ServiceRoleArn: role.arn, CutoffBehavior: behavior };
    },
    expected: { window_id: WINDOW_ID, task_type: "AUTOMATION", task_arn: "AWS-RunShellScript", priority: 1, service_role_arn: ROLE_ARN, cutoff_behavior: behavior },
    // AWS-RunShellScript is a Command document on an AUTOMATION task: AWS registers it (this test
    // does), but every run fails, so the document catalog warns.
    warnings: ["DocumentTypeMismatch"],
  };
}

function description(text: string): AcceptanceCase {
  return {
    config: `testAccMaintenanceWindowTaskConfig_description(rName, ${JSON.stringify(text)})`,
    usedBy: ["TestAccSSMMaintenanceWindowTask_description"],
    build(stack) {
      const { window, target } = baseConfig(stack, R_NAME);
      // No priority in HashiCorp's config.
      return withoutPriority({
        Description: text,
        MaxConcurrency: 2,
        MaxErrors: 1,
        TaskArn: "AWS-RunShellScript",
        TaskType: "RUN_COMMAND",
        WindowId: window.id,
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["pwd"] } } },
      });
    },
    expected: {
      description: text,
      max_concurrency: "2",
      max_errors: "1",
      task_arn: "AWS-RunShellScript",
      task_type: "RUN_COMMAND",
      window_id: WINDOW_ID,
      targets: TARGETS,
      task_invocation_parameters: commands("pwd"),
    },
    warnings: [],
  };
}

function automation(fn: "_automation" | "_automationUpdate", version: string): AcceptanceCase {
  return {
    config: `testAccMaintenanceWindowTaskConfig${fn}(rName, ${JSON.stringify(version)})`,
    usedBy: ["TestAccSSMMaintenanceWindowTask_taskInvocationAutomationParameters"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_NAME);
      if (fn === "_automationUpdate") bucket(stack, R_NAME); // declared, not referenced by the task
      return {
        WindowId: window.id,
        TaskType: "AUTOMATION",
        TaskArn: "AWS-CreateImage",
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: { Automation: { DocumentVersion: version, Parameters: { InstanceId: ["{{TARGET_ID}}"], NoReboot: ["false"] } } },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "AUTOMATION",
      task_arn: "AWS-CreateImage",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: {
        automation_parameters: {
          document_version: version,
          parameter: [
            { name: "InstanceId", values: ["{{TARGET_ID}}"] },
            { name: "NoReboot", values: ["false"] },
          ],
        },
      },
    },
    warnings: [],
  };
}

function runCommand(fn: "_runCommand" | "_runCommandUpdate", comment: string, timeoutSeconds: number): AcceptanceCase {
  const update = fn === "_runCommandUpdate";
  return {
    config: `testAccMaintenanceWindowTaskConfig${fn}(rName, ${JSON.stringify(comment)}, ${timeoutSeconds})`,
    usedBy: ["TestAccSSMMaintenanceWindowTask_taskInvocationRunCommandParameters"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_NAME);
      const output = update ? bucket(stack, R_NAME) : undefined;
      return {
        WindowId: window.id,
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunShellScript",
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: {
          RunCommand: {
            Comment: comment,
            DocumentHash: Fn.sha256("COMMAND"),
            DocumentHashType: "Sha256",
            ServiceRoleArn: role.arn,
            TimeoutSeconds: timeoutSeconds,
            ...(output && { OutputS3BucketName: output.id, OutputS3KeyPrefix: "foo" }),
            Parameters: { commands: ["date"] },
          },
        },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "RUN_COMMAND",
      task_arn: "AWS-RunShellScript",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: {
        run_command_parameters: {
          comment,
          document_hash: SHA256_COMMAND,
          document_hash_type: "Sha256",
          service_role_arn: ROLE_ARN,
          timeout_seconds: timeoutSeconds,
          ...(update && { output_s3_bucket: "${aws_s3_bucket.test.id}", output_s3_key_prefix: "foo" }),
          parameter: [{ name: "commands", values: ["date"] }],
        },
      },
    },
    warnings: [],
  };
}

function runCommandCloudWatch(enabled: boolean): AcceptanceCase {
  return {
    config: `testAccMaintenanceWindowTaskConfig_runCommandCloudWatch(name, ${enabled})`,
    usedBy: ["TestAccSSMMaintenanceWindowTask_taskInvocationRunCommandParametersCloudWatch"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_NAME_10);
      const logGroup = as(new CloudwatchLogGroup(stack, "log_group_test", { name: R_NAME_10 }), "test");
      return {
        WindowId: window.id,
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunShellScript",
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: {
          RunCommand: {
            DocumentHash: Fn.sha256("COMMAND"),
            DocumentHashType: "Sha256",
            ServiceRoleArn: role.arn,
            Parameters: { commands: ["date"] },
            CloudWatchOutputConfig: { CloudWatchLogGroupName: logGroup.name, CloudWatchOutputEnabled: enabled },
          },
        },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "RUN_COMMAND",
      task_arn: "AWS-RunShellScript",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: {
        run_command_parameters: {
          document_hash: SHA256_COMMAND,
          document_hash_type: "Sha256",
          service_role_arn: ROLE_ARN,
          parameter: [{ name: "commands", values: ["date"] }],
          cloudwatch_config: { cloudwatch_log_group_name: "${aws_cloudwatch_log_group.test.name}", cloudwatch_output_enabled: enabled },
        },
      },
    },
    // With output disabled the log group name is stored but nothing is sent to it: the step that
    // turns output off (HashiCorp's second step) is exactly the situation CloudWatchLogGroupIgnored
    // describes. With output enabled there is nothing to warn about.
    warnings: enabled ? [] : ["CloudWatchLogGroupIgnored"],
  };
}

// ---------------------------------------------------------------------------------------------
// The cases, in the order of the Go file
// ---------------------------------------------------------------------------------------------

export const ACCEPTANCE_CASES: readonly AcceptanceCase[] = [
  {
    config: "testAccMaintenanceWindowTaskConfig_basic(rName)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_basic", "TestAccSSMMaintenanceWindowTask_updateForcesNewResource", "TestAccSSMMaintenanceWindowTask_disappears"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_NAME);
      return {
        WindowId: window.id,
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunShellScript",
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["pwd"] } } },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "RUN_COMMAND",
      task_arn: "AWS-RunShellScript",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: commands("pwd"),
    },
    warnings: [],
  },
  {
    config: "testAccMaintenanceWindowTaskConfig_noTarget(rName)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_noTarget"],
    build(stack) {
      const { window, role } = baseConfig(stack, R_NAME);
      // A targetless AUTOMATION task naming a Command document, as HashiCorp wrote it (see _cutoff).
      return { WindowId: window.id, TaskType: "AUTOMATION", TaskArn: "AWS-RunShellScript", Priority: 1, ServiceRoleArn: role.arn };
    },
    expected: { window_id: WINDOW_ID, task_type: "AUTOMATION", task_arn: "AWS-RunShellScript", priority: 1, service_role_arn: ROLE_ARN },
    // A Command document on an AUTOMATION task: registered, but every run fails.
    warnings: ["DocumentTypeMismatch"],
  },
  cutoff("CANCEL_TASK"),
  cutoff("CONTINUE_TASK"),
  basicUpdate("test description", "RUN_COMMAND", "AWS-InstallPowerShellModule", 3, 3, 2),
  {
    config: "testAccMaintenanceWindowTaskConfig_basicUpdated(rName)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_updateForcesNewResource"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_NAME);
      return {
        WindowId: window.id,
        TaskType: "RUN_COMMAND",
        TaskArn: "AWS-RunShellScript",
        Priority: 1,
        Name: "TestMaintenanceWindowTask",
        Description: "This resource is for test purpose only",
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["date"] } } },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "RUN_COMMAND",
      task_arn: "AWS-RunShellScript",
      priority: 1,
      name: "TestMaintenanceWindowTask",
      description: "This resource is for test purpose only",
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: commands("date"),
    },
    warnings: [],
  },
  description("description1"),
  description("description2"),
  {
    config: "testAccMaintenanceWindowTaskConfig_emptyNotifcation(rName)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_emptyNotification"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_NAME);
      return {
        WindowId: window.id,
        TaskType: "RUN_COMMAND",
        // An Automation runbook as a RUN_COMMAND document: HashiCorp's config; nothing checks it
        // before the task runs.
        TaskArn: "AWS-CreateImage",
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: {
          RunCommand: {
            TimeoutSeconds: 600,
            // `notification_config {}`: our props type requires NotificationArn, so the empty block
            // can only be written with a cast.
            NotificationConfig: {} as NotificationConfig,
            Parameters: { Operation: ["Install"] },
          },
        },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "RUN_COMMAND",
      task_arn: "AWS-CreateImage",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: {
        run_command_parameters: {
          timeout_seconds: 600,
          notification_config: {},
          parameter: [{ name: "Operation", values: ["Install"] }],
        },
      },
    },
    // An empty NotificationConfig sets nothing, so no notification warning applies. AWS-CreateImage
    // is an Automation runbook on a RUN_COMMAND task: registered, but every run fails.
    warnings: ["DocumentTypeMismatch"],
    omitted: {
      "task_invocation_parameters.run_command_parameters.notification_config":
        "An empty notification_config {} sends an empty NotificationConfig that AWS does not store, so the next plan shows a diff " +
        "(the Go test declares ExpectNonEmptyPlan: true). The construct never emits empty blocks; AWS ends up with the same task.",
    },
  },
  {
    config: "testAccMaintenanceWindowTaskConfig_noRole(rName)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_noRole"],
    build(stack) {
      const { window, target } = baseConfig(stack, R_NAME);
      return {
        Description: "This resource is for test purpose only",
        MaxConcurrency: 2,
        MaxErrors: 1,
        Name: "TestMaintenanceWindowTask",
        Priority: 1,
        TaskArn: "AWS-RunShellScript",
        TaskType: "RUN_COMMAND",
        WindowId: window.id,
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["pwd"] } } },
      };
    },
    expected: {
      description: "This resource is for test purpose only",
      max_concurrency: "2",
      max_errors: "1",
      name: "TestMaintenanceWindowTask",
      priority: 1,
      task_arn: "AWS-RunShellScript",
      task_type: "RUN_COMMAND",
      window_id: WINDOW_ID,
      targets: TARGETS,
      task_invocation_parameters: commands("pwd"),
    },
    warnings: [],
  },
  automation("_automation", "$DEFAULT"),
  automation("_automationUpdate", "$LATEST"),
  {
    config: "testAccMaintenanceWindowTaskConfig_lambda(funcName, policyName, roleName, sgName, rString, rInt)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_taskInvocationLambdaParameters"],
    build(stack) {
      const fn = lambdaBasicConfig(
        stack,
        `tf_acc_lambda_func_tags_${R_STRING}`,
        `tf_acc_policy_lambda_func_tags_${R_STRING}`,
        `tf_acc_role_lambda_func_tags_${R_STRING}`,
        `tf_acc_sg_lambda_func_tags_${R_STRING}`,
      );
      const { window, target, role } = baseConfig(stack, R_STRING);
      return {
        WindowId: window.id,
        TaskType: "LAMBDA",
        TaskArn: fn.arn,
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: {
          Lambda: {
            ClientContext: Fn.base64encode(Fn.jsonencode({ key1: "value1", key2: "value2", key3: "value3" })),
            Payload: Fn.jsonencode({ number: R_INT }),
          },
        },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "LAMBDA",
      task_arn: "${aws_lambda_function.test.arn}",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: {
        lambda_parameters: {
          client_context: '${base64encode(jsonencode({"key1" = "value1", "key2" = "value2", "key3" = "value3"}))}',
          payload: `\${jsonencode({"number" = ${R_INT}})}`,
        },
      },
    },
    warnings: [],
  },
  runCommand("_runCommand", "test comment", 30),
  runCommand("_runCommandUpdate", "test comment update", 60),
  runCommandCloudWatch(true),
  runCommandCloudWatch(false),
  {
    config: "testAccMaintenanceWindowTaskConfig_stepFunction(rString)",
    usedBy: ["TestAccSSMMaintenanceWindowTask_taskInvocationStepFunctionParameters"],
    build(stack) {
      const { window, target, role } = baseConfig(stack, R_STRING);
      const activity = as(new SfnActivity(stack, "activity_test", { name: R_STRING }), "test");
      return {
        WindowId: window.id,
        TaskType: "STEP_FUNCTIONS",
        // An activity's id is its ARN (arn:aws:states:<region>:<account>:activity:<name>).
        TaskArn: activity.id,
        Priority: 1,
        ServiceRoleArn: role.arn,
        MaxConcurrency: "2",
        MaxErrors: "1",
        Targets: [{ Key: "WindowTargetIds", Values: [target.id] }],
        TaskInvocationParameters: {
          StepFunctions: { Input: Fn.jsonencode({ key1: "value1", key2: "value2", key3: "value3" }), Name: `tf-step-function-${R_STRING}` },
        },
      };
    },
    expected: {
      window_id: WINDOW_ID,
      task_type: "STEP_FUNCTIONS",
      task_arn: "${aws_sfn_activity.test.id}",
      priority: 1,
      service_role_arn: ROLE_ARN,
      max_concurrency: "2",
      max_errors: "1",
      targets: TARGETS,
      task_invocation_parameters: {
        step_functions_parameters: {
          input: '${jsonencode({"key1" = "value1", "key2" = "value2", "key3" = "value3"})}',
          name: `tf-step-function-${R_STRING}`,
        },
      },
    },
    // The task runs a Step Functions *activity*, not a state machine: AWS registers it (HashiCorp's
    // test does), but every run fails. TaskArn is a reference to an aws_sfn_activity, which the
    // reference check recognises: a warning, not an error. The literal ARN the reference resolves
    // to is checked below (`literalTaskArn`).
    warnings: ["ReferenceUnexpectedResource"],
    literalTaskArn: { value: `arn:aws:states:us-west-2:123456789012:activity:${R_STRING}`, warnings: ["TaskArnStepFunctionsActivity"] },
  },
];

/** A fresh stack with the provider, as each config's root module has. */
export function acceptanceStack(name: string): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, "aws", { region: "us-west-2" });
  return { app, stack };
}

/** snake_case Terraform JSON → the camelCase config of cdktf's generated bindings. */
export function snakeToCamel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeToCamel);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), snakeToCamel(v)]));
}

/** Removes a dotted path from a (deep-copied) object. */
export function withoutPath(value: Record<string, unknown>, dotted: string): Record<string, unknown> {
  const copy = structuredClone(value);
  const keys = dotted.split(".");
  let node: Record<string, unknown> | undefined = copy;
  for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
  if (node) delete node[keys[keys.length - 1]];
  return copy;
}
