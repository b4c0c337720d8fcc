import type { Rule } from "../../core/rule";
import { routinePsychiatric } from "../protocols/routine-psychiatric";
import { overdueFindings } from "./overdue";

/** The routine psychiatric reviews are on record by their due day. */
export const reviewOverdue: Rule = {
  code: "medication/review-overdue",
  area: "medication",
  summary: `No routine psychiatric review is overdue at asOf. ${routinePsychiatric.summary}`,
  defaultSeverity: "error",
  params: ["psychiatricEveryWeeks"],
  source: routinePsychiatric.source,
  needsAsOf: true,
  check: (ctx) => overdueFindings(ctx, "routine-psychiatric"),
};
