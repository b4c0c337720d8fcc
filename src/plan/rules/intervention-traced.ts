import { defineRule, type RuleContext, type RuleFindingDraft } from "../../core/rule";
import type { FindingParams } from "../../core/finding";
import type { ActivityKind, ModalityKind } from "../../modalities/kinds";
import type { Intervention, TreatmentPlan } from "../types";
import { careItemsOfPlan } from "../../modalities/care-items";
import { interventionsOf } from "../../core/walk";

/** The plan's interventions by id. */
function interventionsById(_plan: TreatmentPlan, ctx: RuleContext): Map<string, Intervention> {
  const byId = new Map<string, Intervention>();
  for (const { intervention } of ctx.derive(interventionsOf)) byId.set(intervention.id, intervention);
  return byId;
}

/** The messages of the rule: an activity without a link, with a link to no intervention, or to one of another modality (codes). */
const messages = {
  unlinked: (_: { readonly modality: ActivityKind }) => "This activity is not linked to an intervention.",
  unknown: (_: FindingParams) => "This activity links to an intervention the plan does not have.",
  mismatch: (p: { readonly actual: ActivityKind; readonly expected: ModalityKind }) => `This ${p.actual} activity links to a ${p.expected} intervention.`,
} as const;

/** Every scheduled activity serves an intervention of the plan with the same modality. */
export const interventionTraced = defineRule({
  code: "plan/intervention-traced",
  summary:
    "Every scheduled activity and appointment (breaks aside) links to an intervention of the plan whose modality matches.",
  defaultSeverity: "error",
  params: [],
  source: "77 Ill. Adm. Code 2060.421(d) (methods: service, intensity, duration); Medicare IOP plan content (type, amount, frequency of services)",
  messages,
  check({ derive }) {
    const findings: RuleFindingDraft<typeof messages>[] = [];
    const byId = derive(interventionsById);
    for (const item of derive(careItemsOfPlan)) {
      if (item.kind === "break") continue;
      if (item.interventionId === undefined) {
        findings.push({ path: [...item.path, "interventionId"], variant: "unlinked", params: { modality: item.kind } });
        continue;
      }
      const intervention = byId.get(item.interventionId);
      if (intervention === undefined) {
        findings.push({ path: [...item.path, "interventionId"], variant: "unknown" });
      } else if (intervention.modality !== item.kind) {
        findings.push({
          path: [...item.path, "interventionId"],
          variant: "mismatch",
          params: { actual: item.kind, expected: intervention.modality },
        });
      }
    }
    return findings;
  },
});
