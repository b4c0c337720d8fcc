import { roundTo } from "../../core/round";
import { defineRule } from "../../core/rule";
import { weeksOfPlan } from "../delivered";
import { stepDownRuns } from "../step-down";

/** A completed week whose missed care leaves delivered minutes under the weekly minimum; repeated weeks ask for a review of the level of care. */
export const deliveredHours = defineRule({
  code: "attendance/delivered-hours",
  summary:
    "A completed IOP week with every session recorded delivers at least the weekly minimum for the age group (qualifying minutes when weeklyMinutes.qualifyingOnly), unless the schedule itself gives less; one short week is advisory, shortWeeksForReview in a row ask for a review of the level of care. Short weeks just before a step down to outpatient care are left to attendance/step-down-grace.",
  defaultSeverity: "error",
  params: ["weeklyMinutes", "shortWeeksForReview"],
  source: "ASAM Criteria level 2.1 (9–19 h adults, 6–19 h adolescents); SSA §1861(ff) (physician certifies the need for ≥ 9 h a week); run length a clinic default",
  needsAsOf: true,
  check({ plan, params, derive }) {
    const weeks = derive(weeksOfPlan);
    const graced = new Set(stepDownRuns(plan, weeks).flatMap((run) => run.weeks.map((week) => week.week)));
    const { qualifyingOnly } = params.weeklyMinutes;
    const min = params.weeklyMinutes[plan.participant.ageGroup].min;
    const counted = qualifyingOnly ? "qualifying" : "therapy";
    const minimum = `${qualifyingOnly ? "the certified minimum" : "the weekly minimum"} of ${min} (${roundTo(min / 60, 1)} hours)`;
    let run = 0;
    return weeks.flatMap((week) => {
      run = week.short && !graced.has(week.week) ? run + 1 : 0;
      if (run === 0) return [];
      const actual = qualifyingOnly ? week.deliveredQualifyingMinutes : week.deliveredMinutes;
      const scheduled = qualifyingOnly ? week.scheduledQualifyingMinutes : week.scheduledMinutes;
      const review = run >= params.shortWeeksForReview;
      const tail = review ? `; ${run} weeks in a row under the minimum: the level of care needs review.` : ".";
      return [
        {
          path: ["attendance"],
          message: `Week ${week.week} (${week.from} to ${week.to}) delivered ${actual} ${counted} minutes of ${scheduled} scheduled, under ${minimum}${tail}`,
          params: { week: week.week, from: week.from, actual, scheduled, min, run },
          advisory: !review,
        },
      ];
    });
  },
});
