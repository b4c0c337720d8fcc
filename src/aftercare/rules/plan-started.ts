import type { Rule } from "../../core/rule";
import { aftercareDeadline } from "../needs";

/** Aftercare planning starts in time before the planned discharge. */
export const planStarted: Rule = {
  code: "aftercare/plan-started",
  area: "aftercare",
  summary:
    "Aftercare planning starts at least aftercareStartDaysBeforeDischarge days before the planned discharge; without an aftercare plan it is reported once asOf (or the discharge) is past that day.",
  defaultSeverity: "error",
  params: ["aftercareStartDaysBeforeDischarge"],
  source: "Seed article (aftercare planned towards the end of the programme); 22-A DCMR §6329.5 (plan updated before discharge); 14 days is a clinic default",
  check({ plan, params, asOf }) {
    const deadline = aftercareDeadline(plan, params);
    const { aftercare } = plan;
    if (aftercare) {
      if (aftercare.startedOn <= deadline) return [];
      return [
        {
          path: ["aftercare", "startedOn"],
          message: `Aftercare planning started on ${aftercare.startedOn}, after ${deadline} (${params.aftercareStartDaysBeforeDischarge} days before the planned discharge).`,
          params: { actual: aftercare.startedOn, deadline, days: params.aftercareStartDaysBeforeDischarge },
        },
      ];
    }
    const late = plan.period.discharged !== undefined || (asOf !== undefined && asOf > deadline);
    if (!late) return [];
    return [{ path: ["aftercare"], message: `No aftercare plan, and it was due to start by ${deadline}.`, params: { deadline, days: params.aftercareStartDaysBeforeDischarge } }];
  },
};
