import { rejectArgument } from "./plan-error";
/**
 * A calendar day written `YYYY-MM-DD`, with no time and no zone, such as `"2026-03-09"`.
 *
 * @category Calendar
 * @example
 * ```ts
 * const admitted: Day = "2026-03-09";
 * ```
 */
export type Day = string;

/**
 * A wall-clock time written `HH:MM` on a 24-hour clock, such as `"09:00"`.
 *
 * @category Calendar
 * @example
 * ```ts
 * const start: WallTime = "17:30";
 * ```
 */
export type WallTime = string;

/**
 * Days of the week, in ISO order (Monday first).
 *
 * @category Calendar
 * @example
 * ```ts
 * WEEKDAYS.indexOf("wed"); //=> 2
 * ```
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * A day of the week: `"mon"` to `"sun"`.
 *
 * @category Calendar
 * @example
 * ```ts
 * const day: Weekday = "thu";
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

const WALL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719468;

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - EPOCH_SHIFT;
}

function civilFromDays(ordinal: number): [number, number, number] {
  const z = ordinal + EPOCH_SHIFT;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The number written by `count` ASCII digits from `from`, or -1 if any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The number `Number` reads in `count` characters of `text` from `from`: read digit by digit when they are all digits. */
function field(text: string, from: number, count: number): number {
  const value = text.length === 10 ? digits(text, from, count) : -1;
  return value >= 0 ? value : Number(text.slice(from, from + count));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Whether a value is a real calendar day written `YYYY-MM-DD` in years 0001 to 9999 (so
 * `"2026-02-30"` and `"0000-01-01"` are not).
 *
 * @param value - anything
 * @returns true for a valid day string
 * @category Calendar
 * @example
 * ```ts
 * isDay("2028-02-29"); //=> true
 * isDay("2026-02-29"); //=> false
 * ```
 */
export function isDay(value: unknown): value is Day {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The number of days from 1970-01-01 to a day (negative before it). Pure integer arithmetic: no
 * `Date`, no time zone.
 *
 * @param day - a valid day
 * @returns the day's ordinal
 * @category Calendar
 * @example
 * ```ts
 * dayOrdinal("1970-01-02"); //=> 1
 * ```
 */
export function dayOrdinal(day: Day): number {
  const known = ORDINALS.get(day);
  if (known !== undefined) return known;
  return daysFromCivil(digits(day, 0, 4), digits(day, 5, 2), digits(day, 8, 2));
}

/** Ordinal of 0001-01-01, the first day of the calendar. */
const FIRST_ORDINAL = daysFromCivil(1, 1, 1);
/** Ordinal of 9999-12-31, the last day of the calendar. */
const LAST_ORDINAL = daysFromCivil(9999, 12, 31);
/** Written for any day before 0001-01-01: it sorts before every day and is not one. */
/**
 * Days already written out, by ordinal. Writing a day is the costly half of date arithmetic and
 * checks keep meeting the same few thousand days; the table is emptied when full, so its memory
 * stays bounded whatever the caseload.
 */
const FORMATTED = new Map<number, Day>();
/** The most days {@link FORMATTED} holds: about 180 years of days. */
const MAX_FORMATTED = 65_536;
/** The ordinals of the days in {@link FORMATTED}: reading a day back costs a lookup, not a parse. */
const ORDINALS = new Map<Day, number>();
const BEFORE_CALENDAR = "0000-12-31";
/** Written for any day after 9999-12-31 (or a count that is not a number): it sorts after every day and is not one. */
const AFTER_CALENDAR = "9999-12-32";

/**
 * The day with a given ordinal (the inverse of {@link dayOrdinal}). The calendar runs from
 * 0001-01-01 to 9999-12-31, where every day is written with four year digits, so comparing days
 * as strings orders them; past either end the answer is `"0000-12-31"` or `"9999-12-32"`, which
 * sort before or after every day and are not days ({@link isDay} rejects them). A walk over days
 * to any bound therefore ends, and nothing out of range reads as a real day.
 *
 * @param ordinal - days from 1970-01-01
 * @returns the day as `YYYY-MM-DD`
 * @category Calendar
 * @example
 * ```ts
 * dayFromOrdinal(0); //=> "1970-01-01"
 * dayFromOrdinal(dayOrdinal("9999-12-31") + 1) > "9999-12-31"; //=> true
 * ```
 */
export function dayFromOrdinal(ordinal: number): Day {
  if (ordinal < FIRST_ORDINAL) return BEFORE_CALENDAR;
  if (!(ordinal <= LAST_ORDINAL)) return AFTER_CALENDAR;
  const whole = Math.floor(ordinal);
  const known = FORMATTED.get(whole);
  if (known !== undefined) return known;
  const [year, month, day] = civilFromDays(whole);
  const formatted = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (FORMATTED.size >= MAX_FORMATTED) {
    FORMATTED.clear();
    ORDINALS.clear();
  }
  FORMATTED.set(whole, formatted);
  ORDINALS.set(formatted, whole);
  return formatted;
}

/**
 * Throws an `InputError` unless `day` is a day (or one of the two just past the calendar's ends,
 * which date arithmetic gives back) and `amount` (when given) a whole number: an answer computed
 * from "2026-02-30", a name or half a month would look like a day and be none.
 */
function checkArguments(day: unknown, amount: unknown = 0): void {
  const isCalendarDay = typeof day === "string" && (ORDINALS.has(day) || isDay(day) || day === BEFORE_CALENDAR || day === AFTER_CALENDAR);
  if (!isCalendarDay || !Number.isInteger(amount)) rejectArgument("calendar argument");
}

/**
 * Adds whole calendar days to a day. Calendar days have no time, so there is no DST to get wrong.
 * The calendar runs from 0001-01-01 to 9999-12-31: past its end the answer is `"9999-12-32"`,
 * before its start `"0000-12-31"`; neither is a day, and they sort after and before every day.
 *
 * @param day - a valid day
 * @param amount - days to add (negative to go back)
 * @returns the new day
 * @throws `InputError` when a day is not a valid day or the amount not a whole number
 * @category Calendar
 * @example
 * ```ts
 * addDays("2026-03-07", 2); //=> "2026-03-09"
 * ```
 */
export function addDays(day: Day, amount: number): Day {
  checkArguments(day, amount);
  return dayFromOrdinal(dayOrdinal(day) + amount);
}

/**
 * {@link addDays} held to the calendar: an answer past 9999-12-31 is 9999-12-31, one before
 * 0001-01-01 is 0001-01-01, so a window or horizon near an end still ends on a day.
 *
 * @example
 * ```ts
 * addDaysWithinCalendar("9999-12-30", 5); //=> "9999-12-31"
 * ```
 */
export function addDaysWithinCalendar(day: Day, amount: number): Day {
  checkArguments(day, amount);
  return dayFromOrdinal(Math.min(Math.max(dayOrdinal(day) + amount, FIRST_ORDINAL), LAST_ORDINAL));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - a valid day
 * @param to - a valid day
 * @returns `to − from` in days
 * @throws `InputError` when a day is not a valid day
 * @category Calendar
 * @example
 * ```ts
 * daysBetween("2026-03-01", "2026-03-31"); //=> 30
 * ```
 */
export function daysBetween(from: Day, to: Day): number {
  checkArguments(from);
  checkArguments(to);
  return dayOrdinal(to) - dayOrdinal(from);
}

/** Orders two days, earlier first, as `Array.prototype.sort` asks: ISO days order as text. */
export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders dated things by their day, earlier first; a stable sort keeps the order of one day's. */
export function byDate(a: { readonly date: Day }, b: { readonly date: Day }): number {
  return compareDays(a.date, b.date);
}

/**
 * The weekday of a day.
 *
 * @param day - a valid day
 * @returns `"mon"` to `"sun"`
 * @throws `InputError` when a day is not a valid day
 * @category Calendar
 * @example
 * ```ts
 * weekdayOf("2026-03-09"); //=> "mon"
 * ```
 */
export function weekdayOf(day: Day): Weekday {
  checkArguments(day);
  // 1970-01-01 was a Thursday, index 3 in ISO order.
  return WEEKDAYS[(((dayOrdinal(day) + 3) % 7) + 7) % 7] as Weekday;
}

/**
 * Adds calendar months, clamping to the end of a shorter month (Jan 31 + 1 month = Feb 28 or 29).
 * The calendar runs from 0001-01-01 to 9999-12-31: past its end the answer is `"9999-12-32"`,
 * before its start `"0000-12-31"`; neither is a day, and they sort after and before every day.
 *
 * @param day - a valid day
 * @param amount - months to add
 * @returns the new day
 * @throws `InputError` when a day is not a valid day or the amount not a whole number
 * @category Calendar
 * @example
 * ```ts
 * addMonths("2026-01-31", 1); //=> "2026-02-28"
 * ```
 */
export function addMonths(day: Day, amount: number): Day {
  checkArguments(day, amount);
  const total = field(day, 0, 4) * 12 + field(day, 5, 2) - 1 + amount;
  const year = Math.floor(total / 12);
  if (year < 1) return BEFORE_CALENDAR;
  if (!(year <= 9999)) return AFTER_CALENDAR;
  const month = total - year * 12 + 1;
  const date = Math.min(field(day, 8, 2), daysInMonth(year, month));
  return dayFromOrdinal(daysFromCivil(year, month, date));
}

/**
 * A person's age in whole years on a day.
 *
 * @param birthDate - a valid day
 * @param on - a valid day
 * @returns completed years of age
 * @category Calendar
 * @example
 * ```ts
 * ageOn("2004-06-15", "2026-06-14"); //=> 21
 * ```
 */
export function ageOn(birthDate: Day, on: Day): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Whether a value is a wall-clock time `HH:MM` between `00:00` and `23:59`.
 *
 * @param value - anything
 * @returns true for a valid wall time
 * @category Calendar
 * @example
 * ```ts
 * isWallTime("09:00"); //=> true
 * isWallTime("25:00"); //=> false
 * ```
 */
export function isWallTime(value: unknown): value is WallTime {
  return typeof value === "string" && WALL_TIME_PATTERN.test(value);
}

/**
 * Minutes after midnight of a wall time.
 *
 * @param time - a valid wall time
 * @returns minutes since 00:00
 * @category Calendar
 * @example
 * ```ts
 * wallTimeMinutes("09:30"); //=> 570
 * ```
 */
export function wallTimeMinutes(time: WallTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The wall time at some minutes after midnight (wrapping past 24 hours).
 *
 * @param minutes - minutes since 00:00
 * @returns the time as `HH:MM`
 * @category Calendar
 * @example
 * ```ts
 * formatWallTime(570); //=> "09:30"
 * ```
 */
export function formatWallTime(minutes: number): WallTime {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${pad(Math.floor(wrapped / 60), 2)}:${pad(wrapped % 60, 2)}`;
}
