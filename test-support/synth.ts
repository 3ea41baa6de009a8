import { Testing, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { FAIL_FAST_CONTEXT, MaintenanceWindowTask, type MaintenanceWindowTaskProps } from "../lib";

/**
 * A fresh app and stack, for one test. By default the app fails fast (errors throw where the task
 * or window is constructed), which is what tests of one construct's diagnostics want; pass
 * `{ failFast: false }` for the default behaviour of an app: every error reported at synth.
 */
export function newStack(options: { failFast?: boolean } = {}): TerraformStack {
  const app = Testing.app({ context: options.failFast === false ? {} : { [FAIL_FAST_CONTEXT]: true } });
  return new TerraformStack(app, "test");
}

/** The synthesized Terraform JSON of a stack. */
export function synthJson(stack: TerraformStack): { resource?: Record<string, Record<string, Record<string, unknown>>> } & Record<string, unknown> {
  return JSON.parse(Testing.synth(stack));
}

/** The `aws_ssm_maintenance_window_task` blocks of a stack, keyed by construct id (logical id without its hash). */
export function taskResources(stack: TerraformStack): Record<string, Record<string, unknown>> {
  const tasks = synthJson(stack).resource?.aws_ssm_maintenance_window_task ?? {};
  const out: Record<string, Record<string, unknown>> = {};
  for (const [logicalId, value] of Object.entries(tasks)) out[logicalId.replace(/_[0-9A-F]{8}$/, "")] = value;
  return out;
}

/** Synthesizes one task and returns its resource block. */
export function synthTask(props: MaintenanceWindowTaskProps, build?: (stack: Construct) => void): Record<string, unknown> {
  const stack = newStack();
  build?.(stack);
  new MaintenanceWindowTask(stack, "Task", props);
  return taskResources(stack).Task;
}

/** Warning annotations of a construct subtree (cdktf has no warning ids: we put the code in the message). */
export function warningsOf(scope: Construct): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === "@cdktf/warn" || m.type === "aws:cdk:warning")
    .map((m) => String(m.data));
}

export { WINDOW_ID, TARGET_ID } from "./fixtures";
