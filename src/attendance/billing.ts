import type { Day } from "../core/calendar";
import type { Activity, TreatmentPlan } from "../plan/types";
import type { ScheduledSession } from "../schedule/expand";
import { levelOn, PLAN_LEVEL, transitionsInOrder } from "./levels";
import { isWeekly, matchAttendance, sessionKey, type RecordableCare, type RecordedSession } from "./match";
import { activitiesDeliveredInWhole, activitiesOf } from "./received";
import type { AttendanceRecord } from "./schema";

/**
 * Where a billed day comes from: `attended`, an attendance record shows care that day; or
 * `scheduled`, the schedule alone (no attendance recorded that far yet), an estimate.
 *
 * @category Attendance
 * @example
 * ```ts
 * const basis: DayBasis = "attended";
 * ```
 */
export type DayBasis = "attended" | "scheduled";

/** A dated program day: its date and the sessions and appointments dated on it. */
interface DatedDay {
  readonly date: Day;
  readonly sessions: readonly ScheduledSession[];
}

/**
 * A service to bill: an activity other than a break.
 *
 * @example
 * ```ts
 * const service: Service = { kind: "individual-therapy", minutes: 50 };
 * ```
 */
export type Service = Exclude<Activity, { readonly kind: "break" }>;

/**
 * An IOP program day to bill: its date, its services and where they come from.
 *
 * @example
 * ```ts
 * const day: BilledDay = { date: "2026-03-09", services: [{ kind: "individual-therapy", minutes: 50 }], basis: "attended" };
 * ```
 */
export interface BilledDay {
  readonly date: Day;
  /** The services of its sessions and appointments, in start order. */
  readonly services: readonly Service[];
  /** Present when the plan records attendance. */
  readonly basis?: DayBasis;
}

/** Whether an activity is a service to bill: anything but a break. */
function isService(activity: Activity): activity is Service {
  return activity.kind !== "break";
}

/** The services a day's sessions and appointments schedule. */
function scheduledServices(sessions: readonly ScheduledSession[]): Service[] {
  return sessions.flatMap(activitiesOf).filter(isService);
}

/** The day of the last record: without `asOf`, days up to it are billed from the records. */
function lastRecordedDay(records: readonly AttendanceRecord[]): Day | undefined {
  let last: Day | undefined;
  for (const { date } of records) if (last === undefined || date > last) last = date;
  return last;
}

/**
 * Whether a day is billed from the records rather than estimated from the schedule: with `asOf`,
 * every day before it (a past day without a record billed nothing, so it bills nothing); without
 * it, the days up to the last record.
 */
function billedFromRecords(records: readonly AttendanceRecord[], asOf: Day | undefined): (day: Day) => boolean {
  if (asOf !== undefined) return (day) => day < asOf;
  const through = lastRecordedDay(records);
  return (day) => through !== undefined && day <= through;
}

/** The services a record shows delivered in whole (see {@link activitiesDeliveredInWhole}); none without a record. */
function servicesOf(plan: TreatmentPlan, session: RecordableCare, recorded: RecordedSession | undefined): { session: RecordableCare; services: Service[] } {
  return { session, services: recorded === undefined ? [] : activitiesDeliveredInWhole(plan, recorded).filter(isService) };
}

/**
 * A day up to the last record read, as its records show it: the services delivered in whole by
 * its dated sessions and appointments, then by the undated appointments recorded that day
 * (`weekly`); nothing to bill when no program session delivered one.
 */
function attendedDay(plan: TreatmentPlan, { date, sessions }: DatedDay, recorded: ReadonlyMap<string, RecordedSession>, weekly: readonly RecordedSession[]): BilledDay[] {
  const delivered = [...sessions.map((session) => servicesOf(plan, session, recorded.get(sessionKey(session)))), ...weekly.map((visit) => servicesOf(plan, visit.session, visit))];
  if (!delivered.some(({ session, services }) => session.kind === "session" && services.length > 0)) return [];
  return [{ date, services: delivered.flatMap(({ services }) => services), basis: "attended" }];
}

/** The undated appointments with a record, by the day of the record that counts. */
function weeklyByDay(care: readonly RecordedSession[]): Map<Day, RecordedSession[]> {
  const byDay = new Map<Day, RecordedSession[]>();
  for (const recorded of care) if (isWeekly(recorded.session) && recorded.record !== undefined) byDay.set(recorded.session.date, [...(byDay.get(recorded.session.date) ?? []), recorded]);
  return byDay;
}

/**
 * The IOP program days to bill, as attendance shows them. Only days at the IOP level of care count:
 * a day the plan's transitions put at outpatient care or partial hospitalization is no IOP day and
 * is left out. With `asOf`, every day before it is billed from the records alone, and the days from
 * `asOf` on are estimated from the schedule (so a record dated on or after `asOf` is never read);
 * without `asOf`, the days up to the last record are billed from the records, later days from the
 * schedule. A day billed from the records bills only the services delivered in whole (all those of
 * an attended session; those of a partial one that fit wholly within the minutes present, in the
 * session's order) and is dropped when no program session delivered one, as is a past day without
 * a record. An appointment without a set day recorded on a program day joins that day's services
 * like one dated that day (so it can raise the day's per-diem tier), but, like a dated one, never
 * makes a day billable on its own; recorded on another day it is no IOP program day's service. The
 * schedule cannot date it, so days estimated from the schedule leave it out. When a session has
 * more than one record, the one that counts in delivered care counts here too. A plan that
 * records no attendance (no `attendance` list) bills its IOP days as scheduled, without a basis.
 *
 * @example
 * ```ts
 * // A plan stepped down to outpatient care on 2026-03-23: no day from then on is billed as IOP.
 * iopDaysToBill(plan, days, "2026-03-30").some((day) => day.date >= "2026-03-23"); //=> false
 * ```
 */
export function iopDaysToBill(plan: TreatmentPlan, days: readonly DatedDay[], asOf: Day | undefined): BilledDay[] {
  const ordered = transitionsInOrder(plan.transitions);
  const atIop = days.filter((day) => levelOn(ordered, day.date) === PLAN_LEVEL);
  const records = plan.attendance;
  if (records === undefined) return atIop.map(({ date, sessions }) => ({ date, services: scheduledServices(sessions) }));
  const fromRecords = billedFromRecords(records, asOf);
  const matched = matchAttendance(plan, asOf);
  const recorded = new Map(matched.sessions.map((session) => [sessionKey(session.session), session]));
  const weekly = weeklyByDay(matched.care);
  return atIop.flatMap((day): BilledDay[] => {
    if (!fromRecords(day.date)) return [{ date: day.date, services: scheduledServices(day.sessions), basis: "scheduled" }];
    return attendedDay(plan, day, recorded, weekly.get(day.date) ?? []);
  });
}
