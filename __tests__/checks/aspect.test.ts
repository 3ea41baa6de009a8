// The MaintenanceWindowTaskChecks aspect on raw provider resources: exactly the known findings, at
// synthesis, under each resource's construct path; acknowledged codes left out; our own constructs
// (judged already) never reported twice; tokens never judged.
import { App, Aspects, TerraformIterator, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
import { MaintenanceWindow, MaintenanceWindowDiagnosticsError, MaintenanceWindowTask, MaintenanceWindowTaskChecks, MaintenanceWindowTaskValidationError, FAIL_FAST_CONTEXT } from "../../lib";
import { addRawResources, EXPECTED } from "../../test-support/checks-fixtures";
import { warningsOf } from "../../test-support/synth";

/** Synthesizes `stack` and returns every finding as `<path under the stack> <level> <code>`. */
function findings(stack: TerraformStack): string[] {
  const out: string[] = [];
  try {
    Testing.synth(stack);
  } catch (e) {
    if (!MaintenanceWindowDiagnosticsError.isDiagnosticsError(e)) throw e;
    for (const c of e.constructs) for (const d of c.diagnostics) out.push(`${c.constructPath.replace(/^[^/]+\//, "")} ${d.level} ${d.code}`);
  }
  for (const node of stack.node.findAll()) {
    for (const m of node.node.metadata.filter((m) => m.type === "@cdktf/warn")) {
      out.push(`${node.node.path.replace(/^[^/]+\//, "")} warning ${/^\[(\w+)\]/.exec(String(m.data))![1]}`);
    }
  }
  return out.sort();
}

function rawStack(checks = new MaintenanceWindowTaskChecks()): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "raw");
  addRawResources(stack);
  Aspects.of(stack).add(checks);
  return stack;
}

test("reports exactly the known codes of raw resources, under their construct paths", () => {
  expect(findings(rawStack())).toEqual([...EXPECTED].sort());
});

test("errors are thrown at synthesis, as one app-wide MaintenanceWindowTaskValidationError", () => {
  const stack = rawStack();
  let error: unknown;
  try {
    Testing.synth(stack);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(MaintenanceWindowTaskValidationError);
  const report = (error as Error).message;
  expect(report).toContain("aws_ssm_maintenance_window_task raw/BrokenTask");
  expect(report).toContain("[TimeoutSecondsRange] TaskInvocationParameters.RunCommand.TimeoutSeconds: 10 is out of range");
  expect(report).toContain("aws_ssm_maintenance_window raw/BadWindow");
});

test("nothing is reported before synthesis", () => {
  const stack = rawStack();
  expect(warningsOf(stack)).toEqual([]);
});

test("acknowledged warning codes are left out; errors stay", () => {
  const acknowledged = ["DocumentHashTypeSha1", "WindowTargetValuesEmpty"];
  const expected = EXPECTED.filter((f) => !acknowledged.some((code) => f.endsWith(` warning ${code}`)));
  expect(findings(rawStack(new MaintenanceWindowTaskChecks({ acknowledgeWarnings: acknowledged })))).toEqual([...expected].sort());
});

test("a bad acknowledgeWarnings option is a clear error naming it", () => {
  expect(() => new MaintenanceWindowTaskChecks({ acknowledgeWarnings: "DocumentHashTypeSha1" as never })).toThrow(/acknowledgeWarnings must be a list of warning codes, got "DocumentHashTypeSha1"/);
});

test("app.synth() fails with the report (the aspect runs before cdktf's validations)", () => {
  const app = new App({ outdir: Testing.app().outdir });
  const stack = new TerraformStack(app, "raw");
  addRawResources(stack);
  Aspects.of(stack).add(new MaintenanceWindowTaskChecks());
  expect(() => app.synth()).toThrow(MaintenanceWindowTaskValidationError);
});

test("the fail-fast context throws when the aspect visits the resource", () => {
  const app = Testing.app({ context: { [FAIL_FAST_CONTEXT]: true } });
  const stack = new TerraformStack(app, "raw");
  addRawResources(stack);
  Aspects.of(stack).add(new MaintenanceWindowTaskChecks());
  expect(() => Testing.synth(stack)).toThrow(/aws_ssm_maintenance_window raw\/BadWindow/);
});

test("a stack of our own constructs is not reported twice", () => {
  const stack = new TerraformStack(Testing.app(), "ours");
  const window = new MaintenanceWindow(stack, "Weekly", { Name: "weekly", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1 });
  const web = window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: [] }] });
  window.addTask("Patch", {
    TaskType: "RUN_COMMAND", TaskArn: "AWS-RunShellScript", Priority: 1, MaxConcurrency: "1", MaxErrors: "1",
    Targets: [{ Key: "WindowTargetIds", Values: [web.id] }],
    TaskInvocationParameters: { RunCommand: { DocumentHashType: "Sha1", Parameters: { commands: ["uptime"] } } },
  });
  new MaintenanceWindowTask(stack, "Broken", { WindowId: window.id, TaskType: "RUN_COMMAND", TaskArn: "AWS-RunShellScript", Priority: -1 });
  const before = warningsOf(stack).sort();
  Aspects.of(stack).add(new MaintenanceWindowTaskChecks());
  expect(findings(stack)).toEqual(
    [
      "Broken error PriorityRange",
      "Broken error TargetsRequired",
      "Broken warning DocumentParameterRequired", // the construct's own annotation, once
      "Weekly/Patch warning DocumentHashTypeSha1",
      "Weekly/Web warning WindowTargetValuesEmpty",
    ].sort(),
  );
  expect(warningsOf(stack).sort()).toEqual(before);
});

test("synthesizing twice judges each resource once", () => {
  const stack = new TerraformStack(Testing.app(), "twice");
  new SsmMaintenanceWindowTask(stack, "T", { windowId: "mw-0123456789abcdef0", taskArn: "AWS-RunShellScript", taskType: "RUN_COMMAND", maxConcurrency: "1", maxErrors: "1", targets: [{ key: "InstanceIds", values: ["i-0123456789abcdef0"] }] });
  Aspects.of(stack).add(new MaintenanceWindowTaskChecks());
  Testing.synth(stack);
  Testing.synth(stack);
  expect(warningsOf(stack)).toEqual([expect.stringMatching(/^\[DocumentParameterRequired\]/)]);
});

test("tokens are not judged: references, variables, iterators, dynamic blocks and ${...} strings", () => {
  const stack = new TerraformStack(Testing.app(), "tokens");
  const priority = new TerraformVariable(stack, "priority", { type: "number" });
  const arn = new TerraformVariable(stack, "arn", { type: "string" });
  const selectors = TerraformIterator.fromList(new TerraformVariable(stack, "targets", { type: "list(object({ key = string, values = list(string) }))" }).listValue);
  const tasks = TerraformIterator.fromList(new TerraformVariable(stack, "names", { type: "list(string)" }).listValue);
  const task = new SsmMaintenanceWindowTask(stack, "T", {
    forEach: tasks,
    name: tasks.value as string,
    targets: selectors.dynamic({ key: selectors.getString("key"), values: selectors.getList("values") }),
    windowId: "${var.window_id}",
    taskArn: arn.stringValue,
    taskType: "LAMBDA",
    priority: priority.numberValue,
    taskInvocationParameters: { lambdaParameters: { payload: "${jsonencode(var.payload)}" } },
  });
  task.addOverride("max_errors", "${var.max_errors}");
  Aspects.of(stack).add(new MaintenanceWindowTaskChecks());
  expect(findings(stack)).toEqual([]);
});

test("overrides are judged as Terraform gets them", () => {
  const stack = new TerraformStack(Testing.app(), "override");
  const task = new SsmMaintenanceWindowTask(stack, "T", { windowId: "mw-0123456789abcdef0", taskArn: "arn:aws:lambda:us-east-1:123456789012:function:f", taskType: "LAMBDA" });
  task.addOverride("priority", 5000000000);
  Aspects.of(stack).add(new MaintenanceWindowTaskChecks());
  expect(findings(stack)).toEqual(["T error PriorityRange"]);
});
