import type { FindingParams } from "../../core/finding";
import { defineRule } from "../../core/rule";
import type { Aftercare, TreatmentPlan } from "../../plan/types";
import { mustBeComplete } from "../needs";
import { LEVELS_OF_CARE } from "../schema";

const IOP = LEVELS_OF_CARE.indexOf("intensive-outpatient");

/** Whether the aftercare plan names the level of care after discharge. */
export function stepDownLevelNamed(plan: TreatmentPlan): plan is TreatmentPlan & { readonly aftercare: Aftercare & { readonly stepDownTo: NonNullable<Aftercare["stepDownTo"]> } } {
  return plan.aftercare?.stepDownTo !== undefined;
}

/** Aftercare steps down from IOP; a higher level is an escalation and says so. */
export const stepDownLevel = defineRule({
  code: "aftercare/step-down-level",
  summary:
    "The aftercare plan names the level of care after discharge: lower than IOP (a step down); the same level is reported, a higher level is flagged as an escalation (one step softer). A missing level is reported once the plan must be complete.",
  defaultSeverity: "warning",
  needsAsOf: "partly",
  params: [],
  source: "ASAM continuum of care (levels 1, 2.1, 2.5, 3, 4); seed article (ongoing support after the program)",
  messages: {
    missing: (_: FindingParams) => "The aftercare plan does not name the level of care after discharge.",
    same: (_: { readonly level: (typeof LEVELS_OF_CARE)[number] }) => "Aftercare at the same level (IOP) is not a step down.",
    escalation: (p: { readonly level: (typeof LEVELS_OF_CARE)[number] }) => `Aftercare at ${p.level} is an escalation to a higher level of care.`,
  },
  check({ plan, asOf }) {
    if (!stepDownLevelNamed(plan)) {
      if (!mustBeComplete(plan, asOf)) return [];
      return [{ path: ["aftercare", "stepDownTo"], variant: "missing" }];
    }
    const level = plan.aftercare.stepDownTo;
    const rank = LEVELS_OF_CARE.indexOf(level);
    if (rank < IOP) return [];
    if (rank === IOP) return [{ path: ["aftercare", "stepDownTo"], variant: "same", params: { level } }];
    return [{ path: ["aftercare", "stepDownTo"], variant: "escalation", params: { level }, advisory: true }];
  },
});
