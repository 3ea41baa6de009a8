// The shape of the catalog of AWS-owned SSM documents (lib/catalog/aws-documents.ts) and the
// checks a parameter's values get against it. The presets (lib/presets/documents.ts) and the
// DocumentParameter* rules (lib/validation/rules/document-parameters.ts) both read it.

/** An SSM document's type, as `DescribeDocument` reports it. */
export type AwsDocumentType = "Command" | "Automation";

/** A parameter type of SSM documents (Automation adds the AWS::… types, treated as String). */
export type DocumentParameterType = "String" | "StringList" | "Integer" | "Boolean" | "MapList" | "StringMap" | "AWS::IAM::Role::Arn";

/** One parameter of a document, as its published content declares it. */
export interface AwsDocumentParameter {
  /** Left out when the source names the parameter without its type: then its values are not checked for shape. */
  readonly type?: DocumentParameterType;
  /** The document gives no default: SSM refuses to run it without a value. */
  readonly required?: boolean;
  /** The published default (for the catalog page; not used by the checks). */
  readonly default?: string;
  /** The only values SSM accepts (case-sensitive). */
  readonly allowedValues?: readonly string[];
  /** The `allowedPattern` every value must match as a whole, as published. */
  readonly allowedPattern?: string;
  /** The longest value SSM accepts. */
  readonly maxChars?: number;
  /** StringList bounds. */
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** An AWS-owned document: its type and its parameters, with where they were read. */
export interface AwsDocument {
  /** The document's name, e.g. `AWS-RunShellScript`. */
  readonly name: string;
  readonly documentType: AwsDocumentType;
  /** The parameters by name (names are case-sensitive). */
  readonly parameters: Readonly<Record<string, AwsDocumentParameter>>;
  /**
   * True when the source shows every parameter of the current version: then a name that is not
   * listed is reported. False when the source shows only some: only names that differ from a listed
   * one in case are reported.
   */
  readonly complete: boolean;
  /** Where the parameters were read: URLs or `owner/repo@commit:path` of the published content. */
  readonly source: string;
  /** The date the source was read (YYYY-MM-DD). */
  readonly readOn: string;
  /** What the source does not say, or where sources disagree. */
  readonly note?: string;
}

const compiled = new Map<string, RegExp>();

/**
 * Whether a value matches a published `allowedPattern`. SSM matches the whole value (an
 * unanchored pattern such as AWS-RunShellScript's executionTimeout does not accept "999999"), so
 * the pattern is anchored here.
 */
export function matchesAllowedPattern(pattern: string, value: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, "u");
    compiled.set(pattern, re);
  }
  return re.test(value);
}

/**
 * `{{RESOURCE_ID}}`, `{{TARGET_ID}}`, `{{WINDOW_EXECUTION_ID}}` and the other pseudo parameters
 * maintenance windows replace before the task runs, and `{{ssm:…}}`/`{{ssm-secure:…}}` references
 * SSM resolves: values with one of them are never judged.
 */
export function hasPlaceholder(value: string): boolean {
  return value.includes("{{");
}
