// The STEP_FUNCTIONS task type: its invocation block (StepFunctions / MaintenanceWindowStepFunctionsParameters), how it is read and rendered, and its TaskArn.
import type { CanonicalStepFunctions } from "../canonical";
import type { TaskTypeDescriptor } from "./descriptor";
import { renderFields } from "../encode";
import type { SsmMaintenanceWindowTaskTaskInvocationParametersStepFunctionsParameters as StepFunctionsConfig } from "../../core/runtime";

/** A state machine ARN (optionally with a version or alias), what StartExecution takes. */
export const STATE_MACHINE = /^arn:aws(-[a-z]+)*:states:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:stateMachine:[^:\s]{1,80}(:[A-Za-z0-9_-]+)?$/;

export const STEP_FUNCTIONS: TaskTypeDescriptor<"StepFunctions"> = {
  kind: "StepFunctions",
  taskType: "STEP_FUNCTIONS",
  shortKey: "StepFunctions",
  longKey: "MaintenanceWindowStepFunctionsParameters",
  read(r, value, path): CanonicalStepFunctions | undefined {
    const o = r.object(value, path, ["Input", "Name"]);
    if (!o) return undefined;
    return {
      Input: r.json(o.Input, `${path}.Input`, "InputNotJson"),
      Name: r.string(o.Name, `${path}.Name`),
    };
  },
  terraform: { block: "step_functions_parameters", fields: { Input: { attribute: "input", encoding: "json" }, Name: "name" } },
  render: (params) => ({ stepFunctionsParameters: renderFields(STEP_FUNCTIONS.terraform.fields, params) as StepFunctionsConfig }),
  taskArn: { test: (a) => STATE_MACHINE.test(a), allowed: "a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>)" },
  taskArnResources: { aws_sfn_state_machine: (r) => r.arn, aws_sfn_alias: (r) => r.arn },
  servicePermissions: (arn, literal) => {
    // Executions of the machine (an alias or version ARN runs executions of the machine itself).
    const executions = literal ? arn.replace(/^(arn:[^:]*:states:[^:]*:[^:]*):stateMachine:([^:]+).*$/, "$1:execution:$2:*") : "arn:*:states:*:*:execution:*";
    return [
      { Sid: "StartExecution", Effect: "Allow", Action: ["states:StartExecution"], Resource: [arn] },
      { Sid: "FollowExecution", Effect: "Allow", Action: ["states:DescribeExecution"], Resource: [executions] },
    ];
  },
};

