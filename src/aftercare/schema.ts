import { z } from "zod";
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
  writtenOn: daySchema.optional(),
  steps: listSchema(z.strictObject({ step: z.enum(SAFETY_PLAN_STEPS), text: textSchema() }), 24),
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
  startedOn: daySchema,
  stepDownTo: z.enum(LEVELS_OF_CARE).optional(),
  components: listSchema(
    z.strictObject({
      kind: z.enum(AFTERCARE_COMPONENT_KINDS),
      firstAppointment: daySchema.optional(),
      provider: textSchema(MAX_LABEL_LENGTH).optional(),
    }),
    32,
  ),
  safetyPlan: SafetyPlanSchema.optional(),
});
