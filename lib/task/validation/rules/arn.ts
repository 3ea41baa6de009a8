// ARN shapes. Terraform's verify.ValidARN (hashicorp/aws 5.100.0) parses `arn:partition:service:
// region:account:resource` and checks partition, region and account formats; we check the same
// first, then the service and resource type the field needs.

const PARTITION = /^aws(-[a-z]+)*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^(aws|aws-managed|third-party|\d{12}|cw.{10})$/;

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Parses an ARN the way Terraform's ValidARN does; returns a reason string when it would reject it. */
export function parseArn(value: string): ParsedArn | string {
  const parts = value.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return "is not an ARN (arn:partition:service:region:account:resource)";
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(":");
  if (!PARTITION.test(partition)) return `has an invalid partition "${partition}"`;
  if (region !== "" && !REGION.test(region)) return `has an invalid region "${region}"`;
  if (account !== "" && !ACCOUNT.test(account)) return `has an invalid account id "${account}"`;
  if (resource === "") return "has no resource part";
  return { partition, service, region, account, resource };
}

export const IAM_ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
export const SNS_TOPIC_ARN = /^arn:aws(-[a-z]+)*:sns:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:[\w-]{1,256}(\.fifo)?$/;
