import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { Intervention, TreatmentPlan } from "../types";
import { careItemsOfPlan } from "../../modalities/care-items";
import { interventionsOf } from "../../core/walk";

/** The plan's interventions by id. */
function interventionsById(plan: TreatmentPlan): Map<string, Intervention> {
  return new Map(interventionsOf(plan).map(({ intervention }) => [intervention.id, intervention]));
}

/** Every scheduled activity serves an intervention of the plan with the same modality. */
export const interventionTraced = defineRule({
  code: "plan/intervention-traced",
  summary:
    "Every scheduled activity and appointment (breaks aside) links to an intervention of the plan whose modality matches.",
  defaultSeverity: "error",
  params: [],
  source: "77 Ill. Adm. Code 2060.421(d) (methods: service, intensity, duration); Medicare IOP plan content (type, amount, frequency of services)",
  check({ derive }) {
    const findings: RuleFindingDraft[] = [];
    const byId = derive(interventionsById);
    for (const item of derive(careItemsOfPlan)) {
      if (item.kind === "break") continue;
      if (item.interventionId === undefined) {
        findings.push({ path: [...item.path, "interventionId"], message: "This activity is not linked to an intervention.", params: { modality: item.kind } });
        continue;
      }
      const intervention = byId.get(item.interventionId);
      if (intervention === undefined) {
        findings.push({ path: [...item.path, "interventionId"], message: "This activity links to an intervention the plan does not have." });
      } else if (intervention.modality !== item.kind) {
        findings.push({
          path: [...item.path, "interventionId"],
          message: `This ${item.kind} activity links to a ${intervention.modality} intervention.`,
          params: { actual: item.kind, expected: intervention.modality },
        });
      }
    }
    return findings;
  },
});
