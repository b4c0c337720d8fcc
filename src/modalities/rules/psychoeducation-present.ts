import { defineRule } from "../../core/rule";
import { careItemsOfPlan, contactShortfall } from "../care-items";

/** Education about the condition and its care is on the schedule. */
export const psychoeducationPresent = defineRule({
  code: "modality/psychoeducation-present",
  summary: "Psychoeducation happens at least psychoeducationPerWeekMin times a week.",
  defaultSeverity: "error",
  params: ["psychoeducationPerWeekMin"],
  source: "Seed article (educational programming); SSA §1861(ff)(2) item 7 (patient training and education)",
  messages: {
    default: (p: { readonly actual: number; readonly required: number }, words) =>
      `Psychoeducation happens ${words.count(p.actual, { one: "time", other: "times" })} a week; the policy asks for ${words.number(p.required)}.`,
  },
  check({ params, derive }) {
    const shortfall = contactShortfall(derive(careItemsOfPlan), "psychoeducation", params.psychoeducationPerWeekMin);
    if (!shortfall) return [];
    return [{ path: ["schedule"], params: shortfall }];
  },
});
