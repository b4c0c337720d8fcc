import type { Rule } from "../../core/rule";
import { lastDayOfCare } from "../../core/period";
import { firstFollowUp, mustBeComplete } from "../needs";

/** The first ongoing-care appointment falls 1 to followUpWithinDays days after discharge. */
export const followUpWindow: Rule = {
  code: "aftercare/follow-up-window",
  area: "aftercare",
  summary:
    "The first ongoing-care appointment (outpatient therapy, psychiatric follow-up or family therapy) falls 1 to followUpWithinDays days after discharge; a missing one is reported once the plan must be complete.",
  defaultSeverity: "error",
  params: ["followUpWithinDays"],
  source: "HEDIS FUH/FUM 7-day follow-up (medicaid.gov FUH; same-day visits do not count for FUH)",
  check({ plan, params, asOf }) {
    const discharge = lastDayOfCare(plan);
    const first = firstFollowUp(plan.aftercare, discharge);
    const max = params.followUpWithinDays;
    if (!first) {
      if (!mustBeComplete(plan, asOf)) return [];
      return [{ path: ["aftercare", "components"], message: "No ongoing-care appointment after discharge is booked.", params: { min: 1, max } }];
    }
    if (first.daysAfter >= 1 && first.daysAfter <= max) return [];
    return [
      {
        path: ["aftercare", "components", first.index, "firstAppointment"],
        message: `The first ongoing-care appointment is ${first.daysAfter} days after discharge (${discharge}); it should be 1 to ${max} days after.`,
        params: { actual: first.daysAfter, min: 1, max },
      },
    ];
  },
};
