import type { Rule } from "./rule";
import { blocksOf, literal, literalTaskType } from "./helpers";
import type { DiagnosticSink } from "../../../core/diagnostics";
import { docsPath } from "../../../core/app-report";
import type { CanonicalTask, ParameterMap } from "../../canonical";
import { awsDocumentForTaskArn, type AwsDocument } from "../../../catalog/aws-documents";
import { hasPlaceholder, matchesAllowedPattern, type AwsDocumentParameter } from "../../../catalog/types";
import { isToken } from "../../../core/tokens";
import { suggest } from "../../../core/suggest";
import { AUTOMATION, RUN_COMMAND, taskTypeNamed, type TaskTypeDescriptor } from "../../types";

// The parameters of AWS-owned documents, checked against the catalog (lib/catalog). SSM registers a
// task without looking at the document (RegisterTaskWithMaintenanceWindow has no InvalidDocument or
// InvalidParameters error; SendCommand and StartAutomationExecution do), so all of these are
// warnings: the task deploys and fails every time the window runs. Parameter values are sensitive
// in the SSM API: messages describe them by position and size, never by content. Documents that are
// not in the catalog (a customer's own) get no diagnostics here.

/** The task type that runs each document type, and how a document of it is named in messages. */
const DOCUMENT_TASK_TYPE: Record<AwsDocument["documentType"], { taskType: TaskTypeDescriptor; called: string }> = {
  Command: { taskType: RUN_COMMAND as TaskTypeDescriptor, called: "a Command document" },
  Automation: { taskType: AUTOMATION as TaskTypeDescriptor, called: "an Automation runbook" },
};
const DOCUMENT_RUNNERS = Object.values(DOCUMENT_TASK_TYPE);
const SINGLE_VALUE_TYPES = new Set(["String", "Integer", "Boolean", "AWS::IAM::Role::Arn"]);

export const documentParameters: Rule = {
  codes: {
    DocumentTypeMismatch: "warning",
    DocumentParameterUnknown: "warning",
    DocumentParameterRequired: "warning",
    DocumentParameterNotAllowed: "warning",
    DocumentParameterPattern: "warning",
    DocumentParameterType: "warning",
  },
  check(task, sink) {
    const given = DOCUMENT_RUNNERS.find((r) => r.taskType === taskTypeNamed(literalTaskType(task)));
    if (!given || !literal(task.TaskArn)) return;
    const doc = awsDocumentForTaskArn(task.TaskArn);
    if (!doc) return;
    const expected = DOCUMENT_TASK_TYPE[doc.documentType];
    if (expected !== given) {
      const { taskType } = expected.taskType;
      sink.warning(
        "DocumentTypeMismatch",
        "TaskArn",
        `${doc.name} is ${expected.called}, which ${taskType} tasks run, but TaskType is ${JSON.stringify(given.taskType.taskType)}. ` +
          `AWS registers the task, and every run fails. Set TaskType to "${taskType}" (with TaskInvocationParameters.${expected.taskType.shortKey}), or pick ${given.called}.`,
      );
      return;
    }
    for (const { map, path } of parameterMaps(task, given.taskType)) checkParameters(doc, map, path, sink);
  },
};

/** The parameter maps the document receives: the invocation block's, or deprecated TaskParameters. */
function parameterMaps(task: CanonicalTask, type: TaskTypeDescriptor): { map: ParameterMap; path: string }[] {
  const blocks = blocksOf(task, type.kind as "RunCommand" | "Automation");
  // A map that is a token (dynamic parameter blocks read back from Terraform) is not judged.
  if (blocks.length > 0) return blocks.filter((b) => !isToken(b.params.Parameters)).map((b) => ({ map: b.params.Parameters ?? {}, path: `${b.path}.Parameters` }));
  if (task.TaskParameters) return [{ map: task.TaskParameters, path: "TaskParameters" }];
  return [{ map: {}, path: `TaskInvocationParameters.${type.shortKey}.Parameters` }];
}

function checkParameters(doc: AwsDocument, map: ParameterMap, path: string, sink: DiagnosticSink): void {
  const known = Object.keys(doc.parameters);
  const given = Object.keys(map);
  /** Parameters the user meant (given in another case, or suggested): not reported missing too. */
  const meant = new Set<string>();
  for (const name of given) {
    const spec = doc.parameters[name];
    if (spec) {
      checkValues(doc, name, spec, map[name], `${path}.${name}`, sink);
      continue;
    }
    const folded = name.toLowerCase();
    const sameLetters = known.find((k) => k.toLowerCase() === folded);
    const hint = sameLetters ?? (doc.complete ? (known.find((k) => k.toLowerCase().startsWith(folded) || folded.startsWith(k.toLowerCase())) ?? suggest(name, known)) : undefined);
    if (hint) meant.add(hint);
    if (!sameLetters && !doc.complete) continue;
    const list = known.length > 0 ? `${doc.name}'s parameters are ${known.map((k) => `"${k}"`).join(", ")}` : `${doc.name} takes no parameters`;
    sink.warning(
      "DocumentParameterUnknown",
      `${path}.${name}`,
      `${doc.name} has no parameter "${name}"${sameLetters ? ` (names are case-sensitive)` : ""}; SSM rejects the command every time the window runs. ` +
        `${hint ? `Did you mean "${hint}"? ` : ""}${list}.`,
    );
  }
  for (const [name, spec] of Object.entries(doc.parameters)) {
    if (!spec.required || name in map || meant.has(name)) continue;
    const resourceId = doc.documentType === "Automation" && /InstanceId/.test(name) ? ` (e.g. ["{{RESOURCE_ID}}"] for each of the task's targets)` : "";
    sink.warning(
      "DocumentParameterRequired",
      path,
      `${doc.name} requires the parameter "${name}"${spec.type ? ` (${spec.type})` : ""}, and it is missing; every run fails. Add ${name}: [ … ]${resourceId}.`,
    );
  }
}

function checkValues(doc: AwsDocument, name: string, spec: AwsDocumentParameter, values: string[], path: string, sink: DiagnosticSink): void {
  if (isToken(values)) return;
  const where = `${doc.name}'s ${name}`;
  if (spec.type && SINGLE_VALUE_TYPES.has(spec.type) && values.length !== 1) {
    sink.warning("DocumentParameterType", path, `${where} is a ${spec.type} and takes exactly one value; ${values.length} are given. Give one value: ${name}: ["…"].`);
  }
  if (spec.type === "StringList" && spec.minItems !== undefined && values.length < spec.minItems) {
    sink.warning("DocumentParameterType", path, `${where} needs at least ${spec.minItems} value${spec.minItems === 1 ? "" : "s"}; ${values.length} are given. Add values, or leave the parameter out if it is optional.`);
  }
  if (spec.type === "StringList" && spec.maxItems !== undefined && values.length > spec.maxItems) {
    sink.warning("DocumentParameterType", path, `${where} takes at most ${spec.maxItems} values; ${values.length} are given. Remove some.`);
  }
  values.forEach((value, i) => {
    if (typeof value !== "string" || isToken(value) || hasPlaceholder(value)) return;
    const which = values.length === 1 ? "the value" : `value ${i + 1}`;
    const size = `${value.length} character${value.length === 1 ? "" : "s"}`;
    if (spec.type === "Integer" && !/^-?\d+$/.test(value)) {
      sink.warning("DocumentParameterType", path, `${where} is an Integer; ${which} (${size}) is not a whole number. Give digits only, e.g. ["30"].`);
    }
    if (spec.type === "Boolean" && !/^(true|false)$/i.test(value)) {
      sink.warning("DocumentParameterType", path, `${where} is a Boolean; ${which} (${size}) is neither "true" nor "false".`);
    }
    if (spec.maxChars !== undefined && value.length > spec.maxChars) {
      sink.warning("DocumentParameterType", path, `${where} allows at most ${spec.maxChars} characters; ${which} has ${value.length}. Shorten it.`);
    }
    if (spec.allowedValues && !spec.allowedValues.includes(value)) {
      const sameLetters = spec.allowedValues.find((a) => a.toLowerCase() === value.trim().toLowerCase());
      sink.warning(
        "DocumentParameterNotAllowed",
        path,
        `${which} of ${where} (${size}) is not one of the values the document allows: ${spec.allowedValues.map((a) => `"${a}"`).join(", ")}. ` +
          (sameLetters ? `Values are case-sensitive: write "${sameLetters}".` : "Use one of them."),
      );
    } else if (spec.allowedPattern && !matchesAllowedPattern(spec.allowedPattern, value)) {
      sink.warning(
        "DocumentParameterPattern",
        path,
        `${which} of ${where} (${size}) does not match the document's allowedPattern ${spec.allowedPattern}; SSM rejects the run. Fix the value (the catalog is in ${docsPath("document-catalog.md")}).`,
      );
    }
  });
}
