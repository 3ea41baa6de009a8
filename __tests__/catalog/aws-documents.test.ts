// The catalog of AWS-owned documents: at least 30 entries with sources, well-formed data, lookups
// by name and ARN, and help/document-catalog.md listing exactly what is in it.
import * as fs from "node:fs";
import * as path from "node:path";
import { AWS_DOCUMENTS, awsDocument, awsDocumentForTaskArn } from "../../lib/catalog/aws-documents";
import { matchesAllowedPattern } from "../../lib/catalog/types";

const ROOT = path.join(__dirname, "..", "..");

test("at least 30 documents, at least 30 of them with parameters read from a source", () => {
  expect(AWS_DOCUMENTS.length).toBeGreaterThanOrEqual(30);
  expect(AWS_DOCUMENTS.filter((d) => Object.keys(d.parameters).length > 0 && d.source.length > 0).length).toBeGreaterThanOrEqual(30);
});

test("the documents the issue names are all in it, with their type", () => {
  const command = ["AWS-RunShellScript", "AWS-RunPowerShellScript", "AWS-RunPatchBaseline", "AWS-RunPatchBaselineWithHooks", "AWS-RunPatchBaselineAssociation", "AWS-InstallWindowsUpdates", "AWS-UpdateSSMAgent", "AWS-ConfigureAWSPackage", "AWS-RunAnsiblePlaybook", "AWS-ApplyAnsiblePlaybooks", "AWS-RunRemoteScript", "AWS-RunDocument", "AWS-RefreshAssociation", "AWS-UpdateEC2Config", "AWS-ConfigureDocker", "AWS-RunInspecChecks", "AWS-GatherSoftwareInventory"];
  const automation = ["AWS-RestartEC2Instance", "AWS-StopEC2Instance", "AWS-StartEC2Instance", "AWS-CreateImage", "AWS-CreateSnapshot", "AWS-DeleteSnapshot", "AWS-UpdateLinuxAmi", "AWS-UpdateWindowsAmi", "AWS-PatchInstanceWithRollback", "AWS-StopRdsInstance", "AWS-StartRdsInstance", "AWS-ResizeInstance", "AWS-RestartEC2InstanceWithApproval"];
  expect(command.map((n) => awsDocument(n)?.documentType)).toEqual(command.map(() => "Command"));
  expect(automation.map((n) => awsDocument(n)?.documentType)).toEqual(automation.map(() => "Automation"));
});

describe.each(AWS_DOCUMENTS.map((d) => [d.name, d] as const))("%s", (name, doc) => {
  test("is an AWS-owned document with a source and the date it was read", () => {
    expect(name).toMatch(/^AWS-[A-Za-z0-9]+$/);
    expect(doc.source.trim().length).toBeGreaterThan(10);
    expect(doc.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(doc.readOn))).toBe(false);
    if (Object.keys(doc.parameters).length === 0) expect(doc.note).toMatch(/not (found|checked)/);
  });

  test("its parameters are well-formed", () => {
    for (const [param, spec] of Object.entries(doc.parameters)) {
      expect(param).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      if (spec.required) expect(spec.default).toBeUndefined();
      if (spec.allowedValues) {
        expect(spec.allowedValues.length).toBeGreaterThan(0);
        if (spec.default !== undefined) expect(spec.allowedValues).toContain(spec.default);
      }
      if (spec.allowedPattern !== undefined) {
        expect(() => matchesAllowedPattern(spec.allowedPattern!, "")).not.toThrow();
        if (spec.default !== undefined) expect(matchesAllowedPattern(spec.allowedPattern, spec.default)).toBe(true);
      }
      if (spec.minItems !== undefined || spec.maxItems !== undefined) expect(spec.type).toBe("StringList");
    }
  });
});

test("names are unique", () => {
  expect(new Set(AWS_DOCUMENTS.map((d) => d.name)).size).toBe(AWS_DOCUMENTS.length);
});

test("allowedPattern is matched as a whole", () => {
  const timeout = awsDocument("AWS-RunShellScript")!.parameters.executionTimeout.allowedPattern!;
  expect(["1", "3600", "99999", "100000", "172799", "172800"].map((v) => matchesAllowedPattern(timeout, v))).toEqual([true, true, true, true, true, true]);
  expect(["0", "172801", "999999", "-1", "60s", ""].map((v) => matchesAllowedPattern(timeout, v))).toEqual([false, false, false, false, false, false]);
});

test.each([
  ["AWS-RunPatchBaseline", "AWS-RunPatchBaseline"],
  ["arn:aws:ssm:us-east-2::document/AWS-RunPatchBaseline", "AWS-RunPatchBaseline"],
  ["arn:aws-us-gov:ssm:us-gov-west-1::document/AWS-RestartEC2Instance", "AWS-RestartEC2Instance"],
  ["AWS-RunShellScript:2", "AWS-RunShellScript"],
  ["AWS-RunShellScript:$LATEST", "AWS-RunShellScript"],
  ["aws-runshellscript", undefined],
  ["MyCompany-RunShellScript", undefined],
  ["arn:aws:ssm:us-east-1:123456789012:document/MyPatching", undefined],
])("awsDocumentForTaskArn(%s)", (taskArn, name) => {
  expect(awsDocumentForTaskArn(taskArn)?.name).toBe(name);
});

test("help/document-catalog.md lists exactly the catalog's documents, with their type", () => {
  const text = fs.readFileSync(path.join(ROOT, "help/document-catalog.md"), "utf8");
  const rows = [...text.matchAll(/^\|\s*`(AWS-[A-Za-z0-9]+)`\s*\|\s*(Command|Automation)\s*\|/gm)].map((m) => [m[1], m[2]]);
  expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(AWS_DOCUMENTS.map((d) => [d.name, d.documentType])));
  expect(rows.length).toBe(AWS_DOCUMENTS.length);
});
