import { addDays, byDate, daysBetween, type Day } from "../core/calendar";
import { lastDayOfCare, MAX_PERIOD_DAYS } from "../core/period";
import { describeFindings, InputError, rejectArgument } from "../core/plan-error";
import type { ModalityKind } from "../modalities/kinds";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";
import { iopBefore } from "./levels";
import { minutesPresent } from "./received";
import type { AttendanceRecord, AttendanceStatus } from "./schema";

/**
 * A plan week: its number (1 for the week of admission) and its seven days, from the admission's
 * weekday on, as `deliveredCare` counts them.
 *
 * @example
 * ```ts
 * const week: PlanWeek = { week: 2, from: "2026-03-16", to: "2026-03-22" };
 * ```
 */
export interface PlanWeek {
  readonly week: number;
  readonly from: Day;
  readonly to: Day;
}

/**
 * An appointment without a set day and time in one plan week it falls in: it can be recorded on
 * any day of that week within care.
 *
 * @example
 * ```ts
 * // The weekly 50-minute individual therapy of the template plan, in its second week.
 * const visit: WeeklyAppointment = { kind: "appointment", sessionIndex: 0, week: 2, from: "2026-03-16", to: "2026-03-22", date: "2026-03-22", minutes: 50, modality: "individual-therapy" };
 * ```
 */
export interface WeeklyAppointment extends PlanWeek {
  readonly kind: "appointment";
  /** Index in `schedule.appointments`. */
  readonly sessionIndex: number;
  /** The day it is counted on: that of the record that counts for it, else the last day of its week in care, by which it was due. */
  readonly date: Day;
  readonly minutes: number;
  readonly modality: ModalityKind;
}

/**
 * What a record can be for: a dated session or appointment, or an undated appointment in a plan week.
 *
 * @example
 * ```ts
 * const care: RecordableCare = visit; // a WeeklyAppointment
 * ```
 */
export type RecordableCare = ScheduledSession | WeeklyAppointment;

/**
 * A session or appointment with the index of its record in `plan.attendance`, if any.
 *
 * @example
 * ```ts
 * const recorded: RecordedSession = { session: visit, record: 3, status: "attended" };
 * ```
 */
export interface RecordedSession<Care extends RecordableCare = RecordableCare> {
  readonly session: Care;
  /** Index in `plan.attendance` of the record that counts for it (see {@link matchAttendance}). */
  readonly record: number | undefined;
  readonly status: AttendanceStatus | undefined;
}

/**
 * The plan's care matched with its attendance records.
 *
 * @example
 * ```ts
 * matchAttendance(plan).care.length; //=> 4 (three sessions and a weekly appointment, one week in care)
 * ```
 */
export interface MatchedAttendance {
  /** Every dated session and appointment of the period, in start order. */
  readonly sessions: readonly RecordedSession<ScheduledSession>[];
  /** The same, and every undated appointment in each plan week it falls in, in date order (after the dated care of its day). */
  readonly care: readonly RecordedSession[];
  /** Indexes of records that match nothing the plan schedules. */
  readonly unknown: readonly number[];
  /** Every other record for care with more than one, in list order: its index, in `first` the index of the record that counts, and for an undated appointment its week. */
  readonly duplicates: readonly { readonly index: number; readonly first: number; readonly planWeek?: PlanWeek }[];
}

/**
 * Whether care is an undated appointment in a plan week.
 *
 * @example
 * ```ts
 * isWeekly(visit); //=> true
 * ```
 */
export function isWeekly(care: RecordableCare): care is WeeklyAppointment {
  return "week" in care;
}

/**
 * The plan week a day in care falls in (weeks of seven days from admission).
 *
 * @example
 * ```ts
 * planWeekOf(plan, "2026-03-18"); //=> { week: 2, from: "2026-03-16", to: "2026-03-22" } (admitted 2026-03-09)
 * ```
 */
function planWeekOf(plan: TreatmentPlan, day: Day): PlanWeek {
  const week = Math.floor(daysBetween(plan.period.admitted, day) / 7) + 1;
  const from = addDays(plan.period.admitted, (week - 1) * 7);
  return { week, from, to: addDays(from, 6) };
}

/**
 * The plan week of an undated appointment (or of anything that extends one), its own fields only.
 *
 * @example
 * ```ts
 * weekOnly(visit); //=> { week: 2, from: "2026-03-16", to: "2026-03-22" }
 * ```
 */
export function weekOnly({ week, from, to }: PlanWeek): PlanWeek {
  return { week, from, to };
}

/**
 * Every undated appointment (indexes in `undated`) in each plan week it falls in, in date order: as
 * an appointment set on a day recurs (`expandSchedule`), the week of admission, then every
 * `everyWeeks` weeks, each week that starts in care. Counted in days, so no clock change can move
 * or drop one.
 *
 * @param plan - a parsed plan
 * @param undated - the indexes of its undated appointments (`ExpandedSchedule.undatedAppointments`)
 * @returns one entry per appointment and week
 * @example
 * ```ts
 * // The template plan: a weekly individual therapy (0) and a psychiatric visit every 2 weeks (1).
 * weeklyAppointments(plan, [0, 1]).filter((visit) => visit.week <= 2).map((visit) => [visit.sessionIndex, visit.week]); //=> [[0, 1], [1, 1], [0, 2]]
 * ```
 */
export function weeklyAppointments(plan: TreatmentPlan, undated: readonly number[]): WeeklyAppointment[] {
  const end = lastDayOfCare(plan);
  const weeks = Math.floor(daysBetween(plan.period.admitted, end) / 7) + 1;
  const entries: WeeklyAppointment[] = [];
  for (const index of undated) {
    const appointment = plan.schedule.appointments![index]!;
    // A plan that was never parsed may hold any interval: one that is not a whole number of weeks would never end.
    if (!Number.isInteger(appointment.everyWeeks) || appointment.everyWeeks < 1) rejectArgument("plan or its options");
    for (let week = 1; week <= Math.min(weeks, MAX_PERIOD_DAYS); week += appointment.everyWeeks) {
      const from = addDays(plan.period.admitted, (week - 1) * 7);
      const to = addDays(from, 6);
      entries.push({ kind: "appointment", sessionIndex: index, week, from, to, date: to < end ? to : end, minutes: appointment.minutes, modality: appointment.modality });
    }
  }
  return entries.sort((a, b) => a.week - b.week || a.sessionIndex - b.sessionIndex);
}

/** The key of a dated session or appointment: kind, index and day. */
function keyOf(kind: ScheduledSession["kind"], index: number, date: Day): string {
  return `${kind}:${index}:${date}`;
}

/** The key of an undated appointment in a plan week. */
function weeklyKey(index: number, week: number): string {
  return `appointment:${index}:week ${week}`;
}

/**
 * The key of a session or appointment, the same for every expansion of the schedule: an undated
 * appointment's names its week, not the day it is counted on.
 *
 * @example
 * ```ts
 * sessionKey(visit); //=> "appointment:0:week 2"
 * ```
 */
export function sessionKey(care: RecordableCare): string {
  return isWeekly(care) ? weeklyKey(care.sessionIndex, care.week) : keyOf(care.kind, care.sessionIndex, care.date);
}

/** What `targetOf` reads: the day's program sessions, the undated appointments and the days in care. */
interface Targets {
  readonly sessionsOn: ReadonlyMap<Day, readonly ScheduledSession[]>;
  readonly undated: ReadonlySet<number>;
  readonly admitted: Day;
  readonly end: Day;
}

/** The key a record points at, or `undefined` when it names nothing the plan schedules. */
function targetOf(plan: TreatmentPlan, record: AttendanceRecord, targets: Targets): string | undefined {
  if (record.session !== undefined) return keyOf("session", record.session, record.date);
  if (record.appointment !== undefined && targets.undated.has(record.appointment)) {
    if (record.date < targets.admitted || record.date > targets.end) return undefined;
    return weeklyKey(record.appointment, planWeekOf(plan, record.date).week);
  }
  if (record.appointment !== undefined) return keyOf("appointment", record.appointment, record.date);
  const only = targets.sessionsOn.get(record.date);
  return only?.length === 1 ? keyOf("session", only[0]!.sessionIndex, record.date) : undefined;
}

/**
 * How records without minutes present rank against each other: an unexcused absence before an
 * excused one before a cancellation by the program, so a duplicate never hides an unexcused
 * absence from a run that asks for outreach.
 */
const ABSENCE_RANK: Readonly<Record<AttendanceStatus, number>> = {
  attended: 3,
  partial: 3,
  "absent-unexcused": 2,
  "absent-excused": 1,
  "cancelled-by-programme": 0,
};

/**
 * Of a session's records (indexes in list order), the one that counts: one dated on a day it can
 * count on (`counts`) before one that is not, then the one that shows the most minutes present,
 * then by {@link ABSENCE_RANK}, then the first of records alike. Only an undated appointment's
 * records can differ in their day; adding a record can then only raise what a session delivered,
 * so removing one never raises it, and only records alike in all three depend on the list's order.
 */
function countingRecord(plan: TreatmentPlan, care: RecordableCare, records: readonly number[], counts: (day: Day) => boolean): number {
  const rank = (record: number) => {
    const { date, status } = plan.attendance![record]!;
    return [counts(date) ? 1 : 0, minutesPresent(plan, { session: care, record, status }), ABSENCE_RANK[status]] as const;
  };
  return records.reduce((best, record) => {
    const [a, b] = [rank(record), rank(best)];
    return a[0] !== b[0] ? (a[0] > b[0] ? record : best) : a[1] !== b[1] ? (a[1] > b[1] ? record : best) : a[2] > b[2] ? record : best;
  });
}

/**
 * Matches the plan's attendance records to its care (from admission to the end of care, in the
 * plan's zone): its dated sessions and appointments, and its undated appointments in each plan
 * week they fall in (see {@link weeklyAppointments}), which a record may name on any day of the
 * week. When care has more than one record, the one that counts is one dated before `asOf` on a
 * day at the IOP level of care (for an undated appointment, whose records may fall on different
 * days), then the one that shows the most minutes present, then an unexcused absence before an
 * excused one before a cancellation, then the first of records alike in all of these; the others
 * are duplicates. The figures never depend on the order of the list, and removing a record never
 * raises the minutes delivered. A plan whose schedule cannot be dated (one never parsed) throws an `InputError`
 * with the findings, which a public function reports.
 *
 * @param plan - a parsed plan
 * @param asOf - the day the plan is looked at, when there is one
 * @returns the care with its records, the records that match nothing and the duplicates
 * @example
 * ```ts
 * // Two records for Monday's session: absent, then attended. The attended one counts.
 * matchAttendance(plan).duplicates; //=> [{ index: 0, first: 1 }]
 * ```
 */
export function matchAttendance(plan: TreatmentPlan, asOf?: Day): MatchedAttendance {
  const end = lastDayOfCare(plan);
  const expanded = expandSchedule(plan, { from: plan.period.admitted, to: end });
  if (!expanded.success) throw new InputError(describeFindings("The plan's schedule", expanded.findings), expanded.findings);
  const dated = expanded.data.sessions;
  const weekly = weeklyAppointments(plan, expanded.data.undatedAppointments);
  const keys = new Set([...dated, ...weekly].map(sessionKey));
  const sessionsOn = new Map<Day, ScheduledSession[]>();
  for (const session of dated) if (session.kind === "session") sessionsOn.set(session.date, [...(sessionsOn.get(session.date) ?? []), session]);
  const targets: Targets = { sessionsOn, undated: new Set(expanded.data.undatedAppointments), admitted: plan.period.admitted, end };
  const recordsOf = new Map<string, number[]>();
  const unknown: number[] = [];
  (plan.attendance ?? []).forEach((record, index) => {
    const key = targetOf(plan, record, targets);
    if (key === undefined || !keys.has(key)) return void unknown.push(index);
    recordsOf.set(key, [...(recordsOf.get(key) ?? []), index]);
  });
  const counts = iopBefore(plan.transitions, asOf);
  const duplicates: { index: number; first: number; planWeek?: PlanWeek }[] = [];
  const recordedOf = <Care extends RecordableCare>(care: Care, dateOf: (record: number) => Care): RecordedSession<Care> => {
    const records = recordsOf.get(sessionKey(care));
    if (records === undefined) return { session: care, record: undefined, status: undefined };
    const record = countingRecord(plan, care, records, counts);
    const planWeek = isWeekly(care) ? { planWeek: weekOnly(care) } : {};
    for (const index of records) if (index !== record) duplicates.push({ index, first: record, ...planWeek });
    return { session: dateOf(record), record, status: plan.attendance![record]!.status };
  };
  const sessions = dated.map((session) => recordedOf(session, () => session));
  const weeks = weekly.map((visit) => recordedOf(visit, (record) => ({ ...visit, date: plan.attendance![record]!.date })));
  duplicates.sort((a, b) => a.index - b.index);
  return { sessions, care: [...sessions, ...weeks].sort((a, b) => byDate(a.session, b.session)), unknown, duplicates };
}

/** Whether a status means the participant received care: attended, in whole or in part. */
export function isAttended(status: AttendanceStatus | undefined): boolean {
  return status === "attended" || status === "partial";
}
