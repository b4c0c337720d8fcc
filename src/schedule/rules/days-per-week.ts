import { defineRule } from "../../core/rule";
import { weekOfPlan } from "../summary";

/** Program days per week lie within the policy's range. */
export const daysPerWeek = defineRule({
  code: "schedule/days-per-week",
  summary: "The schedule has between daysPerWeek.min and daysPerWeek.max program days a week.",
  defaultSeverity: "error",
  params: ["daysPerWeek"],
  source: "Seed article (3–5 days); H0015 descriptor (≥ 3 days a week); Noridian JE (3–4 days)",
  check({ params, derive }) {
    const actual = derive(weekOfPlan).programDays.length;
    const { min, max } = params.daysPerWeek;
    if (actual >= min && actual <= max) return [];
    return [
      {
        path: ["schedule", "sessions"],
        message: `The schedule has ${actual} program day${actual === 1 ? "" : "s"} a week; the policy expects ${min} to ${max}.`,
        params: { actual, min, max },
      },
    ];
  },
});
