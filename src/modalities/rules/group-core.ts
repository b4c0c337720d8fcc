import { defineRule } from "../../core/rule";
import { careItemsOfPlan, contactShortfall } from "../care-items";

/** Group therapy is the core: enough groups a week of enough minutes. */
export const groupCore = defineRule({
  code: "modality/group-core",
  summary: "At least groupPerWeekMin group-therapy sessions a week last groupMinutesMin minutes or more.",
  defaultSeverity: "error",
  params: ["groupPerWeekMin", "groupMinutesMin"],
  source: "Seed article (group therapy is the core); AHCCCS S9480 memo (2 groups of ≥ 50 min weekly); G0410 (about 45–50 min)",
  messages: {
    default: (p: { readonly actual: number; readonly required: number; readonly minMinutes: number }, words) =>
      `The week has ${words.count(p.actual, { one: "group-therapy session", other: "group-therapy sessions" })} of at least ${words.number(p.minMinutes)} minutes; the policy asks for ${words.number(p.required)}.`,
  },
  check({ params, derive }) {
    const shortfall = contactShortfall(derive(careItemsOfPlan), "group-therapy", params.groupPerWeekMin, params.groupMinutesMin);
    if (!shortfall) return [];
    return [{ path: ["schedule"], params: { ...shortfall, minMinutes: params.groupMinutesMin } }];
  },
});
