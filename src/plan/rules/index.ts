import { ageGroupMismatch } from "./age-group-mismatch";
import { diagnosisRequired } from "./diagnosis-required";
import { dischargeCriteria } from "./discharge-criteria";
import { firstPlanDeadline } from "./first-plan-deadline";
import { goalHasObjective } from "./goal-has-objective";
import { goalOwnWords } from "./goal-own-words";
import { interventionScheduled } from "./intervention-scheduled";
import { interventionTraced } from "./intervention-traced";
import { objectiveMeasurable } from "./objective-measurable";
import { participantSignature } from "./participant-signature";
import { periodLength } from "./period-length";
import { problemHasGoal } from "./problem-has-goal";
import { reviewCadence } from "./review-cadence";

/** The `plan/…` rules in catalog order. */
export const planRules = [
  diagnosisRequired,
  problemHasGoal,
  goalHasObjective,
  goalOwnWords,
  objectiveMeasurable,
  interventionTraced,
  interventionScheduled,
  periodLength,
  firstPlanDeadline,
  reviewCadence,
  participantSignature,
  dischargeCriteria,
  ageGroupMismatch,
] as const;
