import type { Day } from "../core/calendar";
import type { TreatmentPlan } from "../plan/types";
import type { ScheduledSession } from "../schedule/expand";
import { isAttended, matchAttendance, sessionKey } from "./match";

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

/** A program day to bill: its date, its sessions and appointments, and where they come from. */
export interface BilledDay {
  readonly date: Day;
  readonly sessions: readonly ScheduledSession[];
  /** Present when the plan records attendance. */
  readonly basis?: DayBasis;
}

/**
 * Program days as attendance shows them. Up to the last recorded day, a day keeps only the
 * sessions and appointments attended in whole or in part, and is dropped when no program
 * session was; later days stay as scheduled. A plan that records no attendance (no `attendance`
 * list) gets its days back as they are, without a basis.
 */
export function attendedProgramDays(plan: TreatmentPlan, days: readonly Omit<BilledDay, "basis">[]): BilledDay[] {
  const records = plan.attendance;
  if (records === undefined) return [...days];
  const recordedThrough = records.reduce<Day | undefined>((last, record) => (last === undefined || record.date > last ? record.date : last), undefined);
  const statuses = new Map(matchAttendance(plan).sessions.map(({ session, status }) => [sessionKey(session), status]));
  return days.flatMap(({ date, sessions }): BilledDay[] => {
    if (recordedThrough === undefined || date > recordedThrough) return [{ date, sessions, basis: "scheduled" }];
    const attended = sessions.filter((session) => isAttended(statuses.get(sessionKey(session))));
    return attended.some((session) => session.kind === "session") ? [{ date, sessions: attended, basis: "attended" }] : [];
  });
}
