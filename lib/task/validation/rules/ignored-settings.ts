import type { Rule } from "./rule";
import { blocksOf } from "./helpers";

/** Settings AWS accepts but ignores, or advises against. */
export const ignoredSettings: Rule = {
  codes: { CloudWatchLogGroupIgnored: "warning", OutputS3KeyPrefixIgnored: "warning", DocumentHashTypeSha1: "warning" },
  check(task, sink) {
    for (const { path, params } of blocksOf(task, "RunCommand")) {
      const cw = params.CloudWatchOutputConfig;
      if (cw?.CloudWatchLogGroupName !== undefined && cw.CloudWatchOutputEnabled !== true && typeof cw.CloudWatchOutputEnabled !== "object") {
        sink.warning(
          "CloudWatchLogGroupIgnored",
          `${path}.CloudWatchOutputConfig.CloudWatchOutputEnabled`,
          "CloudWatchLogGroupName is set but CloudWatchOutputEnabled is not true, so no output is sent to the log group. Set CloudWatchOutputEnabled: true.",
        );
      }
      if (params.OutputS3KeyPrefix !== undefined && params.OutputS3BucketName === undefined) {
        sink.warning("OutputS3KeyPrefixIgnored", `${path}.OutputS3KeyPrefix`, "OutputS3KeyPrefix is set without OutputS3BucketName, so no output is written to S3. Add OutputS3BucketName.");
      }
      if (params.DocumentHashType === "Sha1") {
        sink.warning("DocumentHashTypeSha1", `${path}.DocumentHashType`, 'SHA-1 document hashes are deprecated by AWS. Use DocumentHashType "Sha256" with the document\'s SHA-256 hash.');
      }
    }
  },
};
