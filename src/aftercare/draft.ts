import type { Day } from "../core/calendar";
import type { Result } from "../core/finding";
import type { Aftercare, TreatmentPlan } from "../plan/types";
import { resolveDayAndPolicy, type PolicyChoice } from "../policy/resolve";
import { medicatedAtDischarge, safetyPlanReason, SUPPORT_RESOURCES, type AftercareComponentKind } from "./needs";
import { guardResult } from "../core/plan-error";

/**
 * Options of {@link aftercareReadiness} and {@link draftAftercarePlan}.
 *
 * @category Aftercare
 * @example
 * ```ts
 * const options: AftercareOptions = { asOf: "2026-04-20", policy: policies.default };
 * ```
 */
export interface AftercareOptions {
  /** The day readiness is judged on. */
  readonly asOf: Day;
  /** The policy: a policy or a preset id. Default `policies.default`. */
  readonly policy?: PolicyChoice;
}

/**
 * The skeleton of the aftercare plan this plan needs, for the team to complete: ongoing therapy,
 * a psychiatric follow-up when medications continue, a support group when the policy asks for a
 * support resource, family therapy when family involvement is planned, and an empty safety plan
 * with the policy's crisis line when the person is at risk. It keeps whatever the plan already
 * has, adds no dates, levels or clinical text of its own, does not modify the plan, and is
 * idempotent. Never throws: a malformed `asOf` or an unknown preset id is a finding.
 *
 * @param plan - a parsed plan
 * @param options - `asOf` (the start day when planning has not started) and the policy
 * @returns the aftercare skeleton, or the findings for a bad `asOf` or policy
 * @category Aftercare
 * @example
 * ```ts
 * const draft = draftAftercarePlan(plan, { asOf: "2026-04-20" });
 * draft.success && draft.data.components.map((component) => component.kind);
 * //=> ["outpatient-therapy", "psychiatric-follow-up", "support-group"]
 * ```
 */
export function draftAftercarePlan(plan: TreatmentPlan, options: AftercareOptions): Result<Aftercare> {
  return guardResult("plan or its options", () => {
    const resolved = resolveDayAndPolicy(options);
    if (!resolved.success) return resolved;
    const { asOf, policy: { params } } = resolved.data;
    const existing = plan.aftercare;
    const components = [...(existing?.components ?? [])];
    const has = (kinds: readonly AftercareComponentKind[]) => components.some((component) => kinds.includes(component.kind));
    const needed: AftercareComponentKind[][] = [["outpatient-therapy"]];
    if (medicatedAtDischarge(plan)) needed.push(["psychiatric-follow-up"]);
    if (params.supportResourceRequired) needed.push([...SUPPORT_RESOURCES]);
    if (plan.family?.involvement === "planned") needed.push(["family-therapy"]);
    for (const kinds of needed) if (!has(kinds)) components.push({ kind: kinds[0]! });
    const safetyPlan = existing?.safetyPlan ?? (safetyPlanReason(plan, params) ? { steps: [], crisisLine: params.crisisLine } : undefined);
    return {
      success: true,
      data: {
        startedOn: existing?.startedOn ?? asOf,
        ...(existing?.stepDownTo !== undefined ? { stepDownTo: existing.stepDownTo } : {}),
        components,
        ...(safetyPlan ? { safetyPlan } : {}),
      },
    };
  });
}
