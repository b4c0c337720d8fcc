import { flatMap } from "../../core/arrays";
import { addDays, type Day } from "../../core/calendar";
import type { Instrument } from "../instruments";
import { defineRule } from "../../core/rule";
import { positiveSuicideItems } from "../score";

/** A positive suicide item (PHQ-9 item 9, any C-SSRS yes) is assessed the same day, or within the policy's days. */
export const suicideItemPositive = defineRule({
  code: "measures/suicide-item-positive",
  summary:
    "An assessment with a positive suicide item (one its instrument's record marks for same-day follow-up, such as PHQ-9 item 9 or any C-SSRS yes) is followed within suicideAssessmentWithinDays (default 0, the same day) by a psychiatric review or a documented suicide risk assessment (risk.assessedOn); a later review does not count. The safety plan it calls for is checked by aftercare/safety-plan.",
  defaultSeverity: "error",
  params: ["suicideAssessmentWithinDays"],
  source: "Each instrument's suicide items (PHQ-9 item 9 follow-up); The Joint Commission NPSG 15.01.01 (assessment at the same encounter and a documented risk level when screening is positive); Zero Suicide toolkit",
  messages: {
    default: (p: { readonly instrument: Instrument; readonly item: number; readonly date: Day; readonly by: Day; readonly missing: "psychiatric-review" }) =>
      `${p.instrument} item ${p.item} was positive on ${p.date} and no psychiatric review or risk assessment followed ${p.by === p.date ? `on ${p.date}` : `between ${p.date} and ${p.by}`}.`,
  },
  check({ plan, params, derive }) {
    const within = params.suicideAssessmentWithinDays;
    return flatMap(derive(positiveSuicideItems), ({ index, instrument, date, item }) => {
      const by = addDays(date, within);
      const inWindow = (day: string) => day >= date && day <= by;
      if (plan.reviews.some((review) => review.kind === "psychiatric" && inWindow(review.date))) return [];
      if (plan.risk !== undefined && inWindow(plan.risk.assessedOn)) return [];
      return [{ path: ["assessments", index, "items", item], params: { instrument, item: item + 1, date, by, missing: "psychiatric-review" as const } }];
    });
  },
});
