import { WEEKDAYS, wallTimeMinutes, type WallTime, type Weekday } from "../core/calendar";
import { guardValue } from "../core/plan-error";
import type { RuleContext } from "../core/rule";
import { careItemsOf, careItemsOfPlan, weeklyMinutes, type CareItem } from "../modalities/care-items";
import type { ModalityKind } from "../modalities/kinds";
import type { Schedule, TreatmentPlan } from "../plan/types";

/**
 * One weekly session as {@link summarizeWeek} sees it.
 *
 * @category Schedule
 * @example
 * ```ts
 * const session: SessionSummary = summarizeWeek(plan.schedule).sessions[0]!;
 * session.minutes; //=> 180
 * ```
 */
export interface SessionSummary {
  /** Index in `schedule.sessions`. */
  readonly sessionIndex: number;
  readonly day: Weekday;
  readonly start: WallTime;
  /** Wall-clock end on an ordinary day (no DST change); `24:00` or later means past midnight. */
  readonly end: string;
  /** Length: every activity, breaks included. */
  readonly minutes: number;
  /** Breaks excluded. */
  readonly therapeuticMinutes: number;
  /** Minutes of Medicare qualifying services. */
  readonly qualifyingMinutes: number;
}

/**
 * A week of the schedule in numbers.
 *
 * @category Schedule
 * @example
 * ```ts
 * const week: WeekSummary = summarizeWeek(plan.schedule);
 * week.programDays; //=> ["mon", "wed", "fri"]
 * ```
 */
export interface WeekSummary {
  /** Days with a session, Monday first, each once. */
  readonly programDays: readonly Weekday[];
  readonly sessions: readonly SessionSummary[];
  /** Appointment minutes per week, each averaged over its period (every 2 weeks counts half). */
  readonly appointmentMinutes: number;
  /** Session therapy minutes (breaks excluded) plus appointment minutes, per week. */
  readonly therapeuticMinutes: number;
  /** Like `therapeuticMinutes`, counting only Medicare qualifying services. */
  readonly qualifyingMinutes: number;
  /** Therapy minutes per week by modality (sessions and appointments). */
  readonly minutesByModality: Readonly<Partial<Record<ModalityKind, number>>>;
}

/** `HH:MM` that keeps counting past midnight (`25:30`), so a session running over is visible. */
function formatEnd(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Sums up a weekly schedule: program days, each session's length and therapy minutes, and the
 * week's therapeutic and qualifying minutes (appointments averaged over their period), by
 * modality.
 *
 * @param schedule - a plan's schedule
 * @returns the week in numbers
 * @category Schedule
 * @example
 * ```ts
 * const week = summarizeWeek(plan.schedule);
 * week.therapeuticMinutes; //=> 605
 * ```
 */
export function summarizeWeek(schedule: Schedule): WeekSummary {
  return guardValue("schedule", () => weekFromItems(schedule, careItemsOf(schedule)));
}

/** The week summary of a schedule from its care items. */
function weekFromItems(schedule: Schedule, items: readonly CareItem[]): WeekSummary {
  const byModality: Partial<Record<ModalityKind, number>> = {};
  for (const item of items) {
    if (item.kind !== "break") byModality[item.kind] = (byModality[item.kind] ?? 0) + item.minutes * item.perWeek;
  }
  const week = weeklyMinutes(items);
  const days = new Set(schedule.sessions.map((session) => session.day));
  const sessions = schedule.sessions.map((session, sessionIndex) => {
    const own = items.filter((item) => item.sessionIndex === sessionIndex);
    const minutes = own.reduce((sum, item) => sum + item.minutes, 0);
    const totals = weeklyMinutes(own);
    return {
      sessionIndex,
      day: session.day,
      start: session.start,
      end: formatEnd(wallTimeMinutes(session.start) + minutes),
      minutes,
      therapeuticMinutes: totals.therapeutic,
      qualifyingMinutes: totals.qualifying,
    };
  });
  const inSessions = sessions.reduce((sum, session) => sum + session.therapeuticMinutes, 0);
  return {
    programDays: WEEKDAYS.filter((day) => days.has(day)),
    sessions,
    appointmentMinutes: week.therapeutic - inSessions,
    therapeuticMinutes: week.therapeutic,
    qualifyingMinutes: week.qualifying,
    minutesByModality: byModality,
  };
}

/** {@link summarizeWeek} of a plan's schedule, shaped for `RuleContext.derive`: it reuses the check's care items. */
export function weekOfPlan(plan: TreatmentPlan, ctx: RuleContext): WeekSummary {
  return weekFromItems(plan.schedule, ctx.derive(careItemsOfPlan));
}
