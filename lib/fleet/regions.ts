// The AWS Regions a fleet can deploy to: each Region's partition, and whether an account must enable
// it first. From botocore's endpoint data (1.43, the machine's SDK model); the opt-in Regions are the
// ones launched after March 2019, which AWS creates disabled in every account
// (https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html). Pure data.

/** The partition of each known Region: its ARNs start `arn:<partition>:`. */
const PARTITIONS: Readonly<Record<string, readonly string[]>> = {
  aws: [
    "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
    "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
    "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2",
    "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
  ],
  "aws-cn": ["cn-north-1", "cn-northwest-1"],
  "aws-us-gov": ["us-gov-east-1", "us-gov-west-1"],
  "aws-iso": ["us-iso-east-1", "us-iso-west-1"],
  "aws-iso-b": ["us-isob-east-1", "us-isob-west-1"],
  "aws-iso-e": ["eu-isoe-west-1"],
  "aws-iso-f": ["us-isof-east-1", "us-isof-south-1"],
  "aws-eusc": ["eusc-de-east-1"],
};

/** Regions an account has to enable before any call there succeeds (AWS calls them opt-in Regions). */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6",
  "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1", "me-central-1", "me-south-1", "mx-central-1",
]);

const PARTITION_OF = new Map(Object.entries(PARTITIONS).flatMap(([partition, regions]) => regions.map((r) => [r, partition] as const)));

/** The partition of a known Region, or undefined for a Region this table does not know. */
export function partitionOf(region: string): string | undefined {
  return PARTITION_OF.get(region);
}

/** Every known Region, sorted (for messages). */
export function knownRegions(): string[] {
  return [...PARTITION_OF.keys()].sort();
}
