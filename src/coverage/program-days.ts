import { iopDaysToBill, type BilledDay } from "../attendance/billing";
import { dayFromOrdinal, dayOrdinal, WEEKDAYS, weekdayOf, type Day } from "../core/calendar";
import { dayOptionFindings } from "../core/options";
import { lastDayOfCare } from "../core/period";
import type { Result } from "../core/finding";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";

/**
 * A range of days and the closures in it, for the coverage functions, and the day the plan is
 * looked at.
 *
 * @category Coverage
 * @example
 * ```ts
 * const range: CoverageRange = { from: "2026-03-09", to: "2026-04-30", closures: ["2026-04-03"], asOf: "2026-03-20" };
 * ```
 */
export interface CoverageRange {
  /** First day. Default: admission. */
  readonly from?: Day;
  /** Last day. Default: the discharge, else the planned discharge. */
  readonly to?: Day;
  /** Days the program is closed. */
  readonly closures?: readonly Day[];
  /**
   * The day the plan is looked at: days before it are billed from the attendance records alone (a
   * past day without a record bills nothing), days from it on are estimated from the schedule, so
   * records dated after it (`attendance/future-record`) are never billed. Default: none (every
   * record is read, and days up to the last record are billed from the records).
   */
  readonly asOf?: Day;
}

/** One program day: its date and the sessions and appointments dated on it. */
export interface ProgramDay {
  readonly date: Day;
  readonly sessions: readonly ScheduledSession[];
}

/** The dated program days (days with a session) in a range, with the appointments that fall on them. */
export function programDays(plan: TreatmentPlan, range: CoverageRange = {}): Result<ProgramDay[]> {
  const expanded = expandSchedule(plan, range);
  if (!expanded.success) return expanded;
  const byDate = new Map<Day, ScheduledSession[]>();
  for (const session of expanded.data.sessions) {
    const list = byDate.get(session.date) ?? [];
    list.push(session);
    byDate.set(session.date, list);
  }
  const days: ProgramDay[] = [];
  for (const [date, sessions] of byDate) if (sessions.some((session) => session.kind === "session")) days.push({ date, sessions });
  return { success: true, data: days };
}

/**
 * The IOP program days to bill in a range, as attendance shows them (see {@link iopDaysToBill}),
 * or findings for a bad range or `asOf`, all at once. `serviceDays` and `estimateCost` bill these.
 *
 * @example
 * ```ts
 * const days = daysToBill(plan, { from: "2026-03-09", to: "2026-03-13", asOf: "2026-03-12" });
 * days.success && days.data.map((day) => day.date); //=> ["2026-03-09", "2026-03-11", "2026-03-13"]
 * ```
 */
export function daysToBill(plan: TreatmentPlan, range: CoverageRange = {}): Result<BilledDay[]> {
  const findings = dayOptionFindings(["asOf"], range.asOf, false);
  const days = programDays(plan, range);
  if (!days.success) findings.push(...days.findings);
  if (!days.success || findings.length > 0) return { success: false, findings };
  return { success: true, data: iopDaysToBill(plan, days.data, range.asOf) };
}

/**
 * The calendar days of the whole period that have a session, shaped for `RuleContext.derive`.
 * Days need no time zone, so this walks the calendar instead of dating every session.
 */
export function programDaysOfPlan(plan: TreatmentPlan): readonly Day[] {
  const weekdays = new Set(plan.schedule.sessions.map((session) => WEEKDAYS.indexOf(session.day)));
  const first = dayOrdinal(plan.period.admitted);
  const last = dayOrdinal(lastDayOfCare(plan));
  const firstWeekday = WEEKDAYS.indexOf(weekdayOf(plan.period.admitted));
  const days: Day[] = [];
  for (let ordinal = first; ordinal <= last; ordinal += 1) {
    if (weekdays.has((firstWeekday + ordinal - first) % 7)) days.push(dayFromOrdinal(ordinal));
  }
  return days;
}
