import { roundTo } from "../../core/round";
import { defineRule } from "../../core/rule";
import { weekOfPlan } from "../summary";

/** Therapy minutes per week (appointments averaged) lie within the policy's range for the age group. */
export const weeklyHours = defineRule({
  code: "schedule/weekly-hours",
  summary:
    "Therapeutic minutes a week (breaks excluded, appointments averaged; qualifying services only when weeklyMinutes.qualifyingOnly) lie within the participant's age-group range.",
  defaultSeverity: "error",
  params: ["weeklyMinutes"],
  source: "ASAM Criteria level 2.1 (9–19 h adults, 6–19 h adolescents); SAMHSA TIP 47; SSA §1861(ff) (≥ 9 h certified)",
  check({ plan, params, derive }) {
    const week = derive(weekOfPlan);
    const { qualifyingOnly } = params.weeklyMinutes;
    const { ageGroup } = plan.participant;
    const { min, max } = params.weeklyMinutes[ageGroup];
    const actual = roundTo(qualifyingOnly ? week.qualifyingMinutes : week.therapeuticMinutes, 1);
    const counted = qualifyingOnly ? "qualifying" : "therapeutic";
    if (actual < min) {
      return [
        {
          path: ["schedule"],
          message: `The schedule gives ${actual} ${counted} minutes a week; an ${ageGroup} IOP needs at least ${min} (${roundTo(min / 60, 1)} hours). Less is routine outpatient care.`,
          params: { actual, min, max },
        },
      ];
    }
    if (actual > max) {
      return [
        {
          path: ["schedule"],
          message: `The schedule gives ${actual} ${counted} minutes a week, above the IOP maximum of ${max}; ${max + 1} minutes or more a week is partial hospitalization (PHP), not IOP.`,
          params: { actual, min, max },
        },
      ];
    }
    return [];
  },
});
