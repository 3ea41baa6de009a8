// The AUTOMATION task type: its invocation block (Automation / MaintenanceWindowAutomationParameters), how it is read and rendered, and its TaskArn.
import type { CanonicalAutomation } from "../canonical";
import type { TaskTypeDescriptor } from "./descriptor";
import { documentName, isDocument, DOCUMENT_RESOURCES } from "./shapes";
import { renderFields } from "../encode";
import type { SsmMaintenanceWindowTaskTaskInvocationParametersAutomationParameters as AutomationConfig } from "../../core/runtime";
import { KEY_HINTS } from "../reader";

export const AUTOMATION: TaskTypeDescriptor<"Automation"> = {
  kind: "Automation",
  taskType: "AUTOMATION",
  shortKey: "Automation",
  longKey: "MaintenanceWindowAutomationParameters",
  read(r, value, path): CanonicalAutomation | undefined {
    const o = r.object(value, path, ["DocumentVersion", "Parameters"], KEY_HINTS.Automation);
    if (!o) return undefined;
    return {
      DocumentVersion: r.string(o.DocumentVersion, `${path}.DocumentVersion`),
      Parameters: r.parameterMap(o.Parameters, `${path}.Parameters`),
    };
  },
  terraform: { block: "automation_parameters", fields: { DocumentVersion: "document_version", Parameters: { attribute: "parameter", encoding: "parameters" } } },
  render: (params) => ({ automationParameters: renderFields(AUTOMATION.terraform.fields, params) as AutomationConfig }),
  taskArn: {
    test: isDocument,
    allowed: 'an Automation runbook name such as "AWS-RestartEC2Instance", or a document ARN arn:aws:ssm:<region>:<account>:document/<name>',
  },
  taskArnResources: DOCUMENT_RESOURCES,
  servicePermissions: (arn, literal) => [
    { Sid: "StartAutomation", Effect: "Allow", Action: ["ssm:StartAutomationExecution"], Resource: [literal ? `arn:*:ssm:*:*:automation-definition/${documentName(arn)}:*` : "arn:*:ssm:*:*:automation-definition/*"] },
    { Sid: "FollowAutomation", Effect: "Allow", Action: ["ssm:GetAutomationExecution"], Resource: ["arn:*:ssm:*:*:automation-execution/*"] },
  ],
};

