// The façade `lib/aws/control` from source: `scoped(scope)` binds the scope, `await` gives the
// construct, and the docs page's own scope-less call fails with a message that says what to write.
// Import styles (ESM, CommonJS, TypeScript module modes) against the packed package, and the docs
// page's examples run verbatim, are in __tests__/terraform/facade.test.ts.
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { MaintenanceWindowConfigError, MaintenanceWindowError, MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../lib";
import AWS, { SSM, scoped } from "../lib/aws/control";

const props = (Priority: number): MaintenanceWindowTaskProps => ({ WindowId: "mw-0123456789abcdef0", TaskArn: "AWS-RestartEC2Instance", TaskType: "AUTOMATION", Priority });
const newStack = (id = "facade") => new TerraformStack(Testing.app(), id);
const taskIds = (stack: TerraformStack) => Object.keys(JSON.parse(Testing.synth(stack)).resource?.aws_ssm_maintenance_window_task ?? {}).map((id) => id.replace(/_[0-9A-F]{8}$/, ""));

test("the default export's SSM and scoped are the named exports", () => {
  expect(AWS.SSM).toBe(SSM);
  expect(AWS.scoped).toBe(scoped);
  expect(Object.keys(AWS).sort()).toEqual(["SSM", "scoped"]);
});

test("scoped(stack) has the default export's shape, and SSM.MaintenanceWindowTask(id, props) creates the task in that stack", () => {
  const stack = newStack();
  const bound = scoped(stack);
  expect(Object.keys(bound)).toEqual(["SSM"]);
  expect(Object.keys(bound.SSM)).toEqual(Object.keys(AWS.SSM));
  const task = bound.SSM.MaintenanceWindowTask("Patch", props(1));
  expect(task).toBeInstanceOf(MaintenanceWindowTask);
  expect(task.node.scope).toBe(stack);
  expect(task.node.id).toBe("Patch");
  expect(taskIds(stack)).toEqual(["Patch"]);
});

test("`await` of the call gives the construct itself: it returns the construct, which is no thenable", async () => {
  const stack = newStack();
  const returned = scoped(stack).SSM.MaintenanceWindowTask("Returned", props(1));
  expect((returned as unknown as { then?: unknown }).then).toBeUndefined();
  await expect(Promise.resolve(returned)).resolves.toBe(returned);
  const awaited = await scoped(stack).SSM.MaintenanceWindowTask("Awaited", props(2));
  expect(awaited).toBeInstanceOf(MaintenanceWindowTask);
  expect(awaited.node.path).toBe("facade/Awaited");
  expect(await AWS.SSM.MaintenanceWindowTask(stack, "Unscoped", props(3))).toBeInstanceOf(MaintenanceWindowTask);
  expect(taskIds(stack).sort()).toEqual(["Awaited", "Returned", "Unscoped"]);
});

test("each scoped façade keeps its own scope, a nested construct included", () => {
  const a = newStack("a");
  const b = newStack("b");
  const group = new Construct(b, "Group");
  const [inA, inGroup] = [scoped(a), scoped(group)];
  inGroup.SSM.MaintenanceWindowTask("One", props(1));
  inA.SSM.MaintenanceWindowTask("One", props(2));
  expect(taskIds(a)).toEqual(["One"]);
  expect(group.node.children.map((c) => c.node.path)).toEqual(["b/Group/One"]);
});

test("the docs page's scope-less AWS.SSM.MaintenanceWindowTask(\"id\", props) throws a MaintenanceWindowConfigError that says to use scoped(stack)", () => {
  const call = () => (AWS.SSM.MaintenanceWindowTask as unknown as (id: string, p: MaintenanceWindowTaskProps) => unknown)("basicMaintenanceTask", props(1));
  expect(call).toThrow(MaintenanceWindowConfigError);
  expect(call).toThrow(MaintenanceWindowError);
  expect(call).toThrow(/^\[FacadeScopeMissing\] AWS\.SSM\.MaintenanceWindowTask: /);
  expect(call).toThrow(/needs a construct scope first, got "basicMaintenanceTask"/);
  expect(call).toThrow(/AWS\.SSM\.MaintenanceWindowTask\(stack, "basicMaintenanceTask", props\)/);
  expect(call).toThrow('import { scoped } from "cdktf-ssm-maintenance-window-task/aws/control"; const AWS = scoped(stack);');
});

test("scoped() without a construct, and a bound call given a scope again, throw MaintenanceWindowConfigErrors", () => {
  expect(() => scoped(undefined as unknown as Construct)).toThrow(/scoped\(scope\) needs a construct scope .*got undefined/);
  expect(() => scoped("stack" as unknown as Construct)).toThrow(MaintenanceWindowConfigError);
  const stack = newStack();
  const again = () => (scoped(stack).SSM.MaintenanceWindowTask as unknown as (s: unknown, id: string, p: unknown) => unknown)(stack, "Task", props(1));
  expect(again).toThrow(/takes the construct id first \(the scope is already bound\), got the construct facade/);
  expect(stack.node.children).toHaveLength(0);
});
