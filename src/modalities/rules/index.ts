import { facilitatorQualified } from "./facilitator-qualified";
import { familyInvolvement } from "./family-involvement";
import { groupCore } from "./group-core";
import { holisticGoalLinked } from "./holistic-goal-linked";
import { individualFrequency } from "./individual-frequency";
import { psychiatricAccess } from "./psychiatric-access";
import { psychoeducationPresent } from "./psychoeducation-present";
import { qualifyingServicesPerDay } from "./qualifying-services-per-day";

/** The `modality/…` rules in catalog order. */
export const modalityRules = [
  groupCore,
  individualFrequency,
  psychoeducationPresent,
  familyInvolvement,
  holisticGoalLinked,
  psychiatricAccess,
  facilitatorQualified,
  qualifyingServicesPerDay,
] as const;
