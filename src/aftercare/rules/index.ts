import { followUpWindow } from "./follow-up-window";
import { medicationContinuity } from "./medication-continuity";
import { planStarted } from "./plan-started";
import { safetyPlan } from "./safety-plan";
import { stepDownLevel } from "./step-down-level";
import { supportResources } from "./support-resources";

/** The `aftercare/…` rules in catalog order. */
export const aftercareRules = [planStarted, followUpWindow, medicationContinuity, supportResources, safetyPlan, stepDownLevel] as const;
