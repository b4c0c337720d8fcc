import { flatMap } from "../../core/arrays";
import type { Day } from "../../core/calendar";
import { roundTo } from "../../core/round";
import type { Words } from "../../core/messages";
import { defineRule } from "../../core/rule";
import { weeksOfPlan } from "../delivered";
import { gracedWeeks, stepDownRuns } from "../step-down";

/** The params of a short week: its number and days, minutes delivered and scheduled (`counted` ones), the weekly minimum and the run of short weeks it ends. */
type ShortWeek = {
  readonly week: number;
  readonly from: Day;
  readonly to: Day;
  readonly actual: number;
  readonly scheduled: number;
  readonly min: number;
  /** Sessions of the week without a record: what they delivered is not known. */
  readonly unrecorded: number;
  readonly run: number;
  readonly counted: "qualifying" | "therapy";
  /** `min` in hours, to one decimal. */
  readonly minHours: number;
};

/** The sessions without a record, in words, when there are any: what the delivered minutes leave out. */
function unrecordedOf(p: ShortWeek, words: Words): string {
  return p.unrecorded === 0 ? "" : ` (and ${words.count(p.unrecorded, { one: "session", other: "sessions" })} without a record)`;
}

/** The weekly minimum a short week falls under, in words: the certified one when only qualifying minutes count. */
function minimum(p: ShortWeek): string {
  return `${p.counted === "qualifying" ? "the certified minimum" : "the weekly minimum"} of ${p.min} (${p.minHours} hours)`;
}

/** A completed week whose missed care leaves delivered minutes under the weekly minimum; repeated weeks ask for a review of the level of care. */
export const deliveredHours = defineRule({
  code: "attendance/delivered-hours",
  summary:
    "A completed IOP week delivers at least the weekly minimum for the age group (qualifying minutes when weeklyMinutes.qualifyingOnly), unless the schedule itself gives less (sessions without a record count as attended, so only a week they could not lift is short); one short week is advisory, shortWeeksForReview in a row ask for a review of the level of care. Of a run of short weeks just before a step down to outpatient care, the last stepDownGraceWeeks are left to attendance/step-down-grace; the earlier ones are reported here.",
  defaultSeverity: "error",
  params: ["weeklyMinutes", "shortWeeksForReview", "stepDownGraceWeeks"],
  source: "ASAM Criteria level 2.1 (9–19 h adults, 6–19 h adolescents); SSA §1861(ff) (physician certifies the need for ≥ 9 h a week); run length a clinic default",
  needsAsOf: true,
  messages: {
    short: (p: ShortWeek, words) => `Week ${p.week} (${p.from} to ${p.to}) delivered ${p.actual} ${p.counted} minutes of ${p.scheduled} scheduled${unrecordedOf(p, words)}, under ${minimum(p)}.`,
    review: (p: ShortWeek, words) =>
      `Week ${p.week} (${p.from} to ${p.to}) delivered ${p.actual} ${p.counted} minutes of ${p.scheduled} scheduled${unrecordedOf(p, words)}, under ${minimum(p)}; ${words.count(p.run, { one: "week", other: "weeks" })} in a row under the minimum: the level of care needs review.`,
  },
  check({ plan, params, derive }) {
    const weeks = derive(weeksOfPlan);
    const graced = gracedWeeks(stepDownRuns(plan, weeks), params.stepDownGraceWeeks);
    const { qualifyingOnly } = params.weeklyMinutes;
    const min = params.weeklyMinutes[plan.participant.ageGroup].min;
    const counted = qualifyingOnly ? "qualifying" : "therapy";
    let run = 0;
    return flatMap(weeks, (week) => {
      run = week.short && !graced.has(week.week) ? run + 1 : 0;
      if (run === 0) return [];
      const actual = qualifyingOnly ? week.deliveredQualifyingMinutes : week.deliveredMinutes;
      const scheduled = qualifyingOnly ? week.scheduledQualifyingMinutes : week.scheduledMinutes;
      const review = run >= params.shortWeeksForReview;
      const said = { week: week.week, from: week.from, to: week.to, actual, scheduled, min, unrecorded: week.unrecorded, run, counted, minHours: roundTo(min / 60, 1) } as const;
      return [{ path: ["attendance"], variant: review ? ("review" as const) : ("short" as const), params: said, advisory: !review }];
    });
  },
});
