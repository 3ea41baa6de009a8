import type { AwsProviderConfig } from "@cdktf/provider-aws/lib/provider";

/**
 * Provider settings from the environment. With LOCAL_AWS=1 (set by `npm start` unless --aws is
 * given) the provider talks to the local endpoint: endpoints come from the AWS_ENDPOINT_URL_*
 * variables (an `endpoints {}` block costs seconds per terraform command), credentials are fake and
 * the account lookups are skipped. Otherwise the standard credential chain and region apply.
 */
export function providerConfigFromEnv(env: NodeJS.ProcessEnv): AwsProviderConfig {
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  if (env.LOCAL_AWS !== "1") return { region };
  return {
    region,
    accessKey: "test",
    secretKey: "test",
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: "true",
    skipRegionValidation: true,
    maxRetries: Number(env.AWS_MAX_RETRIES ?? "1"),
  };
}
