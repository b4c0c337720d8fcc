import { daysBetween } from "../../core/calendar";
import { roundTo } from "../../core/round";
import { defineRule } from "../../core/rule";

/** The planned program length lies within the policy's weeks. */
export const periodLength = defineRule({
  code: "plan/period-length",
  summary: "The planned program length (admission to planned discharge) lies within programWeeks.",
  defaultSeverity: "warning",
  params: ["programWeeks"],
  source: "22-A DCMR §6329.2 (30–60 days); NY OASAS Part 822 (6-week soft cap); a national norm is unconfirmed",
  messages: {
    default: (p: { readonly weeks: number; readonly actual: number; readonly minWeeks: number; readonly maxWeeks: number; readonly min: number; readonly max: number }, words) =>
      `The program is planned for ${words.count(p.weeks, { one: "week", other: "weeks" })} (${words.count(p.actual, { one: "day", other: "days" })}); the policy expects ${p.minWeeks} to ${p.maxWeeks} weeks.`,
  },
  check({ plan, params }) {
    const days = daysBetween(plan.period.admitted, plan.period.plannedDischarge);
    const { min, max } = params.programWeeks;
    if (days >= min * 7 && days <= max * 7) return [];
    return [
      {
        path: ["period", "plannedDischarge"],
        params: { weeks: roundTo(days / 7, 1), actual: days, minWeeks: min, maxWeeks: max, min: min * 7, max: max * 7 },
      },
    ];
  },
});
