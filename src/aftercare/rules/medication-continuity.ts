import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import { medicatedAtDischarge, mustBeComplete } from "../needs";

/** Whether the medications that continue after discharge have a dated psychiatric follow-up (true when none continue). */
export function medicationFollowUpArranged(plan: TreatmentPlan): boolean {
  if (!medicatedAtDischarge(plan)) return true;
  return plan.aftercare?.components.some((component) => component.kind === "psychiatric-follow-up" && component.firstAppointment !== undefined) ?? false;
}

/** Medications at discharge come with a dated psychiatric follow-up. */
export const medicationContinuity = defineRule({
  code: "aftercare/medication-continuity",
  summary: "With medications at discharge, the aftercare plan has a psychiatric follow-up with a first appointment date (reported once the plan must be complete).",
  defaultSeverity: "error",
  params: [],
  source: "Seed article (aftercare includes any necessary medication management)",
  check({ plan, asOf }) {
    if (medicationFollowUpArranged(plan) || !mustBeComplete(plan, asOf)) return [];
    return [{ path: ["aftercare", "components"], message: "Medications continue after discharge but no dated psychiatric follow-up is in the aftercare plan.", params: { missing: "psychiatric-follow-up" } }];
  },
});
