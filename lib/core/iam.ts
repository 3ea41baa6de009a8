// An IAM policy statement, as the service-role helper writes it and each task type contributes to it.
export interface PolicyStatement {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string>>;
}
