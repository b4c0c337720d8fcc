import { match } from "ts-pattern";
import { daysBetween } from "../core/calendar";
import type { Result } from "../core/finding";
import { lastDayOfCare } from "../core/period";
import type { AftercareOptions } from "../aftercare/draft";
import { resolveEnginePolicy } from "./policy-choice";
import { resolveDayAndPolicy } from "../policy/resolve";
import { aftercareRules } from "../aftercare/rules";
import { followUpArranged } from "../aftercare/rules/follow-up-window";
import { medicationFollowUpArranged } from "../aftercare/rules/medication-continuity";
import { aftercareStarted } from "../aftercare/rules/plan-started";
import { safetyPlanGaps } from "../aftercare/rules/safety-plan";
import { stepDownLevelNamed } from "../aftercare/rules/step-down-level";
import { supportResourceArranged } from "../aftercare/rules/support-resources";
import type { SAFETY_PLAN_STEPS } from "../aftercare/schema";
import { dischargeCriteria, statesDischargeCriteria } from "../plan/rules/discharge-criteria";
import type { TreatmentPlan } from "../plan/types";
import type { PolicyParams } from "../policy/params";
import { runRules, type Report } from "./run-rules";
import { guardResult } from "../core/plan-error";

/**
 * Something the aftercare plan still needs before discharge.
 *
 * @category Aftercare
 * @example
 * ```ts
 * const item: MissingAftercare = { item: "support-resource", message: "Add a support group or peer support." };
 * ```
 */
export interface MissingAftercare {
  readonly item:
    | "aftercare-plan"
    | "step-down-level"
    | "follow-up-appointment"
    | "psychiatric-follow-up"
    | "support-resource"
    | "safety-plan"
    | "safety-plan-step"
    | "crisis-line"
    | "discharge-criteria";
  /** For `safety-plan-step`: which step. */
  readonly step?: (typeof SAFETY_PLAN_STEPS)[number];
  readonly message: string;
}

/**
 * An aftercare readiness report: the aftercare and discharge rules, what is still missing and how
 * many days are left.
 *
 * @category Aftercare
 * @example
 * ```ts
 * const readiness: AftercareReadiness = { ok: true, findings: [], counts: { error: 0, warning: 0, info: 0 }, skipped: [], missing: [], daysToDischarge: 14 };
 * ```
 */
export interface AftercareReadiness extends Report {
  readonly missing: readonly MissingAftercare[];
  /** Days from `asOf` to the discharge (or planned discharge); negative after it. */
  readonly daysToDischarge: number;
}

/** Everything not yet arranged for discharge, each judged by the predicate its rule uses, in report order. */
function missingItems(plan: TreatmentPlan, params: PolicyParams): MissingAftercare[] {
  const missing: MissingAftercare[] = [];
  if (!statesDischargeCriteria(plan)) missing.push({ item: "discharge-criteria", message: "State the discharge criteria." });
  if (!aftercareStarted(plan)) missing.push({ item: "aftercare-plan", message: "Start the aftercare plan." });
  if (!stepDownLevelNamed(plan)) missing.push({ item: "step-down-level", message: "Name the level of care after discharge." });
  if (!followUpArranged(plan, params)) {
    missing.push({ item: "follow-up-appointment", message: `Book an ongoing-care appointment 1 to ${params.followUpWithinDays} days after discharge.` });
  }
  if (!medicationFollowUpArranged(plan, params)) {
    missing.push({ item: "psychiatric-follow-up", message: `Book a psychiatric follow-up 1 to ${params.psychiatricFollowUpWithinDays} days after discharge for the medications that continue.` });
  }
  if (!supportResourceArranged(plan, params)) missing.push({ item: "support-resource", message: "Add a support group or peer support." });
  for (const gap of safetyPlanGaps(plan, params)) {
    missing.push(
      match(gap)
        .with({ missing: "safety-plan" }, ({ writtenOn }): MissingAftercare => ({ item: "safety-plan", message: writtenOn === undefined ? "Write a safety plan with the participant." : "Write the safety plan again with the participant: it predates the risk it must answer." }))
        .with({ missing: "step" }, ({ step }): MissingAftercare => ({ item: "safety-plan-step", step, message: `Add the ${step} step to the safety plan.` }))
        .with({ missing: "crisis-line" }, (): MissingAftercare => ({ item: "crisis-line", message: `Name the crisis line ${params.crisisLine}.` }))
        .exhaustive(),
    );
  }
  return missing;
}

/**
 * How ready a plan is for discharge: the aftercare rules and `plan/discharge-criteria` at `asOf`,
 * the components still to arrange (`missing`) and the days left. Early in the program the
 * rules stay quiet about what is not arranged yet; `missing` lists it all the same. Never throws:
 * a malformed `asOf` or an unknown preset id gives findings.
 *
 * @param plan - a parsed plan
 * @param options - `asOf` and the policy
 * @returns the readiness report, or the findings for a bad `asOf` or policy
 * @category Aftercare
 * @example
 * ```ts
 * const readiness = aftercareReadiness(plan, { asOf: "2026-04-20" });
 * readiness.success && readiness.data.missing.map((entry) => entry.item);
 * //=> ["aftercare-plan", "step-down-level", "follow-up-appointment", "psychiatric-follow-up", "support-resource"]
 * readiness.success && readiness.data.daysToDischarge; //=> 14
 * aftercareReadiness(plan, { asOf: "20 April" }).success; //=> false
 * ```
 */
export function aftercareReadiness(plan: TreatmentPlan, options: AftercareOptions): Result<AftercareReadiness> {
  return guardResult("plan or its options", () => {
    const resolved = resolveDayAndPolicy(options, resolveEnginePolicy);
    if (!resolved.success) return resolved;
    const { asOf, policy } = resolved.data;
    const checked = runRules(plan, [...aftercareRules, dischargeCriteria], policy, asOf);
    return { success: true, data: { ...checked, missing: missingItems(plan, policy.params), daysToDischarge: daysBetween(asOf, lastDayOfCare(plan)) } };
  });
}
