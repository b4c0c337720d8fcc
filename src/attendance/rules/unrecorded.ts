import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { ScheduledSession } from "../../schedule/expand";
import { attendanceOfPlan } from "../delivered";

/** Once attendance is recorded, every past session has a record. */
export const unrecorded = defineRule({
  code: "attendance/unrecorded",
  summary: "When the plan records attendance, every session and dated appointment before asOf has a record.",
  defaultSeverity: "warning",
  params: [],
  source: "Medicare per-diem billing per attended day (nahri.org); behavioral-health records keep attendance per session",
  needsAsOf: true,
  messages: {
    default: (p: { readonly date: Day; readonly kind: ScheduledSession["kind"]; readonly index: number }) => `No attendance is recorded for the ${p.kind} of ${p.date}.`,
  },
  check({ plan, asOf, derive }) {
    if (plan.attendance === undefined) return [];
    return derive(attendanceOfPlan)
      .sessions.filter(({ session, record }) => record === undefined && session.date < asOf!)
      .map(({ session }) => ({ path: ["attendance"], params: { date: session.date, kind: session.kind, index: session.sessionIndex } }));
  },
});
