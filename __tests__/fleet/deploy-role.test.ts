// The deploy role of a fleet account: trusted by the deploying principals only, allowed the
// maintenance-window calls (which the fleet e2e test checks against the provider's real calls),
// passing named service roles to SSM only, and managing service roles only under a name prefix.
import { TerraformStack, Testing } from "cdktf";
import { MAINTENANCE_WINDOW_ACTIONS, MaintenanceWindowFleetDeployRole, SERVICE_ROLE_ACTIONS } from "../../lib";

function synthRole(props: ConstructorParameters<typeof MaintenanceWindowFleetDeployRole>[2]) {
  const stack = new TerraformStack(Testing.app(), "bootstrap");
  new MaintenanceWindowFleetDeployRole(stack, "Deploy", props);
  const json = JSON.parse(Testing.synth(stack));
  const role = Object.values(json.resource.aws_iam_role)[0] as { name: string; assume_role_policy: string };
  const policy = Object.values(json.resource.aws_iam_role_policy)[0] as { policy: string };
  return { name: role.name, trust: JSON.parse(role.assume_role_policy), statements: JSON.parse(policy.policy).Statement };
}

test("the default role: SSM window calls on window, target and task ARNs only; nothing else", () => {
  const { name, trust, statements } = synthRole({ TrustedPrincipalArns: ["arn:aws:iam::999999999999:role/ci-deploy"] });
  expect(name).toBe("maintenance-window-deploy");
  expect(trust).toEqual({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ["arn:aws:iam::999999999999:role/ci-deploy"] }, Action: "sts:AssumeRole" }] });
  expect(statements).toEqual([
    {
      Sid: "ManageMaintenanceWindows",
      Effect: "Allow",
      Action: [...MAINTENANCE_WINDOW_ACTIONS],
      Resource: ["arn:*:ssm:*:*:maintenancewindow/*", "arn:*:ssm:*:*:windowtarget/*", "arn:*:ssm:*:*:windowtask/*"],
    },
  ]);
  expect(MAINTENANCE_WINDOW_ACTIONS.every((a) => a.startsWith("ssm:") && !a.includes("*"))).toBe(true);
});

test("external id, passed service roles, and service roles the stacks create under a prefix", () => {
  const { trust, statements } = synthRole({
    TrustedPrincipalArns: ["999999999999"],
    ExternalId: "fleet-7",
    PassRoleArns: ["arn:aws:iam::111111111111:role/mw-tasks"],
    ServiceRoleNamePrefix: "mw-",
  });
  expect(trust.Statement[0].Condition).toEqual({ StringEquals: { "sts:ExternalId": "fleet-7" } });
  expect(statements.map((s: { Sid: string }) => s.Sid)).toEqual(["ManageMaintenanceWindows", "PassServiceRolesToSsm", "ManageServiceRoles"]);
  expect(statements[1]).toEqual({
    Sid: "PassServiceRolesToSsm",
    Effect: "Allow",
    Action: ["iam:PassRole"],
    Resource: ["arn:*:iam::*:role/mw-*", "arn:aws:iam::111111111111:role/mw-tasks"],
    Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } },
  });
  expect(statements[2]).toEqual({ Sid: "ManageServiceRoles", Effect: "Allow", Action: [...SERVICE_ROLE_ACTIONS], Resource: ["arn:*:iam::*:role/mw-*"] });
});

test("a missing or malformed principal is an error naming it", () => {
  const stack = new TerraformStack(Testing.app(), "bootstrap");
  expect(() => new MaintenanceWindowFleetDeployRole(stack, "A", { TrustedPrincipalArns: [] })).toThrow(/\[FleetDeployRolePrincipals\] bootstrap\/A.TrustedPrincipalArns: \[\]: give the ARNs/);
  expect(() => new MaintenanceWindowFleetDeployRole(stack, "B", { TrustedPrincipalArns: ["ci-deploy"] })).toThrow(/TrustedPrincipalArns\[0\]: "ci-deploy" is not an IAM principal/);
});
