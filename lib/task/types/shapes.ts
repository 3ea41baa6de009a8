// TaskArn shapes shared by task types: a document name or document ARN (Run Command, Automation).
import { AWS_SHAPE_PATTERNS, matchesAwsPattern } from "../../core/aws-patterns";
import type { AnyResource } from "../reader";

const DOCUMENT_ARN = /^arn:aws(-[a-z]+)*:ssm:[a-z]{2}(-[a-z]+)+-\d{1,2}:(\d{12})?:document\/[a-zA-Z0-9_\-.]{3,128}$/;

/** An SSM document name, or a document ARN. */
export function isDocument(arn: string): boolean {
  if (arn.startsWith("arn:")) return DOCUMENT_ARN.test(arn) && matchesAwsPattern(AWS_SHAPE_PATTERNS.DocumentARN, arn);
  return matchesAwsPattern(AWS_SHAPE_PATTERNS.DocumentName, arn);
}

/** The document name in a document ARN, or the name itself. */
export function documentName(taskArn: string): string {
  return taskArn.startsWith("arn:") ? taskArn.slice(taskArn.indexOf(":document/") + ":document/".length) : taskArn;
}

/** An aws_ssm_document given as TaskArn stands for its name. */
export const DOCUMENT_RESOURCES = { aws_ssm_document: (r: AnyResource) => r.name };
