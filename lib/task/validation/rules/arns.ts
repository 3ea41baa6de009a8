import type { Rule } from "./rule";
import { blocksOf, literal } from "./helpers";
import { IAM_ROLE_ARN, SNS_TOPIC_ARN, parseArn } from "./arn";
import { show } from "../../../core/diagnostics";
import type { DiagnosticSink } from "../../../core/diagnostics";

/** Service roles must be IAM role ARNs; the notification target must be an SNS topic ARN. */
export const arnRules: Rule = {
  codes: { ServiceRoleArnFormat: "error", NotificationArnFormat: "error", NotificationArnNotSnsTopic: "warning" },
  check(task, sink) {
    checkRole("ServiceRoleArn", task.ServiceRoleArn, sink);
    for (const block of blocksOf(task, "RunCommand")) {
      checkRole(`${block.path}.ServiceRoleArn`, block.params.ServiceRoleArn, sink);
      const arn = block.params.NotificationConfig?.NotificationArn;
      if (!literal(arn)) continue;
      const path = `${block.path}.NotificationConfig.NotificationArn`;
      const parsed = parseArn(arn);
      if (typeof parsed === "string") {
        sink.error("NotificationArnFormat", path, `${show(arn)} ${parsed}; Terraform rejects it. Use an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>), e.g. a topic resource's .arn.`);
      } else if (!SNS_TOPIC_ARN.test(arn)) {
        sink.warning("NotificationArnNotSnsTopic", path, `${show(arn)} is not an SNS topic ARN; Run Command only publishes to SNS topics. Use arn:aws:sns:<region>:<account>:<topic>.`);
      }
    }
  },
};

function checkRole(path: string, arn: string | undefined, sink: DiagnosticSink): void {
  if (!literal(arn) || IAM_ROLE_ARN.test(arn)) return;
  const parsed = parseArn(arn);
  const why = typeof parsed === "string" ? `${parsed} (Terraform rejects it)` : "is not an IAM role ARN (AWS cannot pass it as a role)";
  sink.error("ServiceRoleArnFormat", path, `${show(arn)} ${why}. Use an IAM role ARN: arn:aws:iam::<account>:role/<name>, e.g. a role resource's .arn.`);
}
