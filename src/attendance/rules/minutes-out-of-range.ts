import { flatMap } from "../../core/arrays";
import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { ScheduledSession } from "../../schedule/expand";
import { attendanceOfPlan } from "../delivered";

/** A partial record's minutes lie within the session's length. */
export const minutesOutOfRange = defineRule({
  code: "attendance/minutes-out-of-range",
  summary: "The minutes of a partial attendance record are at most the length of the session or appointment it is for.",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: a partial record gives the minutes present",
  messages: {
    default: (p: { readonly actual: number; readonly max: number; readonly date: Day; readonly kind: ScheduledSession["kind"] }) =>
      `The partial record for ${p.date} gives ${p.actual} minutes; the ${p.kind} lasts ${p.max}.`,
  },
  check({ plan, derive }) {
    if (plan.attendance === undefined) return [];
    return flatMap(derive(attendanceOfPlan).care, ({ session, record }) => {
      const actual = record === undefined ? undefined : plan.attendance![record]!.minutes;
      if (actual === undefined || actual <= session.minutes) return [];
      return [{ path: ["attendance", record!, "minutes"], params: { actual, max: session.minutes, date: session.date, kind: session.kind } }];
    });
  },
});
