import { addDays } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { planReviewsOf } from "../plan-reviews";

/** The first written plan is on record within the policy's days of admission. */
export const firstPlanDeadline = defineRule({
  code: "plan/first-plan-deadline",
  summary:
    "The first written plan (a review of kind plan) is dated within firstPlanWithinDays of admission; without one, it is reported once asOf is past the deadline.",
  defaultSeverity: "error",
  params: ["firstPlanWithinDays"],
  source: "Kansas KDADS R03-606; 77 Ill. Adm. Code 2060.421(a) (older Level II rule)",
  check({ plan, params, asOf, derive }) {
    const deadline = addDays(plan.period.admitted, params.firstPlanWithinDays);
    const first = derive(planReviewsOf)[0];
    if (first) {
      if (first.review.date <= deadline) return [];
      return [
        {
          path: [...first.path, "date"],
          message: `The first plan is dated ${first.review.date}, after its deadline ${deadline} (${params.firstPlanWithinDays} days from admission).`,
          params: { actual: first.review.date, deadline, days: params.firstPlanWithinDays },
        },
      ];
    }
    if (asOf === undefined || asOf <= deadline) return [];
    return [
      {
        path: ["reviews"],
        message: `No written plan is on record and its deadline ${deadline} has passed.`,
        params: { asOf, deadline, days: params.firstPlanWithinDays },
      },
    ];
  },
});
