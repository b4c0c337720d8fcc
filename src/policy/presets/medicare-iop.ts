import type { Policy } from "../types";
import { defaultPolicy } from "./default";

/**
 * Medicare IOP (from 1 January 2024): the general norms plus Medicare's own requirements. Weekly
 * hours count qualifying services only and adolescents need 9 hours too; the written plan is
 * reviewed at least every other month; no prior authorization (certification instead); no
 * step-down grace: a week under the certified 9 hours before a step down is reported (no Medicare
 * source grants the ASAM grace; unconfirmed). A day under 3 services is a warning, as by default:
 * the 3-service per diem is a payment tier, not a coverage requirement.
 * Source: SSA §1861(ff) as amended by CAA 2023 §4124; 42 CFR 410.44.
 *
 * @category Policies
 * @example
 * ```ts
 * medicareIopPolicy.params.planReviewEveryDays; //=> 60
 * ```
 */
export const medicareIopPolicy: Policy = {
  id: "medicare-iop",
  name: "Medicare IOP",
  params: {
    ...defaultPolicy.params,
    weeklyMinutes: {
      adult: { min: 540, max: 1199 },
      adolescent: { min: 540, max: 1199 },
      qualifyingOnly: true,
    },
    planReviewEveryDays: 60,
    authorizationRequiredFor: [],
    phpIopClaimWindowDays: 7,
    stepDownGraceWeeks: 0,
  },
  rules: {
    "plan/review-cadence": "error",
    "schedule/days-per-week": "warning",
  },
};
