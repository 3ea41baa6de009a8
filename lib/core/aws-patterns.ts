// Patterns of AWS API shapes that the cross-field rules use (instance ids, window target ids,
// document names). Verbatim from botocore; conformance-tested against lib/core/aws-model.json.

export const AWS_SHAPE_PATTERNS = {
  InstanceId: "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)",
  MaintenanceWindowTargetId: "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$",
  DocumentName: "^[a-zA-Z0-9_\\-.]{3,128}$",
  DocumentARN: "^[a-zA-Z0-9_\\-.:/]{3,128}$",
} as const;

/** AWS's per-key limit on a task's WindowTargetIds values: "The maximum number of window targets is 10". */
export const MAX_WINDOW_TARGET_IDS = 10;

const cache = new Map<string, RegExp>();

/**
 * Whole-value match of an AWS pattern. AWS patterns are not always anchored (DocumentVersion's is
 * `([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)`); the service validates whole values, so we anchor them.
 */
export function matchesAwsPattern(pattern: string, value: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    // Unicode mode only where the pattern needs it (\p{L}): it rejects escapes like `\-` outside a class.
    re = new RegExp(`^(?:${pattern})$`, pattern.includes("\\p{") ? "u" : "");
    cache.set(pattern, re);
  }
  return re.test(value);
}
