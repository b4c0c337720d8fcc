import { byDate, type Day } from "../core/calendar";
import { positiveSuicideItems, type PositiveSuicideItem, type SuicideItemCode } from "../measures/score";
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

/** What first called for a safety plan: a risk level in `safetyPlanRiskLevels` (`"risk"`) or a positive suicide item, and its day. */
export interface SafetyPlanReason {
  readonly reason: "risk" | SuicideItemCode;
  /** The day of the risk assessment or the assessment with the positive item. */
  readonly date: Day;
}

/**
 * What a safety plan must answer, oldest first: the first risk assessment or positive suicide item
 * that called for one (on a tie, the risk level), and a risk assessed `high` after it, which asks
 * for the plan to be written again. A positive screen repeated later tells what is known already,
 * and a risk assessed lower asks nothing new (the plan holds only its latest risk assessment, so
 * only the top level can be told to be a rise). `positive`: the plan's positive suicide items,
 * when already at hand.
 */
export function safetyPlanReasons(plan: TreatmentPlan, params: Pick<PolicyParams, "safetyPlanRiskLevels">, positive: readonly PositiveSuicideItem[] = positiveSuicideItems(plan)): SafetyPlanReason[] {
  const risk = plan.risk;
  const calls: SafetyPlanReason[] = [];
  const riskCalls = risk !== undefined && risk.suicide !== "none" && params.safetyPlanRiskLevels.includes(risk.suicide);
  if (riskCalls) calls.push({ reason: "risk", date: risk.assessedOn });
  for (const { code, date } of positive) calls.push({ reason: code, date });
  const first = calls.sort(byDate)[0];
  if (first === undefined) return [];
  const raised = riskCalls && risk.suicide === "high" && risk.assessedOn > first.date;
  return raised ? [first, { reason: "risk", date: risk.assessedOn }] : [first];
}

/** Why the plan needs a safety plan, if it does: the first of {@link safetyPlanReasons}. */
export function safetyPlanReason(plan: TreatmentPlan, params: Pick<PolicyParams, "safetyPlanRiskLevels">): SafetyPlanReason | undefined {
  return safetyPlanReasons(plan, params)[0];
}
