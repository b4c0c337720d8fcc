import { addDays, daysBetween } from "../../core/calendar";
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
    const reviews = derive(planReviewsOf);
    const findings: RuleFindingDraft[] = [];
    for (let r = 1; r < reviews.length; r += 1) {
      const previous = reviews[r - 1]!.review.date;
      const current = reviews[r]!;
      const gap = daysBetween(previous, current.review.date);
      if (gap > every) {
        findings.push({
          path: [...current.path, "date"],
          message: `${gap} days passed since the previous plan review; the policy allows ${every}.`,
          params: { actual: gap, max: every },
        });
      }
    }
    const last = reviews.at(-1);
    if (last && asOf !== undefined) {
      const due = addDays(last.review.date, every);
      const endOfCare = lastDayOfCare(plan);
      if (asOf > due && due < endOfCare) {
        findings.push({
          path: ["reviews"],
          message: `The next plan review was due on ${due} (${every} days after the last one) and is not on record.`,
          params: { due, asOf, max: every },
        });
      }
    }
    return findings;
  },
};
