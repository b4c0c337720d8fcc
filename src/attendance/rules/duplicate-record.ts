import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { attendanceOfPlan } from "../delivered";

/** At most one attendance record per dated session or appointment. */
export const duplicateRecord = defineRule({
  code: "attendance/duplicate-record",
  summary: "A dated session or appointment has at most one attendance record; of several, the one that shows the most minutes present counts (the first of equals), so removing a record never raises delivered care.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: one record per dated session",
  messages: {
    default: (p: { readonly date: Day; readonly first: number }, words) =>
      `Another attendance record for the same session on ${p.date}; record ${words.number(p.first + 1)} counts.`,
  },
  check({ plan, derive }) {
    if (plan.attendance === undefined) return [];
    return derive(attendanceOfPlan).duplicates.map(({ index, first }) => {
      const { date } = plan.attendance![index]!;
      return { path: ["attendance", index], params: { date, first } };
    });
  },
});
