import type { Rule } from "../../core/rule";
import { careItemsOfPlan, roundRate, weeklyContacts } from "../care-items";

/** Education about the condition and its care is on the schedule. */
export const psychoeducationPresent: Rule = {
  code: "modality/psychoeducation-present",
  area: "modality",
  summary: "Psychoeducation happens at least psychoeducationPerWeekMin times a week.",
  defaultSeverity: "error",
  params: ["psychoeducationPerWeekMin"],
  source: "Seed article (educational programming); SSA §1861(ff)(2) item 7 (patient training and education)",
  check({ params, derive }) {
    const actual = roundRate(weeklyContacts(derive(careItemsOfPlan), "psychoeducation"));
    if (actual >= params.psychoeducationPerWeekMin) return [];
    return [
      {
        path: ["schedule"],
        message: `Psychoeducation happens ${actual} times a week; the policy asks for ${params.psychoeducationPerWeekMin}.`,
        params: { actual, required: params.psychoeducationPerWeekMin },
      },
    ];
  },
};
