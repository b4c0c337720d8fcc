import type { AttendanceStatus, TreatmentPlan } from "../../src/index";
import { datedBefore, recordFor } from "../../src/testing/arbitraries";
import type { ScheduledSession } from "../../src/schedule/expand";
import { cleanPlan, withEdits } from "../helpers/plans";

/** A clean plan with four program days (Mon, Tue, Wed, Fri from Monday 2026-03-09): 720 therapy minutes a week in sessions, all qualifying. */
export function fourDayPlan(): TreatmentPlan {
  return cleanPlan({ days: ["mon", "tue", "wed", "fri"] });
}

/** What happened at a session: a status, with the minutes present for a partial one. */
export type Outcome = AttendanceStatus | readonly ["partial", number] | undefined;

/** The plan with a record for every session before `asOf` as `outcome` says (`undefined` leaves it unrecorded). */
export function withAttendance(plan: TreatmentPlan, asOf: string, outcome: (session: ScheduledSession, index: number) => Outcome = () => "attended"): TreatmentPlan {
  return withEdits(plan, (draft) => {
    draft.attendance = datedBefore(plan, asOf).flatMap((session, index) => {
      const result = outcome(session, index);
      if (result === undefined) return [];
      return [typeof result === "string" ? recordFor(session, result) : recordFor(session, "partial", result[1])];
    });
  });
}
