import { DEFAULT_PARAMS } from "../params";
import type { Policy } from "../types";

/**
 * General IOP norms: 3–5 program days a week, sessions of about three hours, at least 9 hours a
 * week for adults and 6 for adolescents, under 20 hours (where partial hospitalization begins).
 * Every value is documented on {@link PolicyParams}.
 *
 * @category Policies
 * @example
 * ```ts
 * defaultPolicy.params.daysPerWeek; //=> { min: 3, max: 5 }
 * ```
 */
export const defaultPolicy: Policy = {
  id: "default",
  name: "General IOP norms",
  params: DEFAULT_PARAMS,
  rules: {},
};
