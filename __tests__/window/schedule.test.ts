// Schedule expressions, timestamps and time zones as Systems Manager reads them.
import { checkSchedule, parseIsoTimestamp, timeZoneProblem } from "../../lib/window/schedule";

const codes = (expression: string) => checkSchedule(expression).problems.map((p) => p.code);

describe("accepted schedules", () => {
  test.each([
    // cron: six fields, "?" in exactly one of day-of-month / day-of-week
    "cron(0 2 ? * SUN *)",
    "cron(0 10 * * ? *)",
    "cron(15 12 * * ? *)",
    "cron(0 18 ? * MON-FRI *)",
    "cron(0 8 1 * ? *)",
    "cron(0/15 * * * ? *)",
    "cron(0/10 * ? * MON-FRI *)",
    "cron(0/5 8-17 ? * MON-FRI *)",
    "cron(30 23 ? * TUE#3 *)",
    "cron(0 2 ? 1/1 THU#3 *)",
    "cron(0 0 21 1/1 ? *)",
    "cron(0 2 L * ? *)",
    "cron(0 2 L-3 * ? *)",
    "cron(0 2 15W * ? *)",
    "cron(0 2 LW * ? *)",
    "cron(15 10 ? * 6L *)",
    "cron(15 10 ? * FRIL *)",
    "cron(15 10 ? * L *)",
    "cron(0 2 ? JAN,JUL SAT 2030)",
    "cron(0 2 ? jan-mar sun 2030-2199)",
    "cron(59 23 31 12 ? 2199)",
    "cron(0 0 1 1 ? 1970)",
    "cron(0,30 */2 ? * 1-7 *)",
    "cron(0 30 23 ? * TUE#3 *)", // the optional seconds field first
    // rate: singular exactly when N is 1
    "rate(1 day)",
    "rate(5 days)",
    "rate(1 hour)",
    "rate(12 hours)",
    "rate(1 minute)",
    "rate(30 minutes)",
    // one-time
    "at(2030-07-07T15:55:00)",
    "at(2028-02-29T00:00:00)",
  ])("%s", (expression) => {
    expect(checkSchedule(expression).problems).toEqual([]);
  });

  test("the kind is reported", () => {
    expect(checkSchedule("cron(0 2 ? * SUN *)").kind).toBe("cron");
    expect(checkSchedule("rate(1 day)").kind).toBe("rate");
    expect(checkSchedule("at(2030-07-07T15:55:00)").kind).toBe("at");
    expect(checkSchedule("daily").kind).toBeUndefined();
  });
});

describe("rejected schedules", () => {
  test.each([
    ["", "WindowScheduleFormat"],
    ["x".repeat(257), "WindowScheduleFormat"],
    ["daily", "WindowScheduleFormat"],
    ["0 2 ? * SUN *", "WindowScheduleFormat"],
    ["CRON(0 2 ? * SUN *)", "WindowScheduleFormat"],
    ["cron (0 2 ? * SUN *)", "WindowScheduleFormat"],
    [" cron(0 2 ? * SUN *)", "WindowScheduleFormat"],
    ["cron(0 2 ? * SUN *", "WindowScheduleFormat"],
    ["cron(0 2 * * SUN)", "WindowCronFieldCount"],
    ["cron(0 2 ? * SUN * * *)", "WindowCronFieldCount"],
    ["cron()", "WindowCronFieldCount"],
    ["cron(60 2 ? * SUN *)", "WindowCronFieldValue"],
    ["cron(0 24 ? * SUN *)", "WindowCronFieldValue"],
    ["cron(0 2 32 * ? *)", "WindowCronFieldValue"],
    ["cron(0 2 0 * ? *)", "WindowCronFieldValue"],
    ["cron(0 2 ? 13 SUN *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * 8 *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * SUNDAY *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * SUN 1969)", "WindowCronFieldValue"],
    ["cron(0 2 ? * SUN 2200)", "WindowCronFieldValue"],
    ["cron(? 2 * * ? *)", "WindowCronFieldValue"],
    ["cron(0/0 2 ? * SUN *)", "WindowCronFieldValue"],
    ["cron(0/60 2 ? * SUN *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * TUE#6 *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * TUE#1,THU#1 *)", "WindowCronFieldValue"],
    ["cron(0 2 L,15 * ? *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * 2W *)", "WindowCronFieldValue"],
    ["cron(0 2 3#1 * ? *)", "WindowCronFieldValue"],
    ["cron(0 L ? * SUN *)", "WindowCronFieldValue"],
    ["cron(0 2 1,,15 * ? *)", "WindowCronFieldValue"],
    ["cron(0 2 ? * SUN *)x", "WindowScheduleFormat"],
    ["cron(0 2 * * SUN *)", "WindowCronDayOfMonthOrWeek"],
    ["cron(0 2 1 * MON *)", "WindowCronDayOfMonthOrWeek"],
    ["cron(0 2 ? * ? *)", "WindowCronDayOfMonthOrWeek"],
    ["rate(day)", "WindowRateFormat"],
    ["rate(0 days)", "WindowRateFormat"],
    ["rate(-1 days)", "WindowRateFormat"],
    ["rate(1.5 hours)", "WindowRateFormat"],
    ["rate(1 week)", "WindowRateFormat"],
    ["rate(2 Days)", "WindowRateFormat"],
    ["rate(30 seconds)", "WindowRateFormat"],
    ["rate(1 days)", "WindowRateUnitPlural"],
    ["rate(5 day)", "WindowRateUnitPlural"],
    ["rate(1 hours)", "WindowRateUnitPlural"],
    ["rate(30 minute)", "WindowRateUnitPlural"],
    ["at(2030-07-07 15:55:00)", "WindowAtFormat"],
    ["at(2030-07-07T15:55:00Z)", "WindowAtFormat"],
    ["at(2030-07-07)", "WindowAtFormat"],
    ["at(2030-13-07T15:55:00)", "WindowAtFormat"],
    ["at(2029-02-29T00:00:00)", "WindowAtFormat"],
    ["at(2030-07-07T24:00:00)", "WindowAtFormat"],
  ])("%s → %s", (expression, code) => {
    expect(codes(expression)).toEqual([code]);
  });

  test("messages say what to write", () => {
    const [unix] = checkSchedule("cron(0 2 * * 0)").problems;
    expect(unix.message).toContain("five fields");
    const [both] = checkSchedule("cron(0 2 * * SUN *)").problems;
    expect(both.message).toContain('"cron(0 2 ? * SUN *)"');
    const [plural] = checkSchedule("rate(1 days)").problems;
    expect(plural.message).toContain('"rate(1 day)"');
    const [week] = checkSchedule("rate(2 weeks)").problems;
    expect(week.message).toContain("rate(14 days)");
    const [field] = checkSchedule("cron(0 25 ? * SUN *)").problems;
    expect(field.message).toMatch(/hours field "25".*0-23/);
    const [bare] = checkSchedule("0 2 ? * SUN *").problems;
    expect(bare.message).toContain("cron(...)");
  });

  test("every bad field of a cron expression is reported", () => {
    expect(codes("cron(61 25 ? * SUN *)")).toEqual(["WindowCronFieldValue", "WindowCronFieldValue"]);
  });
});

describe("ISO-8601 timestamps", () => {
  test.each([
    ["2030-01-01T00:00:00Z", Date.UTC(2030, 0, 1), true],
    ["2030-01-01T00:00:00-08:00", Date.UTC(2030, 0, 1, 8), true],
    ["2030-01-01T00:00:00+05:30", Date.UTC(2029, 11, 31, 18, 30), true],
    ["2030-01-01T00:00:00.500Z", Date.UTC(2030, 0, 1) + 500, true],
    ["2030-01-01T10:30", Date.UTC(2030, 0, 1, 10, 30), false],
    ["2030-01-01", Date.UTC(2030, 0, 1), false],
    ["2028-02-29T23:59:59", Date.UTC(2028, 1, 29, 23, 59, 59), false],
  ])("%s", (text, epochMs, hasOffset) => {
    expect(parseIsoTimestamp(text)).toEqual({ epochMs, hasOffset });
  });

  test.each([
    ["tomorrow", "not an ISO-8601"],
    ["20300101T000000Z", "basic format"],
    ["2030-01-01 00:00:00", '"T"'],
    ["2030-02-30T00:00:00Z", "has 28 days"],
    ["2030-00-01T00:00:00Z", "month 0"],
    ["2030-01-01T25:00:00Z", "hour 25"],
    ["2030-01-01T00:60:00Z", "minute 60"],
    ["2030-01-01T00:00:00+19:00", "offset"],
    ["2030-1-1T00:00:00Z", "not an ISO-8601"],
  ])("%s is rejected (%s)", (text, reason) => {
    const parsed = parseIsoTimestamp(text);
    expect("problem" in parsed && parsed.problem).toContain(reason);
  });
});

describe("time zones", () => {
  test.each(["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "US/Pacific", "Asia/Calcutta"])("%s", (zone) => {
    expect(timeZoneProblem(zone)).toBeUndefined();
  });

  test.each([
    ["Mars/Olympus", "not a known"],
    ["Europe/Berlln", "not a known"],
    ["europe/berlin", 'use "Europe/Berlin"'],
    ["utc", 'use "UTC"'],
    ["+01:00", "offset"],
    ["UTC+1", "offset"],
    ["Eastern Standard Time", "not an IANA"],
    ["CET ", "not an IANA"],
  ])("%s is rejected (%s)", (zone, reason) => {
    expect(timeZoneProblem(zone)).toContain(reason);
  });

  test("a misspelt city suggests the zone", () => {
    expect(timeZoneProblem("Asia/tokyo")).toContain('"Asia/Tokyo"');
    expect(timeZoneProblem("Europe/Paris ")).toBeDefined();
    expect(timeZoneProblem("America/Tokyo")).toContain('did you mean "Asia/Tokyo"');
  });
});
