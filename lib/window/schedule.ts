// Schedule expressions and timestamps of a maintenance window, checked the way Systems Manager reads
// them ("Reference: Cron and rate expressions for Systems Manager"):
//
//   cron(minutes hours day-of-month month day-of-week year)   six fields; an optional seventh,
//                                                             seconds, may come first
//   rate(N unit)                                              unit minute(s), hour(s) or day(s);
//                                                             singular exactly when N is 1
//   at(yyyy-mm-ddThh:mm:ss)                                   one run, at that time
//
// Pure functions: no cdktf, no tokens (callers never pass a token here). The length limit is botocore's
// MaintenanceWindowSchedule, from the library's one model extract.
import { awsShape } from "../core/aws-shapes";

export type ScheduleKind = "cron" | "rate" | "at";

/** One thing wrong with a schedule: the code it is reported under and the message. */
export interface ScheduleProblem {
  readonly code: ScheduleCode;
  readonly message: string;
}

export type ScheduleCode =
  | "WindowScheduleFormat"
  | "WindowCronFieldCount"
  | "WindowCronFieldValue"
  | "WindowCronDayOfMonthOrWeek"
  | "WindowRateFormat"
  | "WindowRateUnitPlural"
  | "WindowAtFormat";

export interface ScheduleCheck {
  /** The kind of expression, when its outer shape was recognized. */
  readonly kind?: ScheduleKind;
  readonly problems: ScheduleProblem[];
}

const MAX_LENGTH = awsShape("MaintenanceWindowSchedule").max!;

interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names accepted for the values min, min+1, ... (case-insensitive). */
  readonly names?: readonly string[];
  /** Largest increment after `/`; undefined: no limit. */
  readonly maxIncrement?: number;
  readonly wildcards: string;
}

const SECONDS: CronField = { name: "seconds", min: 0, max: 59, maxIncrement: 59, wildcards: ", - * /" };
const FIELDS: readonly CronField[] = [
  { name: "minutes", min: 0, max: 59, maxIncrement: 59, wildcards: ", - * /" },
  { name: "hours", min: 0, max: 23, maxIncrement: 23, wildcards: ", - * /" },
  { name: "day-of-month", min: 1, max: 31, maxIncrement: 31, wildcards: ", - * ? / L W" },
  {
    name: "month", min: 1, max: 12, maxIncrement: 12, wildcards: ", - * /",
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  },
  { name: "day-of-week", min: 1, max: 7, maxIncrement: 7, wildcards: ", - * ? / L #", names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
  { name: "year", min: 1970, max: 2199, wildcards: ", - * /" },
];
const DAY_OF_MONTH = 2;
const DAY_OF_WEEK = 4;

/** Checks a literal schedule expression. */
export function checkSchedule(expression: string): ScheduleCheck {
  const problems: ScheduleProblem[] = [];
  if (expression.length < 1 || expression.length > MAX_LENGTH) {
    problems.push({ code: "WindowScheduleFormat", message: `The expression is ${expression.length} characters; AWS allows 1–${MAX_LENGTH}.` });
    return { problems };
  }
  const m = /^(cron|rate|at)\(([\s\S]*)\)$/.exec(expression);
  if (!m) {
    problems.push({ code: "WindowScheduleFormat", message: outerShapeHint(expression) });
    return { problems };
  }
  const kind = m[1] as ScheduleKind;
  const body = m[2];
  if (kind === "cron") checkCron(body, problems);
  else if (kind === "rate") checkRate(body, problems);
  else checkAt(body, problems);
  return { kind, problems };
}

function outerShapeHint(expression: string): string {
  const allowed = 'Use "cron(minutes hours day-of-month month day-of-week year)", "rate(N minutes|hours|days)" or "at(yyyy-mm-ddThh:mm:ss)", e.g. "cron(0 2 ? * SUN *)".';
  const trimmed = expression.trim();
  if (trimmed !== expression && /^(cron|rate|at)\(/.test(trimmed)) return `The expression has spaces around it. Remove them. ${allowed}`;
  const wrong = /^(cron|rate|at)\s*\(/i.exec(trimmed);
  if (wrong && wrong[0] !== `${wrong[1].toLowerCase()}(`) return `Write "${wrong[1].toLowerCase()}(" in lowercase and directly before the parenthesis. ${allowed}`;
  if (wrong && !trimmed.endsWith(")")) return `The closing parenthesis is missing. ${allowed}`;
  if (/^[\d*?/,\-A-Za-z#\s]+$/.test(trimmed) && trimmed.split(/\s+/).length >= 5) {
    return `A bare cron expression needs the cron(...) wrapper (and AWS's six fields, not Unix cron's five). ${allowed}`;
  }
  return allowed;
}

// ---------------------------------------------------------------------------------------------- cron

function checkCron(body: string, problems: ScheduleProblem[]): void {
  const parts = body.trim().split(/\s+/).filter(Boolean);
  let fields: readonly CronField[];
  let values: string[];
  if (parts.length === 6) {
    fields = FIELDS;
    values = parts;
  } else if (parts.length === 7) {
    fields = [SECONDS, ...FIELDS];
    values = parts;
  } else {
    const hint =
      parts.length === 5
        ? ' Unix cron has five fields; AWS has a sixth, the year: add " *" at the end, and use "?" in day-of-month or day-of-week, e.g. "cron(0 2 ? * SUN *)".'
        : ' e.g. "cron(0 2 ? * SUN *)" (02:00 every Sunday).';
    problems.push({
      code: "WindowCronFieldCount",
      message: `The cron expression has ${parts.length} field${parts.length === 1 ? "" : "s"}; AWS needs six: minutes hours day-of-month month day-of-week year (an optional seconds field may come first).${hint}`,
    });
    return;
  }
  const offset = values.length - 6;
  values.forEach((value, i) => {
    const field = fields[i];
    const problem = checkCronField(field, value, i - offset);
    if (problem) {
      problems.push({
        code: "WindowCronFieldValue",
        message: `The ${field.name} field ${JSON.stringify(value)} ${problem}. Allowed in ${field.name}: ${describeField(field)}.`,
      });
    }
  });
  const dom = values[offset + DAY_OF_MONTH];
  const dow = values[offset + DAY_OF_WEEK];
  if ((dom === "?") === (dow === "?")) {
    problems.push({
      code: "WindowCronDayOfMonthOrWeek",
      message:
        dom === "?"
          ? 'Both day-of-month and day-of-week are "?"; exactly one of them must be "?". Give the other a value, e.g. "*" in day-of-month for every day.'
          : `Day-of-month ${JSON.stringify(dom)} and day-of-week ${JSON.stringify(dow)} are both given; AWS needs "?" in exactly one of them. ` +
            `E.g. "cron(${withField(values, offset + DAY_OF_MONTH, "?")})" for the day of the week, or "cron(${withField(values, offset + DAY_OF_WEEK, "?")})" for the day of the month.`,
    });
  }
}

function withField(values: string[], index: number, value: string): string {
  return values.map((v, i) => (i === index ? value : v)).join(" ");
}

function describeField(f: CronField): string {
  const names = f.names ? ` or ${f.names[0]}-${f.names[f.names.length - 1]}` : "";
  return `${f.min}-${f.max}${names}; wildcards ${f.wildcards}`;
}

/** Why one cron field is not valid, or undefined. `index` is 0 (minutes) … 5 (year); -1 is seconds. */
function checkCronField(f: CronField, raw: string, index: number): string | undefined {
  const v = raw.toUpperCase();
  if (v === "?") return index === DAY_OF_MONTH || index === DAY_OF_WEEK ? undefined : '"?" is only allowed in day-of-month and day-of-week';
  if (/[LW#]/.test(v.replace(/[A-Z]{3}/g, (name) => (f.names?.includes(name) ? "" : name)))) {
    return special(f, v, index);
  }
  for (const item of v.split(",")) {
    const problem = checkItem(f, item);
    if (problem) return problem;
  }
  return undefined;
}

/** `L`, `W` and `#` forms: the whole field, never in a list or range. */
function special(f: CronField, v: string, index: number): string | undefined {
  if (index === DAY_OF_MONTH) {
    if (v === "L" || v === "LW") return undefined;
    let m = /^L-(\d+)$/.exec(v);
    if (m) return inRange(Number(m[1]), 1, 30) ? undefined : `has an offset from the last day out of range (L-1 to L-30)`;
    m = /^(\d+)W$/.exec(v);
    if (m) return inRange(Number(m[1]), 1, 31) ? undefined : "has a day out of range for W (1W to 31W)";
    return 'uses L or W in a way AWS does not accept (allowed: "L", "L-3", "15W", "LW", each as the whole field)';
  }
  if (index === DAY_OF_WEEK) {
    if (v === "L") return undefined;
    let m = /^([0-9]+|[A-Z]{3})L$/.exec(v);
    if (m) return dayOfWeek(f, m[1]) === undefined ? "names a day of the week that does not exist" : undefined;
    m = /^([0-9]+|[A-Z]{3})#(\d+)$/.exec(v);
    if (m) {
      if (dayOfWeek(f, m[1]) === undefined) return "names a day of the week that does not exist";
      return inRange(Number(m[2]), 1, 5) ? undefined : "asks for an occurrence out of range (#1 to #5)";
    }
    return 'uses L or # in a way AWS does not accept (allowed: "L", "6L" or "FRIL" for the last Friday, "TUE#3" for the third Tuesday, each as the whole field)';
  }
  if (v.includes("#")) return 'uses "#", which only day-of-week accepts';
  return v.includes("W") && !v.includes("L") ? 'uses "W", which only day-of-month accepts' : 'uses "L", which only day-of-month and day-of-week accept';
}

function dayOfWeek(f: CronField, v: string): number | undefined {
  return value(f, v);
}

function checkItem(f: CronField, item: string): string | undefined {
  if (item === "") return "has an empty list entry";
  const [range, increment, extra] = item.split("/");
  if (extra !== undefined) return `has more than one "/" in ${JSON.stringify(item)}`;
  if (increment !== undefined) {
    if (!/^\d+$/.test(increment)) return `has an increment ${JSON.stringify(increment)} that is not a whole number`;
    const n = Number(increment);
    if (n < 1 || (f.maxIncrement !== undefined && n > f.maxIncrement)) {
      return `has an increment of ${n}; allowed: 1-${f.maxIncrement ?? "any"}`;
    }
  }
  if (range === "*") return undefined;
  const bounds = range.split("-");
  if (bounds.length > 2) return `has a range ${JSON.stringify(range)} with more than one "-"`;
  for (const b of bounds) {
    if (value(f, b) === undefined) {
      return /^\d+$/.test(b) ? `has ${b}, out of range` : `has ${JSON.stringify(b)}, which is neither a number nor a name of this field`;
    }
  }
  return undefined;
}

/** The numeric value of a field value (a number or a name), or undefined when not allowed. */
function value(f: CronField, v: string): number | undefined {
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return inRange(n, f.min, f.max) ? n : undefined;
  }
  const i = f.names?.indexOf(v) ?? -1;
  return i >= 0 ? f.min + i : undefined;
}

function inRange(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

// ---------------------------------------------------------------------------------------------- rate

const RATE_UNITS = ["minute", "minutes", "hour", "hours", "day", "days"];

function checkRate(body: string, problems: ScheduleProblem[]): void {
  const m = /^(\S+)\s+(\S+)$/.exec(body);
  const example = 'e.g. "rate(1 day)", "rate(12 hours)" or "rate(30 minutes)"';
  if (!m) {
    problems.push({ code: "WindowRateFormat", message: `The rate expression ${JSON.stringify(`rate(${body})`)} is not "rate(N unit)"; ${example}.` });
    return;
  }
  const [, amount, unit] = m;
  if (!/^\d+$/.test(amount) || Number(amount) < 1) {
    problems.push({ code: "WindowRateFormat", message: `The rate value ${JSON.stringify(amount)} is not a whole number ≥ 1; ${example}.` });
    return;
  }
  if (!RATE_UNITS.includes(unit)) {
    const lower = unit.toLowerCase();
    const hint = RATE_UNITS.includes(lower)
      ? ` Write it in lowercase: "${lower}".`
      : /^weeks?$/.test(lower)
        ? ` There is no week unit: write "rate(${Number(amount) * 7} days)", or a cron expression for a day of the week.`
        : /^(months?|years?|seconds?)$/.test(lower)
          ? " Use a cron expression for that."
          : "";
    problems.push({ code: "WindowRateFormat", message: `The rate unit ${JSON.stringify(unit)} is not minute(s), hour(s) or day(s).${hint}` });
    return;
  }
  const n = Number(amount);
  const plural = unit.endsWith("s");
  if ((n === 1) === plural) {
    const fixed = n === 1 ? unit.slice(0, -1) : `${unit}s`;
    problems.push({
      code: "WindowRateUnitPlural",
      message: `AWS needs a singular unit when the value is 1 and a plural one otherwise: write "rate(${amount} ${fixed})".`,
    });
  }
}

// ------------------------------------------------------------------------------------------------ at

function checkAt(body: string, problems: ScheduleProblem[]): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!m) {
    problems.push({
      code: "WindowAtFormat",
      message: `The one-time schedule ${JSON.stringify(`at(${body})`)} is not "at(yyyy-mm-ddThh:mm:ss)" (no time zone or fraction; the time is in ScheduleTimezone, UTC by default), e.g. "at(2030-07-07T15:55:00)".`,
    });
    return;
  }
  const problem = calendarProblem(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  if (problem) problems.push({ code: "WindowAtFormat", message: `The one-time schedule ${JSON.stringify(`at(${body})`)} ${problem}.` });
}

// ------------------------------------------------------------------------------------------- dates

/** A parsed ISO-8601 extended timestamp. */
export interface IsoTimestamp {
  /** Milliseconds since the epoch, reading a timestamp without offset as UTC. */
  readonly epochMs: number;
  /** Whether the timestamp carries its own offset (`Z` or `±hh:mm`). */
  readonly hasOffset: boolean;
}

const ISO_EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Parses an ISO-8601 extended timestamp such as `2030-04-07T14:29:00-08:00`, `2030-04-07T14:29:00Z`
 * or `2030-04-07`. Returns a reason when it is not one.
 */
export function parseIsoTimestamp(text: string): IsoTimestamp | { problem: string } {
  const m = ISO_EXTENDED.exec(text);
  if (!m) {
    const hint = /^\d{8}T/.test(text)
      ? " (that is ISO-8601 basic format; AWS wants the extended format with - and :)"
      : /^\d{4}-\d{2}-\d{2} \d/.test(text)
        ? ' (separate the date and the time with "T", not a space)'
        : "";
    return { problem: `is not an ISO-8601 extended timestamp${hint}` };
  }
  const [, y, mo, d, h = "0", mi = "0", s = "0", , zone] = m;
  const problem = calendarProblem(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  if (problem) return { problem };
  let offsetMinutes = 0;
  if (zone && zone !== "Z") {
    const [oh, om] = zone.slice(1).split(":").map(Number);
    if (oh > 18 || om > 59) return { problem: `has an offset ${zone} out of range (−18:00 to +18:00)` };
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (oh * 60 + om);
  }
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const epochMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + fraction - offsetMinutes * 60_000;
  return { epochMs, hasOffset: zone !== undefined };
}

function calendarProblem(y: number, mo: number, d: number, h: number, mi: number, s: number): string | undefined {
  if (mo < 1 || mo > 12) return `has month ${mo}, not 01-12`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `has day ${d}, but ${y}-${String(mo).padStart(2, "0")} has ${days} days`;
  if (h > 23) return `has hour ${h}, not 00-23`;
  if (mi > 59) return `has minute ${mi}, not 00-59`;
  if (s > 59) return `has second ${s}, not 00-59`;
  return undefined;
}

// --------------------------------------------------------------------------------------- time zones

/**
 * Whether `zone` is an IANA time zone name, as AWS requires; otherwise the reason, with the name it
 * probably meant. AWS matches names case-sensitively; JavaScript's Intl does not, so a wrong case is
 * caught by comparing with the canonical spelling.
 */
export function timeZoneProblem(zone: string): string | undefined {
  const offset = /^[+-]?\d/.test(zone) || /^(UTC|GMT)\s*[+-]\d/i.test(zone);
  const offsetHint = 'is an offset, not an IANA time zone name; use a name such as "Europe/Berlin" (or "Etc/GMT-1" for a fixed UTC+1)';
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) {
    return offset ? offsetHint : 'is not an IANA time zone name (e.g. "Europe/Berlin", "America/New_York", "UTC")';
  }
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return offset ? offsetHint : `is not a known IANA time zone name${closestZone(zone)}`;
  }
  const canonical = knownZones().find((z) => z.toLowerCase() === zone.toLowerCase());
  if (canonical !== undefined && canonical !== zone) return `is spelled with the wrong case; AWS matches names exactly: use "${canonical}"`;
  if (canonical === undefined && resolved.toLowerCase() === zone.toLowerCase() && resolved !== zone) {
    return `is spelled with the wrong case; AWS matches names exactly: use "${resolved}"`;
  }
  return undefined;
}

let zones: string[] | undefined;
function knownZones(): string[] {
  zones ??= [...Intl.supportedValuesOf("timeZone"), "UTC"];
  return zones;
}

function closestZone(zone: string): string {
  const city = zone.split("/").pop()!.toLowerCase();
  const match = knownZones().find((z) => z.split("/").pop()!.toLowerCase() === city);
  return match ? ` (did you mean "${match}"?)` : ' (e.g. "Europe/Berlin", "America/New_York", "UTC")';
}
