import type { Day } from "../core/calendar";
import { positiveSuicideItems, type SuicideItemCode } from "../measures/score";
import { isActiveOn } from "../medication/due";
import { lastDayOfCare } from "../core/period";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParams } from "../policy/params";
import { AFTERCARE_COMPONENT_KINDS } from "./schema";

/**
 * A kind of aftercare component.
 *
 * @category Aftercare
 * @example
 * ```ts
 * const kind: AftercareComponentKind = "support-group";
 * ```
 */
export type AftercareComponentKind = (typeof AFTERCARE_COMPONENT_KINDS)[number];

/** Components that are ongoing care with a mental-health provider (what the HEDIS follow-up measures count). */
export const ONGOING_CARE: readonly AftercareComponentKind[] = ["outpatient-therapy", "psychiatric-follow-up", "family-therapy"];
/** Components that are a support resource. */
export const SUPPORT_RESOURCES: readonly AftercareComponentKind[] = ["support-group", "peer-support"];

/**
 * Whether the aftercare plan must be complete now: the person was discharged, or `asOf` has
 * reached the end of care. Before that, what is missing is listed by `aftercareReadiness`.
 */
export function mustBeComplete(plan: TreatmentPlan, asOf: Day | undefined): boolean {
  return plan.period.discharged !== undefined || (asOf !== undefined && asOf >= lastDayOfCare(plan));
}

/** Whether medications are taken at discharge. */
export function medicatedAtDischarge(plan: TreatmentPlan): boolean {
  const day = lastDayOfCare(plan);
  return plan.medications.some((medication) => isActiveOn(medication, day));
}

/** Why the plan needs a safety plan, if it does. */
export function safetyPlanReason(plan: TreatmentPlan, params: Pick<PolicyParams, "safetyPlanRiskLevels">): "risk" | SuicideItemCode | undefined {
  const risk = plan.risk?.suicide;
  if (risk !== undefined && risk !== "none" && params.safetyPlanRiskLevels.includes(risk)) return "risk";
  return positiveSuicideItems(plan)[0]?.code;
}
