// Typed access (a name apart from ./aws-model.json: a require of "./aws-model" would load the JSON) to the library's one extract of botocore's SSM model (./aws-model.json, written by
// scripts/extract-aws-model.py): rules that read their limits from it instead of restating them.
import model from "./aws-model.json";

/** One botocore shape: the limits AWS's API model gives it. */
export interface AwsShape {
  readonly type: string;
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  readonly sensitive?: boolean;
}

/** The name of an extracted shape. */
export type AwsShapeName = keyof typeof model.shapes | keyof typeof model.windowShapes;

const SHAPES: Readonly<Record<string, AwsShape>> = { ...model.shapes, ...model.windowShapes };

/** The extracted shape `name` (a name outside the extract does not compile). */
export function awsShape(name: AwsShapeName): AwsShape {
  return SHAPES[name];
}
