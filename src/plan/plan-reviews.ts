import { byDate } from "../core/calendar";
import type { FindingPath } from "../core/finding";
import type { Review, TreatmentPlan } from "./types";

/** A treatment-plan review with where it sits in `plan.reviews`. */
export interface LocatedReview {
  readonly review: Review;
  readonly path: FindingPath;
}

/** The plan's treatment-plan reviews (kind `plan`), oldest first. */
export function planReviewsOf(plan: TreatmentPlan): LocatedReview[] {
  const located: LocatedReview[] = [];
  plan.reviews.forEach((review, r) => {
    if (review.kind === "plan") located.push({ review, path: ["reviews", r] });
  });
  return located.sort((a, b) => byDate(a.review, b.review));
}
