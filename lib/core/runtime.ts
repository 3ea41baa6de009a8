// The runtime adapter: the only module of lib/ that imports the CDKTF runtime (`cdktf`) or the AWS
// provider bindings (`@cdktf/provider-aws`); __tests__/architecture.test.ts enforces it. cdktf is
// archived upstream and its maintained fork is CDK Terrain (`cdktn`, `@cdktn/provider-aws`): an
// edition for it is this file with the two module names changed.
//
// Bindings other than the task's are loaded on first use, so importing the package costs only the
// task binding (the provider package's index takes seconds to load; every import is by deep path).
import type { IamRole as IamRoleClass, IamRoleConfig } from "@cdktf/provider-aws/lib/iam-role";
import type { IamRolePolicy as IamRolePolicyClass, IamRolePolicyConfig } from "@cdktf/provider-aws/lib/iam-role-policy";
import type { SsmMaintenanceWindow as SsmMaintenanceWindowClass, SsmMaintenanceWindowConfig } from "@cdktf/provider-aws/lib/ssm-maintenance-window";
import type { SsmMaintenanceWindowTarget as SsmMaintenanceWindowTargetClass, SsmMaintenanceWindowTargetConfig } from "@cdktf/provider-aws/lib/ssm-maintenance-window-target";
import type { AwsProvider as AwsProviderClass, AwsProviderConfig } from "@cdktf/provider-aws/lib/provider";
import type { Construct } from "constructs";

/** The runtime's module name, which the code `import` generates imports from (the cdktn edition's build rewrites it with the imports here). */
export const RUNTIME_MODULE = "cdktf";

export { Annotations, Aspects, Fn, Lazy, S3Backend, Token, TerraformCount, TerraformProvider, TerraformResource, TerraformStack, Tokenization } from "cdktf";
export type { IAspect, IResolvable, ITerraformDependable, S3BackendConfig, TerraformMetaArguments, TerraformResourceLifecycle } from "cdktf";

// The task construct is a subclass of the provider's resource, so its binding is loaded eagerly.
import { SsmMaintenanceWindowTask } from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
export { SsmMaintenanceWindowTask };
export type {
  SsmMaintenanceWindowTaskConfig,
  SsmMaintenanceWindowTaskTaskInvocationParameters,
  SsmMaintenanceWindowTaskTaskInvocationParametersAutomationParameters,
  SsmMaintenanceWindowTaskTaskInvocationParametersLambdaParameters,
  SsmMaintenanceWindowTaskTaskInvocationParametersRunCommandParameters,
  SsmMaintenanceWindowTaskTaskInvocationParametersStepFunctionsParameters,
} from "@cdktf/provider-aws/lib/ssm-maintenance-window-task";
export type { AwsProviderConfig, IamRoleConfig, IamRolePolicyConfig, SsmMaintenanceWindowConfig, SsmMaintenanceWindowTargetConfig };

export type SsmMaintenanceWindow = SsmMaintenanceWindowClass;
export type SsmMaintenanceWindowTarget = SsmMaintenanceWindowTargetClass;
export type IamRole = IamRoleClass;
export type IamRolePolicy = IamRolePolicyClass;
export type AwsProvider = AwsProviderClass;

/* eslint-disable @typescript-eslint/no-require-imports */
export function newSsmMaintenanceWindow(scope: Construct, id: string, config: SsmMaintenanceWindowConfig): SsmMaintenanceWindow {
  const { SsmMaintenanceWindow } = require("@cdktf/provider-aws/lib/ssm-maintenance-window") as typeof import("@cdktf/provider-aws/lib/ssm-maintenance-window");
  return new SsmMaintenanceWindow(scope, id, config);
}

export function newSsmMaintenanceWindowTarget(scope: Construct, id: string, config: SsmMaintenanceWindowTargetConfig): SsmMaintenanceWindowTarget {
  const { SsmMaintenanceWindowTarget } = require("@cdktf/provider-aws/lib/ssm-maintenance-window-target") as typeof import("@cdktf/provider-aws/lib/ssm-maintenance-window-target");
  return new SsmMaintenanceWindowTarget(scope, id, config);
}

export function newIamRole(scope: Construct, id: string, config: IamRoleConfig): IamRole {
  const { IamRole } = require("@cdktf/provider-aws/lib/iam-role") as typeof import("@cdktf/provider-aws/lib/iam-role");
  return new IamRole(scope, id, config);
}

export function newIamRolePolicy(scope: Construct, id: string, config: IamRolePolicyConfig): IamRolePolicy {
  const { IamRolePolicy } = require("@cdktf/provider-aws/lib/iam-role-policy") as typeof import("@cdktf/provider-aws/lib/iam-role-policy");
  return new IamRolePolicy(scope, id, config);
}

export function newAwsProvider(scope: Construct, id: string, config: AwsProviderConfig): AwsProvider {
  const { AwsProvider } = require("@cdktf/provider-aws/lib/provider") as typeof import("@cdktf/provider-aws/lib/provider");
  return new AwsProvider(scope, id, config);
}

// ------------------------------------------------------------------ the binding's per-resource region
// hashicorp/aws 6 gave every regional resource a `region` argument; bindings generated for 5.x do
// not know it (their config class drops it, their toTerraform() never writes it). The task's
// binding is loaded already, and all three resources come from one package: its generated class
// answers for them. Asked on first use, then remembered.
let resourceRegion: boolean | undefined;

/** True when the AWS provider binding renders a resource's own `region` (hashicorp/aws ≥ 6). */
export function bindingHasResourceRegion(): boolean {
  if (resourceRegion === undefined) {
    resourceRegion = Object.prototype.hasOwnProperty.call(SsmMaintenanceWindowTask.prototype, "regionInput");
  }
  return resourceRegion;
}

/** The AWS provider binding the app runs on: its package, version and the hashicorp/aws version it was generated for. */
export function awsBinding(): { readonly name: string; readonly version: string; readonly providerVersion: string } {
  const pkg = require("@cdktf/provider-aws/package.json") as { name?: string; version?: string; cdktf?: { provider?: { version?: string } }; cdktn?: { provider?: { version?: string } } };
  return { name: pkg.name ?? "the AWS provider binding", version: pkg.version ?? "(unknown version)", providerVersion: (pkg.cdktf ?? pkg.cdktn)?.provider?.version ?? "(unknown)" };
}
/* eslint-enable @typescript-eslint/no-require-imports */
