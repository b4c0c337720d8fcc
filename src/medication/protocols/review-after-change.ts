import { flatMap } from "../../core/arrays";
import { addDays } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { defineProtocol, pointSeries } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/**
 * A psychiatric review within `reviewAfterChangeDays` of every start, dose change or stop,
 * from the day after it (the prescribing visit is not its own follow-up); a later review counts
 * late up to the day of the next change (the visit that makes it reviewed the last one). Its rule
 * reports the items missed at `asOf`.
 */
export const reviewAfterChange = defineProtocol({
  id: "review-after-change",
  generate(context) {
    return flatMap(context.plan.medications, (medication) =>
      flatMap(medication.events, (event, index) =>
        // A medicine taken before admission (`continuing`) has no change to review.
        event.kind === "continuing"
          ? []
          : [
              pointSeries([addDays(event.date, context.params.reviewAfterChangeDays)], addDays(event.date, 1), medication.events[index + 1]?.date, context.to, {
                kind: "psychiatric",
                event: event.kind,
                eventOn: event.date,
                medicationId: medication.id,
              }),
            ],
      ),
    );
  },
  rule: defineRule({
    code: "medication/review-after-change",
    summary:
      "No review after a medication change is missed at asOf. A psychiatric review from the day after every medication start, dose change or stop, within reviewAfterChangeDays.",
    defaultSeverity: "error",
    params: ["reviewAfterChangeDays"],
    source: "FDA 2004 antidepressant advisory (weekly visits after a start); seed article (adjustments as needed)",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, reviewAfterChange),
  }),
});
