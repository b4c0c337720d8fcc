import { match } from "ts-pattern";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { mustBeComplete, safetyPlanReason } from "../needs";
import { SAFETY_PLAN_STEPS } from "../schema";

/** What a person at risk still lacks in the safety plan: the whole plan, one of its six steps, or the policy's crisis line. */
export type SafetyPlanGap =
  | { readonly missing: "safety-plan"; readonly reason: NonNullable<ReturnType<typeof safetyPlanReason>> }
  | { readonly missing: "step"; readonly step: (typeof SAFETY_PLAN_STEPS)[number] }
  | { readonly missing: "crisis-line" };

/** What the safety plan still lacks when the person is at risk: none when it is complete or not needed, else the plan or its missing steps and crisis line, in step order. */
export function safetyPlanGaps(plan: TreatmentPlan, params: Pick<PolicyParams, "safetyPlanRiskLevels" | "crisisLine">): SafetyPlanGap[] {
  const reason = safetyPlanReason(plan, params);
  if (!reason) return [];
  const safety = plan.aftercare?.safetyPlan;
  if (!safety) return [{ missing: "safety-plan", reason }];
  const present = new Set(safety.steps.map((step) => step.step));
  const gaps: SafetyPlanGap[] = SAFETY_PLAN_STEPS.filter((step) => !present.has(step)).map((step) => ({ missing: "step", step }));
  if (safety.crisisLine !== params.crisisLine) gaps.push({ missing: "crisis-line" });
  return gaps;
}

/** A person at risk leaves with a complete safety plan and a crisis line. */
export const safetyPlan = defineRule({
  code: "aftercare/safety-plan",
  summary:
    "When the person is at risk (risk.suicide in safetyPlanRiskLevels, or a positive suicide item of an assessment, such as PHQ-9 item 9 or any C-SSRS yes), the aftercare plan has a safety plan with all six Stanley-Brown steps and the policy's crisis line; a missing plan is reported once the plan must be complete, an incomplete one at once.",
  defaultSeverity: "error",
  params: ["safetyPlanRiskLevels", "crisisLine"],
  source: "Stanley-Brown safety planning (six steps); The Joint Commission NPSG 15.01.01; 988 Suicide & Crisis Lifeline",
  check({ plan, params, asOf }) {
    return safetyPlanGaps(plan, params).flatMap((gap): RuleFindingDraft[] =>
      match(gap)
        .with({ missing: "safety-plan" }, ({ reason }) =>
          mustBeComplete(plan, asOf) ? [{ path: ["aftercare", "safetyPlan"], message: "The person is at risk and the aftercare plan has no safety plan.", params: { reason } }] : [],
        )
        .with({ missing: "step" }, ({ step }) => [{ path: ["aftercare", "safetyPlan", "steps"], message: `The safety plan has no ${step} step.`, params: { missing: step } }])
        .with({ missing: "crisis-line" }, () => [
          { path: ["aftercare", "safetyPlan", "crisisLine"], message: `The safety plan does not name the crisis line ${params.crisisLine}.`, params: { expected: params.crisisLine } },
        ])
        .exhaustive(),
    );
  },
});
