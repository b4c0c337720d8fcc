import { addDays, type Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { Aftercare, TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";

/** The day by which aftercare planning must have started. */
function aftercareDeadline(plan: TreatmentPlan, params: Pick<PolicyParams, "aftercareStartDaysBeforeDischarge">): Day {
  return addDays(plan.period.plannedDischarge, -params.aftercareStartDaysBeforeDischarge);
}

/** Whether aftercare planning has started: the plan has an aftercare plan. */
export function aftercareStarted(plan: TreatmentPlan): plan is TreatmentPlan & { readonly aftercare: Aftercare } {
  return plan.aftercare !== undefined;
}

/** Aftercare planning starts in time before the planned discharge. */
export const planStarted = defineRule({
  code: "aftercare/plan-started",
  summary:
    "Aftercare planning starts at least aftercareStartDaysBeforeDischarge days before the planned discharge; without an aftercare plan it is reported once asOf (or the discharge) is past that day.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["aftercareStartDaysBeforeDischarge"],
  source: "Seed article (aftercare planned toward the end of the program); 22-A DCMR §6329.5 (plan updated before discharge); 14 days is a clinic default",
  messages: {
    late: (p: { readonly actual: string; readonly deadline: string; readonly days: number }, words) =>
      `Aftercare planning started on ${p.actual}, after ${p.deadline} (${words.count(p.days, { one: "day", other: "days" })} before the planned discharge).`,
    missing: (p: { readonly deadline: string; readonly days: number }) => `No aftercare plan, and it was due to start by ${p.deadline}.`,
  },
  check({ plan, params, asOf }) {
    const deadline = aftercareDeadline(plan, params);
    const days = params.aftercareStartDaysBeforeDischarge;
    if (aftercareStarted(plan)) {
      const { startedOn } = plan.aftercare;
      if (startedOn <= deadline) return [];
      return [{ path: ["aftercare", "startedOn"], variant: "late", params: { actual: startedOn, deadline, days } }];
    }
    const late = plan.period.discharged !== undefined || (asOf !== undefined && asOf > deadline);
    if (!late) return [];
    return [{ path: ["aftercare"], variant: "missing", params: { deadline, days } }];
  },
});
