import type { Rule } from "../../core/rule";
import { reviewAfterChange as protocol } from "../protocols/review-after-change";
import { overdueFindings } from "./overdue";

/** Every medication change is followed by a psychiatric review in time. */
export const reviewAfterChange: Rule = {
  code: "medication/review-after-change",
  area: "medication",
  summary: `No review after a medication change is overdue at asOf. ${protocol.summary}`,
  defaultSeverity: "error",
  params: ["reviewAfterChangeDays"],
  source: protocol.source,
  needsAsOf: true,
  check: (ctx) => overdueFindings(ctx, "review-after-change"),
};
