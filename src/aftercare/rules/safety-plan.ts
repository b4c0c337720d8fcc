import type { Rule, RuleFindingDraft } from "../../core/rule";
import { mustBeComplete, safetyPlanReason } from "../needs";
import { SAFETY_PLAN_STEPS } from "../schema";

/** A person at risk leaves with a complete safety plan and a crisis line. */
export const safetyPlan: Rule = {
  code: "aftercare/safety-plan",
  area: "aftercare",
  summary:
    "When the person is at risk (risk.suicide in safetyPlanRiskLevels, or a positive PHQ-9 item 9), the aftercare plan has a safety plan with all six Stanley-Brown steps and the policy's crisis line; a missing plan is reported once the plan must be complete, an incomplete one at once.",
  defaultSeverity: "error",
  params: ["safetyPlanRiskLevels", "crisisLine"],
  source: "Stanley-Brown safety planning (six steps); The Joint Commission NPSG 15.01.01; 988 Suicide & Crisis Lifeline",
  check({ plan, params, asOf }) {
    const reason = safetyPlanReason(plan, params);
    if (!reason) return [];
    const safety = plan.aftercare?.safetyPlan;
    if (!safety) {
      if (!mustBeComplete(plan, asOf)) return [];
      return [{ path: ["aftercare", "safetyPlan"], message: "The person is at risk and the aftercare plan has no safety plan.", params: { reason } }];
    }
    const findings: RuleFindingDraft[] = [];
    const present = new Set(safety.steps.map((step) => step.step));
    for (const step of SAFETY_PLAN_STEPS) {
      if (!present.has(step)) findings.push({ path: ["aftercare", "safetyPlan", "steps"], message: `The safety plan has no ${step} step.`, params: { missing: step } });
    }
    if (safety.crisisLine !== params.crisisLine) {
      findings.push({ path: ["aftercare", "safetyPlan", "crisisLine"], message: `The safety plan does not name the crisis line ${params.crisisLine}.`, params: { expected: params.crisisLine } });
    }
    return findings;
  },
};
