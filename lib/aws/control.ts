// The docs-shaped façade, for code written the way the Alchemy docs page writes it:
//
//   import AWS from "<package>/aws/control";          AWS.SSM.MaintenanceWindowTask(scope, id, props)
//   import { SSM } from "<package>/aws/control";      SSM.MaintenanceWindowTask(scope, id, props)
//   import { scoped } from "<package>/aws/control";   const AWS = scoped(stack);
//                                                     await AWS.SSM.MaintenanceWindowTask(id, props)
//
// Every import style sees the same thing. This module compiles to CommonJS whose `module.exports`
// has `SSM` and `scoped` as own properties: that object is what `require()` returns and what
// Node's native ESM gives as the default import (Node ignores `__esModule`), and Node's ESM loader
// finds the named exports in it. `default` is `{ SSM, scoped }` again: that is what TypeScript's
// and bundlers' interop give as the default import. Tested from .mjs, .cjs and TypeScript
// (nodenext, bundler, node10) in __tests__/terraform/facade.test.ts.
import { Construct } from "constructs";
import { MaintenanceWindowTask } from "../maintenance-window-task";
import type { MaintenanceWindowTaskProps } from "../props/task-props";
import { MaintenanceWindowConfigError } from "../core/errors";

/** `AWS.SSM` (and the named export `SSM`): creates constructs in the scope given to each call. */
export interface SsmControl {
  /**
   * Creates a {@link MaintenanceWindowTask}; same as `new MaintenanceWindowTask(scope, id, props)`.
   * Returns the construct itself (not a promise); `await` of it gives the construct.
   */
  MaintenanceWindowTask(scope: Construct, id: string, props: MaintenanceWindowTaskProps): MaintenanceWindowTask;
}

/** `scoped(scope).SSM`: creates constructs in the scope bound by {@link scoped}. */
export interface ScopedSsmControl {
  /**
   * Creates a {@link MaintenanceWindowTask} in the bound scope; same as
   * `new MaintenanceWindowTask(scope, id, props)`. Returns the construct itself (not a promise);
   * `await` of it gives the construct, so `await AWS.SSM.MaintenanceWindowTask(id, props)` as the
   * Alchemy docs page writes it works unchanged.
   */
  MaintenanceWindowTask(id: string, props: MaintenanceWindowTaskProps): MaintenanceWindowTask;
}

/** What {@link scoped} returns: the default export's shape, bound to one scope. */
export interface ScopedAwsControl {
  readonly SSM: ScopedSsmControl;
}

/** The default export: `AWS.SSM` and `AWS.scoped`, the same objects as the named exports. */
export interface AwsControl {
  readonly SSM: SsmControl;
  readonly scoped: (scope: Construct) => ScopedAwsControl;
}

const PACKAGE = "cdktf-ssm-maintenance-window-task";

function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Construct.isConstruct(value)) return `the construct ${value.node.path || "<root>"}`;
  return typeof value;
}

export const SSM: SsmControl = {
  MaintenanceWindowTask(scope: Construct, id: string, props: MaintenanceWindowTaskProps): MaintenanceWindowTask {
    if (!Construct.isConstruct(scope)) {
      // The docs page's own call, `AWS.SSM.MaintenanceWindowTask("id", props)`, has no scope.
      throw new MaintenanceWindowConfigError(
        "FacadeScopeMissing",
        "AWS.SSM.MaintenanceWindowTask",
        `AWS.SSM.MaintenanceWindowTask(scope, id, props) needs a construct scope first, got ${shown(scope)}. ` +
          `A CDKTF construct lives in a construct tree: pass the stack, as in AWS.SSM.MaintenanceWindowTask(stack, ${typeof scope === "string" ? JSON.stringify(scope) : '"id"'}, props), ` +
          `or bind it once: import { scoped } from "${PACKAGE}/aws/control"; const AWS = scoped(stack);`,
      );
    }
    return new MaintenanceWindowTask(scope, id, props);
  },
};

/**
 * The façade bound to `scope`: `scoped(stack).SSM.MaintenanceWindowTask(id, props)` creates the task
 * in `stack`. Code copied from the Alchemy docs page runs with its import line replaced by
 * `import { scoped } from "cdktf-ssm-maintenance-window-task/aws/control"; const AWS = scoped(stack);`.
 *
 * @example
 * const AWS = scoped(stack);
 * const task = await AWS.SSM.MaintenanceWindowTask("patch", { WindowId: window.id, TaskArn: "AWS-RunPatchBaseline", ... });
 */
export function scoped(scope: Construct): ScopedAwsControl {
  if (!Construct.isConstruct(scope)) {
    throw new MaintenanceWindowConfigError("FacadeScopeMissing", "scoped", `scoped(scope) needs a construct scope (a TerraformStack or a construct in one), got ${shown(scope)}.`);
  }
  return {
    SSM: {
      MaintenanceWindowTask(id: string, props: MaintenanceWindowTaskProps): MaintenanceWindowTask {
        if (typeof id !== "string") {
          throw new MaintenanceWindowConfigError(
            "FacadeIdType",
            "scoped(scope).SSM.MaintenanceWindowTask",
            `scoped(scope).SSM.MaintenanceWindowTask(id, props) takes the construct id first (the scope is already bound), got ${shown(id)}.`,
          );
        }
        return new MaintenanceWindowTask(scope, id, props);
      },
    },
  };
}

const AWS: AwsControl = { SSM, scoped };

export default AWS;
export { MaintenanceWindowTask };
export type { MaintenanceWindowTaskProps };
