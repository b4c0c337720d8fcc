import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { attendanceOfPlan } from "../delivered";

/** Each attendance record names a session or appointment dated in the plan. */
export const unknownSession = defineRule({
  code: "attendance/unknown-session",
  summary: "Each attendance record matches a session or appointment the schedule dates on that day, within the period (a record without an index matches the day's only session).",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: attendance is recorded per dated session, as behavioral-health records keep it",
  messages: {
    default: (p: { readonly date: Day }) => `The attendance record for ${p.date} matches no session or appointment dated that day.`,
  },
  check({ plan, derive }) {
    if (plan.attendance === undefined) return [];
    return derive(attendanceOfPlan).unknown.map((index) => {
      const { date } = plan.attendance![index]!;
      return { path: ["attendance", index], params: { date } };
    });
  },
});
