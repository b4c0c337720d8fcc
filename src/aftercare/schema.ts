import * as z from "zod";
import { daySchema, listSchema, MAX_LABEL_LENGTH, textSchema } from "../core/schema-kit";

/**
 * Levels of care from least to most intensive.
 *
 * @category Aftercare
 * @example
 * ```ts
 * LEVELS_OF_CARE.indexOf("intensive-outpatient"); //=> 1
 * ```
 */
export const LEVELS_OF_CARE = [
  "outpatient",
  "intensive-outpatient",
  "partial-hospitalization",
  "residential",
  "inpatient",
] as const;

/**
 * Kinds of aftercare component.
 *
 * @category Aftercare
 * @example
 * ```ts
 * AFTERCARE_COMPONENT_KINDS.includes("support-group"); //=> true
 * ```
 */
export const AFTERCARE_COMPONENT_KINDS = [
  "outpatient-therapy",
  "psychiatric-follow-up",
  "support-group",
  "peer-support",
  "family-therapy",
  "primary-care",
  "case-management",
  "other",
] as const;

/**
 * The six steps of a Stanley-Brown safety plan, in order.
 *
 * @category Aftercare
 * @example
 * ```ts
 * SAFETY_PLAN_STEPS.length; //=> 6
 * ```
 */
export const SAFETY_PLAN_STEPS = [
  "warning-signs",
  "internal-coping",
  "social-distraction",
  "people-to-ask-for-help",
  "professional-contacts",
  "means-safety",
] as const;

/**
 * A safety plan: the day it was written with the person, its steps in the person's words and a
 * crisis line. A plan dated before the risk assessment or positive screen that calls for it does
 * not answer it.
 *
 * @category Schemas
 * @example
 * ```ts
 * SafetyPlanSchema.safeParse({ writtenOn: "2026-03-10", steps: [], crisisLine: "988" }).success; //=> true
 * ```
 */
export const SafetyPlanSchema = z.strictObject({
  /** The day it was written with the participant, within `safetyPlanWithinDays` (default 1) of the risk it answers and not before it. */
  writtenOn: daySchema.optional(),
  /** The Stanley-Brown steps, each in the participant's words; a complete plan has all six. */
  steps: listSchema(
    z.strictObject({
      /**
       * Which step: warning signs, internal coping, social contacts and settings for distraction,
       * people to ask for help, professionals and crisis lines, making the environment safe.
       */
      step: z.enum(SAFETY_PLAN_STEPS),
      /** The step in the participant's words (free text, never repeated in findings). */
      text: textSchema(),
    }),
    24,
  ),
  /** The crisis line written into the plan: the policy's `crisisLine` (default 988, the Suicide & Crisis Lifeline). */
  crisisLine: z.string().min(1).max(32),
});

/**
 * The aftercare plan: when planning started, the level stepped down to, the arranged components and
 * the safety plan.
 *
 * @category Schemas
 * @example
 * ```ts
 * AftercareSchema.safeParse({ startedOn: "2026-04-20", components: [{ kind: "support-group" }] }).success; //=> true
 * ```
 */
export const AftercareSchema = z.strictObject({
  /** The day aftercare planning started: at least `aftercareStartDaysBeforeDischarge` days (default 14, a clinic default) before the planned discharge. */
  startedOn: daySchema,
  /**
   * The level of care after discharge: normally a step down to outpatient care; the same level is
   * reported and a higher one flagged as an escalation. After a step up to residential or inpatient
   * care no follow-up appointment is due.
   */
  stepDownTo: z.enum(LEVELS_OF_CARE).optional(),
  /** The services arranged for after discharge. */
  components: listSchema(
    z.strictObject({
      /**
       * The kind of service. Outpatient therapy, psychiatric follow-up and family therapy are the
       * ongoing care the follow-up window looks for; a support group or peer support answers
       * `supportResourceRequired`.
       */
      kind: z.enum(AFTERCARE_COMPONENT_KINDS),
      /**
       * The day of the first appointment. Ongoing care starts 1 to `followUpWithinDays` days
       * (default 7) after the last day of care; with medications, a psychiatric follow-up 1 to
       * `psychiatricFollowUpWithinDays` days (default 30) after it.
       */
      firstAppointment: daySchema.optional(),
      /** Who provides the service (free text, never repeated in findings). */
      provider: textSchema(MAX_LABEL_LENGTH).optional(),
    }),
    32,
  ),
  safetyPlan: SafetyPlanSchema.optional(),
});
