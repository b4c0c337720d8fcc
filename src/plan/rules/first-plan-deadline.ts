import { addDays, type Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../types";
import { planReviewsOf } from "../plan-reviews";

/** The day by which the first written plan is due: `withinDays` after admission. */
export function firstPlanDeadlineOf(plan: TreatmentPlan, withinDays: number): Day {
  return addDays(plan.period.admitted, withinDays);
}

/** The first written plan is on record within the policy's days of admission. */
export const firstPlanDeadline = defineRule({
  code: "plan/first-plan-deadline",
  summary:
    "The first written plan (a review of kind plan) is dated within firstPlanWithinDays of admission; without one, it is reported once asOf is past the deadline.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["firstPlanWithinDays"],
  source: "Kansas KDADS R03-606; 77 Ill. Adm. Code 2060.421(a) (older Level II rule)",
  messages: {
    late: (p: { readonly actual: string; readonly deadline: string; readonly days: number }, words) =>
      `The first plan is dated ${p.actual}, after its deadline ${p.deadline} (${words.count(p.days, { one: "day", other: "days" })} from admission).`,
    missing: (p: { readonly asOf: string; readonly deadline: string; readonly days: number }) => `No written plan is on record and its deadline ${p.deadline} has passed.`,
  },
  check({ plan, params, asOf, derive }) {
    const deadline = firstPlanDeadlineOf(plan, params.firstPlanWithinDays);
    const first = derive(planReviewsOf)[0];
    if (first) {
      if (first.review.date <= deadline) return [];
      return [{ path: [...first.path, "date"], variant: "late", params: { actual: first.review.date, deadline, days: params.firstPlanWithinDays } }];
    }
    if (asOf === undefined || asOf <= deadline) return [];
    return [{ path: ["reviews"], variant: "missing", params: { asOf, deadline, days: params.firstPlanWithinDays } }];
  },
});
