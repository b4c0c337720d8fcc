import { addDays, type Day } from "../core/calendar";
import type { Result } from "../core/finding";
import { lastDayOfCare } from "../core/period";
import { roundTo } from "../core/round";
import type { RuleContext } from "../core/rule";
import { describeActivity, isQualifyingService } from "../modalities/catalog";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParams } from "../policy/params";
import { resolveDayAndPolicy, type PolicyChoice } from "../policy/resolve";
import { guardResult } from "../core/plan-error";
import type { ScheduledSession } from "../schedule/expand";
import { weeklyMinutesVerdict } from "../schedule/rules/weekly-hours";
import { iopBefore, levelThrough, PLAN_LEVEL, transitionsInOrder } from "./levels";
import { isAttended, isWeekly, matchAttendance, type MatchedAttendance, type RecordableCare, type RecordedSession, weekOnly } from "./match";
import { minutesPresent, portionsWithin } from "./received";
import type { CareLevel } from "./schema";

/**
 * Options of {@link deliveredCare}.
 *
 * @category Attendance
 * @example
 * ```ts
 * const options: DeliveredCareOptions = { asOf: "2026-04-06", policy: "medicare-iop" };
 * ```
 */
export interface DeliveredCareOptions {
  /** The day the plan is looked at: sessions before it count. */
  readonly asOf: Day;
  /** The policy whose weekly minimum judges the weeks. Default: `policies.default`. */
  readonly policy?: PolicyChoice;
}

/**
 * Missed sessions and appointments by kind.
 *
 * @category Attendance
 * @example
 * ```ts
 * const absences: Absences = { excused: 1, unexcused: 2, cancelled: 0 };
 * ```
 */
export interface Absences {
  readonly excused: number;
  readonly unexcused: number;
  /** Cancelled by the program. */
  readonly cancelled: number;
}

/**
 * Care scheduled and delivered over a span: therapy minutes (breaks excluded) and Medicare
 * qualifying minutes, program days, absences and sessions without a record.
 *
 * @category Attendance
 * @example
 * ```ts
 * const totals: DeliveredTotals = {
 *   scheduledMinutes: 540, deliveredMinutes: 330, scheduledQualifyingMinutes: 540, deliveredQualifyingMinutes: 330,
 *   programDays: 3, programDaysAttended: 2, absences: { excused: 0, unexcused: 1, cancelled: 0 }, unrecorded: 0,
 * };
 * ```
 */
export interface DeliveredTotals {
  readonly scheduledMinutes: number;
  readonly deliveredMinutes: number;
  readonly scheduledQualifyingMinutes: number;
  readonly deliveredQualifyingMinutes: number;
  /** Days with a program session. */
  readonly programDays: number;
  /** Days with a program session attended in whole or in part. */
  readonly programDaysAttended: number;
  readonly absences: Absences;
  /** Sessions and appointments without a record. */
  readonly unrecorded: number;
}

/**
 * One plan week (seven days from admission) of delivered care.
 *
 * @category Attendance
 * @example
 * ```ts
 * const result = deliveredCare(plan, { asOf: "2026-03-16" });
 * result.success && result.data.weeks[0]!.from; //=> "2026-03-09"
 * ```
 */
export interface DeliveredWeek extends DeliveredTotals {
  /** Week number, 1 for the week of admission. */
  readonly week: number;
  readonly from: Day;
  readonly to: Day;
  /** All seven days are in care and before `asOf`. */
  readonly complete: boolean;
  /** The level of care all week, from the plan's transitions; `undefined` when it changes during the week. */
  readonly level: CareLevel | undefined;
  /**
   * A complete IOP week whose delivered minutes (qualifying ones when the policy counts only
   * those) fall under the weekly minimum because care was missed: under the minimum and under
   * what the week scheduled, and still under the minimum were every session without a record
   * attended. A week whose schedule alone falls short is the schedule's concern.
   */
  readonly short: boolean;
}

/**
 * A run of unexcused absences in a row: attended sessions end a run; excused absences,
 * program cancellations and sessions without a record neither end nor lengthen it.
 *
 * @category Attendance
 * @example
 * ```ts
 * const run: AbsenceRun = { length: 3, from: "2026-03-16", to: "2026-03-20", records: [3, 4, 5] };
 * ```
 */
export interface AbsenceRun {
  readonly length: number;
  readonly from: Day;
  readonly to: Day;
  /** Indexes in `plan.attendance` of the absences. */
  readonly records: readonly number[];
}

/**
 * A session or appointment before `asOf` without an attendance record: a dated one, or an
 * undated appointment in a plan week whose last day in care is before `asOf`.
 *
 * @category Attendance
 * @example
 * ```ts
 * const missing: UnrecordedSession = { date: "2026-03-11", kind: "session", index: 0 };
 * const weekly: UnrecordedSession = { date: "2026-03-15", kind: "appointment", index: 0, planWeek: { week: 1, from: "2026-03-09", to: "2026-03-15" } };
 * ```
 */
export interface UnrecordedSession {
  /** The day of the session; for an undated appointment, the last day of its week in care, by which it was due. */
  readonly date: Day;
  readonly kind: ScheduledSession["kind"];
  /** Index in `schedule.sessions` or `schedule.appointments`. */
  readonly index: number;
  /** For an undated appointment only: the plan week it falls in (its number from 1 and its seven days). */
  readonly planWeek?: { readonly week: number; readonly from: Day; readonly to: Day };
}

/**
 * Delivered care up to a day: each plan week, the totals, the attendance rate, the longest run of
 * unexcused absences and the sessions without a record.
 *
 * @category Attendance
 * @example
 * ```ts
 * const result = deliveredCare(plan, { asOf: "2026-03-16" });
 * result.success && result.data.totals.scheduledMinutes; //=> 620
 * ```
 */
export interface DeliveredCare {
  readonly asOf: Day;
  /** What the weeks are judged on: therapy minutes, or qualifying minutes only. */
  readonly counted: "therapeutic" | "qualifying";
  /** The policy's weekly minimum for the participant's age group, in counted minutes. */
  readonly weeklyMinimum: number;
  readonly weeks: readonly DeliveredWeek[];
  readonly totals: DeliveredTotals;
  /** Sessions and appointments attended (in whole or part) over those with a record other than a program cancellation; `undefined` when there are none. */
  readonly attendanceRate: number | undefined;
  readonly longestUnexcusedRun: AbsenceRun | undefined;
  readonly unrecorded: readonly UnrecordedSession[];
}

/** Therapy and qualifying minutes. */
interface Minutes {
  readonly therapeutic: number;
  readonly qualifying: number;
}

/** Therapy and qualifying minutes of a session's first `present` minutes, its activities taken in order (the last one possibly in part). */
function minutesWithin(session: RecordableCare, present: number): Minutes {
  let therapeutic = 0;
  let qualifying = 0;
  for (const { activity, minutes } of portionsWithin(session, present)) {
    const info = describeActivity(activity);
    if (!info.therapeutic) continue;
    therapeutic += minutes;
    if (isQualifyingService(info)) qualifying += minutes;
  }
  return { therapeutic, qualifying };
}

/** The minutes a record shows delivered: those of the minutes present (all of them attended, capped at the length when partial, none otherwise). */
function deliveredOf(plan: TreatmentPlan, recorded: RecordedSession): Minutes {
  return minutesWithin(recorded.session, minutesPresent(plan, recorded));
}

/** A mutable tally of one span. */
interface Tally {
  scheduledMinutes: number;
  deliveredMinutes: number;
  scheduledQualifyingMinutes: number;
  deliveredQualifyingMinutes: number;
  programDays: Set<Day>;
  programDaysAttended: Set<Day>;
  excused: number;
  unexcused: number;
  cancelled: number;
  unrecorded: number;
  /** The scheduled minutes of the sessions without a record, and the qualifying ones among them. */
  unrecordedMinutes: number;
  unrecordedQualifyingMinutes: number;
}

function emptyTally(): Tally {
  return {
    scheduledMinutes: 0,
    deliveredMinutes: 0,
    scheduledQualifyingMinutes: 0,
    deliveredQualifyingMinutes: 0,
    programDays: new Set(),
    programDaysAttended: new Set(),
    excused: 0,
    unexcused: 0,
    cancelled: 0,
    unrecorded: 0,
    unrecordedMinutes: 0,
    unrecordedQualifyingMinutes: 0,
  };
}

function addTo(tally: Tally, plan: TreatmentPlan, recorded: RecordedSession): void {
  const { session, status } = recorded;
  const scheduled = minutesWithin(session, session.minutes);
  const delivered = deliveredOf(plan, recorded);
  tally.scheduledMinutes += scheduled.therapeutic;
  tally.scheduledQualifyingMinutes += scheduled.qualifying;
  tally.deliveredMinutes += delivered.therapeutic;
  tally.deliveredQualifyingMinutes += delivered.qualifying;
  if (session.kind === "session") {
    tally.programDays.add(session.date);
    if (isAttended(status)) tally.programDaysAttended.add(session.date);
  }
  if (status === "absent-excused") tally.excused += 1;
  else if (status === "absent-unexcused") tally.unexcused += 1;
  else if (status === "cancelled-by-programme") tally.cancelled += 1;
  else if (status === undefined) {
    tally.unrecorded += 1;
    tally.unrecordedMinutes += scheduled.therapeutic;
    tally.unrecordedQualifyingMinutes += scheduled.qualifying;
  }
}

function totalsOf(tally: Tally): DeliveredTotals {
  return {
    scheduledMinutes: tally.scheduledMinutes,
    deliveredMinutes: tally.deliveredMinutes,
    scheduledQualifyingMinutes: tally.scheduledQualifyingMinutes,
    deliveredQualifyingMinutes: tally.deliveredQualifyingMinutes,
    programDays: tally.programDays.size,
    programDaysAttended: tally.programDaysAttended.size,
    absences: { excused: tally.excused, unexcused: tally.unexcused, cancelled: tally.cancelled },
    unrecorded: tally.unrecorded,
  };
}

/**
 * The IOP care before `asOf`: the matched sessions and appointments dated before it on days the
 * plan's transitions put at the IOP level of care. A session on a day at partial hospitalization or
 * outpatient care is no IOP care: it is neither scheduled nor delivered IOP minutes, nor missing a
 * record (`attendance/php-iop-overlap` reports one recorded as attended). An undated appointment
 * counts on the day of its record, and without one on the last day of its week in care: once
 * that day is before `asOf`, it was due.
 *
 * @example
 * ```ts
 * // A step up to partial hospitalization on 2026-03-23: the sessions from then on are left out.
 * pastIopCare(plan, matchAttendance(plan), "2026-04-10").every(({ session }) => session.date < "2026-03-23"); //=> true
 * ```
 */
function pastIopCare(plan: TreatmentPlan, matched: MatchedAttendance, asOf: Day): RecordedSession[] {
  const counts = iopBefore(plan.transitions, asOf);
  return matched.care.filter(({ session }) => counts(session.date));
}

/**
 * The IOP sessions and appointments before `asOf` without a record (see {@link pastIopCare}), in
 * date order, an undated appointment with its week: what `deliveredCare` lists and
 * `attendance/unrecorded` reports.
 *
 * @example
 * ```ts
 * // One record, for Monday 2026-03-09, looked at on Thursday.
 * unrecordedBefore(plan, matchAttendance(plan), "2026-03-12"); //=> [{ date: "2026-03-11", kind: "session", index: 1 }]
 * ```
 */
export function unrecordedBefore(plan: TreatmentPlan, matched: MatchedAttendance, asOf: Day): UnrecordedSession[] {
  return pastIopCare(plan, matched, asOf)
    .filter((recorded) => recorded.status === undefined)
    .map(({ session }) => ({ date: session.date, kind: session.kind, index: session.sessionIndex, ...(isWeekly(session) ? { planWeek: weekOnly(session) } : {}) }));
}

/**
 * Whether a week's delivered minutes fall under the weekly minimum for want of care it scheduled
 * (see {@link DeliveredWeek.short}): sessions without a record count as attended, so a week is
 * short only when their records could not lift it to the minimum.
 */
function isShortWeek(plan: TreatmentPlan, weeklyMinutes: PolicyParams["weeklyMinutes"], week: Omit<DeliveredWeek, "short">, tally: Tally): boolean {
  if (!week.complete || week.level !== PLAN_LEVEL) return false;
  const [delivered, scheduled, unrecorded] = weeklyMinutes.qualifyingOnly
    ? [week.deliveredQualifyingMinutes, week.scheduledQualifyingMinutes, tally.unrecordedQualifyingMinutes]
    : [week.deliveredMinutes, week.scheduledMinutes, tally.unrecordedMinutes];
  const atMost = delivered + unrecorded;
  return atMost < scheduled && weeklyMinutesVerdict(weeklyMinutes, plan.participant.ageGroup, atMost) === "below";
}

/** The plan weeks from admission that start before `asOf` and within care, each with its tally. */
export function deliveredWeeks(plan: TreatmentPlan, matched: MatchedAttendance, asOf: Day, weeklyMinutes: PolicyParams["weeklyMinutes"]): DeliveredWeek[] {
  const { admitted } = plan.period;
  const end = lastDayOfCare(plan);
  const ordered = transitionsInOrder(plan.transitions);
  const weeks: DeliveredWeek[] = [];
  const past = pastIopCare(plan, matched, asOf);
  let cursor = 0;
  for (let from = admitted, week = 1; from < asOf && from <= end; from = addDays(from, 7), week += 1) {
    const to = addDays(from, 6);
    const tally = emptyTally();
    while (cursor < past.length && past[cursor]!.session.date <= to) addTo(tally, plan, past[cursor++]!);
    const base = { week, from, to, complete: to < asOf && to <= end, level: levelThrough(ordered, from, to), ...totalsOf(tally) };
    weeks.push({ ...base, short: isShortWeek(plan, weeklyMinutes, base, tally) });
  }
  return weeks;
}

/** Every run of unexcused absences before `asOf` (all of them without one), in date order, whatever the level of care of their days: a run of missed sessions asks for outreach at any level. */
export function absenceRuns(matched: MatchedAttendance, asOf: Day | undefined): AbsenceRun[] {
  const runs: AbsenceRun[] = [];
  let current: RecordedSession[] = [];
  const close = () => {
    if (current.length > 0) runs.push({ length: current.length, from: current[0]!.session.date, to: current.at(-1)!.session.date, records: current.map((recorded) => recorded.record!) });
    current = [];
  };
  for (const recorded of matched.care) {
    if (asOf !== undefined && recorded.session.date >= asOf) break;
    if (recorded.status === "absent-unexcused") current.push(recorded);
    else if (isAttended(recorded.status)) close();
  }
  close();
  return runs;
}

/** Attended over recorded (program cancellations left out), to three places; `undefined` when nothing counts. */
function attendanceRate(past: readonly RecordedSession[]): number | undefined {
  const expected = past.filter((recorded) => recorded.status !== undefined && recorded.status !== "cancelled-by-programme");
  if (expected.length === 0) return undefined;
  return roundTo(expected.filter((recorded) => isAttended(recorded.status)).length / expected.length, 3);
}

/** {@link matchAttendance} as of the check's `asOf`, shaped for `RuleContext.derive`. */
export function attendanceOfPlan(plan: TreatmentPlan, ctx: RuleContext): MatchedAttendance {
  return matchAttendance(plan, ctx.asOf);
}

/** The plan weeks before `asOf` judged with the policy's weekly minutes, shaped for `RuleContext.derive` (none without `asOf`). */
export function weeksOfPlan(plan: TreatmentPlan, ctx: RuleContext): DeliveredWeek[] {
  if (ctx.asOf === undefined || plan.attendance === undefined) return [];
  return deliveredWeeks(plan, ctx.derive(attendanceOfPlan), ctx.asOf, ctx.params.weeklyMinutes);
}

/**
 * What was delivered, from the plan's attendance records: for each plan week from admission
 * (seven days from the admission day) the therapy minutes scheduled and delivered, the Medicare
 * qualifying minutes, program days scheduled and attended, absences by kind and sessions without
 * a record; the totals (the sum of the weeks); the attendance rate; the longest run of unexcused
 * absences; and the sessions before `asOf` without a record. Only sessions and appointments dated
 * before `asOf` on days at the IOP level of care count (records dated after it are
 * `attendance/future-record`'s concern and never read; a session on a partial hospitalization or
 * outpatient day is no IOP care); a partial record delivers the minutes of its first `minutes`, the activities taken in the
 * session's order, the last one possibly in part (billing, stricter, counts only the activities
 * delivered in whole, so it never claims more than this); when a session has more than one record
 * (`attendance/duplicate-record`), the one showing the most minutes present counts; an appointment without a day and
 * time counts in each plan week it falls in (see `weeklyAppointments`), on the day of its record, and without one as
 * care without a record once its week's last day in care is before `asOf`. Never throws: a bad `asOf` or policy gives findings.
 *
 * @param plan - a parsed plan
 * @param options - `asOf` and the policy
 * @returns the delivered care, or findings
 * @category Attendance
 * @example
 * ```ts
 * const recorded = parsePlan({ ...plan, attendance: [
 *   { date: "2026-03-09", session: 0, status: "attended" },
 *   { date: "2026-03-11", session: 1, status: "absent-unexcused" },
 *   { date: "2026-03-13", session: 2, status: "partial", minutes: 60 },
 * ] });
 * const result = deliveredCare(recorded, { asOf: "2026-03-16" });
 * result.success && [result.data.totals.deliveredMinutes, result.data.weeks[0]!.short]; //=> [240, true]
 * ```
 */
export function deliveredCare(plan: TreatmentPlan, options: DeliveredCareOptions): Result<DeliveredCare> {
  return guardResult("plan or its options", () => {
    const resolved = resolveDayAndPolicy(options);
    if (!resolved.success) return resolved;
    const { asOf, policy } = resolved.data;
    const { weeklyMinutes } = policy.params;
    const matched = matchAttendance(plan, asOf);
    const weeks = deliveredWeeks(plan, matched, asOf, weeklyMinutes);
    const total = emptyTally();
    const past = pastIopCare(plan, matched, asOf);
    for (const recorded of past) addTo(total, plan, recorded);
    const runs = absenceRuns(matched, asOf);
    const longest = runs.reduce<AbsenceRun | undefined>((best, run) => (best === undefined || run.length > best.length ? run : best), undefined);
    return {
      success: true,
      data: {
        asOf,
        counted: weeklyMinutes.qualifyingOnly ? "qualifying" : "therapeutic",
        weeklyMinimum: weeklyMinutes[plan.participant.ageGroup].min,
        weeks,
        totals: totalsOf(total),
        attendanceRate: attendanceRate(past),
        longestUnexcusedRun: longest,
        unrecorded: unrecordedBefore(plan, matched, asOf),
      },
    };
  });
}
