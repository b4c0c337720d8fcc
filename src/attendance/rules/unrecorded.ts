import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { ScheduledSession } from "../../schedule/expand";
import { attendanceOfPlan, unrecordedBefore } from "../delivered";

/** Once attendance is recorded, every past session has a record, and every undated appointment one in each past week it falls in. */
export const unrecorded = defineRule({
  code: "attendance/unrecorded",
  summary:
    "When the plan records attendance, every session and dated appointment before asOf on a day at the IOP level of care has a record, and every undated appointment has one in each plan week it falls in whose last day in care is before asOf and at the IOP level (a day the transitions put at partial hospitalization or outpatient care holds no IOP session to record).",
  defaultSeverity: "warning",
  params: [],
  source: "Medicare per-diem billing per attended day (nahri.org); behavioral-health records keep attendance per session",
  needsAsOf: true,
  messages: {
    default: (p: { readonly date: Day; readonly kind: ScheduledSession["kind"]; readonly index: number }) => `No attendance is recorded for the ${p.kind} of ${p.date}.`,
    weekly: (p: { readonly index: number; readonly week: number; readonly from: Day; readonly to: Day }, words) =>
      `No attendance is recorded for appointment ${words.number(p.index + 1)}, which has no set day, in week ${p.week} (${p.from} to ${p.to}).`,
  },
  check({ plan, asOf, derive }) {
    if (plan.attendance === undefined) return [];
    return unrecordedBefore(plan, derive(attendanceOfPlan), asOf!).map(({ date, kind, index, planWeek }) =>
      planWeek === undefined ? { path: ["attendance"], params: { date, kind, index } } : { path: ["attendance"], variant: "weekly" as const, params: { index, ...planWeek } },
    );
  },
});
