import type { Rule } from "../../core/rule";

/** The plan states its transfer and discharge criteria. */
export const dischargeCriteria: Rule = {
  code: "plan/discharge-criteria",
  area: "plan",
  summary: "The plan states at least one transfer or discharge criterion.",
  defaultSeverity: "error",
  params: [],
  source: "The Joint Commission behavioral health standards (transfer/discharge criteria in the plan since July 2017)",
  check({ plan }) {
    if (plan.dischargeCriteria.length > 0) return [];
    return [{ path: ["dischargeCriteria"], message: "The plan states no discharge criteria.", params: { actual: 0, required: 1 } }];
  },
};
