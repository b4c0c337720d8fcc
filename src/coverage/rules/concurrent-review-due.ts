import { addDays, type Day } from "../../core/calendar";
import type { ObligationSeries } from "../../core/obligations";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";

/** The payer's next concurrent review has not passed, and is noted when it comes up. */
export const concurrentReviewDue = defineRule({
  code: "coverage/concurrent-review-due",
  summary: "At asOf the authorization's next concurrent review has not passed; within concurrentReviewNoticeDays before it, it is noted one step softer.",
  defaultSeverity: "error",
  params: ["concurrentReviewNoticeDays"],
  source: "Payer concurrent review (criteria: ASAM, LOCUS, MCG, InterQual); a fixed interval is unconfirmed",
  needsAsOf: true,
  messages: {
    passed: (p: { readonly due: Day; readonly asOf: Day }) => `The concurrent review due on ${p.due} has passed.`,
    due: (p: { readonly due: Day; readonly asOf: Day }) => `A concurrent review is due on ${p.due}.`,
  },
  check({ plan, params, asOf }) {
    const nextReview = plan.coverage?.authorization?.nextReview;
    if (nextReview === undefined || asOf === undefined) return [];
    if (asOf > nextReview) {
      return [{ path: ["coverage", "authorization", "nextReview"], variant: "passed" as const, params: { due: nextReview, asOf } }];
    }
    if (asOf >= addDays(nextReview, -params.concurrentReviewNoticeDays)) {
      return [{ path: ["coverage", "authorization", "nextReview"], variant: "due" as const, params: { due: nextReview, asOf }, advisory: true }];
    }
    return [];
  },
});

/** The authorization's next concurrent review as a one-item series (none without one): noted from `noticeDays` before it. */
export function concurrentReviewSeries(plan: TreatmentPlan, noticeDays: number): ObligationSeries<{ readonly reason: string }>[] {
  const nextReview = plan.coverage?.authorization?.nextReview;
  if (nextReview === undefined) return [];
  return [{ first: { from: addDays(nextReview, -noticeDays), due: nextReview }, next: () => undefined, records: [], item: { reason: "concurrent review of the authorization" } }];
}
