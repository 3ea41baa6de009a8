import type { Rule } from "./rule";
import { blocksOf } from "./helpers";

/** Notifications need a topic, and a role that may publish to it. */
export const notificationRules: Rule = {
  codes: { NotificationArnMissing: "warning", NotificationWithoutRole: "warning" },
  check(task, sink) {
    for (const block of blocksOf(task, "RunCommand")) {
      const nc = block.params.NotificationConfig;
      if (!nc || isEmpty(nc)) continue;
      const path = `${block.path}.NotificationConfig`;
      if (nc.NotificationArn === undefined) {
        sink.warning("NotificationArnMissing", `${path}.NotificationArn`, "NotificationConfig has no NotificationArn, so no notification can be sent (CloudFormation rejects this). Add the SNS topic's ARN.");
      } else if (block.params.ServiceRoleArn === undefined) {
        sink.warning(
          "NotificationWithoutRole",
          `${block.path}.ServiceRoleArn`,
          "NotificationConfig is set but the Run Command block has no ServiceRoleArn, the role Run Command uses to publish to SNS; without it no notification is published. Add a role that may sns:Publish to the topic.",
        );
      }
    }
  },
};

function isEmpty(o: object): boolean {
  return Object.values(o).every((v) => v === undefined);
}
