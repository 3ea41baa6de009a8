// Generators of valid task props, of all four task types, favouring boundaries: minimum and maximum
// lengths in code points and in UTF-8 bytes (with "é", "€" and astral emoji), Priority 0 and
// 2^31−1, TimeoutSeconds 30 and 2592000, 5 targets of 50 values, every MaxConcurrency/MaxErrors form,
// optional fields absent, CloudFormation's long and the API's short invocation keys, Payload/Input
// as JSON text and as objects, parameter names such as "__proto__" as JSON.parse makes them.
//
// "Valid" means: botocore's model and terraform validate accept the props, and so do the AWS rules
// the model does not carry (help/validation.md): targets for RUN_COMMAND, MaxConcurrency/MaxErrors
// exactly when there are targets, InstanceIds/WindowTargetIds keys and id formats, at most 10
// window target ids, a TaskArn of the task type's kind, JSON in Payload/Input, no template
// sequences, parameter names that differ in more than case.
import * as fc from "fast-check";
import { utf8Bytes } from "./botocore-oracle";
import { JSON_SAFE_ASCII, NAME_CHARS, text, twoByteText } from "./text";

export type TaskType = "RUN_COMMAND" | "AUTOMATION" | "LAMBDA" | "STEP_FUNCTIONS";
export const TASK_TYPES: readonly TaskType[] = ["RUN_COMMAND", "AUTOMATION", "LAMBDA", "STEP_FUNCTIONS"];
export type Props = Record<string, unknown>;

export const SHORT_KEY: Record<TaskType, string> = { RUN_COMMAND: "RunCommand", AUTOMATION: "Automation", LAMBDA: "Lambda", STEP_FUNCTIONS: "StepFunctions" };
export const LONG_KEY: Record<TaskType, string> = {
  RUN_COMMAND: "MaintenanceWindowRunCommandParameters",
  AUTOMATION: "MaintenanceWindowAutomationParameters",
  LAMBDA: "MaintenanceWindowLambdaParameters",
  STEP_FUNCTIONS: "MaintenanceWindowStepFunctionsParameters",
};

const HEX = [..."0123456789abcdef"];
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...HEX), minLength: n, maxLength: n });
const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const from = (chars: readonly string[], min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });

/** An object with own keys exactly as given, "__proto__" included (as JSON.parse makes it). */
export function ownObject(entries: readonly (readonly [string, unknown])[]): Props {
  const out: Props = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

export const windowId = hex(17).map((h) => `mw-${h}`);
export const account = digits(12);
const partition = fc.constantFrom("aws", "aws", "aws-cn", "aws-us-gov");
const region = fc.constantFrom("us-east-1", "eu-west-1", "ap-southeast-2", "us-gov-west-1");
const ROLE_CHARS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-"];

export const roleArn = fc
  .tuple(partition, account, fc.array(from(ROLE_CHARS, 1, 12), { maxLength: 2 }), fc.oneof(from(ROLE_CHARS, 1, 20), from(ROLE_CHARS, 64, 64)))
  .map(([p, acct, path, name]) => `arn:${p}:iam::${acct}:role/${path.map((s) => `${s}/`).join("")}${name}`);
export const topicArn = fc.tuple(partition, region, account, from([..."abcdefghijklmnopqrstuvwxyz0123456789-_"], 1, 40)).map(([p, r, a, n]) => `arn:${p}:sns:${r}:${a}:${n}`);

export const priority = fc.oneof(fc.constantFrom(0, 1, 2147483647), fc.integer({ min: 0, max: 2147483647 }));
export const taskName = text({ min: 3, max: 128, alphabet: NAME_CHARS });
export const description = text({ min: 1, max: 128, maxBytes: 128 });
export const cutoffBehavior = fc.constantFrom("CONTINUE_TASK", "CANCEL_TASK");
export const maxConcurrency = fc.constantFrom<string | number>("1", "9999999", "1%", "9%", "10%", "99%", "100%", "25", 1, 50, 9999999);
export const maxErrors = fc.constantFrom<string | number>("0", "0%", "9%", "10%", "100%", "1", "9999999", 0, 3, 9999999);

const instanceId = fc.oneof(hex(8).map((h) => `i-${h}`), hex(17).map((h) => `i-${h}`), hex(17).map((h) => `mi-${h}`));
const windowTargetId = fc.tuple(fc.uuid(), fc.boolean()).map(([u, upper]) => (upper ? u.toUpperCase() : u));
const sizes = (min: number, max: number) => fc.oneof({ arbitrary: fc.constant({ minLength: min, maxLength: Math.min(min + 2, max) }), weight: 3 }, { arbitrary: fc.constant({ minLength: max, maxLength: max }), weight: 1 }, { arbitrary: fc.constant({ minLength: min, maxLength: max }), weight: 1 });

export const target = fc.oneof(
  sizes(1, 50).chain((s) => fc.array(instanceId, s)).map((Values) => ({ Key: "InstanceIds", Values })),
  sizes(1, 10).chain((s) => fc.array(windowTargetId, s)).map((Values) => ({ Key: "WindowTargetIds", Values })),
);
export const targets = sizes(1, 5).chain((s) => fc.array(target, s));

// ---- TaskArn by task type -------------------------------------------------------------------
const documentName = fc.oneof(
  fc.constantFrom("AWS-RunShellScript", "AWS-RunPatchBaseline", "AWS-RestartEC2Instance", "My_Doc-1.0"),
  text({ min: 3, max: 128, alphabet: NAME_CHARS }),
);
const documentArn = fc
  .tuple(partition, region, fc.option(account, { nil: "" }), from(NAME_CHARS, 3, 40))
  .map(([p, r, a, n]) => `arn:${p}:ssm:${r}:${a}:document/${n}`);
const documentTaskArn = fc.oneof({ arbitrary: documentName, weight: 3 }, { arbitrary: documentArn, weight: 1 });
const functionName = from([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"], 1, 64);
const lambdaTaskArn = fc.oneof(
  functionName,
  fc
    .tuple(partition, region, account, functionName, fc.constantFrom("", ":$LATEST", ":3", ":prod"))
    .map(([p, r, a, n, q]) => `arn:${p}:lambda:${r}:${a}:function:${n}${q}`),
);
const stateMachineArn = fc
  .tuple(partition, region, account, from([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"], 1, 80))
  .map(([p, r, a, n]) => `arn:${p}:states:${r}:${a}:stateMachine:${n}`);

export function taskArnFor(type: TaskType): fc.Arbitrary<string> {
  return type === "LAMBDA" ? lambdaTaskArn : type === "STEP_FUNCTIONS" ? stateMachineArn : documentTaskArn;
}

// ---- Parameters ------------------------------------------------------------------------------
/** Names that differ in more than case/spaces (the DuplicateParameterName rule), some JS-special. */
function parameterNames(name: fc.Arbitrary<string>, min: number, max: number) {
  return fc.uniqueArray(fc.oneof({ arbitrary: name, weight: 4 }, { arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"), weight: 1 }), {
    minLength: min,
    maxLength: max,
    selector: (n) => n.trim().toLowerCase(),
  });
}

const commandValue = fc.oneof(
  { arbitrary: text({ min: 0, max: 60 }), weight: 4 },
  { arbitrary: fc.constantFrom("echo {{ssm:/app/version}}", "echo $${HOME}", "printf '%%{x}'", "uptime", ""), weight: 1 },
);
const runCommandParameters = parameterNames(from([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"], 1, 20), 1, 5).chain((names) =>
  fc.tuple(...names.map(() => fc.array(commandValue, { maxLength: 3 }))).map((values) => ownObject(names.map((n, i) => [n, values[i]]))),
);

const automationValue = fc.oneof(
  { arbitrary: text({ min: 1, max: 512 }), weight: 4 },
  { arbitrary: fc.constantFrom("{{RESOURCE_ID}}", "{{TARGET_ID}}", "{{ssm:/x}}"), weight: 1 },
);
const automationParameters = fc
  .oneof({ arbitrary: fc.constant([1, 4] as const), weight: 8 }, { arbitrary: fc.constant([200, 200] as const), weight: 1 })
  .chain(([min, max]) => parameterNames(text({ min: 1, max: 50 }), min, max))
  .chain((names) =>
    fc
      .tuple(...names.map(() => (names.length > 50 ? fc.constant(null).map(() => ["v"]) : sizes(0, 50).chain((s) => fc.array(automationValue, s)))))
      .map((values) => ownObject(names.map((n, i) => [n, values[i]]))),
  );

// ---- JSON fields (Payload, Input) -------------------------------------------------------------
const jsonScalarString = fc.string({ unit: fc.constantFrom(...JSON_SAFE_ASCII, "é", "€", "😀"), maxLength: 20 });
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    jsonScalarString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(jsonScalarString, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;
const jsonObject = fc.dictionary(jsonScalarString, jsonValue, { maxKeys: 5, noNullPrototype: true });

/** A JSON field's value: an object, or JSON text (compact, indented, or of any JSON value), within `maxBytes`. */
function jsonField(maxBytes: number): fc.Arbitrary<string | Props> {
  const exact = fc.constantFrom<"ascii" | "two">("ascii", "two").map((unit) => {
    const frame = utf8Bytes('{"k":""}');
    return { k: unit === "ascii" ? "a".repeat(maxBytes - frame) : twoByteText(maxBytes - frame) };
  });
  return fc
    .oneof(
      jsonObject.map((o) => o as Props),
      jsonObject.map((o) => JSON.stringify(o)),
      jsonObject.map((o) => JSON.stringify(o, null, 2)),
      jsonValue.map((v) => JSON.stringify(v)),
      exact,
      exact.map((o) => JSON.stringify(o)),
      fc.constant(null).map(() => ({})),
    )
    .filter((v) => {
      const t = typeof v === "string" ? v : JSON.stringify(v);
      return utf8Bytes(t) <= maxBytes && !/[$%]\{/.test(t);
    });
}

// ---- Invocation blocks ------------------------------------------------------------------------
const documentVersion = fc.oneof(fc.constantFrom("$LATEST", "$DEFAULT"), fc.integer({ min: 1, max: 1_000_000 }).map(String));

const runCommandBlock = fc.record(
  {
    Comment: text({ min: 0, max: 100, maxBytes: 100 }),
    DocumentHash: fc.oneof(hex(64), text({ min: 0, max: 256, maxBytes: 256 })),
    DocumentHashType: fc.constantFrom("Sha256", "Sha1"),
    DocumentVersion: documentVersion,
    OutputS3BucketName: text({ min: 3, max: 63 }),
    OutputS3KeyPrefix: text({ min: 0, max: 500 }),
    ServiceRoleArn: roleArn,
    TimeoutSeconds: fc.oneof(fc.constantFrom(30, 2592000, 600), fc.integer({ min: 30, max: 2592000 })),
    CloudWatchOutputConfig: fc.record({ CloudWatchLogGroupName: text({ min: 1, max: 512 }), CloudWatchOutputEnabled: fc.boolean() }, { requiredKeys: [] }),
    NotificationConfig: fc.record(
      {
        NotificationArn: topicArn,
        NotificationEvents: fc.subarray(["All", "InProgress", "Success", "TimedOut", "Cancelled", "Failed"], { minLength: 1 }),
        NotificationType: fc.constantFrom("Command", "Invocation"),
      },
      { requiredKeys: ["NotificationArn"] },
    ),
    Parameters: runCommandParameters,
  },
  { requiredKeys: [] },
);
const automationBlock = fc.record({ DocumentVersion: documentVersion, Parameters: automationParameters }, { requiredKeys: [] });
const lambdaBlock = fc.record(
  {
    ClientContext: fc.oneof(text({ min: 1, max: 8000, maxBytes: 8000, alphabet: [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="] }), text({ min: 1, max: 8000, maxBytes: 8000 })),
    Payload: jsonField(4096),
    Qualifier: fc.oneof(fc.constantFrom("$LATEST", "3", "prod"), text({ min: 1, max: 128, maxBytes: 128 })),
  },
  { requiredKeys: [] },
);
const stepFunctionsBlock = fc.record({ Input: jsonField(4096), Name: text({ min: 1, max: 80, maxBytes: 80 }) }, { requiredKeys: [] });

const BLOCKS: Record<TaskType, fc.Arbitrary<Props>> = {
  RUN_COMMAND: runCommandBlock,
  AUTOMATION: automationBlock,
  LAMBDA: lambdaBlock,
  STEP_FUNCTIONS: stepFunctionsBlock,
};

/** Deprecated RUN_COMMAND fields, in either LoggingInfo shape (used only without invocation parameters). */
const deprecatedFields = fc.record(
  {
    LoggingInfo: fc.oneof(
      fc.record({ S3Bucket: text({ min: 3, max: 63 }), Region: text({ min: 3, max: 20 }), S3Prefix: text({ min: 0, max: 500 }) }, { requiredKeys: ["S3Bucket", "Region"] }),
      fc.record({ S3BucketName: text({ min: 3, max: 63 }), S3Region: text({ min: 3, max: 20 }), S3KeyPrefix: text({ min: 0, max: 500 }) }, { requiredKeys: ["S3BucketName", "S3Region"] }),
    ),
    TaskParameters: parameterNames(text({ min: 1, max: 255 }), 1, 3).chain((names) =>
      fc
        .tuple(...names.map(() => fc.array(text({ min: 1, max: 255 }), { maxLength: 3 })))
        .map((values) => ownObject(names.map((n, i) => [n, { Values: values[i] }]))),
    ),
  },
  { requiredKeys: [] },
).filter((d) => Object.keys(d).length > 0);

/** Valid props of one task type. */
export function validTask(type: TaskType): fc.Arbitrary<Props> {
  const invocation = fc.oneof(
    { arbitrary: fc.constant({ kind: "none" as const }), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(SHORT_KEY[type], LONG_KEY[type]), BLOCKS[type]).map(([key, block]) => ({ kind: "block" as const, key, block })), weight: 4 },
    ...(type === "RUN_COMMAND" ? [{ arbitrary: deprecatedFields.map((fields) => ({ kind: "deprecated" as const, fields })), weight: 1 }] : []),
  );
  const targeting = type === "RUN_COMMAND" ? targets.map((t) => ({ targets: t as unknown[] | undefined })) : fc.oneof(
    fc.constant({ targets: undefined as unknown[] | undefined }),
    fc.constant(null).map(() => ({ targets: [] as unknown[] | undefined })),
    targets.map((t) => ({ targets: t as unknown[] | undefined })),
  );
  return fc
    .tuple(
      fc.record(
        {
          WindowId: windowId,
          TaskArn: taskArnFor(type),
          TaskType: fc.constant(type),
          Priority: priority,
          ServiceRoleArn: roleArn,
          CutoffBehavior: cutoffBehavior,
          Name: taskName,
          Description: description,
          acknowledgeWarnings: fc.constantFrom(["DocumentHashTypeSha1"], []).map((a) => [...a]),
        },
        { requiredKeys: ["WindowId", "TaskArn", "TaskType"] },
      ),
      targeting,
      maxConcurrency,
      maxErrors,
      invocation,
    )
    .map(([base, { targets: t }, mc, me, inv]) => {
      const props: Props = { ...base };
      if (t !== undefined) props.Targets = t;
      if (t !== undefined && t.length > 0) {
        props.MaxConcurrency = mc;
        props.MaxErrors = me;
      }
      if (inv.kind === "block") props.TaskInvocationParameters = ownObject([[inv.key, inv.block]]);
      if (inv.kind === "deprecated") Object.assign(props, inv.fields);
      return props;
    });
}

export const anyValidTask: fc.Arbitrary<Props> = fc.oneof(...TASK_TYPES.map(validTask));

/** A valid task with its type, for generators that depend on the type. */
export const typedValidTask: fc.Arbitrary<{ type: TaskType; props: Props }> = fc.oneof(...TASK_TYPES.map((type) => validTask(type).map((props) => ({ type, props }))));
