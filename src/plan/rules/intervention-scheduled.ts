import { defineRule, type RuleContext, type RuleFindingDraft } from "../../core/rule";
import type { ModalityKind } from "../../modalities/kinds";
import type { TreatmentPlan } from "../types";
import { interventionsOf } from "../../core/walk";
import { careItemsOfPlan, contactsPerWeek, roundRate } from "../../modalities/care-items";
import { counted } from "../../core/words";

/** Tolerance for comparing weekly rates built from fractions such as 1/3. */
const EPSILON = 1e-9;

/** Times a week each modality is on the schedule, sessions and appointments together, from the check's care items. */
function contactsPerWeekOfPlan(_plan: TreatmentPlan, ctx: RuleContext): Record<ModalityKind, number> {
  return contactsPerWeek(ctx.derive(careItemsOfPlan));
}

/** Every intervention's modality is on the schedule at least as often as the intervention says. */
export const interventionScheduled = defineRule({
  code: "plan/intervention-scheduled",
  summary:
    "Every intervention's modality appears in the weekly schedule at least at its frequency (perWeek, or once every everyWeeks weeks).",
  defaultSeverity: "error",
  params: [],
  source: "CARF Behavioral Health Standard 2.C (interventions with frequency); Medicare IOP plan content (amount and frequency)",
  check({ derive }) {
    const findings: RuleFindingDraft[] = [];
    const rates = derive(contactsPerWeekOfPlan);
    for (const { intervention, path } of derive(interventionsOf)) {
      const actual = rates[intervention.modality];
      const required = intervention.perWeek ?? (intervention.everyWeeks === undefined ? 0 : 1 / intervention.everyWeeks);
      if (actual > 0 && actual + EPSILON >= required) continue;
      findings.push({
        path,
        message:
          actual === 0
            ? `No ${intervention.modality} is scheduled for this intervention.`
            : `${intervention.modality} is scheduled ${counted(roundRate(actual), "time")} a week; this intervention needs ${roundRate(required)}.`,
        params: { modality: intervention.modality, actual: roundRate(actual), required: roundRate(required) },
      });
    }
    return findings;
  },
});
