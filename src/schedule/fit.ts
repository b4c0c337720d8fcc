import * as z from "zod";
import { formatWallTime, isWallTime, wallTimeMinutes, WEEKDAYS, type WallTime, type Weekday } from "../core/calendar";
import type { Finding, Result } from "../core/finding";
import { catalogFinding, type MessageOf } from "../core/messages";
import { optionFindingFrom } from "../core/options";
import { guardResult } from "../core/plan-error";
import { schemaFindings } from "../core/schema-findings";
import type { TreatmentPlan, WeeklyWindow } from "../plan/types";
import { AGE_GROUPS } from "../policy/params";
import { resolvePolicyOption, type PolicyChoice } from "../policy/resolve";
import { overlaps, windowSlot } from "./intervals";
import { daysPerWeekAllowed } from "./rules/days-per-week";
import { sessionLengthFit } from "./rules/session-length";
import { weeklyMinutesVerdict } from "./rules/weekly-hours";
import { SCHEDULE_MESSAGES } from "./messages";
import { WeeklyWindowSchema } from "./schema";
import { summarizeWeek } from "./summary";

/**
 * Part of the day a session runs in: morning (starts before 12:00), afternoon (before 17:00) or
 * evening.
 *
 * @category Schedule
 * @example
 * ```ts
 * const track: Track = "evening";
 * ```
 */
export type Track = "morning" | "afternoon" | "evening";

const TRACKS: readonly Track[] = ["morning", "afternoon", "evening"];
const NOON = 12 * 60;
const FIVE_PM = 17 * 60;

/**
 * Options of {@link fitSchedule}. Defaults come from the policy where it has a value and are
 * documented here otherwise.
 *
 * @category Schedule
 * @example
 * ```ts
 * const options: FitOptions = { policy: policies.default, daysPerWeek: 3, earliest: "08:00", latest: "21:00" };
 * ```
 */
export interface FitOptions {
  /** Policy (or preset id) whose days, session and weekly bounds patterns must meet. Default `policies.default`. */
  readonly policy?: PolicyChoice;
  /** Program days a week. Default: every count the policy allows. */
  readonly daysPerWeek?: number;
  /** Session length. Default: the middle of the policy's target band (180 under `default`). */
  readonly sessionMinutes?: number;
  /** Earliest start. Default `"08:00"`. */
  readonly earliest?: WallTime;
  /** Latest end. Default `"21:00"`. */
  readonly latest?: WallTime;
  /** Days the program prefers. Default Monday to Friday. */
  readonly preferredDays?: readonly Weekday[];
  /** Age group for the weekly minimum. Default: the plan's, else adult. */
  readonly ageGroup?: "adult" | "adolescent";
  /** Weekly appointment minutes on top of sessions. Default: the plan's appointments, else 0. */
  readonly appointmentMinutes?: number;
  /** Start-time step in minutes, 1 or more. Default 30. */
  readonly stepMinutes?: number;
  /** How many patterns to return at most, 1 or more. Default 10. */
  readonly limit?: number;
}

/**
 * A weekly pattern: the same start on each program day.
 *
 * @category Schedule
 * @example
 * ```ts
 * const pattern: WeeklyPattern = {
 *   days: ["mon", "wed", "fri"], start: "09:00", end: "12:00", track: "morning",
 *   sessionMinutes: 180, weeklyMinutes: 540, offPreferredDays: 0,
 * };
 * ```
 */
export interface WeeklyPattern {
  readonly days: readonly Weekday[];
  readonly start: WallTime;
  readonly end: WallTime;
  readonly track: Track;
  readonly sessionMinutes: number;
  /** Session minutes a week plus appointment minutes. */
  readonly weeklyMinutes: number;
  /** Program days outside the preferred days. */
  readonly offPreferredDays: number;
}

/**
 * The feasible patterns, best first, or why there are none: `reason` is a `schedule/no-fit`
 * finding (its variant and params say why, so `formatFinding` writes it in another language) with
 * the reason's `code`.
 *
 * @category Schedule
 * @example
 * ```ts
 * const fit: ScheduleFit = {
 *   patterns: [],
 *   reason: { code: "days-per-week", rule: "schedule/no-fit", severity: "info", path: [], variant: "daysPerWeek", params: { min: 3, max: 5 }, message: "The policy allows 3 to 5 program days a week." },
 * };
 * ```
 */
export interface ScheduleFit {
  readonly patterns: readonly WeeklyPattern[];
  /** Present when `patterns` is empty. */
  readonly reason?: Finding & { readonly code: string };
}

const CommitmentsSchema = z.array(WeeklyWindowSchema).max(64);

/** The finding for an option of {@link fitSchedule} that is not what it must be. */
function invalidOption(option: string, variant: "notWallTime" | "notWholeNumber" | "notPositiveWholeNumber"): Finding {
  return optionFindingFrom(SCHEDULE_MESSAGES["engine/invalid-option"], [option], { variant, params: { option } });
}

/** Findings for the options of {@link fitSchedule} that are not what they must be. */
function optionFindings(options: FitOptions, earliest: unknown, latest: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const [field, value] of [["earliest", earliest], ["latest", latest]] as const) {
    if (!isWallTime(value)) findings.push(invalidOption(field, "notWallTime"));
  }
  for (const field of ["daysPerWeek", "sessionMinutes", "appointmentMinutes", "stepMinutes", "limit"] as const) {
    const value = options[field];
    if (value === undefined) continue;
    if (!(Number.isInteger(value) && value >= 0)) findings.push(invalidOption(field, "notWholeNumber"));
    else if ((field === "stepMinutes" || field === "limit") && value === 0) findings.push(invalidOption(field, "notPositiveWholeNumber"));
  }
  const set = SCHEDULE_MESSAGES["engine/invalid-option"];
  if (options.ageGroup !== undefined && !(AGE_GROUPS as readonly unknown[]).includes(options.ageGroup)) {
    findings.push(optionFindingFrom(set, ["ageGroup"], { variant: "notOneOf", params: { option: "ageGroup", allowed: AGE_GROUPS } }));
  }
  const days: unknown = options.preferredDays;
  if (days !== undefined && !(Array.isArray(days) && days.every((day) => (WEEKDAYS as readonly unknown[]).includes(day)))) {
    findings.push(optionFindingFrom(set, ["preferredDays"], { variant: "notDayList", params: { option: "preferredDays", allowed: WEEKDAYS } }));
  }
  return findings;
}

/** The track of a session starting at `start` minutes after midnight. */
function trackOf(start: number): Track {
  return start < NOON ? "morning" : start < FIVE_PM ? "afternoon" : "evening";
}

/** Every choice of `size` items, in the items' order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, index) => {
    for (const rest of combinations(items.slice(index + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

/** A fit with no pattern, and why. */
function none(code: string, said: MessageOf<(typeof SCHEDULE_MESSAGES)["schedule/no-fit"]>): Result<ScheduleFit> {
  return { success: true, data: { patterns: [], reason: { code, ...catalogFinding(SCHEDULE_MESSAGES, "schedule/no-fit", "info", [], said) } } };
}

/**
 * Finds weekly patterns (days and a start time in a morning, afternoon or evening track) that meet
 * the policy's days, session and weekly-minute bounds and avoid every commitment, best first:
 * fewest days off the preferred days, then the earliest track, then the earliest start, then the
 * fewest days. When there are none, `reason` says why. Never throws: bad commitments or options
 * (and an unknown preset id) give findings.
 *
 * @param input - a plan (its commitments, age group and appointments) or a list of commitments
 * @param options - the bounds and preferences
 * @returns the patterns, or findings for bad input
 * @category Schedule
 * @example
 * ```ts
 * const fit = fitSchedule([{ day: "mon", start: "08:00", end: "13:00" }], { daysPerWeek: 3 });
 * fit.success && fit.data.patterns[0];
 * //=> { days: ["tue", "wed", "thu"], start: "08:00", end: "11:00", track: "morning", sessionMinutes: 180, weeklyMinutes: 540, offPreferredDays: 0 }
 * ```
 */
export function fitSchedule(input: TreatmentPlan | readonly WeeklyWindow[], options: FitOptions = {}): Result<ScheduleFit> {
  return guardResult("plan or its options", () => {
    const plan = Array.isArray(input) ? undefined : (input as TreatmentPlan);
    const parsed = CommitmentsSchema.safeParse(plan ? (plan.participant.commitments ?? []) : input, { reportInput: true });
    if (!parsed.success) return { success: false, findings: schemaFindings(parsed.error.issues) };
    const policy = resolvePolicyOption(options);
    const earliest = options.earliest ?? "08:00";
    const latest = options.latest ?? "21:00";
    const findings = [...(policy.success ? [] : policy.findings), ...optionFindings(options, earliest, latest)];
    if (!policy.success || findings.length > 0) return { success: false, findings };
    const { daysPerWeek, sessionMinutes: sessionBounds, weeklyMinutes } = policy.data.params;
    const minutes = options.sessionMinutes ?? Math.round((sessionBounds.targetMin + sessionBounds.targetMax) / 2);
    const ageGroup = options.ageGroup ?? plan?.participant.ageGroup ?? "adult";
    const appointmentMinutes = options.appointmentMinutes ?? (plan ? summarizeWeek(plan.schedule).appointmentMinutes : 0);
    const preferred = new Set(options.preferredDays ?? WEEKDAYS.slice(0, 5));
    const step = options.stepMinutes ?? 30;
    const counts = options.daysPerWeek === undefined ? range(daysPerWeek.min, daysPerWeek.max) : [options.daysPerWeek];

    if (sessionLengthFit(minutes, sessionBounds) === "outside-bounds") {
      return none("session-length", { variant: "sessionLength", params: { minutes, min: sessionBounds.min, max: sessionBounds.max } });
    }
    if (!counts.some((count) => daysPerWeekAllowed(count, daysPerWeek))) {
      return none("days-per-week", { variant: "daysPerWeek", params: { min: daysPerWeek.min, max: daysPerWeek.max } });
    }
    const weekly = weeklyMinutes[ageGroup];
    const usableCounts = counts.filter(
      (count) => daysPerWeekAllowed(count, daysPerWeek) && weeklyMinutesVerdict(weeklyMinutes, ageGroup, count * minutes + appointmentMinutes) === "within",
    );
    if (usableCounts.length === 0) {
      return none("weekly-minutes", { variant: "weeklyMinutes", params: { minutes, min: weekly.min, max: weekly.max, ageGroup } });
    }
    const first = wallTimeMinutes(earliest);
    const lastStart = wallTimeMinutes(latest) - minutes;
    if (lastStart < first) return none("window", { variant: "window", params: { minutes, earliest, latest } });

    const commitments = parsed.data.map((window, index) => windowSlot(window, ["commitments", index]));
    const patterns: WeeklyPattern[] = [];
    for (let start = first; start <= lastStart; start += step) {
      const free = WEEKDAYS.filter((day) => !commitments.some((commitment) => overlaps({ day, start, end: start + minutes }, commitment)));
      for (const count of usableCounts) {
        for (const days of combinations(free, count)) {
          patterns.push({
            days,
            start: formatWallTime(start),
            end: formatWallTime(start + minutes),
            track: trackOf(start),
            sessionMinutes: minutes,
            weeklyMinutes: count * minutes + appointmentMinutes,
            offPreferredDays: days.filter((day) => !preferred.has(day)).length,
          });
        }
      }
    }
    if (patterns.length === 0) {
      return none("no-free-days", { variant: "noFreeDays", params: { earliest, latest, counts: usableCounts.map(String) } });
    }
    patterns.sort(
      (a, b) =>
        a.offPreferredDays - b.offPreferredDays ||
        TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) ||
        wallTimeMinutes(a.start) - wallTimeMinutes(b.start) ||
        a.days.length - b.days.length ||
        dayKey(a.days).localeCompare(dayKey(b.days)),
    );
    return { success: true, data: { patterns: patterns.slice(0, options.limit ?? 10) } };
  });
}

/** The whole numbers from `from` to `to`, both included. */
function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += 1) values.push(value);
  return values;
}

/** A sort key for a set of days: their weekday indexes. */
function dayKey(days: readonly Weekday[]): string {
  return days.map((day) => WEEKDAYS.indexOf(day)).join(",");
}
