import { addDays } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { defineProtocol, everyDays, isActiveOn } from "../due";
import { overdueFindings } from "../overdue";

/** A psychiatric review every `psychiatricEveryWeeks` weeks from admission while any medication is taken; its rule reports the items overdue at `asOf`. */
export const routinePsychiatric = defineProtocol({
  id: "routine-psychiatric",
  generate(context) {
    const { plan, params } = context;
    const step = params.psychiatricEveryWeeks * 7;
    return everyDays(plan.period.admitted, step, step, context.to).flatMap((due) => {
      const opensOn = addDays(due, 1 - step);
      const active = plan.medications.some((medication) => isActiveOn(medication, opensOn) || isActiveOn(medication, due));
      if (!active || due < context.from) return [];
      return [{ due, opensOn, kind: "psychiatric" as const, reason: "routine psychiatric review", stream: "routine" }];
    });
  },
  rule: defineRule({
    code: "medication/review-overdue",
    summary:
      "No routine psychiatric review is overdue at asOf. A psychiatric review every psychiatricEveryWeeks weeks from admission while any medication is taken.",
    defaultSeverity: "error",
    params: ["psychiatricEveryWeeks"],
    source: "Seed article (regular check-ins with a psychiatrist); AHCCCS S9480 memo (1 prescriber session a week); cadence a policy parameter",
    needsAsOf: true,
    check: (ctx): RuleFindingDraft[] => overdueFindings(ctx, routinePsychiatric),
  }),
});
