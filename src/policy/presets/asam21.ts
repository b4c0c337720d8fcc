import type { Policy } from "../types";
import { defaultPolicy } from "./default";

/**
 * ASAM level 2.1 (intensive outpatient): 9–19 hours a week for adults, 6–19 for adolescents, with
 * days per week outside 3–5 reported as a warning rather than an error. Source: ASAM Criteria
 * 3rd edition as quoted by Aetna; DC 22-A DCMR §6329.1.
 *
 * @category Policies
 * @example
 * ```ts
 * asam21Policy.params.weeklyMinutes.adolescent; //=> { min: 360, max: 1199 }
 * ```
 */
export const asam21Policy: Policy = {
  id: "asam-2.1",
  name: "ASAM level 2.1",
  params: defaultPolicy.params,
  rules: {
    "schedule/days-per-week": "warning",
  },
};
