import { defineRule } from "../../core/rule";
import { careItemsOfPlan, contactShortfall } from "../care-items";

/** Group therapy is the core: enough groups a week of enough minutes. */
export const groupCore = defineRule({
  code: "modality/group-core",
  summary: "At least groupPerWeekMin group-therapy sessions a week last groupMinutesMin minutes or more.",
  defaultSeverity: "error",
  params: ["groupPerWeekMin", "groupMinutesMin"],
  source: "Seed article (group therapy is the core); AHCCCS S9480 memo (2 groups of ≥ 50 min weekly); G0410 (about 45–50 min)",
  check({ params, derive }) {
    const shortfall = contactShortfall(derive(careItemsOfPlan), "group-therapy", params.groupPerWeekMin, params.groupMinutesMin);
    if (!shortfall) return [];
    return [
      {
        path: ["schedule"],
        message: `The week has ${shortfall.actual} group-therapy sessions of at least ${params.groupMinutesMin} minutes; the policy asks for ${shortfall.required}.`,
        params: { ...shortfall, minMinutes: params.groupMinutesMin },
      },
    ];
  },
});
