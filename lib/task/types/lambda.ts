// The LAMBDA task type: its invocation block (Lambda / MaintenanceWindowLambdaParameters), how it is read and rendered, and its TaskArn.
import type { CanonicalLambda } from "../canonical";
import type { TaskTypeDescriptor } from "./descriptor";
import { renderFields } from "../encode";
import type { SsmMaintenanceWindowTaskTaskInvocationParametersLambdaParameters as LambdaConfig } from "../../core/runtime";

// Lambda's own FunctionName pattern (name, partial ARN or ARN, with an optional version/alias).
const LAMBDA_FUNCTION = /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_.]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;

export const LAMBDA: TaskTypeDescriptor<"Lambda"> = {
  kind: "Lambda",
  taskType: "LAMBDA",
  shortKey: "Lambda",
  longKey: "MaintenanceWindowLambdaParameters",
  read(r, value, path): CanonicalLambda | undefined {
    const o = r.object(value, path, ["ClientContext", "Payload", "Qualifier"]);
    if (!o) return undefined;
    return {
      ClientContext: r.string(o.ClientContext, `${path}.ClientContext`, true),
      Payload: r.json(o.Payload, `${path}.Payload`, "PayloadNotJson"),
      Qualifier: r.string(o.Qualifier, `${path}.Qualifier`),
    };
  },
  terraform: { block: "lambda_parameters", fields: { ClientContext: "client_context", Payload: { attribute: "payload", encoding: "json" }, Qualifier: "qualifier" } },
  render: (params) => ({ lambdaParameters: renderFields(LAMBDA.terraform.fields, params) as LambdaConfig }),
  taskArn: { test: (a) => LAMBDA_FUNCTION.test(a), allowed: "a Lambda function name or ARN (arn:aws:lambda:<region>:<account>:function:<name>)" },
  taskArnResources: { aws_lambda_function: (r) => r.arn, aws_lambda_alias: (r) => r.arn },
  servicePermissions: (arn, literal) => {
    const fn = literal && !arn.startsWith("arn:") ? `arn:*:lambda:*:*:function:${arn}` : arn;
    return [{ Sid: "InvokeFunction", Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: [fn, `${fn}:*`] }];
  },
};

