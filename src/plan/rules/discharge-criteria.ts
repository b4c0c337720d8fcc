import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../types";

/** Whether the plan states at least one transfer or discharge criterion. */
export function statesDischargeCriteria(plan: TreatmentPlan): boolean {
  return plan.dischargeCriteria.length > 0;
}

/** The plan states its transfer and discharge criteria. */
export const dischargeCriteria = defineRule({
  code: "plan/discharge-criteria",
  summary: "The plan states at least one transfer or discharge criterion.",
  defaultSeverity: "error",
  params: [],
  source: "The Joint Commission behavioral health standards (transfer/discharge criteria in the plan since July 2017)",
  messages: {
    default: (_: { readonly actual: number; readonly required: number }) => "The plan states no discharge criteria.",
  },
  check({ plan }) {
    if (statesDischargeCriteria(plan)) return [];
    return [{ path: ["dischargeCriteria"], params: { actual: 0, required: 1 } }];
  },
});
