import { WEEKDAYS, wallTimeMinutes, type WallTime, type Weekday } from "../core/calendar";
import type { RuleContext } from "../core/rule";
import { careItemsOf, careItemsOfPlan, type CareItem } from "../modalities/care-items";
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
  return weekFromItems(schedule, careItemsOf(schedule));
}

/** The week summary of a schedule from its care items. */
function weekFromItems(schedule: Schedule, items: readonly CareItem[]): WeekSummary {
  const byModality: Partial<Record<ModalityKind, number>> = {};
  const sessionTotals = schedule.sessions.map(() => ({ minutes: 0, therapeutic: 0, qualifying: 0 }));
  let therapeuticMinutes = 0;
  let qualifyingMinutes = 0;
  let appointmentMinutes = 0;
  for (const item of items) {
    const totals = item.sessionIndex === undefined ? undefined : sessionTotals[item.sessionIndex]!;
    if (totals) totals.minutes += item.minutes;
    if (item.kind === "break") continue;
    const weekly = item.minutes * item.perWeek;
    const qualifying = item.info.medicareCategory === undefined ? 0 : weekly;
    therapeuticMinutes += weekly;
    qualifyingMinutes += qualifying;
    byModality[item.kind] = (byModality[item.kind] ?? 0) + weekly;
    if (totals) {
      totals.therapeutic += weekly;
      totals.qualifying += qualifying;
    } else {
      appointmentMinutes += weekly;
    }
  }
  const days = new Set(schedule.sessions.map((session) => session.day));
  return {
    programDays: WEEKDAYS.filter((day) => days.has(day)),
    sessions: schedule.sessions.map((session, sessionIndex) => {
      const totals = sessionTotals[sessionIndex]!;
      return {
        sessionIndex,
        day: session.day,
        start: session.start,
        end: formatEnd(wallTimeMinutes(session.start) + totals.minutes),
        minutes: totals.minutes,
        therapeuticMinutes: totals.therapeutic,
        qualifyingMinutes: totals.qualifying,
      };
    }),
    appointmentMinutes,
    therapeuticMinutes,
    qualifyingMinutes,
    minutesByModality: byModality,
  };
}

/** {@link summarizeWeek} of a plan's schedule, shaped for `RuleContext.derive`: it reuses the check's care items. */
export function weekOfPlan(plan: TreatmentPlan, ctx: RuleContext): WeekSummary {
  return weekFromItems(plan.schedule, ctx.derive(careItemsOfPlan));
}
