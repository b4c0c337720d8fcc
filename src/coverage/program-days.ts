import { dayFromOrdinal, dayOrdinal, WEEKDAYS, weekdayOf, type Day } from "../core/calendar";
import { lastDayOfCare } from "../core/period";
import type { Result } from "../core/finding";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";

/**
 * A range of days and the closures in it, for the coverage functions.
 *
 * @category Coverage
 * @example
 * ```ts
 * const range: CoverageRange = { from: "2026-03-09", to: "2026-04-30", closures: ["2026-04-03"] };
 * ```
 */
export interface CoverageRange {
  /** First day. Default: admission. */
  readonly from?: Day;
  /** Last day. Default: the discharge, else the planned discharge. */
  readonly to?: Day;
  /** Days the program is closed. */
  readonly closures?: readonly Day[];
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
