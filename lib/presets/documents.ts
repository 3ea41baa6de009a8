// Typed presets for the AWS documents that maintenance windows run most. Each preset is a pure
// function returning `TaskType`, `TaskArn` and `TaskInvocationParameters`, to spread into the props of
// a MaintenanceWindowTask. The documents' parameter names (case-sensitive), allowed values, patterns
// and lengths come from the catalog of AWS-owned documents (lib/catalog/aws-documents.ts), the same
// table the task's DocumentParameter* checks read; the presets add stricter checks of their own
// (EC2 instance ids, role ARNs). The task's own validation (lib/validation) still runs on the result,
// so limits it already checks (Terraform interpolation, DocumentVersion, TimeoutSeconds, value
// counts…) are not repeated here. Values that are cdktf tokens are never judged: they are known only
// at apply time.
import type {
  AutomationParameters,
  AutomationTaskProps,
  RunCommandParameters,
  RunCommandTaskProps,
} from "../props/task-props";
import { awsDocument } from "../catalog/aws-documents";
import { matchesAllowedPattern, type AwsDocumentParameter } from "../catalog/types";
import { MaintenanceWindowConfigError, MaintenanceWindowError } from "../core/errors";
import { suggest } from "../core/suggest";
import { isToken, tokenNumberAsString } from "../core/tokens";

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/**
 * Codes of {@link PresetValidationError}: `Preset` followed by the option at fault, plus
 * `PresetOptions` (the options argument is not an object), `PresetUnknownOption` (a misspelt option
 * name) and `PresetParametersInOptions` (`Parameters` given in the second argument, where the
 * preset's own parameters would replace them).
 */
export type PresetErrorCode =
  | "PresetOptions"
  | "PresetUnknownOption"
  | "PresetParametersInOptions"
  | "PresetCommands"
  | "PresetWorkingDirectory"
  | "PresetExecutionTimeout"
  | "PresetOperation"
  | "PresetRebootOption"
  | "PresetSnapshotId"
  | "PresetInstallOverrideList"
  | "PresetBaselineOverride"
  | "PresetInstanceId"
  | "PresetAutomationAssumeRole";

/**
 * Thrown by a {@link Documents} preset when an option has a value the document would reject. The
 * message names the preset, the option, the value, what is allowed and how to fix it:
 * `[code] Documents.<preset>: <problem>. <fix>`. A `MaintenanceWindowConfigError` like the other
 * helpers' errors, with the preset and the option at fault as fields.
 */
export class PresetValidationError extends MaintenanceWindowConfigError {
  constructor(
    /** What is wrong, e.g. `PresetExecutionTimeout`. */
    override readonly code: PresetErrorCode,
    /** The preset that threw, e.g. `runShellScript`. */
    readonly preset: string,
    /** The option at fault, e.g. `executionTimeoutSeconds`. */
    readonly option: string,
    message: string,
  ) {
    super(code, `Documents.${preset}`, message);
    this.name = "PresetValidationError";
  }
}

// ---------------------------------------------------------------------------------------------
// Return types and shared options
// ---------------------------------------------------------------------------------------------

/**
 * What a Run Command preset returns: the three props that pick the document and name its
 * parameters. `TaskType` is the literal `"RUN_COMMAND"`, so the result only spreads into a
 * RUN_COMMAND task. Assignable to `Pick<RunCommandTaskProps, "TaskType" | "TaskArn" | "TaskInvocationParameters">`.
 */
export interface RunCommandPreset<TDocument extends string = string> extends Pick<RunCommandTaskProps, "TaskType"> {
  /** Runs a Command document. */
  readonly TaskType: "RUN_COMMAND";
  /** The AWS document's name, e.g. `AWS-RunShellScript`. */
  readonly TaskArn: TDocument;
  /** The document's parameters, merged with the Run Command options of the preset's second argument. */
  readonly TaskInvocationParameters: { readonly RunCommand: RunCommandParameters };
}

/**
 * What an Automation preset returns: the three props that pick the runbook and name its
 * parameters. `TaskType` is the literal `"AUTOMATION"`, so the result only spreads into an
 * AUTOMATION task. Assignable to `Pick<AutomationTaskProps, "TaskType" | "TaskArn" | "TaskInvocationParameters">`.
 */
export interface AutomationPreset<TDocument extends string = string> extends Pick<AutomationTaskProps, "TaskType"> {
  /** Starts an Automation runbook. */
  readonly TaskType: "AUTOMATION";
  /** The AWS runbook's name, e.g. `AWS-RestartEC2Instance`. */
  readonly TaskArn: TDocument;
  /** The runbook's parameters, with the `DocumentVersion` of the preset's second argument. */
  readonly TaskInvocationParameters: { readonly Automation: AutomationParameters };
}

/**
 * The Run Command fields other than `Parameters` (`Comment`, `TimeoutSeconds`, `OutputS3BucketName`,
 * `CloudWatchOutputConfig`, `NotificationConfig`, `ServiceRoleArn`, `DocumentVersion`, …), given as
 * a preset's optional second argument and merged into the `RunCommand` block. They are validated by
 * the task like any `RunCommand` field.
 */
export type RunCommandPresetOptions = Omit<RunCommandParameters, "Parameters">;

/** The Automation fields other than `Parameters` (`DocumentVersion`), a preset's optional second argument. */
export type AutomationPresetOptions = Omit<AutomationParameters, "Parameters">;

// ---------------------------------------------------------------------------------------------
// Options of each preset
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link Documents.runShellScript} and {@link Documents.runPowerShellScript}: the
 * parameters of `AWS-RunShellScript` / `AWS-RunPowerShellScript`.
 */
export interface RunScriptOptions {
  /**
   * The script: a string (split into lines; blank lines at the start and end and the indentation
   * common to all lines are removed, so an indented template literal works) or one command per
   * element. At least one non-blank command. The document's `commands` parameter.
   *
   * Terraform reads `${…}` as an interpolation and `%{…}` as a directive: write a shell `${VAR}` (or
   * PowerShell `${env:PATH}`) as `$${VAR}`, PowerShell `%{ … }` as `%%{ … }`, or wrap the line in
   * `Fn.rawString(…)`. The task reports unescaped ones as `TerraformInterpolation` errors.
   */
  readonly commands: string | readonly string[];
  /**
   * Directory on the managed node the script runs in, up to 4096 characters. The document's
   * `workingDirectory` parameter.
   *
   * @default - the document's default: SSM Agent's own working directory for the command
   */
  readonly workingDirectory?: string;
  /**
   * How long the script may run, in whole seconds from 1 to 172800 (48 hours); after that the
   * command fails as timed out. Sent as the document's `executionTimeout` parameter (a string).
   * Not to be confused with `RunCommand.TimeoutSeconds`, which only limits how long the command may
   * wait to **start**.
   *
   * @default - 3600 seconds (the document's default)
   */
  readonly executionTimeoutSeconds?: number;
}

/** `Scan` reports missing patches; `Install` installs them. */
export type PatchOperation = "Scan" | "Install";

/** Whether `AWS-RunPatchBaseline` reboots the node after installing patches. */
export type PatchRebootOption = "RebootIfNeeded" | "NoReboot";

/** Options of {@link Documents.runPatchBaseline}: the parameters of `AWS-RunPatchBaseline`. */
export interface RunPatchBaselineOptions {
  /** `Scan` (report compliance, install nothing, never reboot) or `Install` (install missing approved patches). */
  readonly Operation: PatchOperation;
  /**
   * `RebootIfNeeded` reboots the node when patches were installed (or are pending a reboot);
   * `NoReboot` never reboots, leaving installed patches `InstalledPendingReboot` and the node
   * non-compliant until it restarts.
   *
   * @default "RebootIfNeeded" - the document's default: the node reboots after installing patches
   */
  readonly RebootOption?: PatchRebootOption;
  /**
   * A GUID naming the patch baseline snapshot, so that every node patched in one operation gets the
   * same set of approved patches. Leave it out in a maintenance window: Systems Manager derives one
   * from the window execution id.
   *
   * @default - in a maintenance window, Systems Manager supplies one per window execution
   */
  readonly SnapshotId?: string;
  /**
   * An `https://` URL or an `s3://bucket/key` URL (for a private bucket, the `s3://` form) of a
   * YAML list of patches to install instead of the ones the patch baseline approves. Scan
   * operations ignore it.
   *
   * @default - the patch baseline decides which patches are installed
   */
  readonly InstallOverrideList?: string;
  /**
   * An `https://` URL or an `s3://bucket/key` URL of a JSON file of patch baselines used instead of
   * the default baseline. The file name cannot contain `` ` ``, `'`, `"` or `$`.
   *
   * @default - the node's default patch baseline (or its patch group's) applies
   */
  readonly BaselineOverride?: string;
}

/**
 * Options of {@link Documents.restartEc2Instance}, {@link Documents.stopEc2Instance} and
 * {@link Documents.startEc2Instance}: the parameters of those runbooks.
 */
export interface Ec2InstanceRunbookOptions {
  /**
   * The EC2 instances (`i-` followed by 8 or 17 characters), or a pseudo parameter such as
   * `{{RESOURCE_ID}}`. One id or a list. The runbook's `InstanceId` parameter (a StringList).
   *
   * @default ["{{RESOURCE_ID}}"] - each target of the task, which is right when the task has
   * `Targets`; a targetless task must name its instances
   */
  readonly InstanceId?: string | readonly string[];
  /**
   * ARN of the IAM role Automation assumes to perform the runbook's actions (it needs the EC2
   * permissions, and the task's service role needs `iam:PassRole` on it).
   *
   * @default - no role: Automation uses the permissions of whoever starts the runbook, for a
   * maintenance window task the task's service role
   */
  readonly AutomationAssumeRole?: string;
}

// ---------------------------------------------------------------------------------------------
// The presets
// ---------------------------------------------------------------------------------------------

/**
 * Typed presets for the AWS documents maintenance windows run most. Each returns `TaskType`,
 * `TaskArn` and `TaskInvocationParameters` to spread into a `MaintenanceWindowTask`'s props;
 * the parameter names are the document's own (case-sensitive), and values the document would
 * reject throw a {@link PresetValidationError} right away instead of failing when the window runs.
 *
 * @example
 * new MaintenanceWindowTask(stack, "Uptime", {
 *   WindowId: window.id, Priority: 1, MaxConcurrency: "1", MaxErrors: "0",
 *   Targets: [{ Key: "WindowTargetIds", Values: [windowTarget.id] }],
 *   ...Documents.runShellScript({ commands: ["uptime", "df -h"], executionTimeoutSeconds: 600 }),
 * });
 */
export class Documents {
  private constructor() {}

  /**
   * Runs a shell script on Linux and macOS nodes with `AWS-RunShellScript`.
   *
   * Parameters: `commands` (at least one), `workingDirectory` (up to 4096 characters),
   * `executionTimeout` (from `executionTimeoutSeconds`, 1–172800). Shell `${VAR}` must be written
   * `$${VAR}` or wrapped in `Fn.rawString(…)`, because Terraform reads `${` as an interpolation.
   *
   * @param options The script and its working directory and time limit.
   * @param runCommand Other Run Command fields (`Comment`, `TimeoutSeconds`, output, notifications…).
   * @returns `TaskType: "RUN_COMMAND"`, `TaskArn: "AWS-RunShellScript"` and the parameters.
   * @throws PresetValidationError when an option has a value the document rejects.
   * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-command-ssm-plugin-reference.html#aws-runShellScript
   */
  static runShellScript(options: RunScriptOptions, runCommand?: RunCommandPresetOptions): RunCommandPreset<"AWS-RunShellScript"> {
    return runCommandPreset("runShellScript", "AWS-RunShellScript", scriptParameters("runShellScript", "AWS-RunShellScript", options), runCommand);
  }

  /**
   * Runs a PowerShell script on Windows nodes with `AWS-RunPowerShellScript`.
   *
   * Parameters: `commands` (at least one), `workingDirectory` (up to 4096 characters),
   * `executionTimeout` (from `executionTimeoutSeconds`, 1–172800). PowerShell's `${env:NAME}` and
   * `%{ … }` (ForEach-Object) must be written `$${env:NAME}` and `%%{ … }`, or the line wrapped in
   * `Fn.rawString(…)`, because Terraform reads `${` and `%{` as template sequences.
   *
   * @param options The script and its working directory and time limit.
   * @param runCommand Other Run Command fields (`Comment`, `TimeoutSeconds`, output, notifications…).
   * @returns `TaskType: "RUN_COMMAND"`, `TaskArn: "AWS-RunPowerShellScript"` and the parameters.
   * @throws PresetValidationError when an option has a value the document rejects.
   * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-command-ssm-plugin-reference.html#aws-runPowerShellScript
   */
  static runPowerShellScript(options: RunScriptOptions, runCommand?: RunCommandPresetOptions): RunCommandPreset<"AWS-RunPowerShellScript"> {
    return runCommandPreset(
      "runPowerShellScript",
      "AWS-RunPowerShellScript",
      scriptParameters("runPowerShellScript", "AWS-RunPowerShellScript", options),
      runCommand,
    );
  }

  /**
   * Scans for or installs missing patches with `AWS-RunPatchBaseline` (Linux, macOS and Windows
   * Server nodes), using each node's patch baseline.
   *
   * Parameters: `Operation` (required: `Scan` or `Install`), `RebootOption` (`RebootIfNeeded` or
   * `NoReboot`), `SnapshotId` (a GUID; leave it out in a maintenance window), `InstallOverrideList`
   * and `BaselineOverride` (`https://` or `s3://bucket/key` URLs).
   *
   * @param options The operation and its reboot behaviour and overrides.
   * @param runCommand Other Run Command fields (`Comment`, `TimeoutSeconds`, output, notifications…).
   * @returns `TaskType: "RUN_COMMAND"`, `TaskArn: "AWS-RunPatchBaseline"` and the parameters.
   * @throws PresetValidationError when an option has a value the document rejects.
   * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-aws-runpatchbaseline.html
   */
  static runPatchBaseline(options: RunPatchBaselineOptions, runCommand?: RunCommandPresetOptions): RunCommandPreset<"AWS-RunPatchBaseline"> {
    const preset = "runPatchBaseline";
    const o = optionsObject(preset, options, ["Operation", "RebootOption", "SnapshotId", "InstallOverrideList", "BaselineOverride"]);
    const document = "AWS-RunPatchBaseline";
    return runCommandPreset(preset, document, {
      Operation: [oneOf(preset, "Operation", o.Operation, PATCH.Operation, `the operation ${document} performs`)!],
      ...optional("RebootOption", oneOf(preset, "RebootOption", o.RebootOption, PATCH.RebootOption, "whether the node reboots after installing patches")),
      ...optional("SnapshotId", snapshotId(preset, o.SnapshotId)),
      ...optional("InstallOverrideList", patchListUrl(preset, "InstallOverrideList", o.InstallOverrideList, "a YAML list of patches")),
      ...optional("BaselineOverride", baselineOverride(preset, o.BaselineOverride)),
    }, runCommand);
  }

  /**
   * Restarts EC2 instances (stops them, waits, starts them) with the Automation runbook
   * `AWS-RestartEC2Instance`.
   *
   * Parameters: `InstanceId` (a list of instance ids; by default `{{RESOURCE_ID}}`, each of the
   * task's targets) and `AutomationAssumeRole` (an IAM role ARN). A targetless task must give
   * `InstanceId`: without targets, `{{RESOURCE_ID}}` has nothing to stand for.
   *
   * @param options The instances and the role the runbook assumes.
   * @param automation `DocumentVersion` of the runbook.
   * @returns `TaskType: "AUTOMATION"`, `TaskArn: "AWS-RestartEC2Instance"` and the parameters.
   * @throws PresetValidationError when an option has a value the runbook rejects.
   * @see https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-restartec2instance.html
   */
  static restartEc2Instance(options?: Ec2InstanceRunbookOptions, automation?: AutomationPresetOptions): AutomationPreset<"AWS-RestartEC2Instance"> {
    return ec2InstanceRunbook("restartEc2Instance", "AWS-RestartEC2Instance", options, automation);
  }

  /**
   * Stops EC2 instances with the Automation runbook `AWS-StopEC2Instance`.
   *
   * Parameters: `InstanceId` (a list of instance ids; by default `{{RESOURCE_ID}}`, each of the
   * task's targets) and `AutomationAssumeRole` (an IAM role ARN). A targetless task must give
   * `InstanceId`.
   *
   * @param options The instances and the role the runbook assumes.
   * @param automation `DocumentVersion` of the runbook.
   * @returns `TaskType: "AUTOMATION"`, `TaskArn: "AWS-StopEC2Instance"` and the parameters.
   * @throws PresetValidationError when an option has a value the runbook rejects.
   * @see https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-stopec2instance.html
   */
  static stopEc2Instance(options?: Ec2InstanceRunbookOptions, automation?: AutomationPresetOptions): AutomationPreset<"AWS-StopEC2Instance"> {
    return ec2InstanceRunbook("stopEc2Instance", "AWS-StopEC2Instance", options, automation);
  }

  /**
   * Starts EC2 instances with the Automation runbook `AWS-StartEC2Instance`.
   *
   * Parameters: `InstanceId` (a list of instance ids; by default `{{RESOURCE_ID}}`, each of the
   * task's targets) and `AutomationAssumeRole` (an IAM role ARN). A targetless task must give
   * `InstanceId`.
   *
   * @param options The instances and the role the runbook assumes.
   * @param automation `DocumentVersion` of the runbook.
   * @returns `TaskType: "AUTOMATION"`, `TaskArn: "AWS-StartEC2Instance"` and the parameters.
   * @throws PresetValidationError when an option has a value the runbook rejects.
   * @see https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-startec2instance.html
   */
  static startEc2Instance(options?: Ec2InstanceRunbookOptions, automation?: AutomationPresetOptions): AutomationPreset<"AWS-StartEC2Instance"> {
    return ec2InstanceRunbook("startEc2Instance", "AWS-StartEC2Instance", options, automation);
  }
}

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

type ParameterValues = Record<string, string[]>;

function runCommandPreset<D extends string>(preset: string, document: D, parameters: ParameterValues, runCommand: RunCommandPresetOptions | undefined): RunCommandPreset<D> {
  noParametersIn(preset, runCommand, "Run Command fields");
  return { TaskType: "RUN_COMMAND", TaskArn: document, TaskInvocationParameters: { RunCommand: { ...runCommand, Parameters: parameters } } };
}

function automationPreset<D extends string>(preset: string, document: D, parameters: ParameterValues, automation: AutomationPresetOptions | undefined): AutomationPreset<D> {
  noParametersIn(preset, automation, "Automation fields (DocumentVersion)");
  return { TaskType: "AUTOMATION", TaskArn: document, TaskInvocationParameters: { Automation: { ...automation, Parameters: parameters } } };
}

function scriptParameters(preset: string, document: string, options: RunScriptOptions): ParameterValues {
  const o = optionsObject(preset, options, ["commands", "workingDirectory", "executionTimeoutSeconds"]);
  return {
    commands: scriptCommands(preset, o.commands),
    ...optional("workingDirectory", workingDirectory(preset, document, o.workingDirectory)),
    ...optional("executionTimeout", executionTimeout(preset, document, o.executionTimeoutSeconds)),
  };
}

function ec2InstanceRunbook<D extends string>(preset: string, document: D, options: Ec2InstanceRunbookOptions | undefined, automation: AutomationPresetOptions | undefined): AutomationPreset<D> {
  const o = optionsObject(preset, options, ["InstanceId", "AutomationAssumeRole"]);
  return automationPreset(preset, document, {
    InstanceId: instanceIds(preset, o.InstanceId),
    ...optional("AutomationAssumeRole", automationAssumeRole(preset, o.AutomationAssumeRole)),
  }, automation);
}

/** `{ [name]: [value] }`, or nothing when the value is left out. */
function optional(name: string, value: string | undefined): ParameterValues {
  return value === undefined ? {} : { [name]: [value] };
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** `{{RESOURCE_ID}}`, `{{ssm:/name}}` and other placeholders that SSM resolves when the task runs. */
const PLACEHOLDER = /^\{\{[^{}]+\}\}$/;
/** EC2 instance ids (botocore's InstanceId shape without the `mi-` managed-node form). */
const EC2_INSTANCE_ID = /^i-(\w{8}|\w{17})$/;
const IAM_ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** What AWS-RunShellScript's and AWS-RunPowerShellScript's executionTimeout pattern allows, for messages. */
const MAX_EXECUTION_TIMEOUT = 172800;

/**
 * A parameter of a catalog document. The presets emit only parameters the catalog knows: a
 * parameter missing from it is a bug caught when this module loads (and by the agreement test).
 */
function presetParameter(document: string, name: string): AwsDocumentParameter {
  const parameter = awsDocument(document)?.parameters[name];
  if (!parameter) throw new MaintenanceWindowError(`lib/catalog/aws-documents.ts has no parameter "${name}" of ${document}; the presets and the catalog disagree.`);
  return parameter;
}

/** The allowed values of a catalog parameter (which must have some). */
function allowedValuesOf(document: string, name: string): readonly string[] {
  const values = presetParameter(document, name).allowedValues;
  if (!values) throw new MaintenanceWindowError(`lib/catalog/aws-documents.ts gives no allowedValues for ${document}'s ${name}.`);
  return values;
}

/** The allowedPattern of a catalog parameter (which must have one). */
function patternOf(document: string, name: string): string {
  const pattern = presetParameter(document, name).allowedPattern;
  if (pattern === undefined) throw new MaintenanceWindowError(`lib/catalog/aws-documents.ts gives no allowedPattern for ${document}'s ${name}.`);
  return pattern;
}

const PATCH = {
  Operation: allowedValuesOf("AWS-RunPatchBaseline", "Operation"),
  RebootOption: allowedValuesOf("AWS-RunPatchBaseline", "RebootOption"),
  SnapshotId: patternOf("AWS-RunPatchBaseline", "SnapshotId"),
  InstallOverrideList: patternOf("AWS-RunPatchBaseline", "InstallOverrideList"),
  BaselineOverride: patternOf("AWS-RunPatchBaseline", "BaselineOverride"),
};
for (const document of ["AWS-RestartEC2Instance", "AWS-StopEC2Instance", "AWS-StartEC2Instance"]) {
  presetParameter(document, "InstanceId");
  presetParameter(document, "AutomationAssumeRole");
}

function fail(code: PresetErrorCode, preset: string, option: string, problem: string, fix: string): never {
  throw new PresetValidationError(code, preset, option, `${problem}. ${fix}`);
}

/** A value for a message: JSON, shortened. */
function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function literalString(value: unknown): value is string {
  return typeof value === "string" && !isToken(value);
}

/** The options object, with every key checked against the preset's option names. */
function optionsObject<T extends object>(preset: string, options: T | undefined, allowed: readonly (keyof T & string)[]): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    fail("PresetOptions", preset, "options", `the options must be an object, not ${show(options)}`, `Pass an object such as { ${allowed[0]}: … }.`);
  }
  for (const key of Object.keys(options)) {
    if ((allowed as readonly string[]).includes(key)) continue;
    const hint = allowed.find((a) => a.toLowerCase().startsWith(key.toLowerCase())) ?? suggest(key, allowed);
    fail(
      "PresetUnknownOption",
      preset,
      key,
      `"${key}" is not one of its options`,
      `${hint ? `Did you mean "${hint}"? ` : ""}Option names are case-sensitive; the options are ${allowed.map((a) => `"${a}"`).join(", ")}.`,
    );
  }
  return options;
}

function noParametersIn(preset: string, extra: object | undefined, what: string): void {
  if (extra !== undefined && extra !== null && "Parameters" in extra) {
    fail(
      "PresetParametersInOptions",
      preset,
      "Parameters",
      `the second argument has "Parameters", which the preset would replace with the document's own`,
      `Give the document's parameters as the first argument; the second takes only the other ${what}.`,
    );
  }
}

function scriptCommands(preset: string, commands: unknown): string[] {
  const fix = `Give at least one command, e.g. commands: ["uptime"] or a multi-line string.`;
  if (commands === undefined || commands === null) fail("PresetCommands", preset, "commands", "commands is required", fix);
  if (Array.isArray(commands)) {
    if (isToken(commands)) return commands as string[]; // a list token
    if (commands.length === 0) fail("PresetCommands", preset, "commands", "commands is an empty list", fix);
    commands.forEach((c, i) => {
      if (typeof c !== "string") fail("PresetCommands", preset, "commands", `commands[${i}] is ${show(c)}, not a string`, "Give each command as a string.");
    });
    if (commands.every((c: string) => literalString(c) && c.trim() === "")) {
      fail("PresetCommands", preset, "commands", "commands has only blank lines", fix);
    }
    return [...commands];
  }
  if (typeof commands !== "string") {
    fail("PresetCommands", preset, "commands", `commands is ${show(commands)}`, "Give a string (split into lines) or a list of strings, one command each.");
  }
  const lines = scriptLines(commands);
  if (lines.length === 0) fail("PresetCommands", preset, "commands", "commands is a string with no command, only blank lines", fix);
  return lines;
}

/**
 * A script string as lines: blank lines at both ends dropped, the indentation common to the other
 * lines removed. Token markers never span lines, so strings with references split safely.
 */
function scriptLines(script: string): string[] {
  const lines = script.split(/\r?\n/);
  while (lines.length > 0 && lines[0].trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0]);
  let common = indents[0] ?? "";
  for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1);
  return lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart()));
}

function workingDirectory(preset: string, document: string, value: unknown): string | undefined {
  if (value === undefined || isToken(value)) return value as string | undefined;
  const max = presetParameter(document, "workingDirectory").maxChars ?? Infinity;
  if (typeof value !== "string") {
    fail("PresetWorkingDirectory", preset, "workingDirectory", `workingDirectory is ${show(value)}, not a string`, "Give a directory path such as \"/opt/app\", or leave it out.");
  }
  if (value.length > max) {
    fail(
      "PresetWorkingDirectory",
      preset,
      "workingDirectory",
      `workingDirectory is ${value.length} characters long; the document allows at most ${max}`,
      "Use a shorter path, or leave it out.",
    );
  }
  return value;
}

function executionTimeout(preset: string, document: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (isToken(value)) return typeof value === "number" ? tokenNumberAsString(value) : (value as string);
  const allowed = `${document} allows a whole number of seconds from 1 to ${MAX_EXECUTION_TIMEOUT} (48 hours)`;
  const fix = "Give e.g. executionTimeoutSeconds: 3600, or leave it out for the document's default of 3600 seconds.";
  if (typeof value !== "number") {
    fail("PresetExecutionTimeout", preset, "executionTimeoutSeconds", `executionTimeoutSeconds is ${show(value)}, not a number: ${allowed}`, fix);
  }
  // The document's allowedPattern is the truth (it allows 1 to 172800); the number must be whole.
  if (!Number.isInteger(value) || !matchesAllowedPattern(presetParameter(document, "executionTimeout").allowedPattern!, String(value))) {
    fail("PresetExecutionTimeout", preset, "executionTimeoutSeconds", `executionTimeoutSeconds is ${show(value)}: ${allowed}`, fix);
  }
  return String(value);
}

function oneOf(preset: string, option: string, value: unknown, allowed: readonly string[], what: string): string | undefined {
  const list = allowed.map((a) => `"${a}"`).join(" or ");
  if (value === undefined) {
    if (!presetParameter("AWS-RunPatchBaseline", option).required) return undefined;
    fail(`Preset${option}` as PresetErrorCode, preset, option, `${option} is required: ${what}`, `Give ${option}: ${list}.`);
  }
  if (isToken(value)) return value as string;
  if (typeof value === "string" && allowed.includes(value)) return value;
  const sameLetters = typeof value === "string" ? allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase()) : undefined;
  fail(
    `Preset${option}` as PresetErrorCode,
    preset,
    option,
    `${option} is ${show(value)}; it must be ${list} (${what})`,
    sameLetters ? `Values are case-sensitive: write "${sameLetters}".` : `Use ${list}.`,
  );
}

function snapshotId(preset: string, value: unknown): string | undefined {
  if (value === undefined || isToken(value)) return value as string | undefined;
  if (typeof value === "string" && (matchesAllowedPattern(PATCH.SnapshotId, value) || PLACEHOLDER.test(value))) return value;
  fail(
    "PresetSnapshotId",
    preset,
    "SnapshotId",
    `SnapshotId is ${show(value)}; AWS-RunPatchBaseline takes a GUID such as "12345699-9405-4f69-bc5e-9315a0123456"`,
    "In a maintenance window leave SnapshotId out (Systems Manager supplies one per window execution); otherwise generate a GUID.",
  );
}

function patchListUrl(preset: string, option: "InstallOverrideList" | "BaselineOverride", value: unknown, what: string): string | undefined {
  if (value === undefined || isToken(value)) return value as string | undefined;
  if (typeof value === "string" && (matchesAllowedPattern(PATCH[option], value) || PLACEHOLDER.test(value))) return value;
  fail(
    `Preset${option}`,
    preset,
    option,
    `${option} is ${show(value)}; AWS-RunPatchBaseline takes the URL of ${what}: "https://…" or "s3://<bucket>/<key>"`,
    `Give e.g. "s3://my-bucket/patching/${option === "BaselineOverride" ? "baseline-override.json" : "override-list.yaml"}" (the s3:// form for a private bucket).`,
  );
}

function baselineOverride(preset: string, value: unknown): string | undefined {
  const url = patchListUrl(preset, "BaselineOverride", value, "a JSON file of patch baselines");
  if (!literalString(url) || PLACEHOLDER.test(url)) return url;
  const bad = /[`'"$]/.exec(url);
  if (bad) {
    fail(
      "PresetBaselineOverride",
      preset,
      "BaselineOverride",
      `BaselineOverride is ${show(url)}, which contains ${show(bad[0])}; AWS does not allow \`, ', " or $ in the file name`,
      "Rename the file (or its key) without those characters.",
    );
  }
  return url;
}

function instanceIds(preset: string, value: unknown): string[] {
  if (value === undefined) return ["{{RESOURCE_ID}}"];
  if (isToken(value)) return Array.isArray(value) ? (value as string[]) : [value as string];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    fail(
      "PresetInstanceId",
      preset,
      "InstanceId",
      "InstanceId is an empty list; the runbook needs at least one instance",
      'Give instance ids, or leave InstanceId out for ["{{RESOURCE_ID}}"] (each target of the task).',
    );
  }
  list.forEach((id, i) => {
    if (isToken(id)) return;
    if (typeof id === "string" && (EC2_INSTANCE_ID.test(id) || PLACEHOLDER.test(id))) return;
    const where = Array.isArray(value) ? `InstanceId[${i}]` : "InstanceId";
    const managedNode = typeof id === "string" && id.startsWith("mi-");
    fail(
      "PresetInstanceId",
      preset,
      "InstanceId",
      `${where} is ${show(id)}; ${managedNode ? "mi- ids are hybrid managed nodes, not EC2 instances" : 'the runbook takes EC2 instance ids ("i-" followed by 8 or 17 characters)'}`,
      'Give an id such as "i-0123456789abcdef0" (e.g. an Instance resource\'s .id), or "{{RESOURCE_ID}}" for each target of the task.',
    );
  });
  return list as string[];
}

function automationAssumeRole(preset: string, value: unknown): string | undefined {
  if (value === undefined || isToken(value)) return value as string | undefined;
  if (typeof value === "string" && (IAM_ROLE_ARN.test(value) || PLACEHOLDER.test(value))) return value;
  fail(
    "PresetAutomationAssumeRole",
    preset,
    "AutomationAssumeRole",
    `AutomationAssumeRole is ${show(value)}; the runbook takes an IAM role ARN`,
    "Give arn:aws:iam::<account>:role/<name>, e.g. a role resource's .arn, or leave it out.",
  );
}
