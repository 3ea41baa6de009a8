import { TerraformStack, Testing } from "cdktf";
import { SfnActivity } from "@cdktf/provider-aws/lib/sfn-activity";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { allDiagnosticCodes, validateMaintenanceWindowTask } from "../../lib";
import { bindingHasResourceRegion } from "../../lib/core/runtime";
import {
  automationBase,
  lambdaBase,
  ROLE_ARN,
  runCommandBase,
  stepFunctionsBase,
  TARGET_ID,
  TOPIC_ARN,
  WINDOW_ID,
  withRunCommand,
} from "../../test-support/fixtures";

// Resources whose attributes are real cdktf tokens, for the reference checks.
const refStack = new TerraformStack(Testing.app(), "refs");
const refWindow = new SsmMaintenanceWindow(refStack, "window", { name: "weekly", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
const refActivity = new SfnActivity(refStack, "activity", { name: "approve" });

const codesOf = (props: unknown) => validateMaintenanceWindowTask(props).map((d) => d.code);
const long = (n: number, c = "a") => c.repeat(n);
const sf = (params: Record<string, unknown>) => ({ ...stepFunctionsBase, TaskInvocationParameters: { StepFunctions: params } });
const lambda = (params: Record<string, unknown>) => ({ ...lambdaBase, TaskInvocationParameters: { Lambda: params } });
const automation = (params: Record<string, unknown>) => ({ ...automationBase, TaskInvocationParameters: { Automation: params } });
const targets = (...list: unknown[]) => ({ ...runCommandBase, Targets: list });
// Region needs a binding for hashicorp/aws ≥ 6: with a 5.x one every Region is also RegionNeedsAwsProvider6.
const AWS6 = bindingHasResourceRegion();
const withBinding: string[] = AWS6 ? [] : ["RegionNeedsAwsProvider6"];

/**
 * Noncompliance cases: [code, props, companions?]. Each case must report exactly its code plus the
 * listed companion codes (a false alarm fails like a miss); the test below also proves
 * every code in the registry has at least one case here.
 */
const NONCOMPLIANT: [code: string, props: unknown, alsoReported?: string[]][] = [
  ["UnknownProperty", { ...automationBase, Foo: 1 }],
  ["UnknownProperty", withRunCommand({ DocumentName: "AWS-RunShellScript" })],
  ["TypeMismatch", { ...automationBase, Priority: "1" }],
  ["TypeMismatch", withRunCommand({ Parameters: { commands: "uptime" } })],
  ["TypeMismatch", "not an object"],
  ["RequiredProperty", { TaskType: "AUTOMATION", TaskArn: "AWS-X", Priority: 1 }],
  ["RequiredProperty", targets({ Key: "InstanceIds", Values: null })],
  ["RequiredProperty", { ...runCommandBase, TaskParameters: { commands: {} } }, ["TaskParametersDeprecated"]],
  ["RequiredProperty", targets({ Key: "InstanceIds" })],
  ["ReferenceType", { ...automationBase, WindowId: { terraformResourceType: "aws_ssm_maintenance_window_target", id: "x" } }],
  ["ReferenceType", { ...runCommandBase, TaskArn: { terraformResourceType: "aws_lambda_function", arn: "a", functionName: "f" } }],
  ["DuplicateInvocationKey", { ...runCommandBase, TaskInvocationParameters: { RunCommand: {}, MaintenanceWindowRunCommandParameters: {} } }],
  ["WindowIdFormat", { ...automationBase, WindowId: "mw-1122334455667788" }],
  ["WindowIdFormat", { ...automationBase, WindowId: "mw-0123456789ABCDEF0" }],
  ["TaskArnLength", { ...automationBase, TaskArn: "" }],
  ["TaskTypeEnum", { ...automationBase, TaskType: "SHELL" }],
  ["PriorityRange", { ...automationBase, Priority: -1 }],
  ["PriorityRange", { ...automationBase, Priority: 1.5 }],
  ["MaxConcurrencyFormat", { ...runCommandBase, MaxConcurrency: "0" }],
  ["MaxConcurrencyFormat", { ...runCommandBase, MaxConcurrency: "101%" }],
  ["MaxConcurrencyFormat", { ...runCommandBase, MaxConcurrency: "10000000" }],
  ["MaxErrorsFormat", { ...runCommandBase, MaxErrors: "01" }],
  ["MaxErrorsFormat", { ...runCommandBase, MaxErrors: -1 }],
  ["NameFormat", { ...automationBase, Name: "my task" }],
  ["NameFormat", { ...automationBase, Name: "ab" }],
  ["DescriptionLength", { ...automationBase, Description: "" }],
  ["DescriptionLength", { ...automationBase, Description: long(129) }],
  ["CutoffBehaviorEnum", { ...automationBase, CutoffBehavior: "cancel_task" }],
  ["TargetsCount", targets(...Array.from({ length: 6 }, () => ({ Key: "WindowTargetIds", Values: [TARGET_ID] })))],
  ["TargetKeyFormat", targets({ Key: "", Values: ["i-0123456789abcdef0"] }), ["TargetKeyUnsupported"]],
  ["TargetValuesCount", targets({ Key: "InstanceIds", Values: Array.from({ length: 51 }, (_, i) => `i-${String(i).padStart(17, "0")}`) })],
  ["CommentLength", withRunCommand({ Comment: long(101) })],
  ["CloudWatchLogGroupNameLength", withRunCommand({ CloudWatchOutputConfig: { CloudWatchLogGroupName: "", CloudWatchOutputEnabled: true } })],
  ["DocumentHashLength", withRunCommand({ DocumentHash: long(257) })],
  ["DocumentHashTypeEnum", withRunCommand({ DocumentHashType: "sha256" })],
  ["DocumentVersionFormat", withRunCommand({ DocumentVersion: "LATEST" })],
  ["DocumentVersionFormat", automation({ DocumentVersion: "01" })],
  ["NotificationEventsEnum", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["Failure"] } })],
  ["NotificationTypeEnum", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationType: "Email" } })],
  ["OutputS3BucketNameLength", withRunCommand({ OutputS3BucketName: "ab" })],
  ["OutputS3KeyPrefixLength", withRunCommand({ OutputS3BucketName: "abc", OutputS3KeyPrefix: long(501) })],
  ["LoggingInfoRegionLength", { ...runCommandBase, LoggingInfo: { S3Bucket: "logs", Region: "x" } }, ["LoggingInfoDeprecated", "LoggingInfoRegionDropped"]],
  ["TimeoutSecondsRange", withRunCommand({ TimeoutSeconds: 29 })],
  ["TimeoutSecondsRange", withRunCommand({ TimeoutSeconds: 2592001 })],
  ["AutomationParametersCount", automation({ Parameters: {} })],
  ["AutomationParameterNameLength", automation({ Parameters: { [long(51)]: ["x"] } })],
  ["AutomationParameterValuesCount", automation({ Parameters: { a: Array.from({ length: 51 }, () => "x") } })],
  ["AutomationParameterValueLength", automation({ Parameters: { a: [""] } })],
  ["ClientContextLength", lambda({ ClientContext: "" })],
  ["PayloadLength", lambda({ Payload: { data: long(4096) } })],
  ["QualifierLength", lambda({ Qualifier: long(129) })],
  ["InputLength", sf({ Input: JSON.stringify({ data: long(4096) }) })],
  ["StepFunctionsNameLength", sf({ Name: long(81) })],
  ["TaskParameterNameLength", { ...runCommandBase, TaskParameters: { [long(256)]: { Values: ["x"] } } }, ["TaskParametersDeprecated"]],
  ["TaskParameterValueLength", { ...runCommandBase, TaskParameters: { a: { Values: [""] } } }, ["TaskParametersDeprecated"]],
  ["InvocationTypeMismatch", { ...runCommandBase, TaskInvocationParameters: { Lambda: { Qualifier: "1" } } }],
  ["MultipleInvocationBlocks", { ...runCommandBase, TaskInvocationParameters: { RunCommand: {}, Automation: {} } }, ["InvocationTypeMismatch"]],
  ["TargetsRequired", { ...runCommandBase, Targets: undefined, MaxConcurrency: undefined, MaxErrors: undefined }],
  ["TargetsRequired", { ...runCommandBase, Targets: [], MaxConcurrency: undefined, MaxErrors: undefined }],
  ["MaxConcurrencyRequired", { ...runCommandBase, MaxConcurrency: undefined }],
  ["MaxErrorsRequired", { ...runCommandBase, MaxErrors: undefined }],
  ["MaxConcurrencyWithoutTargets", { ...automationBase, MaxConcurrency: "1" }],
  ["MaxErrorsWithoutTargets", { ...automationBase, MaxErrors: "1" }],
  ["TargetKeyUnsupported", targets({ Key: "tag:Role", Values: ["web"] })],
  ["TargetValuesEmpty", targets({ Key: "InstanceIds", Values: [] })],
  ["WindowTargetIdsCount", targets({ Key: "WindowTargetIds", Values: Array.from({ length: 11 }, () => TARGET_ID) })],
  ["InstanceIdFormat", targets({ Key: "InstanceIds", Values: ["i-123"] })],
  ["WindowTargetIdFormat", targets({ Key: "WindowTargetIds", Values: ["web-servers"] })],
  ["TaskArnFormat", { ...runCommandBase, TaskArn: "arn:aws:ssm:us-east-1:123456789012:task:MyTask" }],
  ["TaskArnFormat", { ...automationBase, TaskArn: "AWS RestartEC2Instance" }],
  ["TaskArnFormat", { ...lambdaBase, TaskArn: "arn:aws:s3:::my-bucket" }],
  ["TaskArnFormat", { ...stepFunctionsBase, TaskArn: "nightly" }],
  ["TaskArnStepFunctionsActivity", { ...stepFunctionsBase, TaskArn: "arn:aws:states:us-east-1:123456789012:activity:approve" }],
  ["LoggingInfoMixedShapes", { ...runCommandBase, LoggingInfo: { S3Bucket: "logs", S3Region: "us-east-1" } }, ["LoggingInfoDeprecated"]],
  ["PriorityRange", { ...automationBase, Priority: 2 ** 31 }],
  ["ServiceRoleArnFormat", { ...automationBase, ServiceRoleArn: "MaintenanceRole" }],
  ["ServiceRoleArnFormat", { ...automationBase, ServiceRoleArn: "arn:aws:iam::123456789012:user/bob" }],
  ["ServiceRoleArnFormat", withRunCommand({ ServiceRoleArn: "arn:aws:iam::12345:role/x" })],
  ["NotificationArnFormat", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: "my-topic" } })],
  ["NotificationArnNotSnsTopic", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationArn: "arn:aws:sqs:us-east-1:123456789012:q" } })],
  ["LoggingInfoDeprecated", { ...runCommandBase, LoggingInfo: { S3Bucket: "logs", Region: "us-east-1" } }, ["LoggingInfoRegionDropped"]],
  ["LoggingInfoRegionDropped", { ...runCommandBase, LoggingInfo: { S3Bucket: "logs", Region: "us-east-1" } }, ["LoggingInfoDeprecated"]],
  ["TaskParametersDeprecated", { ...runCommandBase, TaskParameters: { commands: { Values: ["uptime"] } } }],
  ["DeprecatedFieldIgnored", { ...automationBase, TaskParameters: { a: { Values: ["1"] } } }],
  ["DeprecatedFieldConflict", { ...withRunCommand({ Comment: "x" }), TaskParameters: { commands: { Values: ["uptime"] } } }],
  ["NotificationArnMissing", withRunCommand({ ServiceRoleArn: ROLE_ARN, NotificationConfig: { NotificationEvents: ["All"] } })],
  ["NotificationWithoutRole", withRunCommand({ NotificationConfig: { NotificationArn: TOPIC_ARN, NotificationEvents: ["All"], NotificationType: "Command" } })],
  ["DuplicateParameterName", withRunCommand({ Parameters: { commands: ["a"], Commands: ["b"] } })],
  ["PayloadNotJson", lambda({ Payload: "{not json" })],
  ["InputNotJson", sf({ Input: "mode=full" })],
  ["CloudWatchLogGroupIgnored", withRunCommand({ CloudWatchOutputConfig: { CloudWatchLogGroupName: "/mw" } })],
  ["OutputS3KeyPrefixIgnored", withRunCommand({ OutputS3KeyPrefix: "runs/" })],
  ["DocumentHashTypeSha1", withRunCommand({ DocumentHash: "abc", DocumentHashType: "Sha1" })],
  ["TerraformInterpolation", withRunCommand({ Parameters: { commands: ["echo ${HOME}"] } })],
  ["TerraformInterpolation", { ...automationBase, Name: "x%{y" }, ["NameFormat"]],
  ["ReferenceWrongAttribute", { ...automationBase, WindowId: refWindow.name }],
  ["ReferenceWrongResource", targets({ Key: "WindowTargetIds", Values: [refWindow.id] })],
  ["ReferenceUnexpectedResource", { ...stepFunctionsBase, TaskArn: refActivity.id }],
  ["DocumentTypeMismatch", { ...runCommandBase, TaskArn: "AWS-RestartEC2Instance" }],
  ["DocumentParameterUnknown", { ...withRunCommand({ Parameters: { Commands: ["uptime"] } }), TaskArn: "AWS-RunShellScript" }],
  ["DocumentParameterRequired", { ...runCommandBase, TaskArn: "AWS-RunShellScript" }],
  ["DocumentParameterNotAllowed", { ...withRunCommand({ Parameters: { Operation: ["Install"], RebootOption: ["Always"] } }), TaskArn: "AWS-RunPatchBaseline" }],
  ["DocumentParameterPattern", { ...withRunCommand({ Parameters: { commands: ["x"], executionTimeout: ["60s"] } }), TaskArn: "AWS-RunShellScript" }],
  ["DocumentParameterType", { ...withRunCommand({ Parameters: { Operation: ["Scan", "Install"] } }), TaskArn: "AWS-RunPatchBaseline" }],
  ["RegionFormat", { ...automationBase, Region: "EU-WEST-1" }, withBinding],
  ["RegionEmpty", { ...automationBase, Region: "" }, withBinding],
  // Only a 5.x binding reports it (see the test below, and __tests__/validation/region.test.ts for aws 6).
  ...(AWS6 ? [] : [["RegionNeedsAwsProvider6", { ...automationBase, Region: "eu-west-1" }] as [string, unknown]]),
];

describe("noncompliance: each case reports exactly its code (and the listed companions)", () => {
  test.each(NONCOMPLIANT)("%s: %j", (code, props, alsoReported = []) => {
    expect([...new Set(codesOf(props))].sort()).toEqual([code, ...alsoReported].sort());
  });

  test("every registered code has a noncompliance case", () => {
    const covered = new Set(NONCOMPLIANT.map(([code]) => code));
    // With an aws 6 binding RegionNeedsAwsProvider6 cannot be reported: the only code without a case.
    expect(Object.keys(allDiagnosticCodes()).filter((c) => !covered.has(c))).toEqual(AWS6 ? ["RegionNeedsAwsProvider6"] : []);
  });

  test("every reported diagnostic has the level its code is registered with", () => {
    const levels = allDiagnosticCodes();
    for (const [, props] of NONCOMPLIANT) {
      for (const d of validateMaintenanceWindowTask(props)) expect([d.code, d.level]).toEqual([d.code, levels[d.code]]);
    }
  });
});

describe("messages", () => {
  test("name the path, the value, what is allowed", () => {
    const [d] = validateMaintenanceWindowTask({ ...runCommandBase, MaxConcurrency: "0" });
    expect(d).toEqual({
      code: "MaxConcurrencyFormat",
      level: "error",
      path: "MaxConcurrency",
      message: expect.stringMatching(/^"0" does not have the allowed format\. Allowed: a whole number ≥ 1 .* "1%" to "100%"\.$/),
    });
  });

  test("never show sensitive values (Payload, Input, Parameters values, Description)", () => {
    const secret = "s3cr3t-${value}";
    const diagnostics = [
      ...validateMaintenanceWindowTask(lambda({ Payload: `{${secret}` })),
      ...validateMaintenanceWindowTask(sf({ Input: `x${secret}${long(4096)}` })),
      ...validateMaintenanceWindowTask(withRunCommand({ Parameters: { commands: [secret], Commands: [secret] } })),
      ...validateMaintenanceWindowTask({ ...automationBase, Description: secret + long(200), TaskParameters: { a: { Values: [secret] } } }),
      ...validateMaintenanceWindowTask(automation({ Parameters: { a: [secret + long(600)] } })),
    ];
    expect(diagnostics.length).toBeGreaterThanOrEqual(6);
    for (const d of diagnostics) expect(d.message).not.toContain("s3cr3t");
  });

  test("enum values are case-sensitive and the message suggests the right case", () => {
    const [d] = validateMaintenanceWindowTask({ ...automationBase, CutoffBehavior: "cancel_task" });
    expect(d.message).toContain('did you mean "CANCEL_TASK"?');
  });

  test("Terraform's camelCase or snake_case names get a did-you-mean", () => {
    const diagnostics = validateMaintenanceWindowTask({ ...automationBase, service_role_arn: ROLE_ARN });
    expect(diagnostics[0].message).toContain('Did you mean "ServiceRoleArn"?');
  });

  test("all errors are reported at once, not just the first", () => {
    expect(codesOf({ ...runCommandBase, WindowId: "mw-1", Priority: -1, MaxConcurrency: "0", MaxErrors: "x", Name: "a b" }).sort()).toEqual(
      ["WindowIdFormat", "PriorityRange", "MaxConcurrencyFormat", "MaxErrorsFormat", "NameFormat"].sort(),
    );
  });

  test("acknowledged warnings are left out; errors cannot be acknowledged", () => {
    const props = { ...withRunCommand({ OutputS3KeyPrefix: "x" }), MaxErrors: "01", acknowledgeWarnings: ["OutputS3KeyPrefixIgnored", "MaxErrorsFormat"] };
    expect(codesOf(props)).toEqual(["MaxErrorsFormat"]);
  });
});

describe("boundaries", () => {
  test.each([
    ["Priority 0", { ...automationBase, Priority: 0 }],
    ["MaxConcurrency 100%", { ...runCommandBase, MaxConcurrency: "100%" }],
    ["MaxConcurrency 7 digits", { ...runCommandBase, MaxConcurrency: "9999999" }],
    ["MaxErrors 0%", { ...runCommandBase, MaxErrors: "0%" }],
    ["MaxErrors 0 as a number", { ...runCommandBase, MaxErrors: 0 }],
    ["TimeoutSeconds 30", withRunCommand({ TimeoutSeconds: 30 })],
    ["TimeoutSeconds 2592000", withRunCommand({ TimeoutSeconds: 2592000 })],
    ["Name 128 characters", { ...automationBase, Name: long(128) }],
    ["Description 128 characters", { ...automationBase, Description: long(128) }],
    ["5 targets", targets(...Array.from({ length: 5 }, () => ({ Key: "WindowTargetIds", Values: [TARGET_ID] })))],
    ["10 window target ids", targets({ Key: "WindowTargetIds", Values: Array.from({ length: 10 }, () => TARGET_ID) })],
    ["50 instance ids", targets({ Key: "InstanceIds", Values: Array.from({ length: 50 }, (_, i) => `i-${String(i).padStart(17, "0")}`) })],
    ["Payload of 4096 bytes", lambda({ Payload: `"${long(4094)}"` })],
    ["escaped $${ and %%{", withRunCommand({ Parameters: { commands: ["echo $${HOME} %%{x}"] } })],
    ["Comment 100 characters", withRunCommand({ Comment: long(100) })],
  ])("%s is accepted", (_, props) => {
    expect(validateMaintenanceWindowTask(props)).toEqual([]);
  });
});

test("WINDOW_ID fixture is itself valid", () => {
  expect(WINDOW_ID).toMatch(/^mw-[0-9a-f]{17}$/);
});
