import { daysBetween, type Day } from "../../core/calendar";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { Aftercare, TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { mustBeComplete, ONGOING_CARE } from "../needs";

/** The earliest dated ongoing-care appointment after discharge, how many days after it is, and its component's index. */
function firstFollowUp(aftercare: Aftercare | undefined, discharge: Day): { day: Day; daysAfter: number; index: number } | undefined {
  let best: { day: Day; daysAfter: number; index: number } | undefined;
  aftercare?.components.forEach((component, index) => {
    if (!ONGOING_CARE.includes(component.kind) || component.firstAppointment === undefined) return;
    if (!best || component.firstAppointment < best.day) best = { day: component.firstAppointment, daysAfter: daysBetween(discharge, component.firstAppointment), index };
  });
  return best;
}

/** Whether the first ongoing-care appointment is booked 1 to `followUpWithinDays` days after the last day of care. */
export function followUpInWindow(plan: TreatmentPlan, params: Pick<PolicyParams, "followUpWithinDays">): boolean {
  const first = firstFollowUp(plan.aftercare, lastDayOfCare(plan));
  return first !== undefined && first.daysAfter >= 1 && first.daysAfter <= params.followUpWithinDays;
}

/** The first ongoing-care appointment falls 1 to followUpWithinDays days after discharge. */
export const followUpWindow = defineRule({
  code: "aftercare/follow-up-window",
  summary:
    "The first ongoing-care appointment (outpatient therapy, psychiatric follow-up or family therapy) falls 1 to followUpWithinDays days after discharge; a missing one is reported once the plan must be complete.",
  defaultSeverity: "error",
  params: ["followUpWithinDays"],
  source: "HEDIS FUH/FUM 7-day follow-up (medicaid.gov FUH; same-day visits do not count for FUH)",
  check({ plan, params, asOf }) {
    if (followUpInWindow(plan, params)) return [];
    const discharge = lastDayOfCare(plan);
    const first = firstFollowUp(plan.aftercare, discharge);
    const max = params.followUpWithinDays;
    if (!first) {
      if (!mustBeComplete(plan, asOf)) return [];
      return [{ path: ["aftercare", "components"], message: "No ongoing-care appointment after discharge is booked.", params: { min: 1, max } }];
    }
    return [
      {
        path: ["aftercare", "components", first.index, "firstAppointment"],
        message: `The first ongoing-care appointment is ${first.daysAfter} days after discharge (${discharge}); it should be 1 to ${max} days after.`,
        params: { actual: first.daysAfter, min: 1, max },
      },
    ];
  },
});
