import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { medicatedAtDischarge, mustBeComplete } from "../needs";
import { firstAppointmentAfter, followUpBooked, followUpDue } from "./follow-up-window";

const PSYCHIATRIC: readonly ["psychiatric-follow-up"] = ["psychiatric-follow-up"];

/**
 * Whether the medications that continue after discharge have a psychiatric follow-up 1 to
 * `psychiatricFollowUpWithinDays` days after the last day of care (true when none continue, or when
 * the person steps up to residential or inpatient care).
 */
export function medicationFollowUpArranged(plan: TreatmentPlan, params: Pick<PolicyParams, "psychiatricFollowUpWithinDays">): boolean {
  return followUpBooked(medicationFollowUpDue(plan, params.psychiatricFollowUpWithinDays));
}

/** The psychiatric follow-up due for the medications that continue after discharge (none when none continue). */
export function medicationFollowUpDue(plan: TreatmentPlan, withinDays: number): ReturnType<typeof followUpDue> {
  return medicatedAtDischarge(plan) ? followUpDue(plan, PSYCHIATRIC, withinDays) : undefined;
}

/** Medications at discharge come with a psychiatric follow-up within psychiatricFollowUpWithinDays days. */
export const medicationContinuity = defineRule({
  code: "aftercare/medication-continuity",
  summary:
    "With medications at discharge, the aftercare plan has a psychiatric follow-up 1 to psychiatricFollowUpWithinDays days after the last day of care (none is due on a step up to residential or inpatient care); a missing one is reported once the plan must be complete.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["psychiatricFollowUpWithinDays"],
  source: "Seed article (aftercare includes any necessary medication management); NCQA HEDIS FUH/FUM 30-day follow-up window as the analogue",
  messages: {
    missing: (p: { readonly missing: "psychiatric-follow-up"; readonly discharge: string; readonly min: number; readonly max: number }) =>
      `Medications continue after discharge (${p.discharge}) but no dated psychiatric follow-up after it is in the aftercare plan.`,
    late: (p: { readonly actual: number; readonly discharge: string; readonly min: number; readonly max: number }, words) =>
      `The psychiatric follow-up for the medications that continue is ${words.count(p.actual, { one: "day", other: "days" })} after discharge (${p.discharge}); it should be ${words.number(p.min)} to ${words.number(p.max)} days after.`,
  },
  check({ plan, params, asOf }) {
    if (medicationFollowUpArranged(plan, params)) return [];
    const discharge = lastDayOfCare(plan);
    const first = firstAppointmentAfter(plan.aftercare, PSYCHIATRIC, discharge);
    const max = params.psychiatricFollowUpWithinDays;
    if (!first) {
      if (!mustBeComplete(plan, asOf)) return [];
      return [{ path: ["aftercare", "components"], variant: "missing", params: { missing: "psychiatric-follow-up" as const, discharge, min: 1, max } }];
    }
    return [
      { path: ["aftercare", "components", first.index, "firstAppointment"], variant: "late", params: { actual: first.daysAfter, discharge, min: 1, max } },
    ];
  },
});
