import { wallTimeMinutes, type Weekday } from "../core/calendar";
import type { FindingPath } from "../core/finding";
import type { TreatmentPlan, WeeklyWindow } from "../plan/types";

/** A weekly time slot in minutes after midnight: `[start, end)`. */
export interface WeeklySlot {
  readonly day: Weekday;
  readonly start: number;
  readonly end: number;
  readonly path: FindingPath;
}

/** A session's length: the sum of its activities, breaks included. */
export function sessionMinutes(session: { readonly activities: readonly { readonly minutes: number }[] }): number {
  let minutes = 0;
  for (const activity of session.activities) minutes += activity.minutes;
  return minutes;
}

/** Whether two slots on the same weekday share at least a minute. */
export function overlaps(a: { day: Weekday; start: number; end: number }, b: { day: Weekday; start: number; end: number }): boolean {
  return a.day === b.day && a.start < b.end && b.start < a.end;
}

/** The weekly slots of the sessions and of the appointments that have a day and a start. */
export function scheduleSlots(plan: TreatmentPlan): { sessions: WeeklySlot[]; appointments: WeeklySlot[] } {
  const sessions = plan.schedule.sessions.map((session, index) => {
    const start = wallTimeMinutes(session.start);
    return { day: session.day, start, end: start + sessionMinutes(session), path: ["schedule", "sessions", index] };
  });
  const appointments: WeeklySlot[] = [];
  plan.schedule.appointments?.forEach((appointment, index) => {
    if (appointment.day === undefined || appointment.start === undefined) return;
    const start = wallTimeMinutes(appointment.start);
    appointments.push({ day: appointment.day, start, end: start + appointment.minutes, path: ["schedule", "appointments", index] });
  });
  return { sessions, appointments };
}

/** A commitment window as a slot. */
export function windowSlot(window: WeeklyWindow, path: FindingPath): WeeklySlot {
  return { day: window.day, start: wallTimeMinutes(window.start), end: wallTimeMinutes(window.end), path };
}
