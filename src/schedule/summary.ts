import { WEEKDAYS, wallTimeMinutes, type WallTime, type Weekday } from "../core/calendar";
import { describeActivity, describeModality } from "../modalities/catalog";
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
  const byModality: Partial<Record<ModalityKind, number>> = {};
  const days = new Set<Weekday>();
  let therapeuticMinutes = 0;
  let qualifyingMinutes = 0;
  const sessions = schedule.sessions.map((session, sessionIndex): SessionSummary => {
    days.add(session.day);
    let minutes = 0;
    let therapeutic = 0;
    let qualifying = 0;
    for (const activity of session.activities) {
      minutes += activity.minutes;
      if (activity.kind === "break") continue;
      const info = describeActivity(activity);
      therapeutic += activity.minutes;
      if (info.medicareCategory !== undefined) qualifying += activity.minutes;
      byModality[activity.kind] = (byModality[activity.kind] ?? 0) + activity.minutes;
    }
    therapeuticMinutes += therapeutic;
    qualifyingMinutes += qualifying;
    const start = wallTimeMinutes(session.start);
    return { sessionIndex, day: session.day, start: session.start, end: formatEnd(start + minutes), minutes, therapeuticMinutes: therapeutic, qualifyingMinutes: qualifying };
  });
  let appointmentMinutes = 0;
  for (const appointment of schedule.appointments ?? []) {
    const weekly = appointment.minutes / appointment.everyWeeks;
    appointmentMinutes += weekly;
    byModality[appointment.modality] = (byModality[appointment.modality] ?? 0) + weekly;
    if (describeModality(appointment.modality).medicareCategory !== undefined) qualifyingMinutes += weekly;
  }
  return {
    programDays: WEEKDAYS.filter((day) => days.has(day)),
    sessions,
    appointmentMinutes,
    therapeuticMinutes: therapeuticMinutes + appointmentMinutes,
    qualifyingMinutes,
    minutesByModality: byModality,
  };
}

/** {@link summarizeWeek} of a plan's schedule, shaped for `RuleContext.derive`. */
export function weekOfPlan(plan: TreatmentPlan): WeekSummary {
  return summarizeWeek(plan.schedule);
}
