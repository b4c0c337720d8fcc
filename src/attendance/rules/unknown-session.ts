import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { attendanceOfPlan } from "../delivered";
import { recordedAfter } from "./future-record";

/** Each attendance record names a session or appointment dated in the plan, or an undated appointment in a week it falls in. */
export const unknownSession = defineRule({
  code: "attendance/unknown-session",
  summary:
    "Each attendance record matches a session or appointment the schedule dates on that day, or an appointment without a set day in a plan week it falls in (every everyWeeks weeks from the week of admission), within the period (a record without an index matches the day's only session). A record dated after asOf is left to attendance/future-record.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: attendance is recorded per dated session, as behavioral-health records keep it",
  messages: {
    default: (p: { readonly date: Day }) => `The attendance record for ${p.date} matches no session or appointment scheduled that day or week.`,
  },
  check({ plan, derive, asOf }) {
    if (plan.attendance === undefined) return [];
    // One finding per record: a record of a day that has not come yet is first of all that.
    const past = derive(attendanceOfPlan).unknown.filter((index) => !recordedAfter(plan, index, asOf));
    return past.map((index) => {
      const { date } = plan.attendance![index]!;
      return { path: ["attendance", index], params: { date } };
    });
  },
});
