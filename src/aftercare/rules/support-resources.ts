import type { Rule } from "../../core/rule";
import { mustBeComplete, SUPPORT_RESOURCES } from "../needs";

/** Aftercare names a support group or peer support. */
export const supportResources: Rule = {
  code: "aftercare/support-resources",
  area: "aftercare",
  summary: "When supportResourceRequired, the aftercare plan has a support group or peer support (reported once the plan must be complete).",
  defaultSeverity: "warning",
  params: ["supportResourceRequired"],
  source: "Seed article (aftercare includes support groups)",
  check({ plan, params, asOf }) {
    if (!params.supportResourceRequired || !mustBeComplete(plan, asOf)) return [];
    if (plan.aftercare?.components.some((component) => SUPPORT_RESOURCES.includes(component.kind))) return [];
    return [{ path: ["aftercare", "components"], message: "The aftercare plan has no support group or peer support.", params: { allowed: SUPPORT_RESOURCES.join("|") } }];
  },
};
