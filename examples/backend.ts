import * as path from "node:path";
import { LocalBackend, S3Backend, type TerraformStack } from "cdktf";

/** S3 backend settings for the local endpoint (its endpoints come from AWS_ENDPOINT_URL_S3 etc.). */
export const LOCAL_S3_BACKEND = {
  accessKey: "test",
  secretKey: "test",
  skipCredentialsValidation: true,
  skipRequestingAccountId: true,
  skipMetadataApiCheck: true,
  skipRegionValidation: true,
  usePathStyle: true,
  maxRetries: 1,
} as const;

/**
 * Where the example app keeps its Terraform state, chosen by environment:
 *
 * - `TF_STATE_BUCKET` set: an S3 backend (key `TF_STATE_KEY`, default `<stack>.tfstate`) with state
 *   locking in the DynamoDB table `TF_STATE_LOCK_TABLE` when given. With `LOCAL_AWS=1` it talks to
 *   the local endpoint (AWS_ENDPOINT_URL_S3 / _DYNAMODB) with fake credentials.
 * - `LOCAL_AWS=1`: a local state file under `.local-aws/`, apart from a real account's state, so
 *   switching `npm start` between the local endpoint and `--aws` never mixes the two.
 * - otherwise cdktf's default local state file `terraform.<stack>.tfstate`.
 */
export function configureBackend(stack: TerraformStack, stackId: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): void {
  const local = env.LOCAL_AWS === "1";
  if (env.TF_STATE_BUCKET) {
    new S3Backend(stack, {
      bucket: env.TF_STATE_BUCKET,
      key: env.TF_STATE_KEY ?? `${stackId}.tfstate`,
      region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
      dynamodbTable: env.TF_STATE_LOCK_TABLE,
      encrypt: true,
      ...(local ? LOCAL_S3_BACKEND : {}),
    });
  } else if (local) {
    new LocalBackend(stack, { path: path.join(cwd, ".local-aws", `terraform.${stackId}.tfstate`) });
  }
}
