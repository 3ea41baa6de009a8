// The least-privilege service role deploys: the role and its inline policy reach IAM (read back
// from the local endpoint), the tasks reference it, and a plan after apply is clean.
import { spawnSync } from "node:child_process";
import { SsmMaintenanceWindow } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import { MaintenanceWindowServiceRole, MaintenanceWindowTask, TaskTargets } from "../../lib";
import { checkPrerequisites, type LocalAws } from "../../local-aws";
import { sharedLocalAws } from "../../test-support/shared-aws";
import { localStack, TerraformProject } from "../../test-support/e2e";

jest.setTimeout(300_000);

let aws: LocalAws;
let project: TerraformProject;

beforeAll(async () => {
  const problems = checkPrerequisites();
  if (problems.length > 0) throw new Error(`The end-to-end suite needs:\n- ${problems.join("\n- ")}`);
  aws = await sharedLocalAws();
  project = new TerraformProject(aws);
});

afterAll(async () => {
  project?.remove();
  await aws?.stop();
});

function iam(script: string): unknown {
  const r = spawnSync(
    "python3",
    ["-c", `import boto3, json\niam = boto3.client("iam", endpoint_url="${aws.endpoint}", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")\n${script}`],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

test("a MaintenanceWindowServiceRole built from its tasks deploys and plans clean", () => {
  const stack = localStack("role");
  const window = new SsmMaintenanceWindow(stack, "window", { name: "role-e2e", schedule: "rate(7 days)", duration: 2, cutoff: 1 });
  const role = new MaintenanceWindowServiceRole(stack, "Role", { RoleName: "mw-e2e-tasks" });
  new MaintenanceWindowTask(stack, "Uptime", {
    WindowId: window,
    TaskType: "RUN_COMMAND",
    TaskArn: "AWS-RunShellScript",
    Priority: 1,
    ServiceRoleArn: role,
    Targets: TaskTargets.instances(["i-0123456789abcdef0"]),
    MaxConcurrency: "1",
    MaxErrors: "0",
    TaskInvocationParameters: { RunCommand: { Parameters: { commands: ["uptime"] } } },
  });
  new MaintenanceWindowTask(stack, "Restart", { WindowId: window, TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 2, ServiceRoleArn: role });
  project.write(stack);
  project.apply();

  const trust = iam(`print(json.dumps(iam.get_role(RoleName="mw-e2e-tasks")["Role"]["AssumeRolePolicyDocument"]))`) as { Statement: { Principal: unknown }[] };
  expect(trust.Statement.map((s) => s.Principal)).toEqual([{ Service: "ssm.amazonaws.com" }]);
  const policy = iam(
    `d = iam.get_role_policy(RoleName="mw-e2e-tasks", PolicyName="maintenance-window-tasks")["PolicyDocument"]\nprint(json.dumps(d if isinstance(d, dict) else json.loads(d)))`,
  ) as { Statement: unknown[] };
  expect(policy.Statement).toEqual(role.statements());
  expect(role.statements().map((s) => s.Sid)).toEqual(["FollowAutomation", "FollowCommands", "SendCommand", "StartAutomation"]);

  const tasks = project.stateResources();
  const roleArn = Object.entries(tasks).find(([address]) => address.startsWith("aws_iam_role."))![1].arn;
  for (const [address, values] of Object.entries(tasks)) {
    if (address.startsWith("aws_ssm_maintenance_window_task.")) expect(values.service_role_arn).toBe(roleArn);
  }
  expect(project.plan().code).toBe(0);
  // Nothing changed since that plan's refresh: the destroy need not read everything back again.
  project.ok("destroy", "-auto-approve", "-input=false", "-refresh=false");
});
