import { cadenceFindings, type CadenceLate, type CadenceMissed } from "../../core/cadence";
import { cadenceSeries, type ObligationSeries } from "../../core/obligations";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../types";
import { planReviewsOf, type LocatedReview } from "../plan-reviews";

/** The plan reviews as a cadence: each due `every` days after the last one, while in care; `located` the plan's {@link planReviewsOf} when a check has them already. */
export function planReviewSeries(plan: TreatmentPlan, every: number, located: readonly LocatedReview[] = planReviewsOf(plan)): ObligationSeries<{ readonly reason: string }> {
  const records = located.map(({ review, path }) => ({ date: review.date, path }));
  return cadenceSeries(records, every, lastDayOfCare(plan), { reason: `plan review every ${every} days` });
}

/** Plan reviews follow each other within the policy's days, up to `asOf` or the end of care. */
export const reviewCadence = defineRule({
  code: "plan/review-cadence",
  summary:
    "Treatment-plan reviews are at most planReviewEveryDays apart (a later one is reported late), and the next one is not missed at asOf while the person is in care.",
  defaultSeverity: "warning",
  needsAsOf: "partly",
  params: ["planReviewEveryDays"],
  source:
    "Medicare IOP: plan reviewed no less than every other month (SSA §1861(ff) as amended); The Joint Commission CTS.03.01.03 (reviewed at specified time frames)",
  messages: {
    late: (p: CadenceLate) => `${p.actual} days passed since the previous plan review; the policy allows ${p.max}.`,
    missed: (p: CadenceMissed) => `The next plan review was due on ${p.due} (${p.max} days after the last one) and is not on record.`,
  },
  check({ plan, params, asOf, derive }) {
    const every = params.planReviewEveryDays;
    return cadenceFindings(planReviewSeries(plan, every, derive(planReviewsOf)), asOf, lastDayOfCare(plan), {
      latePath: (record) => [...record, "date"],
      missedPath: ["reviews"],
      params: {},
    });
  },
});
