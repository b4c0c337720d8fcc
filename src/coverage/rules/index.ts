import { authorizationCoversPeriod } from "./authorization-covers-period";
import { authorizationDays } from "./authorization-days";
import { authorizationRequired } from "./authorization-required";
import { certification } from "./certification";
import { recertification } from "./recertification";
import { concurrentReviewDue } from "./concurrent-review-due";

/** The `coverage/…` rules in catalog order. */
export const coverageRules = [
  authorizationRequired,
  authorizationCoversPeriod,
  authorizationDays,
  concurrentReviewDue,
  certification,
  recertification,
] as const;
