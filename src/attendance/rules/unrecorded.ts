import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { ScheduledSession } from "../../schedule/expand";
import { attendanceOfPlan, unrecordedBefore } from "../delivered";

/** Once attendance is recorded, every past session has a record. */
export const unrecorded = defineRule({
  code: "attendance/unrecorded",
  summary: "When the plan records attendance, every session and dated appointment before asOf on a day at the IOP level of care has a record (a day the transitions put at partial hospitalization or outpatient care holds no IOP session to record).",
  defaultSeverity: "warning",
  params: [],
  source: "Medicare per-diem billing per attended day (nahri.org); behavioral-health records keep attendance per session",
  needsAsOf: true,
  messages: {
    default: (p: { readonly date: Day; readonly kind: ScheduledSession["kind"]; readonly index: number }) => `No attendance is recorded for the ${p.kind} of ${p.date}.`,
  },
  check({ plan, asOf, derive }) {
    if (plan.attendance === undefined) return [];
    return unrecordedBefore(plan, derive(attendanceOfPlan), asOf!).map((params) => ({ path: ["attendance"], params }));
  },
});
