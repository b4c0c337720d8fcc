import { addDays, type Day } from "../../core/calendar";
import { MAX_SERIES_ITEMS, type ObligationWindow } from "../../core/obligations";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import { defineProtocol, intervalSeries, isActiveOn } from "../due";
import { MISSED_MESSAGES, overdueFindings } from "../overdue";

/** Whether any medication is taken on the first or the last day of a window. */
function takenIn(plan: TreatmentPlan, from: Day, to: Day): boolean {
  return plan.medications.some((medication) => isActiveOn(medication, from) || isActiveOn(medication, to));
}

/**
 * A psychiatric review every `psychiatricEveryWeeks` weeks while any medication is taken: the
 * first from admission, each next one that many weeks after the review that satisfied the
 * previous one. Its rule reports the items missed at `asOf`.
 */
export const routinePsychiatric = defineProtocol({
  id: "routine-psychiatric",
  generate(context) {
    const { plan, params } = context;
    const step = params.psychiatricEveryWeeks * 7;
    /** The first window from `from` on (stepping by the interval) in which a medication is taken. */
    const taken = (window: ObligationWindow | undefined): ObligationWindow | undefined => {
      for (let count = 0; window !== undefined && count < MAX_SERIES_ITEMS && window.due <= context.to; count += 1) {
        if (takenIn(plan, window.from, window.due)) return window;
        window = { from: addDays(window.from, step), due: addDays(window.due, step), lateUntil: addDays(window.due, 2 * step - 1) };
      }
      return undefined;
    };
    const series = intervalSeries({ from: addDays(plan.period.admitted, 1), due: addDays(plan.period.admitted, step) }, (day) => addDays(day, step), undefined, {
      kind: "psychiatric",
    });
    return [{ first: taken(series.first), next: (previous) => taken(series.next(previous)), item: series.item }];
  },
  rule: defineRule({
    code: "medication/review-overdue",
    summary:
      "No routine psychiatric review is missed at asOf. While any medication is taken, a psychiatric review psychiatricEveryWeeks weeks after admission, then that many weeks after the last one.",
    defaultSeverity: "error",
    params: ["psychiatricEveryWeeks"],
    source: "Seed article (regular check-ins with a psychiatrist); AHCCCS S9480 memo (1 prescriber session a week); cadence a policy parameter",
    needsAsOf: true,
    messages: MISSED_MESSAGES,
    check: (ctx): RuleFindingDraft<typeof MISSED_MESSAGES>[] => overdueFindings(ctx, routinePsychiatric),
  }),
});
