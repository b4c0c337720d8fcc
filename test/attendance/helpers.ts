import type { AttendanceStatus, TreatmentPlan } from "../../src/index";
import type { RecordableCare } from "../../src/attendance/match";
import { recordableBefore, recordFor } from "../../src/testing/arbitraries";
import { cleanPlan, withEdits } from "../helpers/plans";

/**
 * A clean plan with four program days (Mon, Tue, Wed, Fri from Monday 2026-03-09) and no
 * appointment: 720 therapy minutes a week, all in sessions and all qualifying, so each week's
 * figures are those of its sessions.
 */
export function fourDayPlan(): TreatmentPlan {
  return withEdits(cleanPlan({ days: ["mon", "tue", "wed", "fri"] }), (draft) => void (draft.schedule.appointments = []));
}

/** What happened at a session: a status, with the minutes present for a partial one. */
export type Outcome = AttendanceStatus | readonly ["partial", number] | undefined;

/**
 * The plan with a record for every session before `asOf`, and for every undated appointment in each
 * week that starts before `asOf` (on the week's first day), as `outcome` says (`undefined` leaves it
 * unrecorded).
 */
export function withAttendance(plan: TreatmentPlan, asOf: string, outcome: (session: RecordableCare, index: number) => Outcome = () => "attended"): TreatmentPlan {
  return withEdits(plan, (draft) => {
    draft.attendance = recordableBefore(plan, asOf).flatMap((session, index) => {
      const result = outcome(session, index);
      if (result === undefined) return [];
      return [typeof result === "string" ? recordFor(session, result) : recordFor(session, "partial", result[1])];
    });
  });
}
