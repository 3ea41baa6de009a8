import { TerraformIterator } from "cdktf";
import { normalize } from "../../lib/task/normalize";
import { prune, renderJson, renderParameters } from "../../lib/task/encode";
import { renderTask } from "../../lib/task/render";
import { WINDOW_ID, TARGET_ID } from "../../test-support/synth";

/** Normalizes then renders, as the construct does (without validation). */
function render(props: Record<string, unknown>) {
  return renderTask(normalize({ WindowId: WINDOW_ID, Priority: 1, ...props }).task);
}

const runCommand = { TaskType: "RUN_COMMAND", TaskArn: "AWS-RunShellScript", Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID] }], MaxConcurrency: "1", MaxErrors: "0" };

describe("render: props → provider config", () => {
  test.each([
    ["number MaxConcurrency/MaxErrors become strings", { MaxConcurrency: 10, MaxErrors: 0 }, { maxConcurrency: "10", maxErrors: "0" }],
    ["percentages stay as given", { MaxConcurrency: "100%", MaxErrors: "0%" }, { maxConcurrency: "100%", maxErrors: "0%" }],
  ])("%s", (_, extra, expected) => {
    expect(render({ ...runCommand, ...extra })).toMatchObject(expected);
  });

  test("OutputS3BucketName → outputS3Bucket, CloudWatchOutputConfig → cloudwatchConfig", () => {
    const r = render({
      ...runCommand,
      TaskInvocationParameters: { RunCommand: { OutputS3BucketName: "b", OutputS3KeyPrefix: "p", CloudWatchOutputConfig: { CloudWatchOutputEnabled: true } } },
    });
    expect(r.taskInvocationParameters).toEqual({
      runCommandParameters: { outputS3Bucket: "b", outputS3KeyPrefix: "p", cloudwatchConfig: { cloudwatchOutputEnabled: true } },
    });
  });

  test("a Parameters map becomes parameter blocks sorted by name", () => {
    expect(renderParameters({ b: ["2"], a: ["1", "x"] })).toEqual([
      { name: "a", values: ["1", "x"] },
      { name: "b", values: ["2"] },
    ]);
    expect(renderParameters({})).toBeUndefined();
  });

  test("JSON fields: objects are encoded, strings kept verbatim", () => {
    expect(renderJson({ a: [1, { b: null }] })).toBe('{"a":[1,{"b":null}]}');
    expect(renderJson(' {"a": 1} ')).toBe(' {"a": 1} ');
    expect(renderJson(undefined)).toBeUndefined();
  });

  test("empty optional blocks are never emitted", () => {
    const r = render({
      ...runCommand,
      TaskInvocationParameters: { RunCommand: { NotificationConfig: {}, CloudWatchOutputConfig: {}, Parameters: {} } },
    });
    expect(r.taskInvocationParameters).toBeUndefined();
    expect(render({ ...runCommand, TaskInvocationParameters: {} }).taskInvocationParameters).toBeUndefined();
    expect(render({ TaskType: "AUTOMATION", TaskArn: "AWS-X", Targets: [] }).targets).toBeUndefined();
  });

  test("prune keeps false, 0 and arrays, drops undefined and empty objects", () => {
    expect(prune({ a: 0, b: false, c: undefined, d: {}, e: { f: undefined }, g: [], h: { i: "" } })).toEqual({ a: 0, b: false, g: [], h: { i: "" } });
  });

  test("deprecated LoggingInfo → outputS3Bucket/outputS3KeyPrefix for RUN_COMMAND (Region has no Terraform field)", () => {
    const r = render({ ...runCommand, LoggingInfo: { S3Bucket: "logs", Region: "us-east-1", S3Prefix: "mw/" } });
    expect(r.taskInvocationParameters).toEqual({ runCommandParameters: { outputS3Bucket: "logs", outputS3KeyPrefix: "mw/" } });
  });

  test("deprecated TaskParameters → parameter blocks for RUN_COMMAND", () => {
    const r = render({ ...runCommand, TaskParameters: { commands: { Values: ["uptime"] } } });
    expect(r.taskInvocationParameters).toEqual({ runCommandParameters: { parameter: [{ name: "commands", values: ["uptime"] }] } });
  });

  test("deprecated fields are not rendered for task types where AWS ignores them", () => {
    const r = render({ TaskType: "AUTOMATION", TaskArn: "AWS-X", TaskParameters: { a: { Values: ["1"] } }, LoggingInfo: { S3Bucket: "logs", Region: "us-east-1" } });
    expect(r.taskInvocationParameters).toBeUndefined();
  });

  test("only the block matching TaskType is rendered", () => {
    const r = render({ TaskType: "LAMBDA", TaskArn: "fn", TaskInvocationParameters: { Lambda: { Qualifier: "1" } } });
    expect(r.taskInvocationParameters).toEqual({ lambdaParameters: { qualifier: "1" } });
  });

  test("Step Functions object input is encoded; name kept", () => {
    const r = render({ TaskType: "STEP_FUNCTIONS", TaskArn: "arn", TaskInvocationParameters: { MaintenanceWindowStepFunctionsParameters: { Input: { a: 1 }, Name: "n" } } });
    expect(r.taskInvocationParameters).toEqual({ stepFunctionsParameters: { input: '{"a":1}', name: "n" } });
  });

  test("top-level optional fields map one to one", () => {
    const r = render({ ...runCommand, Name: "n-1", Description: "d", ServiceRoleArn: "arn:aws:iam::123456789012:role/r", CutoffBehavior: "CANCEL_TASK" });
    expect(r).toMatchObject({ name: "n-1", description: "d", serviceRoleArn: "arn:aws:iam::123456789012:role/r", cutoffBehavior: "CANCEL_TASK" });
    expect(r.targets).toEqual([{ key: "WindowTargetIds", values: [TARGET_ID] }]);
  });
});

describe("tokens of any JavaScript shape", () => {
  test("an iterator value (an IResolvable object) passes through string and JSON fields", () => {
    const value = TerraformIterator.fromList(["a", "b"]).value; // each `.value` read is a new token
    const r = render({ TaskType: "LAMBDA", TaskArn: value, TaskInvocationParameters: { Lambda: { Payload: value } } });
    expect(r.taskArn).toBe(value);
    expect(r.taskInvocationParameters).toEqual({ lambdaParameters: { payload: value } });
  });
});
