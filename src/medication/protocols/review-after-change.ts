import { addDays } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { defineProtocol, type DueDraft } from "../due";
import { overdueFindings } from "../overdue";

/** A psychiatric review within `reviewAfterChangeDays` of every start, dose change or stop; its rule reports the items overdue at `asOf`. */
export const reviewAfterChange = defineProtocol({
  id: "review-after-change",
  generate(context) {
    const drafts: DueDraft[] = [];
    for (const medication of context.plan.medications) {
      medication.events.forEach((event, index) => {
        const due = addDays(event.date, context.params.reviewAfterChangeDays);
        if (due < context.from || due > context.to) return;
        drafts.push({
          due,
          opensOn: event.date,
          kind: "psychiatric",
          reason: `review after ${event.kind} on ${event.date}`,
          medicationId: medication.id,
          stream: `${medication.id}#${index}`,
        });
      });
    }
    return drafts;
  },
  rule: defineRule({
    code: "medication/review-after-change",
    summary:
      "No review after a medication change is overdue at asOf. A psychiatric review within reviewAfterChangeDays after every medication start, dose change or stop.",
    defaultSeverity: "error",
    params: ["reviewAfterChangeDays"],
    source: "FDA 2004 antidepressant advisory (weekly visits after a start); seed article (adjustments as needed)",
    needsAsOf: true,
    check: (ctx): RuleFindingDraft[] => overdueFindings(ctx, reviewAfterChange),
  }),
});
