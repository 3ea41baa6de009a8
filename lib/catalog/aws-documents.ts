// The AWS-owned SSM documents that maintenance windows run most: each document's type and its
// parameters (type, required or default, allowed values, pattern), taken from the documents'
// published content and AWS's documentation, with the source and the date it was read. The typed
// presets (lib/presets/documents.ts) and the DocumentParameter* checks read this one table; see
// help/document-catalog.md for what is checked and how to add a document.
//
// Rules for entries: copy what the source publishes, never guess. A parameter the source names
// without a type gets no `type`; an entry whose source does not show every parameter has
// `complete: false` (unknown names are then not reported); an entry whose source shows no parameter
// at all says so in `note`.
import type { AwsDocument, AwsDocumentParameter } from "./types";

export type { AwsDocument, AwsDocumentParameter, AwsDocumentType, DocumentParameterType } from "./types";

const READ_ON = "2026-12-01";

// Sources (read on READ_ON).
const AWS_CLI_GET_DOCUMENT = "aws/aws-cli@3096efebc92a9c67a6b44c05ac7438df1958c9b3:awscli/examples/ssm/get-document.rst (the get-document output shows AWS-RunShellScript's published content)";
const AWSLABS = "awslabs/aws-systems-manager@81deddae6d864f2e236346c880f88b7905ec549a";
const USER_GUIDE = "awsdocs/aws-systems-manager-user-guide@7d36d728214eb2556a573a7abb6711745c69f228";
const RUNBOOKS = "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide";

const EXECUTION_TIMEOUT = "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)";
const PATCH_SNAPSHOT_ID = "(^$)|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
const PATCH_LIST_URL = "(^$)|^https://.+$|^s3://([^/]+)/(.*?([^/]+))$";

const assumeRole: AwsDocumentParameter = { type: "String", default: "" };
const scriptParameters: Record<string, AwsDocumentParameter> = {
  commands: { type: "StringList", required: true, minItems: 1 },
  workingDirectory: { type: "String", default: "", maxChars: 4096 },
  executionTimeout: { type: "String", default: "3600", allowedPattern: EXECUTION_TIMEOUT },
};
const ec2InstancesRunbook: Record<string, AwsDocumentParameter> = {
  InstanceId: { type: "StringList", required: true },
  AutomationAssumeRole: assumeRole,
};
const withApproval: Record<string, AwsDocumentParameter> = {
  InstanceId: { type: "StringList", required: true },
  Approvers: { type: "StringList", required: true },
  SNSTopicArn: { type: "String", required: true },
  AutomationAssumeRole: assumeRole,
};
const rebootOption: AwsDocumentParameter = { type: "String", allowedValues: ["RebootIfNeeded", "NoReboot"], default: "RebootIfNeeded" };
const patchOperation: AwsDocumentParameter = { type: "String", required: true, allowedValues: ["Scan", "Install"] };

/** The catalog, by document name. */
export const AWS_DOCUMENTS: readonly AwsDocument[] = [
  // ----------------------------------------------------------------------------------- Command
  {
    name: "AWS-RunShellScript",
    documentType: "Command",
    parameters: scriptParameters,
    complete: true,
    source: AWS_CLI_GET_DOCUMENT,
    readOn: READ_ON,
  },
  {
    name: "AWS-RunPowerShellScript",
    documentType: "Command",
    parameters: scriptParameters,
    complete: true,
    source:
      "describe-document output of AWS-RunPowerShellScript (Owner Amazon, version 1: commands, workingDirectory, executionTimeout with their types and defaults) quoted in https://til.juliusgamanyi.com/posts/aws-ssm-send-commands-to-run-on-remote-windows-ec2/; " +
      "maxChars and allowedPattern from the document's YAML content in an earlier version of aws/aws-cli:awscli/examples/ssm/get-document.rst (description \"Run a PowerShell script or specify the paths to scripts to run.\")",
    readOn: READ_ON,
  },
  {
    name: "AWS-RunPatchBaseline",
    documentType: "Command",
    parameters: {
      Operation: patchOperation,
      SnapshotId: { type: "String", default: "", allowedPattern: PATCH_SNAPSHOT_ID },
      InstallOverrideList: { type: "String", default: "", allowedPattern: PATCH_LIST_URL },
      BaselineOverride: { type: "String", default: "", allowedPattern: PATCH_LIST_URL },
      RebootOption: rebootOption,
    },
    complete: true,
    source:
      "tekumara/aws-ssm-patch-manager@fd11be0428408b59b10ebf3fa73e904916065aec:AWS-RunPatchBaseline.json (a copy of the published content, schema 2.2); " +
      `${USER_GUIDE}:doc_source/patch-manager-aws-runpatchbaseline.md`,
    readOn: READ_ON,
  },
  {
    name: "AWS-RunPatchBaselineWithHooks",
    documentType: "Command",
    parameters: {
      Operation: patchOperation,
      SnapshotId: { type: "String" },
      RebootOption: rebootOption,
      PreInstallHookDocName: { type: "String", default: "AWS-Noop" },
      PostInstallHookDocName: { type: "String", default: "AWS-Noop" },
      OnExitHookDocName: { type: "String", default: "AWS-Noop" },
    },
    complete: false,
    source: `${USER_GUIDE}:doc_source/patch-manager-aws-runpatchbaselinewithhooks.md ("AWS-RunPatchBaselineWithHooks parameters")`,
    readOn: READ_ON,
    note: "Read from the user guide, not from the content: types are the guide's, patterns are not published there. The guide says the document does not support InstallOverrideList.",
  },
  {
    name: "AWS-RunPatchBaselineAssociation",
    documentType: "Command",
    parameters: {
      Operation: patchOperation,
      AssociationId: { required: true },
      BaselineTags: {},
      InstallOverrideList: { type: "String" },
      RebootOption: rebootOption,
    },
    complete: false,
    source: `${USER_GUIDE}:doc_source/patch-manager-aws-runpatchbaselineassociation.md ("AWS-RunPatchBaselineAssociation parameters")`,
    readOn: READ_ON,
    note: "Read from the user guide, which marks Operation and AssociationId required; the content itself was not available.",
  },
  {
    name: "AWS-InstallWindowsUpdates",
    documentType: "Command",
    parameters: { Action: { allowedValues: ["Scan", "Install"] }, AllowReboot: { allowedValues: ["True", "False"] }, IncludeKbs: {}, ExcludeKbs: {}, Categories: {}, SeverityLevels: {} },
    complete: false,
    source: `${USER_GUIDE}:doc_source/patch-manager-ssm-documents.md (legacy replacements: Action = Scan | Install, Allow Reboot = True | False, Include Kbs) and doc_source/automation-tutorial-update-patch-windows-ami.md (IncludeKbs, ExcludeKbs, Categories, SeverityLevels)`,
    readOn: READ_ON,
    note: "The published content was not found. Parameter names come from the guide; AllowReboot is written \"Allow Reboot\" (the console label) there.",
  },
  {
    name: "AWS-UpdateSSMAgent",
    documentType: "Command",
    parameters: {
      version: { type: "String", default: "" },
      allowDowngrade: { type: "String", default: "false", allowedValues: ["true", "false"] },
    },
    complete: true,
    source:
      "The document's content (schema 1.2) shown by Get-SSMEffectiveInstanceAssociationList, example 2, in the AWS SDK code examples for Systems Manager (https://docs.aws.amazon.com/systems-manager/latest/userguide/example_ssm_DescribeEffectiveInstanceAssociations_section.html); " +
      `${USER_GUIDE}:doc_source/sysman-state-cli.md (--parameters version=…)`,
    readOn: READ_ON,
  },
  {
    name: "AWS-UpdateEC2Config",
    documentType: "Command",
    parameters: { version: {}, allowDowngrade: {} },
    complete: false,
    source: `${USER_GUIDE}:doc_source/walkthrough-powershell.md ("Update EC2Config to a specific version": -Parameter @{'version'=…; 'allowDowngrade'='true'})`,
    readOn: READ_ON,
    note: "The published content was not found; only the two parameter names shown in the walkthrough.",
  },
  {
    name: "AWS-ConfigureAWSPackage",
    documentType: "Command",
    parameters: { action: { type: "String" }, installationType: { type: "String" }, name: { type: "String" } },
    complete: false,
    source: `${USER_GUIDE}:doc_source/distributor-working-with-packages-deploy.md (send-command --parameters action, installationType, name)`,
    readOn: READ_ON,
    note: "The published content was not found; the guide shows action \"Install\" and installationType \"Uninstall and reinstall\" (the default) or \"In-place update\". Other parameters (version, additionalArguments) are not shown there.",
  },
  {
    name: "AWS-ConfigureDocker",
    documentType: "Command",
    parameters: { action: {} },
    complete: false,
    source: `${USER_GUIDE}:doc_source/documents-creating-content.md (aws:runDocument with documentPath AWS-ConfigureDocker and documentParameters {"action":"Install"})`,
    readOn: READ_ON,
    note: "The published content was not found; only the action parameter is shown.",
  },
  {
    name: "AWS-ApplyAnsiblePlaybooks",
    documentType: "Command",
    parameters: { SourceType: {}, SourceInfo: {}, InstallDependencies: {}, PlaybookFile: {}, ExtraVariables: {}, Check: {}, Verbose: {} },
    complete: false,
    source: `${USER_GUIDE}:doc_source/systems-manager-state-manager-ansible.md (create-association --parameters)`,
    readOn: READ_ON,
    note: "The published content was not found; parameter names from the guide's CLI example, without types or allowed values.",
  },
  {
    name: "AWS-RunAnsiblePlaybook",
    documentType: "Command",
    parameters: {},
    complete: false,
    source: `${USER_GUIDE}:doc_source/systems-manager-state-manager-ansible.md ("The AWS-RunAnsiblePlaybook document is deprecated")`,
    readOn: READ_ON,
    note: "Deprecated in favour of AWS-ApplyAnsiblePlaybooks. Its parameters were not found in any source available: they are not checked.",
  },
  {
    name: "AWS-RunRemoteScript",
    documentType: "Command",
    parameters: { sourceType: {}, sourceInfo: {}, commandLine: {} },
    complete: false,
    source: `${USER_GUIDE}:doc_source/integration-github-python.md (send-command --parameters sourceType, sourceInfo, commandLine)`,
    readOn: READ_ON,
    note: "The published content was not found; parameter names from the guide's CLI example.",
  },
  {
    name: "AWS-RunDocument",
    documentType: "Command",
    parameters: {},
    complete: false,
    source: `${USER_GUIDE}:doc_source/documents-running-remote-github-s3.md ("AWS-RunDocument can be used to run only command-type SSM documents")`,
    readOn: READ_ON,
    note: "The guide describes its parameters by their console labels only (Source Type, Source Info, Document Parameters): they are not checked.",
  },
  {
    name: "AWS-RefreshAssociation",
    documentType: "Command",
    parameters: {},
    complete: false,
    source: `${USER_GUIDE}:doc_source/sysman-compliance-fixing.md (run with Run Command for non-compliant associations)`,
    readOn: READ_ON,
    note: "Its parameters were not found in any source available: they are not checked.",
  },
  {
    name: "AWS-RunInspecChecks",
    documentType: "Command",
    parameters: { sourceType: {}, sourceInfo: {} },
    complete: false,
    source: `${USER_GUIDE}:doc_source/integration-chef-inspec.md (send-command --parameters sourceType, sourceInfo)`,
    readOn: READ_ON,
    note: "The published content was not found; the guide says sourceType is GitHub or S3.",
  },
  {
    name: "AWS-GatherSoftwareInventory",
    documentType: "Command",
    parameters: {
      applications: {},
      awsComponents: {},
      customInventory: {},
      instanceDetailedInformation: {},
      networkConfig: {},
      services: {},
      windowsRoles: {},
      windowsUpdates: {},
    },
    complete: false,
    source: `${USER_GUIDE}:doc_source/sysman-inventory-cliwalk.md (create-association --parameters applications=Enabled,…)`,
    readOn: READ_ON,
    note: "The published content was not found; parameter names from the guide's CLI example (all given Enabled). Other collectors (files, windowsRegistry, billingInfo) are not shown there.",
  },
  // -------------------------------------------------------------------------------- Automation
  {
    name: "AWS-RestartEC2Instance",
    documentType: "Automation",
    parameters: ec2InstancesRunbook,
    complete: true,
    source: `${AWSLABS}:Documents/Automation/RestartInstance/Documents/aws-RestartEC2Instance.json; ${RUNBOOKS}/automation-aws-restartec2instance.html`,
    readOn: READ_ON,
  },
  {
    name: "AWS-StopEC2Instance",
    documentType: "Automation",
    parameters: ec2InstancesRunbook,
    complete: true,
    source: `${AWSLABS}:Documents/Automation/StopInstance/Documents/aws-StopEC2Instance.json`,
    readOn: READ_ON,
  },
  {
    name: "AWS-StartEC2Instance",
    documentType: "Automation",
    parameters: ec2InstancesRunbook,
    complete: true,
    source: `${AWSLABS}:Documents/Automation/StartInstance/Documents/aws-StartEC2Instance.json; https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-aws-startec2instance.html`,
    readOn: READ_ON,
  },
  {
    name: "AWS-TerminateEC2Instance",
    documentType: "Automation",
    parameters: ec2InstancesRunbook,
    complete: true,
    source: `${AWSLABS}:Documents/Automation/TerminateInstance/Documents/aws-TerminateEC2Instance.json; ${RUNBOOKS}/automation-aws-terminateec2instance.html`,
    readOn: READ_ON,
  },
  {
    name: "AWS-RestartEC2InstanceWithApproval",
    documentType: "Automation",
    parameters: withApproval,
    complete: false,
    source: `${AWSLABS}:Documents/Automation/RestartInstanceWithApproval/Documents/aws-RestartEC2Instance.json (the runbook published as AWS-RestartEC2InstanceWithApproval)`,
    readOn: READ_ON,
    note: "Only the awslabs source (2018 content) was available; not cross-checked against the current version.",
  },
  {
    name: "AWS-StopEC2InstanceWithApproval",
    documentType: "Automation",
    parameters: withApproval,
    complete: false,
    source: `${AWSLABS}:Documents/Automation/StopInstanceWithApproval/Documents/aws-StopEC2InstanceWithApproval.json`,
    readOn: READ_ON,
    note: "Only the awslabs source was available; not cross-checked against the current version.",
  },
  {
    name: "AWS-StartEC2InstanceWithApproval",
    documentType: "Automation",
    parameters: withApproval,
    complete: false,
    source: `${AWSLABS}:Documents/Automation/StartInstanceWithApproval/Documents/aws-StartEC2InstanceWithApproval.json`,
    readOn: READ_ON,
    note: "Only the awslabs source was available; not cross-checked against the current version.",
  },
  {
    name: "AWS-CreateImage",
    documentType: "Automation",
    parameters: { InstanceId: { type: "String", required: true }, NoReboot: { type: "Boolean" }, AutomationAssumeRole: assumeRole },
    complete: true,
    source: `${RUNBOOKS}/automation-aws-createimage.html; ${AWSLABS}:Documents/Automation/CreateImage/Documents/aws-CreateImage.json (an earlier version, without NoReboot); NoReboot is also passed in hashicorp/terraform-provider-aws:internal/service/ssm/maintenance_window_task_test.go`,
    readOn: READ_ON,
    note: "The reference page gives no default for NoReboot.",
  },
  {
    name: "AWS-CreateSnapshot",
    documentType: "Automation",
    parameters: { VolumeId: { type: "String", required: true }, Description: { type: "String", default: "" }, AutomationAssumeRole: assumeRole },
    complete: true,
    source: `${RUNBOOKS}/automation-aws-createsnapshot.html; ${AWSLABS}:Documents/Automation/CreateSnapshot/Documents/aws-CreateSnapshot.json`,
    readOn: READ_ON,
    note: "The awslabs content also has LambdaAssumeRole; the current reference page does not.",
  },
  {
    name: "AWS-DeleteSnapshot",
    documentType: "Automation",
    parameters: { SnapshotId: { type: "String", required: true }, AutomationAssumeRole: assumeRole },
    complete: true,
    source: `${RUNBOOKS}/automation-aws-deletesnapshot.html; ${AWSLABS}:Documents/Automation/DeleteSnapshot/Documents/aws-DeleteSnapshot.json`,
    readOn: READ_ON,
    note: "The awslabs content also has LambdaAssumeRole; the current reference page does not.",
  },
  {
    name: "AWS-CopySnapshot",
    documentType: "Automation",
    parameters: {
      SnapshotId: { type: "String", required: true },
      SourceRegion: { type: "String", required: true },
      Description: { type: "String", default: "" },
      LambdaAssumeRole: { type: "String", default: "" },
      AutomationAssumeRole: assumeRole,
    },
    complete: false,
    source: `${AWSLABS}:Documents/Automation/CopySnapshot/Documents/aws-CopySnapshot.json`,
    readOn: READ_ON,
    note: "Only the awslabs source was available; not cross-checked against the current version.",
  },
  {
    name: "AWS-DeleteImage",
    documentType: "Automation",
    parameters: { ImageId: { type: "String", required: true }, AutomationAssumeRole: assumeRole },
    complete: false,
    source: `${AWSLABS}:Documents/Automation/DeleteImage/Documents/aws-DeleteImage.json`,
    readOn: READ_ON,
    note: "Only the awslabs source was available; not cross-checked against the current version.",
  },
  {
    name: "AWS-UpdateLinuxAmi",
    documentType: "Automation",
    parameters: {
      SourceAmiId: { type: "String", required: true },
      IamInstanceProfileName: { type: "String", default: "ManagedInstanceProfile" },
      AutomationAssumeRole: { type: "String", allowedPattern: "^$|^arn:aws[a-z0-9-]*:iam::(\\d{12}|\\{\\{global:ACCOUNT_ID\\}\\}):role/[\\w/.@+=,-]{1,1017}$" },
      TargetAmiName: { type: "String" },
      InstanceType: { type: "String", default: "t2.micro" },
      SubnetId: { type: "String" },
      SecurityGroupIds: { type: "String", required: true },
      MetadataOptions: { type: "StringMap" },
      PreUpdateScript: { type: "String", default: "none" },
      PostUpdateScript: { type: "String", default: "none" },
      IncludePackages: { type: "String", default: "all" },
      ExcludePackages: { type: "String", default: "none", allowedPattern: "^(none|[a-zA-Z0-9\\s,._+:=<>()\\[\\]/*-]+)$" },
    },
    complete: false,
    source: `${RUNBOOKS}/automation-aws-updatelinuxami.html (and its markdown version on docs.amazonaws.cn for the allowed patterns)`,
    readOn: READ_ON,
    note: "Read from excerpts of the reference page; parameters after TargetAmiName may be missing.",
  },
  {
    name: "AWS-UpdateWindowsAmi",
    documentType: "Automation",
    parameters: {
      SourceAmiId: { type: "String", required: true },
      SubnetId: { type: "String" },
      IamInstanceProfileName: { type: "String" },
      AutomationAssumeRole: { type: "String" },
      TargetAmiName: { type: "String" },
      InstanceType: { type: "String" },
      PreUpdateScript: { type: "String" },
      PostUpdateScript: { type: "String" },
      IncludeKbs: { type: "String" },
      ExcludeKbs: { type: "String" },
      Categories: { type: "String" },
      SeverityLevels: { type: "String" },
    },
    complete: false,
    source: `${USER_GUIDE}:doc_source/automation-tutorial-update-patch-windows-ami.md (input parameters table)`,
    readOn: READ_ON,
    note: "The 2023 guide's table; the current version may have more parameters (e.g. MetadataOptions).",
  },
  {
    name: "AWS-PatchInstanceWithRollback",
    documentType: "Automation",
    parameters: {
      InstanceId: { type: "String", required: true },
      AutomationAssumeRole: { type: "String" },
      LambdaAssumeRole: { type: "String" },
      ReportS3Bucket: { type: "String" },
    },
    complete: true,
    source: `${RUNBOOKS}/automation-aws-patchinstancewithrollback.html`,
    readOn: READ_ON,
  },
  {
    name: "AWS-PatchAsgInstance",
    documentType: "Automation",
    parameters: {
      InstanceId: { type: "String", required: true },
      AutomationAssumeRole: { type: "String" },
      LambdaRoleArn: { type: "String" },
      WaitForInstance: { type: "String", default: "PT2M" },
      WaitForReboot: { type: "String", default: "PT5M" },
    },
    complete: true,
    source: `${RUNBOOKS}/automation-aws-patchasginstance.html`,
    readOn: READ_ON,
  },
  {
    name: "AWS-StopRdsInstance",
    documentType: "Automation",
    parameters: { InstanceId: { type: "String", required: true }, AutomationAssumeRole: assumeRole, LambdaAssumeRole: { type: "String", default: "" } },
    complete: false,
    source: `${AWSLABS}:Documents/Automation/StopRdsInstance/Documents/aws-StopRdsInstance.json`,
    readOn: READ_ON,
    note: "Only the awslabs source was available; the current AWS-StartRdsInstance no longer has LambdaAssumeRole, this one may not either.",
  },
  {
    name: "AWS-StartRdsInstance",
    documentType: "Automation",
    parameters: { InstanceId: { type: "String", required: true }, AutomationAssumeRole: assumeRole },
    complete: true,
    source: `https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-aws-startrdsinstance.html; ${AWSLABS}:Documents/Automation/StartRdsInstance/Documents/aws-StartRdsInstance.json`,
    readOn: READ_ON,
    note: "The awslabs content also has LambdaAssumeRole; the current reference page does not.",
  },
  {
    name: "AWS-RebootRdsInstance",
    documentType: "Automation",
    parameters: { InstanceId: { type: "String", required: true }, AutomationAssumeRole: assumeRole },
    complete: true,
    source: `${RUNBOOKS}/automation-aws-rebootrdsinstance.html; ${AWSLABS}:Documents/Automation/RebootRds/Documents/aws-RebootRdsInstance.json`,
    readOn: READ_ON,
    note: "The awslabs content also has LambdaAssumeRole; the current reference page does not.",
  },
  {
    name: "AWS-ResizeInstance",
    documentType: "Automation",
    parameters: { InstanceId: { type: "String", required: true }, InstanceType: { type: "String", required: true }, AutomationAssumeRole: assumeRole },
    complete: true,
    source: `https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-aws-resizeinstance.html; ${AWSLABS}:Documents/Automation/ResizeInstance/Documents/aws-ResizeInstance.json`,
    readOn: READ_ON,
    note: "The awslabs content also has LambdaAssumeRole; the current reference page does not.",
  },
];

const BY_NAME = new Map(AWS_DOCUMENTS.map((d) => [d.name, d]));

/** The catalog entry of an AWS-owned document, by exact name. */
export function awsDocument(name: string): AwsDocument | undefined {
  return BY_NAME.get(name);
}

// arn:<partition>:ssm:<region>:<account, empty for AWS-owned documents>:document/<name>
const DOCUMENT_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]*:\d{0,12}:document\/(.+)$/;
const VERSION_SUFFIX = /:(\d+|\$LATEST|\$DEFAULT)$/;

/**
 * The catalog entry a TaskArn names: a document name or an SSM document ARN, with or without a
 * `:<version>` suffix. Names outside the catalog (a customer's own documents) give undefined.
 */
export function awsDocumentForTaskArn(taskArn: string): AwsDocument | undefined {
  const byName = BY_NAME.get(taskArn);
  if (byName || !taskArn.includes(":")) return byName;
  const name = (DOCUMENT_ARN.exec(taskArn)?.[1] ?? taskArn).replace(VERSION_SUFFIX, "");
  return BY_NAME.get(name);
}
