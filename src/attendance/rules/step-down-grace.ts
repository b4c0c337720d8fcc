import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { weeksOfPlan } from "../delivered";
import { stepDownRuns } from "../step-down";

const WEEKS = { one: "week", other: "weeks" };

/** Short weeks before a step down to outpatient care stay within ASAM's grace. */
export const stepDownGrace = defineRule({
  code: "attendance/step-down-grace",
  summary:
    "Completed weeks under the weekly minimum that delivered some care just before a step down from IOP to outpatient care number at most stepDownGraceWeeks: ASAM counts them as continuing IOP while stepping down, more mean the step down came late (a week without care is no step down, and attendance/delivered-hours judges it).",
  defaultSeverity: "warning",
  params: ["weeklyMinutes", "stepDownGraceWeeks"],
  source: "ASAM Criteria 3rd edition as quoted by Aetna (below 9 h, 6 h for adolescents, for 1–2 weeks before transfer to level 1); DC 22-A DCMR §6329.1",
  needsAsOf: true,
  messages: {
    default: (p: { readonly weeks: number; readonly grace: number; readonly date: Day; readonly late: number }, words) =>
      `${p.weeks === 1 ? "The week" : `The ${p.weeks} weeks`} before the step down to outpatient care on ${p.date} delivered under the weekly minimum; ${p.grace === 0 ? "none counts" : `up to ${words.count(p.grace, WEEKS)} ${words.plural(p.grace, { one: "counts", other: "count" })}`} as IOP while stepping down, so the step down came ${words.count(p.late, WEEKS)} late.`,
  },
  check({ plan, params, derive }) {
    const grace = params.stepDownGraceWeeks;
    return stepDownRuns(plan, derive(weeksOfPlan))
      .filter((run) => run.weeks.length > grace)
      .map(({ transition, weeks }) => {
        const date = plan.transitions![transition]!.date;
        return { path: ["transitions", transition], params: { weeks: weeks.length, grace, date, late: weeks.length - grace } };
      });
  },
});
