import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { mustBeComplete, SUPPORT_RESOURCES } from "../needs";

/** Whether the aftercare plan has a support group or peer support, when the policy asks for one (true when it does not). */
export function supportResourceArranged(plan: TreatmentPlan, params: Pick<PolicyParams, "supportResourceRequired">): boolean {
  if (!params.supportResourceRequired) return true;
  return plan.aftercare?.components.some((component) => SUPPORT_RESOURCES.includes(component.kind)) ?? false;
}

/** Aftercare names a support group or peer support. */
export const supportResources = defineRule({
  code: "aftercare/support-resources",
  summary: "When supportResourceRequired, the aftercare plan has a support group or peer support (reported once the plan must be complete).",
  defaultSeverity: "warning",
  needsAsOf: "partly",
  params: ["supportResourceRequired"],
  source: "Seed article (aftercare includes support groups)",
  messages: {
    default: (_: { readonly allowed: string }) => "The aftercare plan has no support group or peer support.",
  },
  check({ plan, params, asOf }) {
    if (supportResourceArranged(plan, params) || !mustBeComplete(plan, asOf)) return [];
    return [{ path: ["aftercare", "components"], params: { allowed: SUPPORT_RESOURCES.join("|") } }];
  },
});
