import { flatMap } from "../../core/arrays";
import { defineRule, type RuleContext } from "../../core/rule";
import type { ModalityKind } from "../../modalities/kinds";
import type { TreatmentPlan } from "../types";
import { interventionsOf } from "../../core/walk";
import { careItemsOfPlan, contactsPerWeek, roundRate } from "../../modalities/care-items";

/** Tolerance for comparing weekly rates built from fractions such as 1/3. */
const EPSILON = 1e-9;

/** Times a week each modality is on the schedule, sessions and appointments together, from the check's care items. */
function contactsPerWeekOfPlan(_plan: TreatmentPlan, ctx: RuleContext): Record<ModalityKind, number> {
  return contactsPerWeek(ctx.derive(careItemsOfPlan));
}

/** The params of an intervention scheduled too seldom: its modality (a code) and the times a week it is on the schedule and needs. */
type Shortfall = { readonly modality: ModalityKind; readonly actual: number; readonly required: number };

/** Every intervention's modality is on the schedule at least as often as the intervention says. */
export const interventionScheduled = defineRule({
  code: "plan/intervention-scheduled",
  summary:
    "Every intervention's modality appears in the weekly schedule at least at its frequency (perWeek, or once every everyWeeks weeks).",
  defaultSeverity: "error",
  params: [],
  source: "CARF Behavioral Health Standard 2.C (interventions with frequency); Medicare IOP plan content (amount and frequency)",
  messages: {
    none: (p: Shortfall) => `No ${p.modality} is scheduled for this intervention.`,
    tooFew: (p: Shortfall, words) => `${p.modality} is scheduled ${words.count(p.actual, { one: "time", other: "times" })} a week; this intervention needs ${words.number(p.required)}.`,
  },
  check({ derive }) {
    const rates = derive(contactsPerWeekOfPlan);
    return flatMap(derive(interventionsOf), ({ intervention, path }) => {
      const actual = rates[intervention.modality];
      const required = intervention.perWeek ?? (intervention.everyWeeks === undefined ? 0 : 1 / intervention.everyWeeks);
      if (actual > 0 && actual + EPSILON >= required) return [];
      const params = { modality: intervention.modality, actual: roundRate(actual), required: roundRate(required) };
      return [{ path, variant: actual === 0 ? ("none" as const) : ("tooFew" as const), params }];
    });
  },
});
