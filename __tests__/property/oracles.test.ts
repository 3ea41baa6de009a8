// The property suite's own machinery, checked on known cases: the botocore snapshot is botocore's,
// the botocore oracle judges like the SSM API, the suite's props mapping is what the README says,
// and the generators stay within their limits. (The terraform oracle's controls are in
// __tests__/terraform/property.test.ts.)
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import * as fc from "fast-check";
import { anyValidTask, LONG_KEY, SHORT_KEY, TASK_TYPES, type TaskType } from "../../test-support/property/arbitraries";
import { checkApiRequest, codePoints, utf8Bytes } from "../../test-support/property/botocore-oracle";
import { buildHostileProps, HOSTILE_KINDS, positionsFor } from "../../test-support/property/hostile";
import { normalizeResource, toApiRequest, toTerraformResource } from "../../test-support/property/mapping";
import { applyMutation, FIELD_DEFS } from "../../test-support/property/mutations";
import { text } from "../../test-support/property/text";

const WINDOW = "mw-0123456789abcdef0";
const request = (extra: Record<string, unknown>) => ({ WindowId: WINDOW, TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND", ...extra });
const violations = (extra: Record<string, unknown>) => checkApiRequest(request(extra)).map((v) => v.path);

const python = spawnSync("python3", ["-c", "import botocore"], { encoding: "utf8" });
const withBotocore = python.status === 0 ? test : test.skip;

withBotocore("the botocore snapshot equals the installed botocore's SSM model", () => {
  const script = path.join(__dirname, "../../test-support/property/extract-botocore-model.py");
  const r = spawnSync("python3", [script, "--check"], { encoding: "utf8" });
  expect({ status: r.status, out: r.stdout.trim(), err: r.stderr.trim() }).toEqual({ status: 0, out: expect.stringMatching(/^botocore-register-task\.json matches botocore /), err: "" });
});

describe("the botocore oracle", () => {
  test("accepts a valid request and names what breaks the model", () => {
    expect(violations({})).toEqual([]);
    expect(violations({ WindowId: "mw-0123456789ABCDEF0" })).toEqual(["WindowId"]);
    expect(checkApiRequest({ TaskArn: "x", TaskType: "LAMBDA" }).map((v) => v.rule)).toEqual([expect.stringContaining("required member WindowId")]);
    expect(violations({ Unknown: 1 })).toEqual(["Unknown"]);
    expect(violations({ TaskType: "run_command" })).toEqual(["TaskType"]);
  });

  test("counts code points for strings and UTF-8 bytes for blobs", () => {
    expect(violations({ Description: "😀".repeat(128) })).toEqual([]);
    expect(violations({ Description: "😀".repeat(129) })).toEqual(["Description"]);
    expect(violations({ Description: "é".repeat(128) })).toEqual([]); // 256 bytes: terraform's limit, not the API's
    const lambda = (Payload: string) => checkApiRequest({ WindowId: WINDOW, TaskArn: "f", TaskType: "LAMBDA", TaskInvocationParameters: { Lambda: { Payload } } });
    expect(lambda("a".repeat(4096))).toEqual([]);
    expect(lambda("é".repeat(2049)).map((v) => v.path)).toEqual(["TaskInvocationParameters.Lambda.Payload"]);
  });

  test("integers are 32-bit, whole and in range; null members are absent, null items are not", () => {
    expect(violations({ Priority: 2147483647 })).toEqual([]);
    expect(violations({ Priority: 2147483648 })).toEqual(["Priority"]);
    expect(violations({ Priority: 1.5 })).toEqual(["Priority"]);
    expect(violations({ Priority: "1" })).toEqual(["Priority"]);
    expect(violations({ Priority: null })).toEqual([]);
    expect(violations({ Targets: [{ Key: "InstanceIds", Values: [null] }] })).toEqual(["Targets[0].Values[0]"]);
    expect(violations({ Targets: Array.from({ length: 6 }, () => ({ Key: "InstanceIds", Values: ["i-01234567"] })) })).toEqual(["Targets"]);
  });

  test("patterns are not anchored (Smithy's @pattern; the provider uses the same regexes)", () => {
    expect(violations({ TaskInvocationParameters: { RunCommand: { DocumentVersion: "x$LATESTy" } } })).toEqual([]);
    expect(violations({ TaskInvocationParameters: { RunCommand: { DocumentVersion: "latest" } } })).toEqual(["TaskInvocationParameters.RunCommand.DocumentVersion"]);
    expect(violations({ Targets: [{ Key: "tag:Role name", Values: ["web"] }] })).toEqual([]);
    expect(violations({ Targets: [{ Key: "a!b", Values: ["web"] }] })).toEqual(["Targets[0].Key"]);
  });
});

describe("the suite's mapping of props", () => {
  test("to the API: long keys are the short members, numbers become strings, objects their JSON", () => {
    const mapped = toApiRequest({
      WindowId: WINDOW, TaskArn: "f", TaskType: "LAMBDA", MaxConcurrency: 5, MaxErrors: 0, count: 2, acknowledgeWarnings: [],
      TaskInvocationParameters: { MaintenanceWindowLambdaParameters: { Payload: { a: [1] } } },
    });
    expect(mapped).toEqual({ ok: true, value: { WindowId: WINDOW, TaskArn: "f", TaskType: "LAMBDA", MaxConcurrency: "5", MaxErrors: "0", TaskInvocationParameters: { Lambda: { Payload: '{"a":[1]}' } } } });
    expect(toApiRequest({ LoggingInfo: { S3Bucket: "b", Region: "r", S3Prefix: "p" } })).toEqual({ ok: true, value: { LoggingInfo: { S3BucketName: "b", S3Region: "r", S3KeyPrefix: "p" } } });
    expect(toApiRequest({ TaskInvocationParameters: { RunCommand: {}, MaintenanceWindowRunCommandParameters: {} } }).ok).toBe(false);
  });

  test("to Terraform: snake_case attributes, parameter blocks sorted by name, deprecated fields translated", () => {
    const props = {
      WindowId: WINDOW, TaskArn: "AWS-RunShellScript", TaskType: "RUN_COMMAND", Priority: 0, MaxConcurrency: "1", MaxErrors: 0,
      Targets: [{ Key: "InstanceIds", Values: ["i-01234567"] }],
      TaskInvocationParameters: { RunCommand: { OutputS3BucketName: "b", Parameters: JSON.parse('{"z":["1"],"__proto__":["2"],"skip":null}'), CloudWatchOutputConfig: { CloudWatchOutputEnabled: true } } },
    };
    const mapped = toTerraformResource(props);
    expect(mapped.ok && mapped.value.resource).toEqual({
      window_id: WINDOW, task_arn: "AWS-RunShellScript", task_type: "RUN_COMMAND", priority: 0, max_concurrency: "1", max_errors: "0",
      targets: [{ key: "InstanceIds", values: ["i-01234567"] }],
      task_invocation_parameters: { run_command_parameters: { output_s3_bucket: "b", cloudwatch_config: { cloudwatch_output_enabled: true }, parameter: JSON.parse('[{"name":"__proto__","values":["2"]},{"name":"skip","values":null},{"name":"z","values":["1"]}]') } },
    });
    const deprecated = toTerraformResource({ WindowId: WINDOW, TaskArn: "d", TaskType: "RUN_COMMAND", LoggingInfo: { S3Bucket: "b", Region: "r" }, TaskParameters: { p: { Values: ["v"] } } });
    expect(deprecated.ok && deprecated.value.resource.task_invocation_parameters).toEqual({ run_command_parameters: { output_s3_bucket: "b", parameter: [{ name: "p", values: ["v"] }] } });
  });

  test("values JSON cannot carry exactly make the props unrepresentable", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const holey = [1, 2];
    delete holey[0];
    for (const bad of [NaN, BigInt(1), new Map(), new Date(0), holey, cyclic, Symbol("s"), () => 1]) {
      expect(toTerraformResource({ WindowId: WINDOW, Description: bad }).ok).toBe(false);
    }
    expect(toTerraformResource({ WindowId: WINDOW, Description: Object.assign(Object.create(null), { a: 1 }) }).ok).toBe(true);
  });

  test("a block given as an object or a one-item list compares equal; parameter order does not matter", () => {
    const a = { task_invocation_parameters: [{ run_command_parameters: [{ parameter: [{ name: "b", values: [] }, { name: "a", values: ["1"] }] }] }] };
    const b = { task_invocation_parameters: { run_command_parameters: { parameter: [{ name: "a", values: ["1"] }, { name: "b", values: [] }] } } };
    expect(normalizeResource(a)).toBe(normalizeResource(b));
  });
});

describe("the generators", () => {
  test("text stays within code point and byte limits and reaches both ends", () => {
    const arb = text({ min: 1, max: 128, maxBytes: 128 });
    const seen = fc.sample(arb, { seed: 1, numRuns: 400 });
    for (const s of seen) expect(codePoints(s) >= 1 && codePoints(s) <= 128 && utf8Bytes(s) <= 128).toBe(true);
    expect(seen.some((s) => utf8Bytes(s) === 128 && codePoints(s) < 128)).toBe(true); // multi-byte at the byte limit
    expect(seen.some((s) => codePoints(s) === 128)).toBe(true);
    expect(seen.some((s) => codePoints(s) === 1)).toBe(true);
  });

  test("valid tasks cover every task type, both key spellings, JSON text and objects", () => {
    const tasks = fc.sample(anyValidTask, { seed: 2, numRuns: 600 });
    for (const type of TASK_TYPES) expect(tasks.some((t) => t.TaskType === type)).toBe(true);
    const blocks = tasks.map((t) => Object.keys((t.TaskInvocationParameters as object) ?? {})[0]).filter(Boolean);
    for (const type of TASK_TYPES) expect([blocks.includes(SHORT_KEY[type]), blocks.includes(LONG_KEY[type])]).toEqual([true, true]);
    const payloads = tasks.map((t) => ((t.TaskInvocationParameters as Record<string, Record<string, unknown>> | undefined)?.Lambda ?? {}).Payload).filter((p) => p !== undefined);
    expect(payloads.some((p) => typeof p === "string") && payloads.some((p) => typeof p === "object")).toBe(true);
    expect(tasks.some((t) => t.Priority === 2147483647) && tasks.some((t) => t.Priority === undefined)).toBe(true);
  });

  test("every mutation and every hostile value applies to a base of each type", () => {
    const bases = Object.fromEntries(TASK_TYPES.map((t) => [t, fc.sample(anyValidTask.filter((p) => p.TaskType === t), { seed: 3, numRuns: 1 })[0]])) as Record<TaskType, Record<string, unknown>>;
    for (const def of FIELD_DEFS) {
      for (const type of def.types) {
        for (const [op, value] of def.breakers) expect(() => applyMutation(bases[type], type, { field: def.field, op, segs: def.segs, value, pre: def.pre })).not.toThrow();
      }
    }
    for (const type of TASK_TYPES) {
      for (const position of positionsFor(type)) for (const kind of HOSTILE_KINDS) expect(() => buildHostileProps({ type, base: bases[type], position, kind })).not.toThrow();
    }
  });
});
