import type { Day } from "./calendar";

/** The last day a plan is in care: the discharge if it happened, else the planned discharge. */
export function lastDayOfCare(plan: { readonly period: { readonly plannedDischarge: Day; readonly discharged?: Day | undefined } }): Day {
  return plan.period.discharged ?? plan.period.plannedDischarge;
}
