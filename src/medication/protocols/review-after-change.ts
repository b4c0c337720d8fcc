import { addDays } from "../../core/calendar";
import type { DueDraft, Protocol } from "../due";

/** A psychiatric review within `reviewAfterChangeDays` of every start, dose change or stop. */
export const reviewAfterChange: Protocol<"reviewAfterChangeDays"> = {
  id: "review-after-change",
  summary: "A psychiatric review within reviewAfterChangeDays after every medication start, dose change or stop.",
  source: "FDA 2004 antidepressant advisory (weekly visits after a start); seed article (adjustments as needed)",
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
};
