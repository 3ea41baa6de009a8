// The docs-shaped façade: `import AWS from "<package>/aws/control"` then
// `AWS.SSM.MaintenanceWindowTask(scope, id, props)`, as the Alchemy docs page writes it — but
// synchronous, and with a scope, because a CDKTF construct lives in a construct tree.
import type { Construct } from "constructs";
import { MaintenanceWindowTask } from "../maintenance-window-task";
import type { MaintenanceWindowTaskProps } from "../props/task-props";

const AWS = {
  SSM: {
    /** Creates a {@link MaintenanceWindowTask}; same as `new MaintenanceWindowTask(scope, id, props)`. */
    MaintenanceWindowTask(scope: Construct, id: string, props: MaintenanceWindowTaskProps): MaintenanceWindowTask {
      return new MaintenanceWindowTask(scope, id, props);
    },
  },
} as const;

export default AWS;
export { MaintenanceWindowTask };
export type { MaintenanceWindowTaskProps };
