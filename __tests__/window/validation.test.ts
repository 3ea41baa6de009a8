// Every diagnostic code of the window, its targets and addTask: a failing case for each, the
// boundary values that pass, tokens never judged, and messages that help.
import { Fn, TerraformVariable, Token } from "cdktf";
import { MaintenanceWindow, MaintenanceWindowValidationError, validateMaintenanceWindow, validateMaintenanceWindowTarget, windowDiagnosticCodes } from "../../lib/window/maintenance-window";
import type { Diagnostic } from "../../lib/core/diagnostics";
import { bindingHasResourceRegion } from "../../lib/core/runtime";
import { newStack, TARGET_ID, warningsOf } from "../../test-support/synth";

const WINDOW = { Name: "weekly-patching", Schedule: "cron(0 2 ? * SUN *)", Duration: 3, Cutoff: 1 } as const;
const TARGET = { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: ["web"] }] } as const;
const TASK = {
  TaskType: "RUN_COMMAND",
  TaskArn: "AWS-RunPatchBaseline",
  Priority: 1,
  Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID] }],
  MaxConcurrency: "1",
  MaxErrors: "0",
} as const;

const w = (props: Record<string, unknown>) => ({ ...WINDOW, ...props });
const t = (props: Record<string, unknown>) => ({ ...TARGET, ...props });
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const codesOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

/** Runs addTask on a window and returns the codes it throws (none: []). */
function addTaskCodes(windowProps: Record<string, unknown>, taskProps: Record<string, unknown>): string[] {
  const window = new MaintenanceWindow(newStack(), "Window", windowProps as never);
  try {
    window.addTask("Task", taskProps as never);
    return [];
  } catch (e) {
    if (!(e instanceof MaintenanceWindowValidationError)) throw e;
    return codesOf(e.diagnostics);
  }
}

type Case = [description: string, code: string, kind: "window" | "target" | "task", props: Record<string, unknown>, windowProps?: Record<string, unknown>, alsoReported?: string[]];

// Region needs a binding for hashicorp/aws ≥ 6: with a 5.x one every Region is also WindowRegionNeedsAwsProvider6.
const AWS6 = bindingHasResourceRegion();
const withBinding: string[] = AWS6 ? [] : ["WindowRegionNeedsAwsProvider6"];
/** Codes whose cases are in __tests__/validation/region.test.ts (a warning of addTarget/addTask against the window). */
const CASES_ELSEWHERE = ["WindowRegionDiffers"];

const FAILING: Case[] = [
  // structure
  ["a window prop is misspelt", "WindowUnknownProperty", "window", w({ ScheduleTimeZone: "UTC" })],
  ["a window prop has Terraform's name", "WindowUnknownProperty", "window", w({ schedule_offset: 2 })],
  ["the window gets count", "WindowUnknownProperty", "window", w({ count: 2 })],
  ["a target prop is misspelt", "WindowUnknownProperty", "target", t({ OwnerInfo: "ops" })],
  ["a target selector has Value instead of Values", "WindowUnknownProperty", "target", t({ Targets: [{ Key: "tag:Role", Value: ["web"], Values: ["web"] }] })],
  ["addTask gets a WindowId", "WindowUnknownProperty", "task", { ...TASK, WindowId: "mw-0123456789abcdef0" }],
  ["Duration is a string", "WindowTypeMismatch", "window", w({ Duration: "3" })],
  ["Enabled is a string", "WindowTypeMismatch", "window", w({ Enabled: "false" })],
  ["Tags is a string", "WindowTypeMismatch", "window", w({ Tags: "team=ops" })],
  ["the window props are not an object", "WindowTypeMismatch", "window", [] as unknown as Record<string, unknown>],
  ["target Values is a string", "WindowTypeMismatch", "target", t({ Targets: [{ Key: "tag:Role", Values: "web" }] })],
  ["Schedule is missing", "WindowRequiredProperty", "window", { Name: "weekly", Duration: 3, Cutoff: 1 }],
  ["a tag has no Value", "WindowRequiredProperty", "window", w({ Tags: [{ Key: "Team" }] })],
  ["ResourceType is missing", "WindowRequiredProperty", "target", { Targets: TARGET.Targets }],
  ["a selector has no Key", "WindowRequiredProperty", "target", t({ Targets: [{ Values: ["web"] }] })],
  // window
  ["Name has a space", "WindowNameFormat", "window", w({ Name: "weekly patching" })],
  ["Name is 2 characters", "WindowNameFormat", "window", w({ Name: "ab" })],
  ["Name is 129 characters", "WindowNameFormat", "window", w({ Name: "n".repeat(129) })],
  ["Description is empty", "WindowDescriptionLength", "window", w({ Description: "" })],
  ["Description is 129 characters", "WindowDescriptionLength", "window", w({ Description: "d".repeat(129) })],
  ["Schedule is not an expression", "WindowScheduleFormat", "window", w({ Schedule: "every sunday" })],
  ["Schedule is a bare cron", "WindowScheduleFormat", "window", w({ Schedule: "0 2 ? * SUN *" })],
  ["Schedule is over 256 characters", "WindowScheduleFormat", "window", w({ Schedule: `cron(0 2 ? * SUN *)${" ".repeat(250)}` })],
  ["cron has Unix's five fields", "WindowCronFieldCount", "window", w({ Schedule: "cron(0 2 * * 0)" })],
  ["cron has an hour 24", "WindowCronFieldValue", "window", w({ Schedule: "cron(0 24 ? * SUN *)" })],
  ["cron has a day of week 8", "WindowCronFieldValue", "window", w({ Schedule: "cron(0 2 ? * 8 *)" })],
  ["cron has both day fields", "WindowCronDayOfMonthOrWeek", "window", w({ Schedule: "cron(0 2 * * SUN *)" })],
  ["cron has neither day field", "WindowCronDayOfMonthOrWeek", "window", w({ Schedule: "cron(0 2 ? * ? *)" })],
  ["rate has a week unit", "WindowRateFormat", "window", w({ Schedule: "rate(1 week)" })],
  ["rate is 0", "WindowRateFormat", "window", w({ Schedule: "rate(0 days)" })],
  ["rate(1 days)", "WindowRateUnitPlural", "window", w({ Schedule: "rate(1 days)" })],
  ["rate(5 day)", "WindowRateUnitPlural", "window", w({ Schedule: "rate(5 day)" })],
  ["at has a zone", "WindowAtFormat", "window", w({ Schedule: "at(2030-07-07T15:55:00Z)" })],
  ["at is not a date", "WindowAtFormat", "window", w({ Schedule: "at(2030-02-30T15:55:00)" })],
  ["Duration is 0", "WindowDurationRange", "window", w({ Duration: 0, Cutoff: 0 })],
  ["Duration is 25", "WindowDurationRange", "window", w({ Duration: 25 })],
  ["Duration is 2.5", "WindowDurationRange", "window", w({ Duration: 2.5 })],
  ["Cutoff is -1", "WindowCutoffRange", "window", w({ Cutoff: -1 })],
  ["Cutoff is 24", "WindowCutoffRange", "window", w({ Duration: 24, Cutoff: 24 })],
  ["Cutoff equals Duration", "WindowCutoffNotBeforeDuration", "window", w({ Duration: 3, Cutoff: 3 })],
  ["Cutoff is over Duration", "WindowCutoffNotBeforeDuration", "window", w({ Duration: 1, Cutoff: 2 })],
  ["ScheduleOffset is 0", "WindowScheduleOffsetRange", "window", w({ ScheduleOffset: 0 })],
  ["ScheduleOffset is 7", "WindowScheduleOffsetRange", "window", w({ ScheduleOffset: 7 })],
  ["ScheduleOffset with a rate", "WindowScheduleOffsetWithoutCron", "window", w({ Schedule: "rate(1 day)", ScheduleOffset: 2 })],
  ["ScheduleOffset with at()", "WindowScheduleOffsetWithoutCron", "window", w({ Schedule: "at(2030-07-07T15:55:00)", ScheduleOffset: 1 })],
  ["ScheduleTimezone is not a zone", "WindowScheduleTimezoneUnknown", "window", w({ ScheduleTimezone: "Berlin" })],
  ["ScheduleTimezone has the wrong case", "WindowScheduleTimezoneUnknown", "window", w({ ScheduleTimezone: "europe/berlin" })],
  ["ScheduleTimezone is an offset", "WindowScheduleTimezoneUnknown", "window", w({ ScheduleTimezone: "+01:00" })],
  ["StartDate is not ISO-8601", "WindowDateFormat", "window", w({ StartDate: "01/01/2030" })],
  ["EndDate has a space for T", "WindowDateFormat", "window", w({ EndDate: "2030-01-01 00:00:00" })],
  ["EndDate is before StartDate", "WindowEndDateNotAfterStartDate", "window", w({ StartDate: "2031-01-01T00:00:00Z", EndDate: "2030-01-01T00:00:00Z" })],
  ["EndDate equals StartDate", "WindowEndDateNotAfterStartDate", "window", w({ StartDate: "2030-01-01T08:00:00Z", EndDate: "2030-01-01T00:00:00-08:00" })],
  ["EndDate has passed", "WindowEndDatePassed", "window", w({ EndDate: "2001-01-01T00:00:00Z" })],
  ["there are 1001 tags", "WindowTagsCount", "window", w({ Tags: Object.fromEntries(many(1001, (i) => [`k${i}`, "v"] as const)) })],
  ["a tag key has a comma", "WindowTagKeyFormat", "window", w({ Tags: { "a,b": "v" } })],
  ["a tag key is empty", "WindowTagKeyFormat", "window", w({ Tags: [{ Key: "", Value: "v" }] })],
  ["a tag key is 129 characters", "WindowTagKeyFormat", "window", w({ Tags: { ["k".repeat(129)]: "v" } })],
  ["a tag value has a comma", "WindowTagValueFormat", "window", w({ Tags: { Team: "a,b" } })],
  ["a tag value is 257 characters", "WindowTagValueFormat", "window", w({ Tags: [{ Key: "Team", Value: "v".repeat(257) }] })],
  ["a tag key is given twice", "WindowTagKeyDuplicate", "window", w({ Tags: [{ Key: "Team", Value: "a" }, { Key: "Team", Value: "b" }] })],
  ["a tag key starts with aws:", "WindowTagKeyReserved", "window", w({ Tags: { "aws:team": "ops" } })],
  ["Description has ${", "WindowTerraformInterpolation", "window", w({ Description: "patch ${env}" })],
  // targets
  ["ResourceType is lowercase", "WindowTargetResourceTypeEnum", "target", t({ ResourceType: "instance" })],
  ["ResourceType is EC2", "WindowTargetResourceTypeEnum", "target", t({ ResourceType: "EC2" })],
  ["a target has no selectors", "WindowTargetsCount", "target", t({ Targets: [] })],
  ["a target has 6 selectors", "WindowTargetsCount", "target", t({ Targets: many(6, (i) => ({ Key: `tag:T${i}`, Values: ["x"] })) })],
  ["a key has a comma", "WindowTargetKeyFormat", "target", t({ Targets: [{ Key: "tag:Role,Env", Values: ["web"] }] })],
  ["a key is empty", "WindowTargetKeyFormat", "target", t({ Targets: [{ Key: "", Values: ["web"] }] })],
  ["a key is 164 characters", "WindowTargetKeyFormat", "target", t({ Targets: [{ Key: `tag:${"k".repeat(160)}`, Values: ["web"] }] })],
  ["a key is WindowTargetIds", "WindowTargetKeyUnsupported", "target", t({ Targets: [{ Key: "WindowTargetIds", Values: [TARGET_ID] }] })],
  ["a key is InstanceId", "WindowTargetKeyUnsupported", "target", t({ Targets: [{ Key: "InstanceId", Values: ["i-0123456789abcdef0"] }] })],
  ["a key is tag: without a name", "WindowTargetKeyUnsupported", "target", t({ Targets: [{ Key: "tag:", Values: ["web"] }] })],
  ["a key is a bare tag name", "WindowTargetKeyUnsupported", "target", t({ Targets: [{ Key: "Role", Values: ["web"] }] })],
  ["a key has the wrong case", "WindowTargetKeyCase", "target", t({ Targets: [{ Key: "instanceids", Values: ["i-0123456789abcdef0"] }] })],
  ["a tag key prefix has the wrong case", "WindowTargetKeyCase", "target", t({ Targets: [{ Key: "Tag:Role", Values: ["web"] }] })],
  ["a selector has 51 values", "WindowTargetValuesCount", "target", t({ Targets: [{ Key: "InstanceIds", Values: many(51, (i) => `i-${String(i).padStart(17, "0")}`) }] })],
  ["a selector has no values", "WindowTargetValuesEmpty", "target", t({ Targets: [{ Key: "tag:Role", Values: [] }] })],
  ["an instance id is a name", "WindowTargetInstanceIdFormat", "target", t({ Targets: [{ Key: "InstanceIds", Values: ["web-1"] }] })],
  ["a RESOURCE_GROUP target selects by tag", "WindowTargetResourceGroupKeys", "target", { ResourceType: "RESOURCE_GROUP", Targets: [{ Key: "resource-groups:Name", Values: ["g"] }, { Key: "tag:Role", Values: ["web"] }] }],
  ["a RESOURCE_GROUP target has no group name", "WindowTargetResourceGroupKeys", "target", { ResourceType: "RESOURCE_GROUP", Targets: [{ Key: "resource-groups:ResourceTypeFilters", Values: ["AWS::EC2::Instance"] }] }],
  ["a target Name has a space", "WindowTargetNameFormat", "target", t({ Name: "web servers" })],
  ["a target Description is 2 characters", "WindowTargetDescriptionLength", "target", t({ Description: "ab" })],
  ["a target Description is 129 characters", "WindowTargetDescriptionLength", "target", t({ Description: "d".repeat(129) })],
  ["OwnerInformation is empty", "WindowTargetOwnerInformationLength", "target", t({ OwnerInformation: "" })],
  ["OwnerInformation is 129 characters", "WindowTargetOwnerInformationLength", "target", t({ OwnerInformation: "o".repeat(129) })],
  ["a tag value in a selector has ${", "WindowTerraformInterpolation", "target", t({ Targets: [{ Key: "tag:Role", Values: ["${role}"] }] })],
  // addTask
  ["a task targets InstanceIds on a window without unassociated targets", "WindowUnassociatedTargetsNotAllowed", "task", { ...TASK, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] }],
  [
    "a task targets InstanceIds on a window with AllowUnassociatedTargets false",
    "WindowUnassociatedTargetsNotAllowed",
    "task",
    { ...TASK, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] },
    { AllowUnassociatedTargets: false },
  ],
  ["a window's Region is no Region name", "WindowRegionFormat", "window", w({ Region: "eu_west_1" }), undefined, withBinding],
  ["a target's Region is empty", "WindowRegionEmpty", "target", t({ Region: "" }), undefined, withBinding],
  // Only a 5.x binding reports it (see the coverage test below).
  ...(AWS6 ? [] : [["a target's Region on a 5.x binding", "WindowRegionNeedsAwsProvider6", "target", t({ Region: "eu-west-1" })] as Case]),
];

function codesFor([, , kind, props, windowProps]: Case): string[] {
  if (kind === "window") return codesOf(validateMaintenanceWindow(props));
  if (kind === "target") return codesOf(validateMaintenanceWindowTarget(props));
  return addTaskCodes(w(windowProps ?? {}), props);
}

describe("fails when …", () => {
  test.each(FAILING)("%s (%s)", (...c) => {
    expect(codesFor(c).sort()).toEqual([c[1], ...(c[5] ?? [])].sort());
  });

  test("every code has a failing case", () => {
    const covered = new Set([...FAILING.map(([, code]) => code), ...CASES_ELSEWHERE]);
    // With an aws 6 binding WindowRegionNeedsAwsProvider6 cannot be reported: the only code without a case.
    expect(Object.keys(windowDiagnosticCodes()).filter((c) => !covered.has(c))).toEqual(AWS6 ? ["WindowRegionNeedsAwsProvider6"] : []);
  });

  test("every failing case reports its code with the documented level", () => {
    for (const c of FAILING) {
      if (c[2] === "task") continue;
      const diagnostics = c[2] === "window" ? validateMaintenanceWindow(c[3]) : validateMaintenanceWindowTarget(c[3]);
      for (const d of diagnostics) expect({ code: d.code, level: d.level }).toEqual({ code: d.code, level: windowDiagnosticCodes()[d.code] });
    }
  });
});

describe("passes at the boundaries", () => {
  test.each<[string, Record<string, unknown>]>([
    ["Cutoff 0", w({ Cutoff: 0 })],
    ["Duration 1 with Cutoff 0", w({ Duration: 1, Cutoff: 0 })],
    ["Duration 24 with Cutoff 23", w({ Duration: 24, Cutoff: 23 })],
    ["rate(1 day)", w({ Schedule: "rate(1 day)" })],
    ["rate(5 days)", w({ Schedule: "rate(5 days)" })],
    ["rate(1 hour)", w({ Schedule: "rate(1 hour)" })],
    ["rate(30 minutes)", w({ Schedule: "rate(30 minutes)" })],
    ["cron with ? in day-of-month", w({ Schedule: "cron(0 2 ? * SUN *)" })],
    ["cron with ? in day-of-week", w({ Schedule: "cron(0 2 1 * ? *)" })],
    ["cron with * in day-of-month and ? in day-of-week", w({ Schedule: "cron(0 10 * * ? *)" })],
    ["cron with the nth weekday and an offset of 6", w({ Schedule: "cron(30 23 ? * TUE#3 *)", ScheduleOffset: 6 })],
    ["cron with ScheduleOffset 1", w({ ScheduleOffset: 1 })],
    ["cron with seconds", w({ Schedule: "cron(0 30 23 ? * TUE#3 *)" })],
    ["at() once", w({ Schedule: "at(2030-07-07T15:55:00)" })],
    ["Name of 3 and of 128 characters", w({ Name: "abc" })],
    ["Name of 128 characters", w({ Name: "n".repeat(128) })],
    ["Description of 1 and 128 characters", w({ Description: "d" })],
    ["Description of 128 characters", w({ Description: "d".repeat(128) })],
    ["an IANA zone", w({ ScheduleTimezone: "America/Argentina/Buenos_Aires" })],
    ["UTC", w({ ScheduleTimezone: "UTC" })],
    ["dates with offsets", w({ StartDate: "2030-01-01T00:00:00-08:00", EndDate: "2030-01-01T08:00:01Z" })],
    ["dates without offsets", w({ StartDate: "2030-01-01T00:00:00", EndDate: "2030-06-30T00:00:00" })],
    ["dates with and without an offset are not compared", w({ StartDate: "2030-01-02T00:00:00", EndDate: "2030-01-01T00:00:00Z" })],
    ["1000 tags", w({ Tags: Object.fromEntries(many(1000, (i) => [`k${i}`, "v"] as const)) })],
    ["tags with Unicode, spaces and an empty value", w({ Tags: [{ Key: "Équipe name", Value: "" }, { Key: "a:b/c=d+e-f@g_h.i", Value: "ü 1" }] })],
    ["a key of 128 and a value of 256 characters", w({ Tags: { ["k".repeat(128)]: "v".repeat(256) } })],
    ["AllowUnassociatedTargets and Enabled", w({ AllowUnassociatedTargets: true, Enabled: false })],
    ["meta-arguments", w({ dependsOn: [], lifecycle: { preventDestroy: true } })],
    ["an escaped ${ in Description", w({ Description: "cost $${x}" })],
  ])("%s", (_, props) => {
    expect(validateMaintenanceWindow(props)).toEqual([]);
  });

  test.each<[string, Record<string, unknown>]>([
    ["a tag", t({})],
    ["tag-key", t({ Targets: [{ Key: "tag-key", Values: ["Patch"] }] })],
    ["two tags", t({ Targets: [{ Key: "tag:Role", Values: ["web"] }, { Key: "tag:Env", Values: ["prod", "stage"] }] })],
    ["5 selectors", t({ Targets: many(5, (i) => ({ Key: `tag:T${i}`, Values: ["x"] })) })],
    ["50 instance ids", t({ Targets: [{ Key: "InstanceIds", Values: many(50, (i) => `i-${String(i).padStart(17, "0")}`) }] })],
    ["short and managed-node ids", t({ Targets: [{ Key: "InstanceIds", Values: ["i-01234567", "mi-0123456789abcdef0"] }] })],
    ["a resource group's instances", t({ Targets: [{ Key: "resource-groups:Name", Values: ["web"] }] })],
    ["a resource group", { ResourceType: "RESOURCE_GROUP", Targets: [{ Key: "resource-groups:Name", Values: ["batch"] }, { Key: "resource-groups:ResourceTypeFilters", Values: ["AWS::EC2::Instance"] }] }],
    ["a key of 163 characters", t({ Targets: [{ Key: `tag:${"k".repeat(159)}`, Values: ["x"] }] })],
    ["Name, Description of 3 and OwnerInformation of 1", t({ Name: "web", Description: "web", OwnerInformation: "o" })],
    ["Description and OwnerInformation of 128", t({ Description: "d".repeat(128), OwnerInformation: "o".repeat(128) })],
  ])("target: %s", (_, props) => {
    expect(validateMaintenanceWindowTarget(props)).toEqual([]);
  });

  test("a task may target InstanceIds when the window allows unassociated targets", () => {
    expect(addTaskCodes(w({ AllowUnassociatedTargets: true }), { ...TASK, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] })).toEqual([]);
  });

  test("a targetless task needs no window target", () => {
    expect(addTaskCodes(w({}), { TaskType: "AUTOMATION", TaskArn: "AWS-RestartEC2Instance", Priority: 1 })).toEqual([]);
  });
});

describe("tokens are never judged", () => {
  test("window values", () => {
    const stack = newStack();
    const v = (name: string, type: string) => new TerraformVariable(stack, name, { type });
    expect(
      validateMaintenanceWindow({
        Name: v("name", "string").stringValue,
        Schedule: v("schedule", "string").stringValue,
        Duration: v("duration", "number").numberValue,
        Cutoff: v("cutoff", "number").numberValue,
        ScheduleOffset: v("offset", "number").numberValue,
        ScheduleTimezone: v("tz", "string").stringValue,
        StartDate: Fn.timestamp(),
        EndDate: Fn.timeadd(Fn.timestamp(), "720h"),
        Description: v("description", "string").stringValue,
        AllowUnassociatedTargets: v("allow", "bool").booleanValue,
        Enabled: v("enabled", "bool").booleanValue,
        Tags: Token.asStringMap(v("tags", "map(string)").value),
      }),
    ).toEqual([]);
  });

  test("a schedule with a token inside, and a cutoff token next to a literal duration", () => {
    const stack = newStack();
    const hour = new TerraformVariable(stack, "hour", { type: "string" });
    expect(validateMaintenanceWindow(w({ Schedule: `cron(0 ${hour.stringValue} ? * SUN *)`, Cutoff: new TerraformVariable(stack, "c", { type: "number" }).numberValue }))).toEqual([]);
  });

  test("offset next to a token schedule is not judged against the schedule", () => {
    const stack = newStack();
    expect(validateMaintenanceWindow(w({ Schedule: new TerraformVariable(stack, "s", { type: "string" }).stringValue, ScheduleOffset: 2 }))).toEqual([]);
  });

  test("target values", () => {
    const stack = newStack();
    const ids = new TerraformVariable(stack, "ids", { type: "list(string)" });
    const key = new TerraformVariable(stack, "key", { type: "string" });
    const type = new TerraformVariable(stack, "type", { type: "string" });
    expect(validateMaintenanceWindowTarget({ ResourceType: type.stringValue, Targets: [{ Key: "InstanceIds", Values: ids.listValue }] })).toEqual([]);
    expect(validateMaintenanceWindowTarget({ ResourceType: "RESOURCE_GROUP", Targets: [{ Key: key.stringValue, Values: ["x"] }] })).toEqual([]);
    expect(validateMaintenanceWindowTarget({ ResourceType: "INSTANCE", Targets: [{ Key: "InstanceIds", Values: [key.stringValue] }] })).toEqual([]);
    expect(validateMaintenanceWindowTarget({ ResourceType: "INSTANCE", Targets: new TerraformVariable(stack, "all", { type: "any" }).value })).toEqual([]);
  });

  test("AllowUnassociatedTargets as a token lets a task target InstanceIds", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "Window", w({ AllowUnassociatedTargets: new TerraformVariable(stack, "allow", { type: "bool" }).booleanValue }) as never);
    expect(() => window.addTask("Task", { ...TASK, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] })).not.toThrow();
  });
});

describe("messages", () => {
  test("errors name the property, the value, what is allowed and how to fix it", () => {
    const [d] = validateMaintenanceWindow(w({ Duration: 25 }));
    expect(d).toEqual({ code: "WindowDurationRange", level: "error", path: "Duration", message: expect.stringContaining("25") });
    expect(d.message).toContain("1 to 24");
    const [cutoff] = validateMaintenanceWindow(w({ Duration: 2, Cutoff: 2 }));
    expect(cutoff.message).toContain("use at most 1");
  });

  test("an unknown property suggests the right name", () => {
    expect(validateMaintenanceWindow(w({ ScheduleTimeZone: "UTC" }))[0].message).toContain('Did you mean "ScheduleTimezone"?');
    expect(validateMaintenanceWindow(w({ allow_unassociated_targets: true }))[0].message).toContain('Did you mean "AllowUnassociatedTargets"?');
    expect(validateMaintenanceWindow(w({ Targets: [] }))[0].message).toContain("addTarget");
    expect(validateMaintenanceWindowTarget(t({ WindowId: "mw-0123456789abcdef0" }))[0].message).toContain("addTarget");
  });

  test("sensitive values are never shown", () => {
    const secret = "s3cr3t-".repeat(20);
    for (const d of [
      ...validateMaintenanceWindow(w({ Description: secret })),
      ...validateMaintenanceWindowTarget(t({ Description: secret, OwnerInformation: secret })),
      ...validateMaintenanceWindow(w({ Description: "${secret}" })),
    ]) {
      expect(d.message).not.toContain("s3cr3t");
      expect(d.message).not.toContain("${secret}");
    }
  });

  test("paths use the user's spelling and position", () => {
    const diagnostics = validateMaintenanceWindowTarget(t({ Targets: [{ Key: "tag:Role", Values: ["web"] }, { Key: "InstanceIds", Values: ["i-0123456789abcdef0", "web-2"] }] }));
    expect(diagnostics.map((d) => d.path)).toEqual(["Targets[1].Values[1]"]);
    expect(validateMaintenanceWindow(w({ Tags: { Team: "a,b" } }))[0].path).toBe("Tags.Team");
    expect(validateMaintenanceWindow(w({ Tags: [{ Key: "Team", Value: "a,b" }] }))[0].path).toBe("Tags[0].Value");
  });

  test("all errors are listed at once", () => {
    expect(codesOf(validateMaintenanceWindow({ Name: "a b", Schedule: "cron(0 2 * * SUN *)", Duration: 0, Cutoff: 24, ScheduleOffset: 9 }))).toEqual([
      "WindowNameFormat",
      "WindowCronDayOfMonthOrWeek",
      "WindowDurationRange",
      "WindowCutoffRange",
      "WindowScheduleOffsetRange",
    ]);
  });

  test("acknowledged warnings are left out; errors cannot be acknowledged", () => {
    expect(validateMaintenanceWindow(w({ EndDate: "2001-01-01T00:00:00Z", acknowledgeWarnings: ["WindowEndDatePassed"] }))).toEqual([]);
    expect(codesOf(validateMaintenanceWindow(w({ Duration: 0, acknowledgeWarnings: ["WindowDurationRange"] })))).toEqual(["WindowDurationRange"]);
    expect(validateMaintenanceWindowTarget(t({ Targets: [{ Key: "tag:Role", Values: [] }], acknowledgeWarnings: ["WindowTargetValuesEmpty"] }))).toEqual([]);
  });
});

describe("the constructs throw errors and annotate warnings", () => {
  test("new MaintenanceWindow throws one error listing every error", () => {
    let error: unknown;
    try {
      new MaintenanceWindow(newStack(), "Weekly", { ...WINDOW, Duration: 2, Cutoff: 2, Schedule: "rate(1 days)" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MaintenanceWindowValidationError);
    const err = error as MaintenanceWindowValidationError;
    expect(err.name).toBe("MaintenanceWindowValidationError");
    expect(err.constructPath).toBe("test/Weekly");
    expect(codesOf(err.diagnostics)).toEqual(["WindowRateUnitPlural", "WindowCutoffNotBeforeDuration"]);
    expect(err.message).toMatch(/^2 errors that Terraform or AWS would reject, in 1 construct:\nMaintenanceWindow test\/Weekly \(__tests__\/window\/validation\.test\.ts:\d+:\d+\)\n/);
    expect(err.message).toContain("\n  [WindowRateUnitPlural] Schedule:");
    expect(err.message).toContain("help/validation.md");
  });

  test("a window with errors leaves nothing behind: the id can be used again", () => {
    const stack = newStack();
    expect(() => new MaintenanceWindow(stack, "Weekly", { ...WINDOW, Duration: 0 })).toThrow(MaintenanceWindowValidationError);
    expect(stack.node.tryFindChild("Weekly")).toBeUndefined();
    expect(() => new MaintenanceWindow(stack, "Weekly", WINDOW)).not.toThrow();
  });

  test("a target or task with errors leaves nothing behind either", () => {
    const window = new MaintenanceWindow(newStack(), "Weekly", WINDOW);
    expect(() => window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [] })).toThrow(MaintenanceWindowValidationError);
    expect(() => window.addTask("Patch", { ...TASK, Targets: [{ Key: "InstanceIds", Values: ["i-0123456789abcdef0"] }] })).toThrow(MaintenanceWindowValidationError);
    expect(window.node.children.map((c) => c.node.id)).toEqual(["Resource"]);
  });

  test("addTarget throws for its own errors, with the target's path", () => {
    const window = new MaintenanceWindow(newStack(), "Weekly", WINDOW);
    expect(() => window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "InstanceIds", Values: ["web-1"] }] })).toThrow(
      /MaintenanceWindow target test\/Weekly\/Web [\s\S]*\[WindowTargetInstanceIdFormat\] Targets\[0\]\.Values\[0\]/,
    );
  });

  test("addTask throws the task's own errors as MaintenanceWindowTaskValidationError", () => {
    const window = new MaintenanceWindow(newStack(), "Weekly", WINDOW);
    expect(() => window.addTask("Patch", { ...TASK, MaxConcurrency: "0" })).toThrow(expect.objectContaining({ name: "MaintenanceWindowTaskValidationError" }));
  });

  test("warnings become annotations [Code] path: message, on the window and on the target", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "Weekly", { ...WINDOW, EndDate: "2001-01-01T00:00:00Z" });
    window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: [] }] });
    expect(window.warnings.map((d) => d.code)).toEqual(["WindowEndDatePassed"]);
    const warnings = warningsOf(stack);
    expect(warnings).toEqual([expect.stringMatching(/^\[WindowEndDatePassed\] EndDate: /), expect.stringMatching(/^\[WindowTargetValuesEmpty\] Targets\[0\]\.Values: /)]);
  });

  test("acknowledged warnings are not annotated", () => {
    const stack = newStack();
    const window = new MaintenanceWindow(stack, "Weekly", { ...WINDOW, EndDate: "2001-01-01T00:00:00Z", acknowledgeWarnings: ["WindowEndDatePassed"] });
    window.addTarget("Web", { ResourceType: "INSTANCE", Targets: [{ Key: "tag:Role", Values: [] }], acknowledgeWarnings: ["WindowTargetValuesEmpty"] });
    expect(warningsOf(stack)).toEqual([]);
  });
});

describe("template sequences are found as the task finds them (lib/core/template.ts)", () => {
  // Before, the window's own check read "%${" and "$%{" as escaped; a marker is escaped only by itself.
  test.each([
    ["%${x} in a window Description", "window", w({ Description: "100%${x}" })],
    ["$%{x} in a window Description", "window", w({ Description: "cost $%{if x}" })],
    ["%${x} in a selector value", "target", t({ Targets: [{ Key: "tag:Role", Values: ["a%${x}"] }] })],
    ["%{ in OwnerInformation", "target", t({ OwnerInformation: "%{ if x }" })],
  ] as const)("%s", (_, kind, props) => {
    const diagnostics = kind === "window" ? validateMaintenanceWindow(props) : validateMaintenanceWindowTarget(props);
    expect(codesOf(diagnostics)).toEqual(["WindowTerraformInterpolation"]);
  });

  test("escapes pass", () => {
    expect(validateMaintenanceWindow(w({ Description: "$${x} and %%{x}" }))).toEqual([]);
    expect(validateMaintenanceWindowTarget(t({ Targets: [{ Key: "tag:Role", Values: ["$${x}", "%%{y}"] }] }))).toEqual([]);
  });

  test("the message is the task's", () => {
    expect(validateMaintenanceWindowTarget(t({ Targets: [{ Key: "tag:Role", Values: ["a%${x}"] }] }))[0]).toEqual({
      code: "WindowTerraformInterpolation",
      level: "error",
      path: "Targets[0].Values[0]",
      message: '"a%${x}" contains "${", which Terraform reads as an interpolation. Write "$${" for a literal "${", or wrap the string in Fn.rawString(...).',
    });
  });
});

describe("meta-arguments are checked by the core, under the window's codes", () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ["dependsOn is not a list", w({ dependsOn: 5 }), ["WindowTypeMismatch"]],
    ["a dependsOn item is not a construct", w({ dependsOn: ["x"] }), ["WindowTypeMismatch"]],
    ["provider is not a provider", w({ provider: "aws.eu" }), ["WindowTypeMismatch"]],
    ["lifecycle is not an object", w({ lifecycle: 4 }), ["WindowTypeMismatch"]],
    ["a lifecycle setting is misspelt", w({ lifecycle: { ignoreChange: ["Name"] } }), ["WindowUnknownProperty"]],
    ["preventDestroy is a string", w({ lifecycle: { preventDestroy: "yes" } }), ["WindowTypeMismatch"]],
    ["count is refused with a reason", w({ count: 2 }), ["WindowUnknownProperty"]],
    ["forEach is refused with a reason", w({ forEach: {} }), ["WindowUnknownProperty"]],
  ])("%s", (_, props, codes) => {
    expect(codesOf(validateMaintenanceWindow(props))).toEqual(codes);
  });

  test("the refusal of count says why", () => {
    expect(validateMaintenanceWindowTarget(t({ count: 2 }))[0].message).toContain("targets and tasks use the window's id");
  });
});

describe("null is absent, and said so", () => {
  test("a required prop that is null", () => {
    expect(validateMaintenanceWindow(w({ Schedule: null }))).toEqual([
      { code: "WindowRequiredProperty", level: "error", path: "Schedule", message: 'Schedule is required by a maintenance window (it is null). Add it, e.g. Schedule: "cron(0 2 ? * SUN *)".' },
    ]);
  });

  test("a tag value or a selector key that is null", () => {
    expect(codesOf(validateMaintenanceWindow(w({ Tags: [{ Key: "Team", Value: null }] })))).toEqual(["WindowRequiredProperty"]);
    expect(codesOf(validateMaintenanceWindowTarget(t({ Targets: [{ Key: null, Values: ["x"] }] })))).toEqual(["WindowRequiredProperty"]);
  });
});

test("lengths count characters (code points), as AWS does and as the task's checks do", () => {
  expect(validateMaintenanceWindow(w({ Description: "😀".repeat(128) }))).toEqual([]);
  expect(codesOf(validateMaintenanceWindow(w({ Description: "😀".repeat(129) })))).toEqual(["WindowDescriptionLength"]);
});

test("findings are listed by field in the order of the props; within a field, limits first, then rules", () => {
  const diagnostics = validateMaintenanceWindowTarget({
    ResourceType: "RESOURCE_GROUP",
    Description: "${x}",
    Targets: [{ Key: "tag:Role", Values: [] }, { Key: "a,b", Values: ["x"] }],
  });
  expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
    ["WindowTerraformInterpolation", "Description"],
    ["WindowTargetKeyFormat", "Targets[1].Key"],
    ["WindowTargetValuesEmpty", "Targets[0].Values"],
    ["WindowTargetResourceGroupKeys", "Targets[0].Key"],
    ["WindowTargetResourceGroupKeys", "Targets[1].Key"],
    ["WindowTargetResourceGroupKeys", "Targets"],
  ]);
});

describe("target lengths are counted as each checker counts them", () => {
  // terraform validate (hashicorp/aws 5.100.0) rejects 100 emoji in a target's description and owner
  // information ("expected length of description to be in the range (3 - 128)": Go counts bytes),
  // but accepts them in a window's description (no provider check; the API counts characters).
  const emoji = (n: number) => "😀".repeat(n);
  const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

  test("a target's Description and OwnerInformation: at most 128 bytes in UTF-8", () => {
    expect(codes(validateMaintenanceWindowTarget({ ...TARGET, Description: emoji(32) }))).toEqual([]);
    expect(codes(validateMaintenanceWindowTarget({ ...TARGET, Description: emoji(33) }))).toEqual(["WindowTargetDescriptionLength"]);
    expect(codes(validateMaintenanceWindowTarget({ ...TARGET, OwnerInformation: emoji(32) }))).toEqual([]);
    expect(codes(validateMaintenanceWindowTarget({ ...TARGET, OwnerInformation: emoji(33) }))).toEqual(["WindowTargetOwnerInformationLength"]);
    const [d] = validateMaintenanceWindowTarget({ ...TARGET, Description: emoji(100) });
    expect(d.message).toMatch(/^<sensitive, 200 characters> is 400 bytes in UTF-8 \(100 characters\); Terraform counts bytes\. Allowed: 3–128 characters and at most 128 bytes/);
  });

  test("a window's Description: 128 characters, however many bytes", () => {
    const base = { Name: "weekly", Schedule: "rate(7 days)", Duration: 2, Cutoff: 1 };
    expect(codes(validateMaintenanceWindow({ ...base, Description: emoji(128) }))).toEqual([]);
    expect(codes(validateMaintenanceWindow({ ...base, Description: emoji(129) }))).toEqual(["WindowDescriptionLength"]);
  });
});
