// Every preset agrees with the catalog: the same document type, only parameters the catalog knows,
// every required one, the same allowed values, and a value is accepted by the preset exactly when
// the catalog's pattern or length accepts it. The presets' results pass the DocumentParameter* checks.
import { validateMaintenanceWindowTask } from "../../lib";
import { awsDocument } from "../../lib/catalog/aws-documents";
import { matchesAllowedPattern } from "../../lib/catalog/types";
import { Documents, type PatchOperation, type PatchRebootOption } from "../../lib/presets/documents";
import { automationBase, runCommandBase } from "../../test-support/fixtures";

const INSTANCE = "i-0123456789abcdef0";
const ROLE = "arn:aws:iam::123456789012:role/automation";

/** Each preset with the widest and the narrowest options it takes. */
const PRESETS = [
  ["runShellScript", () => Documents.runShellScript({ commands: ["uptime"], workingDirectory: "/tmp", executionTimeoutSeconds: 600 }), () => Documents.runShellScript({ commands: "uptime" })],
  ["runPowerShellScript", () => Documents.runPowerShellScript({ commands: ["Get-Service"], workingDirectory: "C:\\Temp", executionTimeoutSeconds: 1 }), () => Documents.runPowerShellScript({ commands: "Get-Service" })],
  [
    "runPatchBaseline",
    () =>
      Documents.runPatchBaseline({
        Operation: "Install",
        RebootOption: "NoReboot",
        SnapshotId: "12345699-9405-4f69-bc5e-9315a0123456",
        InstallOverrideList: "s3://lists/override.yaml",
        BaselineOverride: "https://example.com/baseline.json",
      }),
    () => Documents.runPatchBaseline({ Operation: "Scan" }),
  ],
  ["restartEc2Instance", () => Documents.restartEc2Instance({ InstanceId: [INSTANCE], AutomationAssumeRole: ROLE }), () => Documents.restartEc2Instance()],
  ["stopEc2Instance", () => Documents.stopEc2Instance({ InstanceId: INSTANCE, AutomationAssumeRole: ROLE }), () => Documents.stopEc2Instance()],
  ["startEc2Instance", () => Documents.startEc2Instance({ InstanceId: [INSTANCE], AutomationAssumeRole: ROLE }), () => Documents.startEc2Instance()],
] as const;

type AnyPreset = { TaskType: string; TaskArn: string; TaskInvocationParameters: { RunCommand?: { Parameters?: Record<string, string[]> }; Automation?: { Parameters?: Record<string, string[]> } } };

function parametersOf(p: AnyPreset): Record<string, string[]> {
  return (p.TaskInvocationParameters.RunCommand ?? p.TaskInvocationParameters.Automation)?.Parameters ?? {};
}

describe.each(PRESETS)("%s", (_, widest, narrowest) => {
  test("its document is in the catalog, with the matching task type", () => {
    const p = widest() as AnyPreset;
    const doc = awsDocument(p.TaskArn)!;
    expect(doc).toBeDefined();
    expect(p.TaskType).toBe(doc.documentType === "Command" ? "RUN_COMMAND" : "AUTOMATION");
  });

  test("it sends only parameters the catalog knows, and every required one", () => {
    for (const make of [widest, narrowest]) {
      const p = make() as AnyPreset;
      const doc = awsDocument(p.TaskArn)!;
      const sent = Object.keys(parametersOf(p));
      expect(sent.filter((n) => !(n in doc.parameters))).toEqual([]);
      const required = Object.entries(doc.parameters).filter(([, s]) => s.required).map(([n]) => n);
      expect(required.filter((n) => !sent.includes(n))).toEqual([]);
    }
  });

  test("its results pass the catalog's parameter checks", () => {
    for (const make of [widest, narrowest]) {
      const p = make() as AnyPreset;
      const base = p.TaskType === "RUN_COMMAND" ? runCommandBase : automationBase;
      const diagnostics = validateMaintenanceWindowTask({ ...base, ...p, ...(p.TaskType === "AUTOMATION" && { Targets: runCommandBase.Targets, MaxConcurrency: "1", MaxErrors: "0" }) });
      expect(diagnostics.filter((d) => d.code.startsWith("Document"))).toEqual([]);
    }
  });
});

describe("the presets' checks are the catalog's", () => {
  const patch = awsDocument("AWS-RunPatchBaseline")!.parameters;

  test("Operation and RebootOption: the same allowed values (and the TypeScript types list them)", () => {
    const operations: PatchOperation[] = ["Scan", "Install"];
    const reboots: PatchRebootOption[] = ["RebootIfNeeded", "NoReboot"];
    expect(operations).toEqual(patch.Operation.allowedValues);
    expect(reboots).toEqual(patch.RebootOption.allowedValues);
    expect(patch.Operation.required).toBe(true);
    for (const value of ["Scan", "Install", "install", "Patch", ""]) {
      expect(accepts(() => Documents.runPatchBaseline({ Operation: value as PatchOperation }))).toBe(patch.Operation.allowedValues!.includes(value));
      expect(accepts(() => Documents.runPatchBaseline({ Operation: "Install", RebootOption: value as PatchRebootOption }))).toBe(patch.RebootOption.allowedValues!.includes(value));
    }
  });

  test.each([
    ["SnapshotId", ["12345699-9405-4f69-bc5e-9315a0123456", "{12345699-9405-4f69-bc5e-9315a0123456}", "weekly", "12345699940545f69bc5e9315a0123456", ""]],
    ["InstallOverrideList", ["s3://b/k.yaml", "https://example.com/l.yaml", "http://example.com/l.yaml", "s3://b", "b/k.yaml", ""]],
    ["BaselineOverride", ["s3://b/o.json", "https://example.com/o.json", "arn:aws:s3:::b/o.json", ""]],
  ] as const)("%s: accepted exactly when the catalog's pattern matches", (option, values) => {
    for (const value of values) {
      expect([value, accepts(() => Documents.runPatchBaseline({ Operation: "Install", [option]: value }))]).toEqual([value, matchesAllowedPattern(patch[option].allowedPattern!, value)]);
    }
  });

  test.each(["AWS-RunShellScript", "AWS-RunPowerShellScript"] as const)("%s: executionTimeout and workingDirectory", (document) => {
    const params = awsDocument(document)!.parameters;
    const preset = document === "AWS-RunShellScript" ? Documents.runShellScript : Documents.runPowerShellScript;
    for (const seconds of [0, 1, 59, 3600, 99999, 100000, 172799, 172800, 172801, 999999]) {
      expect([seconds, accepts(() => preset({ commands: ["x"], executionTimeoutSeconds: seconds }))]).toEqual([seconds, matchesAllowedPattern(params.executionTimeout.allowedPattern!, String(seconds))]);
    }
    const max = params.workingDirectory.maxChars!;
    expect(accepts(() => preset({ commands: ["x"], workingDirectory: "d".repeat(max) }))).toBe(true);
    expect(accepts(() => preset({ commands: ["x"], workingDirectory: "d".repeat(max + 1) }))).toBe(false);
    expect(params.commands).toMatchObject({ type: "StringList", required: true, minItems: 1 });
  });
});

function accepts(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}
