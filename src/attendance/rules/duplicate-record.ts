import { defineRule } from "../../core/rule";
import { attendanceOfPlan } from "../delivered";

/** At most one attendance record per dated session or appointment. */
export const duplicateRecord = defineRule({
  code: "attendance/duplicate-record",
  summary: "A dated session or appointment has at most one attendance record; the first one counts.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: one record per dated session",
  check({ plan, derive }) {
    if (plan.attendance === undefined) return [];
    return derive(attendanceOfPlan).duplicates.map(({ index, first }) => {
      const { date } = plan.attendance![index]!;
      return { path: ["attendance", index], message: `A second attendance record for the same session on ${date}; record ${first} already counts.`, params: { date, first } };
    });
  },
});
