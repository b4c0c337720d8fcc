import { cadenceBreaches } from "../../core/cadence";
import type { Rule, RuleFindingDraft } from "../../core/rule";
import { lastDayOfCare } from "../../core/period";
import { planReviewsOf } from "../plan-reviews";

/** Plan reviews follow each other within the policy's days, up to `asOf` or the end of care. */
export const reviewCadence: Rule = {
  code: "plan/review-cadence",
  area: "plan",
  summary:
    "Treatment-plan reviews are at most planReviewEveryDays apart, and the next one is not overdue at asOf while the person is in care.",
  defaultSeverity: "warning",
  params: ["planReviewEveryDays"],
  source:
    "Medicare IOP: plan reviewed no less than every other month (SSA §1861(ff) as amended); The Joint Commission CTS.03.01.03 (reviewed at specified time frames)",
  check({ plan, params, asOf, derive }) {
    const every = params.planReviewEveryDays;
    const points = derive(planReviewsOf).map(({ review, path }) => ({ date: review.date, path: [...path, "date"] }));
    const { gaps, overdueSince } = cadenceBreaches(points, every, asOf, lastDayOfCare(plan));
    const findings: RuleFindingDraft[] = gaps.map(({ point, gap }) => ({
      path: point.path,
      message: `${gap} days passed since the previous plan review; the policy allows ${every}.`,
      params: { actual: gap, max: every },
    }));
    if (overdueSince !== undefined) {
      findings.push({
        path: ["reviews"],
        message: `The next plan review was due on ${overdueSince} (${every} days after the last one) and is not on record.`,
        params: { due: overdueSince, asOf: asOf!, max: every },
      });
    }
    return findings;
  },
};
