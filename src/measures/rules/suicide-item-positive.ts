import { defineRule } from "../../core/rule";
import { positiveSuicideItems } from "../score";

/** A positive suicide item (PHQ-9 item 9, for one) is followed by a safety plan and a psychiatric review. */
export const suicideItemPositive = defineRule({
  code: "measures/suicide-item-positive",
  summary:
    "An assessment with a positive suicide item (one its instrument's record marks for same-day follow-up, such as PHQ-9 item 9) is followed by a safety plan in the aftercare plan and a psychiatric review on or after that day.",
  defaultSeverity: "error",
  params: [],
  source: "Each instrument's suicide items (PHQ-9 item 9 follow-up); The Joint Commission NPSG 15.01.01 (assessment, risk level and safety plan when screening is positive); Stanley-Brown safety planning",
  check({ plan }) {
    return positiveSuicideItems(plan).flatMap(({ index, instrument, date, item }) => {
      const path = ["assessments", index, "items", item];
      const about = `${instrument} item ${item + 1} was positive on ${date}`;
      const params = { instrument, item: item + 1, date };
      return [
        ...(plan.aftercare?.safetyPlan === undefined ? [{ path, message: `${about} and the plan has no safety plan.`, params: { ...params, missing: "safety-plan" } }] : []),
        ...(plan.reviews.some((review) => review.kind === "psychiatric" && review.date >= date)
          ? []
          : [{ path, message: `${about} and no psychiatric review followed.`, params: { ...params, missing: "psychiatric-review" } }]),
      ];
    });
  },
});
