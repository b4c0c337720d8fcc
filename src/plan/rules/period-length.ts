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
  check({ plan, params }) {
    const days = daysBetween(plan.period.admitted, plan.period.plannedDischarge);
    const { min, max } = params.programWeeks;
    if (days >= min * 7 && days <= max * 7) return [];
    const weeks = roundTo(days / 7, 1);
    return [
      {
        path: ["period", "plannedDischarge"],
        message: `The program is planned for ${weeks} weeks (${days} days); the policy expects ${min} to ${max} weeks.`,
        params: { actual: days, min: min * 7, max: max * 7 },
      },
    ];
  },
});
