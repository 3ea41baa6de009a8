// A deprecated field the user is told to remove (DeprecatedFieldConflict) gets that one finding, not
// also "fix this inside it" errors that pull the other way (issue 13: the LoggingInfo messages
// contradicted each other). A field AWS only ignores keeps its errors: the API rejects a malformed one.
import { validateMaintenanceWindowTask, type Diagnostic } from "../../lib";

const base = {
  WindowId: "mw-0123456789abcdef0",
  TaskArn: "Acme-RunScript",
  TaskType: "RUN_COMMAND",
  MaxConcurrency: "1",
  MaxErrors: "0",
  Targets: [{ Key: "WindowTargetIds", Values: ["12345678-1234-1234-1234-123456789012"] }],
};
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.path}`).sort();

test.each([
  ["LoggingInfo missing Region beside a RunCommand block", { LoggingInfo: { S3Bucket: "logs-bucket" }, TaskInvocationParameters: { RunCommand: {} } }, ["DeprecatedFieldConflict LoggingInfo"]],
  ["LoggingInfo mixing both shapes beside a RunCommand block", { LoggingInfo: { S3Bucket: "logs-bucket", S3Region: "us-east-1" }, TaskInvocationParameters: { RunCommand: {} } }, ["DeprecatedFieldConflict LoggingInfo"]],
  ["TaskParameters without Values beside a RunCommand block", { TaskParameters: { commands: {} }, TaskInvocationParameters: { RunCommand: {} } }, ["DeprecatedFieldConflict TaskParameters"]],
])("%s: only the finding that says to remove it", (_, extra, expected) => {
  expect(codes(validateMaintenanceWindowTask({ ...base, ...extra }))).toEqual(expected);
});

test("LoggingInfo of the wrong types on an AUTOMATION task: ignored by AWS, but the API rejects its shape", () => {
  expect(codes(validateMaintenanceWindowTask({ ...base, TaskType: "AUTOMATION", TaskArn: "Acme-Runbook", LoggingInfo: { S3Bucket: 5, Region: "us-east-1" } }))).toEqual([
    "DeprecatedFieldIgnored LoggingInfo",
    "TypeMismatch LoggingInfo.S3Bucket",
  ]);
});

test("LoggingInfo that is translated (RUN_COMMAND, no invocation block) is still checked inside", () => {
  expect(codes(validateMaintenanceWindowTask({ ...base, LoggingInfo: { S3Bucket: "logs-bucket" } }))).toEqual(["LoggingInfoDeprecated LoggingInfo", "RequiredProperty LoggingInfo.Region"]);
});

test("other findings of the task are kept next to a superseded field", () => {
  expect(codes(validateMaintenanceWindowTask({ ...base, MaxErrors: "01", LoggingInfo: { S3Bucket: "logs-bucket" }, TaskInvocationParameters: { RunCommand: {} } }))).toEqual([
    "DeprecatedFieldConflict LoggingInfo",
    "MaxErrorsFormat MaxErrors",
  ]);
});
