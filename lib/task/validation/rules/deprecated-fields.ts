import type { Rule } from "./rule";
import { literalTaskType } from "./helpers";

/**
 * LoggingInfo and TaskParameters are deprecated and absent from Terraform since provider 3.0.0. For
 * RUN_COMMAND we translate them to RunCommand fields (render.ts); SSM uses them only when no
 * TaskInvocationParameters are given, and ignores them for the other task types.
 */
export const deprecatedFields: Rule = {
  codes: {
    LoggingInfoDeprecated: "warning",
    TaskParametersDeprecated: "warning",
    DeprecatedFieldIgnored: "warning",
    DeprecatedFieldConflict: "error",
    LoggingInfoRegionDropped: "warning",
  },
  check(task, sink) {
    const type = literalTaskType(task);
    const given = (["LoggingInfo", "TaskParameters"] as const).filter((f) => task[f] !== undefined);
    if (given.length === 0 || type === undefined) return;
    for (const field of given) {
      if (type !== "RUN_COMMAND") {
        sink.warning("DeprecatedFieldIgnored", field, `AWS ignores ${field} for ${type} tasks, so it is not rendered. Remove it${field === "TaskParameters" ? " and put the values in the invocation block's Parameters" : ""}.`);
      } else if (task.invocations.length > 0) {
        sink.error(
          "DeprecatedFieldConflict",
          field,
          `${field} is given together with TaskInvocationParameters; AWS then ignores ${field}. Move it into ${task.invocations[0].path} (` +
            (field === "LoggingInfo" ? "OutputS3BucketName / OutputS3KeyPrefix" : "Parameters") + ") and remove it.",
        );
      } else if (field === "LoggingInfo") {
        sink.warning("LoggingInfoDeprecated", field, "LoggingInfo is deprecated; it is rendered as RunCommand.OutputS3BucketName / OutputS3KeyPrefix. Write those instead.");
      } else {
        sink.warning("TaskParametersDeprecated", field, "TaskParameters is deprecated; it is rendered as RunCommand.Parameters. Write TaskInvocationParameters.RunCommand.Parameters instead.");
      }
    }
    if (type === "RUN_COMMAND" && task.invocations.length === 0 && task.LoggingInfo?.Region !== undefined) {
      sink.warning(
        "LoggingInfoRegionDropped",
        task.LoggingInfo.paths.Region,
        "Terraform has no field for the log bucket's region, so Region is not deployed (Run Command writes to the bucket wherever it is). Move to RunCommand.OutputS3BucketName, or acknowledge this code.",
      );
    }
  },
};
