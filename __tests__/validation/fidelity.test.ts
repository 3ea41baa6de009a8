// Issue 11: validation agrees with Terraform and AWS both ways. Each case asserts the exact set of
// codes (not `toContain`): a false alarm is as much a failure as a false accept.
import { Testing, TerraformIterator, TerraformStack, TerraformVariable } from "cdktf";
import { MaintenanceWindowTask, MaintenanceWindowTaskValidationError, validateMaintenanceWindowTask } from "../../lib";
import { automationBase, lambdaBase, runCommandBase, stepFunctionsBase, withRunCommand, WINDOW_ID } from "../../test-support/fixtures";
import { newStack, synthTask, taskResources } from "../../test-support/synth";

const codes = (props: unknown) => validateMaintenanceWindowTask(props).map((d) => `${d.level}:${d.code}@${d.path}`).sort();
const lambda = (params: Record<string, unknown>) => ({ ...lambdaBase, TaskInvocationParameters: { Lambda: params } });
const sf = (params: Record<string, unknown>) => ({ ...stepFunctionsBase, TaskInvocationParameters: { StepFunctions: params } });
const automation = (params: Record<string, unknown>) => ({ ...automationBase, TaskInvocationParameters: { Automation: params } });

describe("Priority is optional, as in Terraform and the SSM API", () => {
  test("a task without Priority is accepted and renders no priority (the provider sends none; AWS stores 0)", () => {
    const { Priority, ...withoutPriority } = automationBase;
    void Priority;
    expect(codes(withoutPriority)).toEqual([]);
    expect(synthTask(withoutPriority as never)).not.toHaveProperty("priority");
  });

  test.each([
    [0, []],
    [2147483647, []],
    [2147483648, ["error:PriorityRange@Priority"]],
    [4294967297, ["error:PriorityRange@Priority"]],
    [1e21, ["error:PriorityRange@Priority"]],
    [-1, ["error:PriorityRange@Priority"]],
    [Number.NaN, ["error:PriorityRange@Priority"]],
    [Number.POSITIVE_INFINITY, ["error:PriorityRange@Priority"]],
  ])("Priority %p → %j", (priority, expected) => {
    expect(codes({ ...automationBase, Priority: priority })).toEqual(expected);
  });
});

describe("TaskArn shapes as AWS accepts them", () => {
  test("a Step Functions activity ARN is accepted with a warning that says runs fail", () => {
    const props = { ...stepFunctionsBase, TaskArn: "arn:aws:states:us-west-2:123456789012:activity:approve" };
    const [d, ...rest] = validateMaintenanceWindowTask(props);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "TaskArnStepFunctionsActivity", level: "warning", path: "TaskArn" });
    expect(d.message).toMatch(/every run fails/);
  });

  test("a TaskArn of the wrong kind is a warning (the SSM API registers it), not an error", () => {
    expect(codes({ ...runCommandBase, TaskArn: "arn:aws:ssm:us-east-1:123456789012:task:MyTask" })).toEqual(["warning:TaskArnFormat@TaskArn"]);
    expect(codes({ ...lambdaBase, TaskArn: "arn:aws:s3:::bucket" })).toEqual(["warning:TaskArnFormat@TaskArn"]);
  });
});

describe("LoggingInfo in CloudFormation's and the SSM API's shape", () => {
  const cfn = { S3Bucket: "logs-bucket", Region: "us-east-1", S3Prefix: "runs/" };
  const api = { S3BucketName: "logs-bucket", S3Region: "us-east-1", S3KeyPrefix: "runs/" };
  const base = { ...runCommandBase };

  test("both shapes render the same resource", () => {
    const a = synthTask({ ...base, LoggingInfo: cfn, acknowledgeWarnings: ["LoggingInfoDeprecated", "LoggingInfoRegionDropped"] } as never);
    const b = synthTask({ ...base, LoggingInfo: api, acknowledgeWarnings: ["LoggingInfoDeprecated", "LoggingInfoRegionDropped"] } as never);
    expect(b).toEqual(a);
    expect(a.task_invocation_parameters).toEqual({ run_command_parameters: { output_s3_bucket: "logs-bucket", output_s3_key_prefix: "runs/" } });
  });

  test("the API shape's diagnostics use the API's names", () => {
    expect(codes({ ...base, LoggingInfo: { S3BucketName: "ab", S3Region: "x" } })).toEqual([
      "error:LoggingInfoRegionLength@LoggingInfo.S3Region",
      "error:OutputS3BucketNameLength@LoggingInfo.S3BucketName",
      "warning:LoggingInfoDeprecated@LoggingInfo",
      "warning:LoggingInfoRegionDropped@LoggingInfo.S3Region",
    ]);
  });

  test("mixing the two shapes is an error; a missing region is required in either", () => {
    expect(codes({ ...base, LoggingInfo: { S3Bucket: "logs-bucket", S3Region: "us-east-1" } })).toEqual([
      "error:LoggingInfoMixedShapes@LoggingInfo",
      "warning:LoggingInfoDeprecated@LoggingInfo",
    ]);
    expect(codes({ ...base, LoggingInfo: { S3BucketName: "logs-bucket" } })).toEqual(["error:RequiredProperty@LoggingInfo.S3Region", "warning:LoggingInfoDeprecated@LoggingInfo"]);
    expect(codes({ ...base, LoggingInfo: { S3Bucket: null, Region: "us-east-1" } })).toEqual([
      "error:RequiredProperty@LoggingInfo.S3Bucket",
      "warning:LoggingInfoDeprecated@LoggingInfo",
      "warning:LoggingInfoRegionDropped@LoggingInfo.Region",
    ]);
  });
});

describe("lengths are counted as each consumer counts them", () => {
  test.each([
    ["Description: 128 × é (128 characters, 256 bytes)", { ...automationBase, Description: "é".repeat(128) }, ["error:DescriptionLength@Description"]],
    ["Description: 64 × é (128 bytes)", { ...automationBase, Description: "é".repeat(64) }, []],
    ["Description: 128 ASCII", { ...automationBase, Description: "a".repeat(128) }, []],
    ["Comment: 34 × € (102 bytes)", withRunCommand({ Comment: "€".repeat(34) }), ["error:CommentLength@TaskInvocationParameters.RunCommand.Comment"]],
    ["StepFunctions Name: 20 emoji (20 characters, 80 bytes)", sf({ Name: "😀".repeat(20) }), []],
    ["StepFunctions Name: 21 emoji (84 bytes)", sf({ Name: "😀".repeat(21) }), ["error:StepFunctionsNameLength@TaskInvocationParameters.StepFunctions.Name"]],
    ["Input: 2048 × é as JSON text (2050 characters, 4098 bytes)", sf({ Input: JSON.stringify("é".repeat(2048)) }), ["error:InputLength@TaskInvocationParameters.StepFunctions.Input"]],
    ["TaskArn: 1600 characters of emoji (API counts code points)", { ...automationBase, TaskArn: "😀".repeat(1600) }, ["warning:TaskArnFormat@TaskArn"]],
    ["TaskArn: 1601 characters", { ...automationBase, TaskArn: "😀".repeat(1601) }, ["error:TaskArnLength@TaskArn", "warning:TaskArnFormat@TaskArn"]],
  ])("%s", (_, props, expected) => {
    expect(codes(props)).toEqual(expected);
  });
});

describe("null, holes and class instances never vanish", () => {
  test.each([
    ["Values: null", { ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: null }] }, ["error:RequiredProperty@Targets[0].Values"]],
    ["Key: null", { ...runCommandBase, Targets: [{ Key: null, Values: ["i-0123456789abcdef0"] }] }, ["error:RequiredProperty@Targets[0].Key"]],
    ["WindowId: null", { ...automationBase, WindowId: null }, ["error:RequiredProperty@WindowId"]],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    ["a hole in Targets", { ...runCommandBase, Targets: [, { Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] }, ["error:TypeMismatch@Targets[0]"]],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    ["a hole in Values", { ...runCommandBase, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0", , "i-0123456789abcdef1"] }] }, ["error:TypeMismatch@Targets[0].Values[1]"]],
    ["a parameter's values null", withRunCommand({ Parameters: { commands: null } }), ["error:RequiredProperty@TaskInvocationParameters.RunCommand.Parameters.commands"]],
    ["a TaskParameters entry without Values", { ...runCommandBase, TaskParameters: { commands: {} } }, ["error:RequiredProperty@TaskParameters.commands.Values", "warning:TaskParametersDeprecated@TaskParameters"]],
    ["a Map as Parameters", withRunCommand({ Parameters: new Map([["commands", ["uptime"]]]) }), ["error:TypeMismatch@TaskInvocationParameters.RunCommand.Parameters"]],
    ["a Date as a Payload", lambda({ Payload: new Date(0) }), ["error:TypeMismatch@TaskInvocationParameters.Lambda.Payload"]],
    ["a Map inside a Payload", lambda({ Payload: { m: new Map() } }), ["error:PayloadNotJson@TaskInvocationParameters.Lambda.Payload"]],
    ["a BigInt inside a Payload", lambda({ Payload: { n: 1n } }), ["error:PayloadNotJson@TaskInvocationParameters.Lambda.Payload"]],
    ["NaN inside an Input", sf({ Input: { n: Number.NaN } }), ["error:InputNotJson@TaskInvocationParameters.StepFunctions.Input"]],
    ["a BigInt as Priority", { ...automationBase, Priority: 1n }, ["error:TypeMismatch@Priority"]],
    ["a symbol as Name", { ...automationBase, Name: Symbol("x") }, ["error:TypeMismatch@Name"]],
    ["a function as Description", { ...automationBase, Description: () => "x" }, ["error:TypeMismatch@Description"]],
    ["a class instance as the props", new (class Props {})(), ["error:TypeMismatch@(props)"]],
  ])("%s", (_, props, expected) => {
    expect(codes(props)).toEqual(expected);
  });

  test("Object.create(null) objects are plain data", () => {
    const target = Object.assign(Object.create(null) as object, { Key: "InstanceIds", Values: ["i-0123456789abcdef0"] });
    expect(codes({ ...runCommandBase, Targets: [target] })).toEqual([]);
  });

  test("cyclic and 100,000-deep Payload/Input objects get a diagnostic, not a RangeError", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(codes(lambda({ Payload: cyclic }))).toEqual(["error:PayloadNotJson@TaskInvocationParameters.Lambda.Payload"]);
    expect(codes(sf({ Input: deep }))).toEqual(["error:InputNotJson@TaskInvocationParameters.StepFunctions.Input"]);
    expect(codes(lambda({ Payload: { a: [1, 2], b: { c: [3] } } }))).toEqual([]); // shared, not cyclic, is fine
  });

  test("a proxy that throws is reported, not thrown", () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("secret-proxy"); } });
    const diagnostics = validateMaintenanceWindowTask(hostile);
    expect(diagnostics.map((d) => d.code)).toEqual(["TypeMismatch"]);
    expect(JSON.stringify(diagnostics)).not.toContain("secret-proxy");
  });

  test("own __proto__ and constructor keys are carried as parameter names, not dropped", () => {
    const parameters = JSON.parse('{"__proto__": ["a"], "constructor": ["b"], "commands": ["uptime"]}');
    const task = synthTask(withRunCommand({ Parameters: parameters }) as never);
    expect((task.task_invocation_parameters as { run_command_parameters: { parameter: unknown } }).run_command_parameters.parameter).toEqual([
      { name: "__proto__", values: ["a"] },
      { name: "commands", values: ["uptime"] },
      { name: "constructor", values: ["b"] },
    ]);
    const taskParameters = JSON.parse('{"__proto__": {"Values": ["a"]}}');
    expect(codes({ ...runCommandBase, TaskParameters: taskParameters })).toEqual(["warning:TaskParametersDeprecated@TaskParameters"]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test("props are never mutated", () => {
    const props = Object.freeze(withRunCommand(Object.freeze({ Parameters: Object.freeze({ commands: Object.freeze(["uptime"]) }) })));
    const before = JSON.stringify(props);
    synthTask(props as never);
    expect(JSON.stringify(props)).toBe(before);
  });
});

describe("meta-arguments are type-checked", () => {
  test.each([
    ["forEach: 5", { forEach: 5 }, ["error:TypeMismatch@forEach"]],
    ["count: -1", { count: -1 }, ["error:TypeMismatch@count"]],
    ["count: '2'", { count: "2" }, ["error:TypeMismatch@count"]],
    ["dependsOn: a string", { dependsOn: "window" }, ["error:TypeMismatch@dependsOn"]],
    ["dependsOn: [plain object]", { dependsOn: [{}] }, ["error:TypeMismatch@dependsOn[0]"]],
    ["provider: a string", { provider: "aws" }, ["error:TypeMismatch@provider"]],
    ["lifecycle: a typo", { lifecycle: { preventDestory: true } }, ["error:UnknownProperty@lifecycle.preventDestory"]],
    ["lifecycle.ignoreChanges: a string", { lifecycle: { ignoreChanges: "Priority" } }, ["error:TypeMismatch@lifecycle.ignoreChanges"]],
  ])("%s", (_, meta, expected) => {
    expect(codes({ ...automationBase, ...meta })).toEqual(expected);
  });

  test("valid meta-arguments pass and synthesize", () => {
    const stack = newStack();
    const names = new TerraformVariable(stack, "names", { type: "list(string)" });
    const iterator = TerraformIterator.fromList(names.listValue);
    const first = new MaintenanceWindowTask(stack, "First", { ...automationBase, count: 2, lifecycle: { ignoreChanges: ["Priority"] } } as never);
    new MaintenanceWindowTask(stack, "Each", { ...automationBase, forEach: iterator, dependsOn: [first] } as never);
    const json = JSON.parse(Testing.synth(stack)).resource.aws_ssm_maintenance_window_task;
    const metaKeys = (r: unknown) => Object.keys(r as object).filter((k) => ["count", "for_each", "depends_on", "lifecycle"].includes(k)).sort();
    expect(Object.values(json).map(metaKeys).sort()).toEqual([
      ["count", "lifecycle"],
      ["depends_on", "for_each"],
    ]);
  });

  test("the construct throws our error, never a TypeError from cdktf", () => {
    expect(() => new MaintenanceWindowTask(newStack(), "Bad", { ...automationBase, forEach: 5 } as never)).toThrow(MaintenanceWindowTaskValidationError);
  });
});

describe("template sequences", () => {
  test.each([
    ["echo ${HOME}", ["error:TerraformInterpolation@TaskInvocationParameters.RunCommand.Parameters.commands[0]"]],
    ["echo %${HOME}", ["error:TerraformInterpolation@TaskInvocationParameters.RunCommand.Parameters.commands[0]"]],
    ["echo $%{if x}", ["error:TerraformInterpolation@TaskInvocationParameters.RunCommand.Parameters.commands[0]"]],
    ["echo $${HOME} %%{x}", []],
    ["echo $ {HOME} {x}", []],
  ])("%j", (command, expected) => {
    expect(codes(withRunCommand({ Parameters: { commands: [command] } }))).toEqual(expected);
  });
});

describe("Payload and Input objects encode canonically", () => {
  test("the same object with its keys in another order renders the same text", () => {
    const a = synthTask(lambda({ Payload: { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } } }) as never);
    const b = synthTask(lambda({ Payload: { a: { c: 2, d: [1, { y: 2, z: 1 }] }, b: 1 } }) as never);
    expect(a).toEqual(b);
    expect((a.task_invocation_parameters as { lambda_parameters: { payload: string } }).lambda_parameters.payload).toBe('{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  test("Input objects too", () => {
    const input = (task: Record<string, unknown>) => (task.task_invocation_parameters as { step_functions_parameters: { input: string } }).step_functions_parameters.input;
    expect(input(synthTask(sf({ Input: { z: true, a: null } }) as never))).toBe('{"a":null,"z":true}');
  });
});

describe("CloudWatchOutputConfig that AWS might not read back", () => {
  test("{ CloudWatchOutputEnabled: false } without a log group is not rendered (it is AWS's default; no block reads back clean)", () => {
    const task = synthTask(withRunCommand({ CloudWatchOutputConfig: { CloudWatchOutputEnabled: false }, Comment: "x" }) as never);
    expect(task.task_invocation_parameters).toEqual({ run_command_parameters: { comment: "x" } });
  });

  test("enabled output, and a log group with output off, are rendered as written", () => {
    const on = synthTask(withRunCommand({ CloudWatchOutputConfig: { CloudWatchOutputEnabled: true } }) as never);
    expect(on.task_invocation_parameters).toEqual({ run_command_parameters: { cloudwatch_config: { cloudwatch_output_enabled: true } } });
  });
});

describe("sensitive values never appear in a message, a path or a thrown text", () => {
  const SECRET = "Zq9-planted-secret";
  const cases: [string, unknown][] = [
    ["Parameters value of the wrong type", withRunCommand({ Parameters: { commands: [{ k: SECRET }] } })],
    ["Parameters as a single string", withRunCommand({ Parameters: { commands: SECRET } })],
    ["Parameters map of the wrong type", withRunCommand({ Parameters: [SECRET] })],
    ["TaskParameters value of the wrong type", { ...runCommandBase, TaskParameters: { commands: SECRET } }],
    ["TaskParameters Values of the wrong type", { ...runCommandBase, TaskParameters: { commands: { Values: SECRET } } }],
    ["Automation values count", automation({ Parameters: { a: Array.from({ length: 51 }, () => SECRET) } })],
    ["Automation value length", automation({ Parameters: { a: [SECRET.repeat(40)] } })],
    ["Payload key with a template sequence", lambda({ Payload: { [`${SECRET}\${x}`]: 1 } })],
    ["Payload value with a template sequence", lambda({ Payload: { k: `${SECRET}\${x}` } })],
    ["Payload not JSON", lambda({ Payload: `{${SECRET}` })],
    ["Payload of the wrong type", lambda({ Payload: 42 + Number(SECRET.length) === 0 ? SECRET : [SECRET, 1n] })],
    ["Payload too long", lambda({ Payload: { [SECRET]: "x".repeat(5000) } })],
    ["Input key in a cycle", (() => { const o: Record<string, unknown> = { [SECRET]: 1 }; o.o = o; return sf({ Input: o }); })()],
    ["Input too long", sf({ Input: SECRET.repeat(300) })],
    ["ClientContext too long", lambda({ ClientContext: SECRET.repeat(500) })],
    ["ClientContext of the wrong type", lambda({ ClientContext: [SECRET] })],
    ["Description too long", { ...automationBase, Description: SECRET.repeat(10) }],
    ["Description of the wrong type", { ...automationBase, Description: [SECRET] }],
    ["Description with a template sequence", { ...automationBase, Description: `${SECRET}\${x}` }],
    ["TaskParameters value with a template sequence", { ...runCommandBase, TaskParameters: { a: { Values: [`${SECRET}%{x}`] } } }],
  ];

  test.each(cases)("%s", (_, props) => {
    const diagnostics = validateMaintenanceWindowTask(props);
    expect(diagnostics.filter((d) => d.level === "error").length).toBeGreaterThan(0);
    expect(JSON.stringify(diagnostics)).not.toContain(SECRET);
    let thrown = "";
    try {
      const stack = new TerraformStack(Testing.app(), "s");
      new MaintenanceWindowTask(stack, "T", props as never);
      Testing.synth(stack);
    } catch (e) {
      thrown = `${String(e)} ${JSON.stringify(e)}`;
    }
    expect(thrown).toContain("MaintenanceWindowTaskValidationError");
    expect(thrown).not.toContain(SECRET);
  });
});

test("references in the HashiCorp style synthesize with tokens untouched", () => {
  const stack = newStack();
  const windowId = new TerraformVariable(stack, "window_id", { type: "string" });
  new MaintenanceWindowTask(stack, "T", { ...automationBase, WindowId: windowId.stringValue, Priority: undefined } as never);
  expect(taskResources(stack).T).toEqual({ window_id: "${var.window_id}", task_arn: "Acme-RestartInstances", task_type: "AUTOMATION" });
  expect(WINDOW_ID).toMatch(/^mw-/);
});

describe("constructs where data belongs get one error each, with the fix", () => {
  test("Targets: [windowTarget] and OutputS3BucketName: bucket", async () => {
    const { SsmMaintenanceWindowTarget } = await import("@cdktf/provider-aws/lib/ssm-maintenance-window-target");
    const { S3Bucket } = await import("@cdktf/provider-aws/lib/s3-bucket");
    const stack = newStack();
    const target = new SsmMaintenanceWindowTarget(stack, "web", { windowId: "mw-0123456789abcdef0", resourceType: "INSTANCE", targets: [{ key: "tag:Role", values: ["web"] }] });
    const bucket = new S3Bucket(stack, "logs", {});
    const diagnostics = validateMaintenanceWindowTask({ ...withRunCommand({ OutputS3BucketName: bucket }), Targets: [target] });
    expect(diagnostics.map((d) => `${d.code}@${d.path}`)).toEqual(["ReferenceType@Targets[0]", "TypeMismatch@TaskInvocationParameters.RunCommand.OutputS3BucketName"]);
    expect(diagnostics[0].message).toContain("TaskTargets.windowTargets(windowTarget)");
    expect(diagnostics[1].message).toContain("an aws_s3_bucket resource");
  });
});
