import { defineRule } from "../../core/rule";
import { careItemsOfPlan, contactShortfall } from "../care-items";
import { counted } from "../../core/words";

/** Education about the condition and its care is on the schedule. */
export const psychoeducationPresent = defineRule({
  code: "modality/psychoeducation-present",
  summary: "Psychoeducation happens at least psychoeducationPerWeekMin times a week.",
  defaultSeverity: "error",
  params: ["psychoeducationPerWeekMin"],
  source: "Seed article (educational programming); SSA §1861(ff)(2) item 7 (patient training and education)",
  check({ params, derive }) {
    const shortfall = contactShortfall(derive(careItemsOfPlan), "psychoeducation", params.psychoeducationPerWeekMin);
    if (!shortfall) return [];
    return [{ path: ["schedule"], message: `Psychoeducation happens ${counted(shortfall.actual, "time")} a week; the policy asks for ${shortfall.required}.`, params: shortfall }];
  },
});
