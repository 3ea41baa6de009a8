// Single-constraint mutations of valid tasks: one property (or one cross-field condition) is changed
// so that it breaks exactly one constraint — lengths ±1 at the boundary in code points and in UTF-8
// bytes, pattern breakers, enum case changes, out-of-range, non-integer and huge numbers, wrong JS
// types, null or absence where a value is required, unknown properties, template sequences,
// counts — plus controls at the boundary that break nothing (the oracles decide either way).
//
// Limits come from botocore's model (botocore-register-task.json) and from the provider's own
// validators (hashicorp/aws 5.100.0 internal/service/ssm/maintenance_window_task.go: StringLenBetween
// counts bytes), never from lib/.
import * as fc from "fast-check";
import { BOTOCORE_MODEL } from "./botocore-oracle";
import { LONG_KEY, SHORT_KEY, TASK_TYPES, validTask, type Props, type TaskType } from "./arbitraries";
import { cloneProps, resolvePath, setAt, type Seg } from "./paths";
import { jsonOfBytes, jsonOfCodePoints, repeatUnit, twoByteText } from "./text";

export interface Mutation {
  /** Which property, e.g. "RunCommand.Comment". */
  readonly field: string;
  /** What was done to it, e.g. "bytes max+1". */
  readonly op: string;
  /** Path with placeholders (see paths.ts). */
  readonly segs: readonly Seg[];
  /** The new value (ignored with remove). */
  readonly value?: unknown;
  readonly remove?: boolean;
  /** Context the mutation needs first. */
  readonly pre?: "targetless" | "targeted" | "otherSpelling" | "withBlock";
}

export interface MutatedTask {
  readonly type: TaskType;
  readonly base: Props;
  readonly mutation: Mutation;
}

/** Provider validators that count UTF-8 bytes (Go len): [min, max]. */
export const TERRAFORM_BYTE_LIMITS: Record<string, readonly [number, number]> = {
  Description: [1, 128],
  "RunCommand.Comment": [0, 100],
  "RunCommand.DocumentHash": [0, 256],
  "Lambda.ClientContext": [1, 8000],
  "Lambda.Payload": [0, 4096],
  "Lambda.Qualifier": [1, 128],
  "StepFunctions.Input": [0, 4096],
  "StepFunctions.Name": [1, 80],
};

function apiLimits(shape: string): { min?: number; max?: number } {
  const s = BOTOCORE_MODEL.shapes[shape];
  if (!s) throw new Error(`no botocore shape ${shape}`);
  return { min: s.min, max: s.max };
}

type Breaker = readonly [op: string, value: unknown];

/** Length breakers (and boundary controls) for a string field. */
function lengthBreakers(field: string, shape: string): Breaker[] {
  const { min, max } = apiLimits(shape);
  const bytes = TERRAFORM_BYTE_LIMITS[field];
  const out: Breaker[] = [];
  if (max !== undefined) {
    out.push(["code points max+1 (ascii)", repeatUnit("ascii", max + 1)]);
    out.push(["code points max+1 (astral)", repeatUnit("astral", max + 1)]);
    out.push(["code points max (astral)", repeatUnit("astral", max)]);
    out.push(["code points max (ascii) control", repeatUnit("ascii", max)]);
  }
  if (bytes) {
    const [, bmax] = bytes;
    if (max === undefined || bmax <= max) out.push(["bytes max+1 within code points", "a".repeat(bmax - 1) + "é"]);
    out.push(["bytes max (2-byte) control", twoByteText(bmax)]);
    out.push(["code points = byte max (2-byte)", repeatUnit("two", bmax)]);
  }
  const lower = Math.max(min ?? 0, bytes?.[0] ?? 0);
  if (lower > 0) out.push(["min-1", "a".repeat(lower - 1)]);
  if (lower > 1) out.push(["min (astral) control", repeatUnit("astral", lower)]);
  return out;
}

const TEMPLATES: Breaker[] = [
  ["template ${HOME}", "echo ${HOME}"],
  ["template %{x}", "a %{x} b"],
  ["template %${x}", "100%${x}"],
  ["template $%{x}", "$%{x}"],
  ["template $$${x}", "$$${x}"],
  ["template %%%{x}", "%%%{x}"],
  ["template ${path.module}", "${path.module}"],
  ["template %{ if true }", "%{ if true }y%{ endif }"],
  ["template unclosed ${", "a${b"],
  ["template escaped $${x} control", "$${x}"],
  ["template escaped %%{x} control", "%%{x}"],
  ["template $ {x} control", "$ {x}"],
];

const WRONG_TYPES: Breaker[] = [
  ["type number", 5],
  ["type boolean", true],
  ["type list", ["x"]],
  ["type object", { x: 1 }],
];

const ROLE_BREAKERS: Breaker[] = [
  ["not an ARN", "MaintenanceRole"],
  ["bad account", "arn:aws:iam::12345:role/x"],
  ["bad partition", "arn:amazon:iam::123456789012:role/x"],
  ["not a role (S3)", "arn:aws:s3:::bucket"],
  ["not a role (user)", "arn:aws:iam::123456789012:user/x"],
  ["empty role name", "arn:aws:iam::123456789012:role/"],
  ["control role with path", "arn:aws-cn:iam::123456789012:role/a/b/c"],
  ...WRONG_TYPES,
];

const INTEGER_BREAKERS: Breaker[] = [
  ["negative", -1],
  ["fraction", 1.5],
  ["2^31 (int32 overflow)", 2147483648],
  ["4294967297 (wraps to 1)", 4294967297],
  ["1e21", 1e21],
  ["beyond safe integers", Number.MAX_SAFE_INTEGER + 2],
  ["string", "1"],
  ["boolean", true],
  ["list", [1]],
];

const VERSION_BREAKERS: Breaker[] = [
  ["lower case", "latest"],
  ["lower case $latest", "$latest"],
  ["zero", "0"],
  ["leading zero", "01"],
  ["decimal", "1.0"],
  ["empty", ""],
  ["leading space", " $LATEST"],
  ["trailing text", "$LATEST "],
  ["prefix text", "x$DEFAULT"],
  ["v1", "v1"],
  ["number", 1],
  ["control $DEFAULT", "$DEFAULT"],
  ["control 12", "12"],
];

interface FieldDef {
  readonly field: string;
  readonly types: readonly TaskType[];
  readonly segs: readonly Seg[];
  readonly breakers: readonly Breaker[];
  readonly pre?: Mutation["pre"];
}

const ALL = TASK_TYPES;
const RC: readonly TaskType[] = ["RUN_COMMAND"];

const block = (field: string): Seg[] => ["$TIP", "$BLOCK", field];

/** Every mutable property, with its breakers. */
function fieldDefs(): FieldDef[] {
  const defs: FieldDef[] = [
    {
      field: "WindowId",
      types: ALL,
      segs: ["WindowId"],
      breakers: [
        ["upper-case hex", "mw-0123456789ABCDEF0"],
        ["16 hex digits", "mw-0123456789abcdef"],
        ["18 hex digits", "mw-0123456789abcdef01"],
        ["non-hex digit", "mw-0123456789abcdefg"],
        ["underscore", "mw_0123456789abcdef0"],
        ["upper-case prefix", "MW-0123456789abcdef0"],
        ["trailing newline", "mw-0123456789abcdef0\n"],
        ["empty", ""],
        ["null (required)", null],
        ...WRONG_TYPES,
      ],
    },
    {
      field: "TaskArn",
      types: ALL,
      segs: ["TaskArn"],
      breakers: [
        ["empty", ""],
        ["1601 ascii", "a".repeat(1601)],
        ["1601 astral", repeatUnit("astral", 1601)],
        ["1600 astral control", repeatUnit("astral", 1600)],
        ["docs page task ARN", "arn:aws:ssm:us-east-1:123456789012:task:MyTask"],
        ["null (required)", null],
        ...WRONG_TYPES,
      ],
    },
    {
      field: "TaskType",
      types: ALL,
      segs: ["TaskType"],
      breakers: [
        ["lower case", "run_command"],
        ["mixed case", "Run_Command"],
        ["trailing space", "LAMBDA "],
        ["unknown", "SHELL"],
        ["empty", ""],
        ["null (required)", null],
        ...WRONG_TYPES,
      ],
    },
    { field: "Priority", types: ALL, segs: ["Priority"], breakers: [...INTEGER_BREAKERS, ["control 0", 0], ["control 2^31-1", 2147483647], ["control -0", -0], ["control null", null]] },
    {
      field: "MaxConcurrency",
      types: ALL,
      segs: ["MaxConcurrency"],
      pre: "targeted",
      breakers: [
        ["zero", "0"],
        ["leading zero", "01"],
        ["101%", "101%"],
        ["0%", "0%"],
        ["fraction", "1.5"],
        ["negative", "-1"],
        ["8 characters", "10000000"],
        ["leading space", " 1"],
        ["double percent", "1%%"],
        ["empty", ""],
        ["exponent", "1e3"],
        ["number 0", 0],
        ["number -1", -1],
        ["number 1.5", 1.5],
        ["number 1e21", 1e21],
        ["number 10000000", 10000000],
        ["boolean", true],
        ["control 100%", "100%"],
        ["control 9999999", 9999999],
      ],
    },
    {
      field: "MaxErrors",
      types: ALL,
      segs: ["MaxErrors"],
      pre: "targeted",
      breakers: [
        ["leading zero", "01"],
        ["101%", "101%"],
        ["00%", "00%"],
        ["negative", "-1"],
        ["fraction", "1.5"],
        ["8 characters", "10000000"],
        ["empty", ""],
        ["number -1", -1],
        ["number 1.5", 1.5],
        ["number 1e21", 1e21],
        ["boolean", false],
        ["control 0%", "0%"],
        ["control 0", 0],
      ],
    },
    {
      field: "Name",
      types: ALL,
      segs: ["Name"],
      breakers: [
        ["space", "my task"],
        ["slash", "abc/def"],
        ["2 characters", "ab"],
        ["129 characters", "a".repeat(129)],
        ["non-ASCII letter", "éab"],
        ["astral", "ab😀"],
        ["empty", ""],
        ["control 128", "a".repeat(128)],
        ["control 3", "a.b"],
        ...TEMPLATES.slice(0, 2),
        ...WRONG_TYPES,
      ],
    },
    { field: "Description", types: ALL, segs: ["Description"], breakers: [...lengthBreakers("Description", "MaintenanceWindowDescription"), ["empty", ""], ...TEMPLATES, ...WRONG_TYPES, ["control null", null]] },
    { field: "ServiceRoleArn", types: ALL, segs: ["ServiceRoleArn"], breakers: ROLE_BREAKERS },
    {
      field: "CutoffBehavior",
      types: ALL,
      segs: ["CutoffBehavior"],
      breakers: [["lower case", "continue_task"], ["unknown", "STOP"], ["empty", ""], ["trailing space", "CANCEL_TASK "], ["control", "CANCEL_TASK"], ...WRONG_TYPES],
    },
    {
      field: "Targets",
      types: ALL,
      segs: ["Targets"],
      breakers: [
        ["6 targets", Array.from({ length: 6 }, () => ({ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }))],
        ["empty list", []],
        ["string", "i-0123456789abcdef0"],
        ["object", { Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }],
        ["null item", [null]],
        ["list item", [["InstanceIds"]]],
        ["empty item", [{}]],
      ],
    },
    {
      field: "Targets[0].Key",
      types: ALL,
      segs: ["$T0", "Key"],
      breakers: [
        ["empty", ""],
        ["bad character", "a!b"],
        ["164 characters", "a".repeat(164)],
        ["tag key (unsupported for tasks)", "tag:Role"],
        ["lower case", "instanceids"],
        ["resource group key", "resource-groups:Name"],
        ["null (required)", null],
        ["removed (required)", undefined],
        ...WRONG_TYPES.slice(0, 2),
      ],
    },
    {
      field: "Targets[0].Values",
      types: ALL,
      segs: ["$T0", "Values"],
      breakers: [
        ["empty list", []],
        ["single string", "i-0123456789abcdef0"],
        ["number item", [5]],
        ["null item", [null]],
        ["null (required)", null],
        ["instance id too short", ["i-123"]],
      ],
    },
    {
      field: "Targets[0]",
      types: ALL,
      segs: ["$T0"],
      breakers: [
        ["51 instance ids", { Key: "InstanceIds", Values: Array.from({ length: 51 }, (_, i) => `i-${String(i).padStart(17, "0")}`) }],
        ["50 instance ids control", { Key: "InstanceIds", Values: Array.from({ length: 50 }, (_, i) => `i-${String(i).padStart(17, "0")}`) }],
        ["11 window target ids", { Key: "WindowTargetIds", Values: Array.from({ length: 11 }, (_, i) => `e32eecb2-646c-4f4b-8ed1-${String(i).padStart(12, "0")}`) }],
        ["not a window target id", { Key: "WindowTargetIds", Values: ["not-a-uuid"] }],
        ["unknown member", { Key: "InstanceIds", Values: ["i-0123456789abcdef0"], Name: "x" }],
      ],
    },
    {
      field: "unknown property",
      types: ALL,
      segs: ["Foo"],
      breakers: [["top-level Foo", 1]],
    },
    { field: "unknown property", types: ALL, segs: ["windowId"], breakers: [["camelCase windowId", "mw-0123456789abcdef0"]] },
    { field: "unknown property", types: ALL, segs: ["Id"], breakers: [["output Id", "x"]] },
    { field: "unknown property", types: ALL, segs: ["window_id"], breakers: [["Terraform spelling", "mw-0123456789abcdef0"]] },
    {
      field: "TaskInvocationParameters",
      types: ALL,
      segs: ["TaskInvocationParameters"],
      breakers: [["string", "x"], ["list", []], ["unknown block", { Foo: {} }], ["control empty", {}]],
    },
    { field: "invocation block", types: ALL, segs: ["$TIP", "$BLOCK"], breakers: [["string", "x"], ["list", []], ["unknown member", { Foo: 1 }], ["control empty", {}]] },
    // A block of another task type (InvocationTypeMismatch), next to the task's own block (MultipleInvocationBlocks).
    ...TASK_TYPES.map((other): FieldDef => ({
      field: "invocation block of another type",
      types: ALL.filter((t) => t !== other),
      segs: ["TaskInvocationParameters", SHORT_KEY[other]],
      breakers: [[`${SHORT_KEY[other]} block`, {}]],
    })),
    { field: "both spellings", types: ALL, segs: [], pre: "otherSpelling", breakers: [["short and long key", {}]] },
    { field: "MaxConcurrency without targets", types: ["AUTOMATION", "LAMBDA", "STEP_FUNCTIONS"], segs: ["MaxConcurrency"], pre: "targetless", breakers: [["set", "1"]] },
    { field: "MaxErrors without targets", types: ["AUTOMATION", "LAMBDA", "STEP_FUNCTIONS"], segs: ["MaxErrors"], pre: "targetless", breakers: [["set", "0"]] },
    { field: "Targets removed", types: ALL, segs: ["Targets"], breakers: [["removed", undefined]] },
  ];
  // Required properties removed, and MaxConcurrency/MaxErrors removed from a task with targets.
  for (const field of ["WindowId", "TaskArn", "TaskType"]) defs.push({ field, types: ALL, segs: [field], breakers: [["removed (required)", undefined]] });
  for (const field of ["MaxConcurrency", "MaxErrors"]) defs.push({ field: `${field} removed with targets`, types: ALL, segs: [field], pre: "targeted", breakers: [["removed", undefined]] });

  // Run Command.
  const rc = (f: string) => block(f);
  defs.push(
    { field: "RunCommand.Comment", types: RC, segs: rc("Comment"), breakers: [...lengthBreakers("RunCommand.Comment", "Comment"), ...TEMPLATES, ...WRONG_TYPES] },
    { field: "RunCommand.DocumentHash", types: RC, segs: rc("DocumentHash"), breakers: [...lengthBreakers("RunCommand.DocumentHash", "DocumentHash"), ...WRONG_TYPES.slice(0, 2)] },
    { field: "RunCommand.DocumentHashType", types: RC, segs: rc("DocumentHashType"), breakers: [["lower case", "sha256"], ["upper case", "SHA256"], ["unknown", "MD5"], ["empty", ""], ["control Sha1", "Sha1"], ...WRONG_TYPES.slice(0, 1)] },
    { field: "RunCommand.DocumentVersion", types: RC, segs: rc("DocumentVersion"), breakers: VERSION_BREAKERS },
    { field: "RunCommand.OutputS3BucketName", types: RC, segs: rc("OutputS3BucketName"), breakers: [...lengthBreakers("RunCommand.OutputS3BucketName", "S3BucketName"), ["empty", ""], ...WRONG_TYPES.slice(0, 1)] },
    { field: "RunCommand.OutputS3KeyPrefix", types: RC, segs: rc("OutputS3KeyPrefix"), breakers: [...lengthBreakers("RunCommand.OutputS3KeyPrefix", "S3KeyPrefix"), ...TEMPLATES.slice(0, 4)] },
    { field: "RunCommand.ServiceRoleArn", types: RC, segs: rc("ServiceRoleArn"), breakers: ROLE_BREAKERS },
    {
      field: "RunCommand.TimeoutSeconds",
      types: RC,
      segs: rc("TimeoutSeconds"),
      breakers: [["29", 29], ["2592001", 2592001], ["fraction", 30.5], ["2^31", 2147483648], ["4294967326 (wraps to 30)", 4294967326], ["1e21", 1e21], ["string", "30"], ["zero", 0], ["negative", -30], ["control 30", 30], ["control 2592000", 2592000]],
    },
    { field: "RunCommand.CloudWatchOutputConfig", types: RC, segs: rc("CloudWatchOutputConfig"), breakers: [["string", "x"], ["unknown member", { LogGroup: "x" }]] },
    { field: "RunCommand.CloudWatchLogGroupName", types: RC, segs: [...rc("CloudWatchOutputConfig"), "CloudWatchLogGroupName"], breakers: [...lengthBreakers("RunCommand.CloudWatchLogGroupName", "CloudWatchLogGroupName"), ["empty", ""]] },
    { field: "RunCommand.CloudWatchOutputEnabled", types: RC, segs: [...rc("CloudWatchOutputConfig"), "CloudWatchOutputEnabled"], breakers: [["string", "true"], ["number", 1]] },
    { field: "RunCommand.NotificationArn", types: RC, segs: [...rc("NotificationConfig"), "NotificationArn"], breakers: [["not an ARN", "topic"], ["bad account", "arn:aws:sns:us-east-1:123:topic"], ["SQS queue", "arn:aws:sqs:us-east-1:123456789012:q"], ...WRONG_TYPES.slice(0, 1)] },
    { field: "RunCommand.NotificationEvents", types: RC, segs: [...rc("NotificationConfig"), "NotificationEvents"], breakers: [["lower case", ["all"]], ["unknown", ["All", "Sometimes"]], ["empty string", [""]], ["string", "All"], ["number item", [5]]] },
    { field: "RunCommand.NotificationType", types: RC, segs: [...rc("NotificationConfig"), "NotificationType"], breakers: [["lower case", "command"], ["unknown", "Email"], ["empty", ""]] },
    {
      field: "RunCommand.Parameters",
      types: RC,
      segs: rc("Parameters"),
      breakers: [
        ["values as a string", { commands: "uptime" }],
        ["a list", ["uptime"]],
        ["number value", { commands: [5] }],
        ["null values (required)", { commands: null }],
        ["case duplicates", { commands: ["a"], Commands: ["b"] }],
        ["space duplicates", { commands: ["a"], "commands ": ["b"] }],
        ...TEMPLATES.map(([op, v]): Breaker => [op, { commands: [v] }]),
        ["template in a name", { "${x}": ["a"] }],
        ["control undefined entry", { commands: ["a"], other: undefined }],
      ],
    },
    { field: "RunCommand unknown member", types: RC, segs: rc("DocumentName"), breakers: [["DocumentName", "AWS-RunShellScript"]] },
    { field: "RunCommand unknown member", types: RC, segs: rc("OutputS3Bucket"), breakers: [["OutputS3Bucket", "logs"]] },
  );

  // Automation.
  const au = (f: string) => block(f);
  const A: readonly TaskType[] = ["AUTOMATION"];
  defs.push(
    { field: "Automation.DocumentVersion", types: A, segs: au("DocumentVersion"), breakers: VERSION_BREAKERS },
    {
      field: "Automation.Parameters",
      types: A,
      segs: au("Parameters"),
      breakers: [
        ["empty map (min 1)", {}],
        ["201 parameters", Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`p${i}`, ["v"]]))],
        ["200 parameters control", Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}`, ["v"]]))],
        ["name 51 code points", { [repeatUnit("ascii", 51)]: ["v"] }],
        ["name 51 astral", { [repeatUnit("astral", 51)]: ["v"] }],
        ["name 50 astral control", { [repeatUnit("astral", 50)]: ["v"] }],
        ["empty name", { "": ["v"] }],
        ["empty value", { p: [""] }],
        ["value 513", { p: [repeatUnit("ascii", 513)] }],
        ["value 513 astral", { p: [repeatUnit("astral", 513)] }],
        ["value 512 astral control", { p: [repeatUnit("astral", 512)] }],
        ["51 values", { p: Array.from({ length: 51 }, () => "v") }],
        ["50 values control", { p: Array.from({ length: 50 }, () => "v") }],
        ["values as a string", { p: "v" }],
        ["number value", { p: [5] }],
        ["case duplicates", { InstanceId: ["a"], instanceid: ["b"] }],
        ...TEMPLATES.slice(0, 7).map(([op, v]): Breaker => [op, { p: [v] }]),
      ],
    },
  );

  // Lambda.
  const la = (f: string) => block(f);
  const L: readonly TaskType[] = ["LAMBDA"];
  defs.push(
    { field: "Lambda.ClientContext", types: L, segs: la("ClientContext"), breakers: [...lengthBreakers("Lambda.ClientContext", "MaintenanceWindowLambdaClientContext"), ["empty", ""], ...TEMPLATES.slice(0, 3), ...WRONG_TYPES.slice(0, 1)] },
    { field: "Lambda.Qualifier", types: L, segs: la("Qualifier"), breakers: [...lengthBreakers("Lambda.Qualifier", "MaintenanceWindowLambdaQualifier"), ["empty", ""], ...WRONG_TYPES.slice(0, 1)] },
    {
      field: "Lambda.Payload",
      types: L,
      segs: la("Payload"),
      breakers: [
        ["not JSON", "not json"],
        ["unclosed JSON", "{"],
        ["4097 bytes", jsonOfBytes(4097)],
        ["4097 bytes (2-byte)", jsonOfBytes(4097, "two")],
        ["4096 bytes (2-byte) control", jsonOfBytes(4096, "two")],
        ["4096 bytes control", jsonOfBytes(4096)],
        ["object of 4097 bytes", JSON.parse(jsonOfBytes(4097))],
        ["object of 4096 bytes control", JSON.parse(jsonOfBytes(4096, "two"))],
        ["empty text", ""],
        ["number", 5],
        ["boolean", true],
        ["list", [1, 2]],
        ["template in text", '{"k":"${HOME}"}'],
        ["template in object", { k: "${HOME}" }],
        ["accepted template in object", { k: "${path.module}" }],
        ["escaped template control", '{"k":"$${HOME}"}'],
      ],
    },
  );

  // Step Functions.
  const sf = (f: string) => block(f);
  const S: readonly TaskType[] = ["STEP_FUNCTIONS"];
  defs.push(
    { field: "StepFunctions.Name", types: S, segs: sf("Name"), breakers: [...lengthBreakers("StepFunctions.Name", "MaintenanceWindowStepFunctionsName"), ["empty", ""], ...TEMPLATES.slice(0, 3), ...WRONG_TYPES.slice(0, 1)] },
    {
      field: "StepFunctions.Input",
      types: S,
      segs: sf("Input"),
      breakers: [
        ["not JSON", "not json"],
        ["4097 bytes", jsonOfBytes(4097)],
        ["4096 code points, 2-byte (over 4096 bytes)", jsonOfCodePoints(4096)],
        ["4097 code points, 2-byte", jsonOfCodePoints(4097)],
        ["4096 bytes control", jsonOfBytes(4096)],
        ["4096 bytes (2-byte) control", jsonOfBytes(4096, "two")],
        ["object over 4096 bytes", JSON.parse(jsonOfCodePoints(3000))],
        ["number", 5],
        ["list", [1]],
        ["template in text", '{"k":"%{x}"}'],
        ["template in object", { k: "a${b" }],
      ],
    },
  );

  // Deprecated fields (RUN_COMMAND without invocation parameters; ignored by AWS for other types).
  defs.push(
    {
      field: "LoggingInfo",
      types: ALL,
      segs: ["LoggingInfo"],
      breakers: [
        ["bucket 2 characters", { S3Bucket: "ab", Region: "us-east-1" }],
        ["bucket 64 astral", { S3Bucket: repeatUnit("astral", 64), Region: "us-east-1" }],
        ["bucket 63 astral control", { S3Bucket: repeatUnit("astral", 63), Region: "us-east-1" }],
        ["region 2 characters", { S3Bucket: "logs", Region: "us" }],
        ["region 21 characters", { S3Bucket: "logs", Region: "a".repeat(21) }],
        ["prefix 501", { S3Bucket: "logs", Region: "us-east-1", S3Prefix: "p".repeat(501) }],
        ["region missing", { S3Bucket: "logs" }],
        ["bucket null", { S3Bucket: null, Region: "us-east-1" }],
        ["API shape control", { S3BucketName: "logs", S3Region: "us-east-1", S3KeyPrefix: "x/" }],
        ["CloudFormation shape control", { S3Bucket: "logs", Region: "us-east-1" }],
        ["both shapes of one member", { S3Bucket: "logs", S3BucketName: "logs", Region: "us-east-1" }],
        ["mixed shapes", { S3Bucket: "logs", S3Region: "us-east-1" }],
        ["unknown member", { S3Bucket: "logs", Region: "us-east-1", S3BucketOwner: "123456789012" }],
        ["string", "logs"],
      ],
    },
    {
      field: "TaskParameters",
      types: ALL,
      segs: ["TaskParameters"],
      breakers: [
        ["value 256", { p: { Values: ["v".repeat(256)] } }],
        ["value 255 astral control", { p: { Values: [repeatUnit("astral", 255)] } }],
        ["value 256 astral", { p: { Values: [repeatUnit("astral", 256)] } }],
        ["empty value", { p: { Values: [""] } }],
        ["name 256", { ["n".repeat(256)]: { Values: ["v"] } }],
        ["name 255 astral control", { [repeatUnit("astral", 255)]: { Values: ["v"] } }],
        ["values as a string", { p: { Values: "v" } }],
        ["no Values wrapper", { p: ["v"] }],
        ["Values missing", { p: {} }],
        ["control", { p: { Values: ["v"] } }],
      ],
    },
  );
  defs.push(
    { field: "LoggingInfo next to invocation parameters", types: RC, segs: ["LoggingInfo"], pre: "withBlock", breakers: [["CloudFormation shape", { S3Bucket: "logs", Region: "us-east-1" }]] },
    { field: "TaskParameters next to invocation parameters", types: RC, segs: ["TaskParameters"], pre: "withBlock", breakers: [["one parameter", { p: { Values: ["v"] } }]] },
  );
  return defs;
}

export const FIELD_DEFS: readonly FieldDef[] = fieldDefs();

/** Applies a mutation to a copy of the base. */
export function applyMutation(base: Props, type: TaskType, m: Mutation): Props {
  const props = cloneProps(base);
  if (m.pre === "targetless") {
    delete props.Targets;
    delete props.MaxConcurrency;
    delete props.MaxErrors;
  }
  if (m.pre === "targeted") resolvePath(props, type, ["$T0"]);
  // The deprecated fields count only on a RUN_COMMAND task without invocation parameters.
  if (type === "RUN_COMMAND" && (m.field === "LoggingInfo" || m.field === "TaskParameters")) delete props.TaskInvocationParameters;
  if (m.pre === "withBlock") resolvePath(props, type, ["$TIP", "$BLOCK"]);
  if (m.pre === "otherSpelling") {
    // The block under both the short and the long key.
    const tip = (props.TaskInvocationParameters ??= {}) as Record<string, unknown>;
    const used = [SHORT_KEY[type], LONG_KEY[type]].find((k) => k in tip);
    const other = used === SHORT_KEY[type] ? LONG_KEY[type] : SHORT_KEY[type];
    if (!used) tip[SHORT_KEY[type]] = {};
    Object.defineProperty(tip, other, { value: m.value, enumerable: true, writable: true, configurable: true });
    delete props.LoggingInfo;
    delete props.TaskParameters;
    return props;
  }
  const path = resolvePath(props, type, m.segs);
  setAt(props, path, m.value, m.remove === true || m.value === undefined);
  return props;
}

function mutationsFor(type: TaskType): fc.Arbitrary<Mutation> {
  const defs = FIELD_DEFS.filter((d) => d.types.includes(type));
  return fc.oneof(
    ...defs.map((d) =>
      fc.constantFrom(...d.breakers).map(([op, value]): Mutation => ({ field: d.field, op, segs: d.segs, value: cloneValue(value), pre: d.pre })),
    ),
  );
}

/** Breaker values are shared constants: each mutation gets its own copy (undefined entries kept). */
function cloneValue(v: unknown): unknown {
  if (v === undefined || v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(cloneValue);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: cloneValue((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

/** A valid task of any type with one mutation. */
export const mutatedTask: fc.Arbitrary<MutatedTask> = fc.oneof(
  ...TASK_TYPES.map((type) => fc.tuple(validTask(type), mutationsFor(type)).map(([base, mutation]): MutatedTask => ({ type, base, mutation }))),
);

export function mutatedProps(m: MutatedTask): Props {
  return applyMutation(m.base, m.type, m.mutation);
}
