import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { absenceRuns, attendanceOfPlan } from "../delivered";

/** A run of unexcused absences at the policy's length asks for outreach. */
export const consecutiveAbsences = defineRule({
  code: "attendance/consecutive-absences",
  summary: "A run of absenceRunForOutreach or more unexcused absences in a row (attended care ends a run; excused absences, cancellations and unrecorded sessions do not) asks for outreach.",
  defaultSeverity: "warning",
  params: ["absenceRunForOutreach"],
  source: "clinic default (no published source sets the length of the run)",
  messages: {
    default: (p: { readonly length: number; readonly min: number; readonly from: Day; readonly to: Day }, words) =>
      `${words.count(p.length, { one: "unexcused absence", other: "unexcused absences" })} in a row from ${p.from} to ${p.to}: reach out to the participant.`,
  },
  check({ plan, params, derive, asOf }) {
    if (plan.attendance === undefined) return [];
    const min = params.absenceRunForOutreach;
    // The runs deliveredCare reports: records after asOf, when given, are not yet part of one.
    return absenceRuns(derive(attendanceOfPlan), asOf)
      .filter((run) => run.length >= min)
      .map(({ length, from, to, records }) => ({ path: ["attendance", records[min - 1]!], params: { length, min, from, to } }));
  },
});
