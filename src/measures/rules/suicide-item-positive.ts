import type { Rule, RuleFindingDraft } from "../../core/rule";
import { scoresOf } from "../score";

/** A positive PHQ-9 item 9 is followed by a safety plan and a psychiatric review. */
export const suicideItemPositive: Rule = {
  code: "measures/suicide-item-positive",
  area: "measures",
  summary: "A PHQ-9 with item 9 above 0 is followed by a safety plan in the aftercare plan and a psychiatric review on or after that day.",
  defaultSeverity: "error",
  params: [],
  source: "PHQ-9 item 9 follow-up; The Joint Commission NPSG 15.01.01 (assessment, risk level and safety plan when screening is positive); Stanley-Brown safety planning",
  check({ plan }) {
    const findings: RuleFindingDraft[] = [];
    for (const { index, score } of scoresOf(plan, "PHQ-9")) {
      if (!score.suicideItemPositive) continue;
      const path = ["assessments", index, "items", 8];
      if (plan.aftercare?.safetyPlan === undefined) {
        findings.push({ path, message: `PHQ-9 item 9 was positive on ${score.date} and the plan has no safety plan.`, params: { date: score.date, missing: "safety-plan" } });
      }
      if (!plan.reviews.some((review) => review.kind === "psychiatric" && review.date >= score.date)) {
        findings.push({ path, message: `PHQ-9 item 9 was positive on ${score.date} and no psychiatric review followed.`, params: { date: score.date, missing: "psychiatric-review" } });
      }
    }
    return findings;
  },
};
