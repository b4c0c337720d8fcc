import type { Rule } from "../../core/rule";
import { careItemsOfPlan, roundRate, weeklyContacts } from "../care-items";

/** Group therapy is the core: enough groups a week of enough minutes. */
export const groupCore: Rule = {
  code: "modality/group-core",
  area: "modality",
  summary: "At least groupPerWeekMin group-therapy sessions a week last groupMinutesMin minutes or more.",
  defaultSeverity: "error",
  params: ["groupPerWeekMin", "groupMinutesMin"],
  source: "Seed article (group therapy is the core); AHCCCS S9480 memo (2 groups of ≥ 50 min weekly); G0410 (about 45–50 min)",
  check({ params, derive }) {
    const actual = roundRate(weeklyContacts(derive(careItemsOfPlan), "group-therapy", params.groupMinutesMin));
    if (actual >= params.groupPerWeekMin) return [];
    return [
      {
        path: ["schedule"],
        message: `The week has ${actual} group-therapy sessions of at least ${params.groupMinutesMin} minutes; the policy asks for ${params.groupPerWeekMin}.`,
        params: { actual, required: params.groupPerWeekMin, minMinutes: params.groupMinutesMin },
      },
    ];
  },
};
