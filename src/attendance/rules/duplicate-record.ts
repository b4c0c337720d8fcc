import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { attendanceOfPlan } from "../delivered";

/** At most one attendance record per dated session or appointment, and per undated appointment and week. */
export const duplicateRecord = defineRule({
  code: "attendance/duplicate-record",
  summary:
    "A dated session or appointment has at most one attendance record, and an undated appointment at most one in each plan week; of several, the one that shows the most minutes present counts (of an undated appointment's, one dated before asOf on an IOP day first; without minutes, an unexcused absence before an excused one before a cancellation; then the first of equals), so removing a record never raises delivered care.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: one record per dated session",
  messages: {
    default: (p: { readonly date: Day; readonly first: number }, words) =>
      `Another attendance record for the same session on ${p.date}; record ${words.number(p.first + 1)} counts.`,
    weekly: (p: { readonly index: number; readonly week: number; readonly from: Day; readonly to: Day; readonly first: number }, words) =>
      `Another attendance record for appointment ${words.number(p.index + 1)} in week ${p.week} (${p.from} to ${p.to}); record ${words.number(p.first + 1)} counts.`,
  },
  check({ plan, derive }) {
    if (plan.attendance === undefined) return [];
    return derive(attendanceOfPlan).duplicates.map(({ index, first, planWeek }) => {
      const { date, appointment } = plan.attendance![index]!;
      if (planWeek === undefined) return { path: ["attendance", index], params: { date, first } };
      return { path: ["attendance", index], variant: "weekly" as const, params: { index: appointment!, ...planWeek, first } };
    });
  },
});
