import type { Rule } from "../../core/rule";
import { medicatedAtDischarge, mustBeComplete } from "../needs";

/** Medications at discharge come with a dated psychiatric follow-up. */
export const medicationContinuity: Rule = {
  code: "aftercare/medication-continuity",
  area: "aftercare",
  summary: "With medications at discharge, the aftercare plan has a psychiatric follow-up with a first appointment date (reported once the plan must be complete).",
  defaultSeverity: "error",
  params: [],
  source: "Seed article (aftercare includes any necessary medication management)",
  check({ plan, asOf }) {
    if (!medicatedAtDischarge(plan) || !mustBeComplete(plan, asOf)) return [];
    const followUp = plan.aftercare?.components.find((component) => component.kind === "psychiatric-follow-up" && component.firstAppointment !== undefined);
    if (followUp) return [];
    return [{ path: ["aftercare", "components"], message: "Medications continue after discharge but no dated psychiatric follow-up is in the aftercare plan.", params: { missing: "psychiatric-follow-up" } }];
  },
};
