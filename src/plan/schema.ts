import { z } from "zod";
import { daySchema, idSchema, listSchema, MAX_LABEL_LENGTH, textSchema, timeZoneSchema } from "../core/schema-kit";
import type { FindingParams } from "../core/finding";
import { englishMessage } from "../core/messages";
import { MAX_PERIOD_DAYS, withinPeriodLimit } from "../core/period";
import { AftercareSchema } from "../aftercare/schema";
import { AttendanceRecordSchema, LevelTransitionSchema } from "../attendance/schema";
import { CoverageSchema } from "../coverage/schema";
import { AssessmentSchema } from "../measures/schema";
import { INSTRUMENT_BOUNDS, INSTRUMENTS } from "../measures/instruments";
import { MedicationSchema, ReviewSchema } from "../medication/schema";
import { CARE_ROLES, MODALITY_KINDS } from "../modalities/kinds";
import { InterventionIdSchema, ScheduleSchema, WeeklyWindowSchema } from "../schedule/schema";
import { PLAN_MESSAGES } from "./messages";

/** A refinement's issue that names its finding code, message variant and params, with the English text from the plan's catalog. */
function planIssue<Code extends keyof typeof PLAN_MESSAGES>(rule: Code, variant: keyof (typeof PLAN_MESSAGES)[Code] & string, path: readonly string[], values?: FindingParams) {
  return { message: englishMessage(PLAN_MESSAGES[rule], variant, values, path), params: values ? { rule, variant, values } : { rule, variant }, path: [...path] };
}

/** ICD-10-CM: a letter other than U, two digits (the second may be A or B), then up to four characters after a dot. */
const ICD10_CM = /^[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$/i;

/**
 * An intervention: what the team does for an objective, by which modality, how often, and who is
 * responsible. Frequency is `perWeek` times a week or once every `everyWeeks` weeks.
 *
 * @category Schemas
 * @example
 * ```ts
 * InterventionSchema.safeParse({ id: "i-1", modality: "group-therapy", perWeek: 3, responsibleRole: "licensed-therapist" }).success; //=> true
 * ```
 */
export const InterventionSchema = z.strictObject({
  id: InterventionIdSchema,
  modality: z.enum(MODALITY_KINDS),
  perWeek: z.int().min(1).max(14).optional(),
  everyWeeks: z.int().min(1).max(52).optional(),
  responsibleRole: z.enum(CARE_ROLES),
});

/**
 * A measurable short-term objective with a target date, an optional instrument target and its
 * interventions.
 *
 * @category Schemas
 * @example
 * ```ts
 * ObjectiveSchema.safeParse({
 *   id: "o-1", statement: "PHQ-9 below 5", targetDate: "2026-05-01",
 *   measure: { instrument: "PHQ-9", target: { op: "<", value: 5 } }, interventions: [],
 * }).success; //=> true
 * ```
 */
export const ObjectiveSchema = z.strictObject({
  id: idSchema<"ObjectiveId">(),
  statement: textSchema(),
  targetDate: daySchema,
  measure: z
    .strictObject({
      instrument: z.enum(INSTRUMENTS),
      target: z.strictObject({ op: z.enum(["<", "<=", ">=", ">"]), value: z.int().min(0).max(INSTRUMENT_BOUNDS.maxTotal) }),
    })
    .optional(),
  interventions: listSchema(InterventionSchema, 32),
});

/**
 * A long-term goal, ideally also in the participant's own words, with its objectives.
 *
 * @category Schemas
 * @example
 * ```ts
 * GoalSchema.safeParse({ id: "g-1", statement: "Manage low mood", objectives: [] }).success; //=> true
 * ```
 */
export const GoalSchema = z.strictObject({
  id: idSchema<"GoalId">(),
  statement: textSchema(),
  participantWords: textSchema().optional(),
  objectives: listSchema(ObjectiveSchema, 32),
});

/**
 * A problem (a behavioral definition of a need) and its goals.
 *
 * @category Schemas
 * @example
 * ```ts
 * ProblemSchema.safeParse({ id: "p-1", statement: "Depressed mood most days", goals: [] }).success; //=> true
 * ```
 */
export const ProblemSchema = z.strictObject({
  id: idSchema<"ProblemId">(),
  statement: textSchema(),
  goals: listSchema(GoalSchema, 16),
});

/**
 * The participant: an id (never a name), age group, optional birth date, weekly commitments
 * (work, school, care duties) that sessions must avoid, and whether they can become pregnant.
 *
 * @category Schemas
 * @example
 * ```ts
 * ParticipantSchema.safeParse({ id: "pt-1", ageGroup: "adult" }).success; //=> true
 * ```
 */
export const ParticipantSchema = z.strictObject({
  id: idSchema<"ParticipantId">(),
  ageGroup: z.enum(["adult", "adolescent"]),
  birthDate: daySchema.optional(),
  commitments: listSchema(WeeklyWindowSchema, 64).optional(),
  /** Whether the participant can become pregnant: valproate then needs a pregnancy test at the start. */
  canBecomePregnant: z.boolean().optional(),
});

/**
 * A member of the care team by role (and credentials), never by name.
 *
 * @category Schemas
 * @example
 * ```ts
 * CareTeamMemberSchema.safeParse({ id: "ct-1", role: "psychiatrist", credentials: "MD" }).success; //=> true
 * ```
 */
export const CareTeamMemberSchema = z.strictObject({
  id: idSchema<"CareTeamMemberId">(),
  role: z.enum(CARE_ROLES),
  credentials: textSchema(MAX_LABEL_LENGTH).optional(),
});

/**
 * A diagnosis by ICD-10-CM code, one of them primary.
 *
 * @category Schemas
 * @example
 * ```ts
 * DiagnosisSchema.safeParse({ code: "F33.1", primary: true }).success; //=> true
 * ```
 */
export const DiagnosisSchema = z.strictObject({
  code: z.string().refine((code) => ICD10_CM.test(code), planIssue("schema/invalid_format", "icd10", [], { format: "regex" })),
  primary: z.boolean().optional(),
});

/**
 * The program period: admission, planned discharge and, once it happened, discharge. Each
 * discharge comes at most 3660 days (ten years) after admission.
 *
 * @category Schemas
 * @example
 * ```ts
 * PeriodSchema.safeParse({ admitted: "2026-03-09", plannedDischarge: "2026-05-01" }).success; //=> true
 * ```
 */
export const PeriodSchema = z
  .strictObject({ admitted: daySchema, plannedDischarge: daySchema, discharged: daySchema.optional() })
  .refine((period) => period.plannedDischarge > period.admitted, planIssue("schema/period-order", "planned", ["plannedDischarge"]))
  .refine((period) => period.discharged === undefined || period.discharged >= period.admitted, planIssue("schema/period-order", "discharged", ["discharged"]))
  .refine((period) => withinPeriodLimit(period.admitted, period.plannedDischarge), planIssue("schema/period-length", "default", ["plannedDischarge"], { max: MAX_PERIOD_DAYS }))
  .refine(
    (period) => period.discharged === undefined || withinPeriodLimit(period.admitted, period.discharged),
    planIssue("schema/period-length", "default", ["discharged"], { max: MAX_PERIOD_DAYS }),
  );

/**
 * A whole IOP treatment plan (schema version 1). Plain JSON data: days are `YYYY-MM-DD`, times
 * `HH:MM` in `timeZone`, money in integer cents. Unknown keys are reported, never kept or dropped.
 *
 * @category Schemas
 * @example
 * ```ts
 * const plan = templates.standardIop({
 *   id: "plan-1", participantId: "pt-1", admitted: "2026-03-09", days: ["mon", "wed", "fri"],
 *   start: "09:00", timeZone: "America/New_York", ageGroup: "adult", diagnoses: [{ code: "F33.1" }],
 * });
 * plan.success && TreatmentPlanSchema.safeParse(plan.data).success; //=> true
 * ```
 */
export const TreatmentPlanSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema<"PlanId">(),
  status: z.enum(["draft", "active", "completed", "discontinued"]),
  levelOfCare: z.literal("intensive-outpatient"),
  programType: z.enum(["mental-health", "substance-use", "co-occurring"]),
  timeZone: timeZoneSchema,
  participant: ParticipantSchema,
  risk: z
    .strictObject({ suicide: z.enum(["none", "low", "moderate", "high"]), assessedOn: daySchema })
    .optional(),
  diagnoses: listSchema(DiagnosisSchema, 32),
  careTeam: listSchema(CareTeamMemberSchema, 64),
  period: PeriodSchema,
  problems: listSchema(ProblemSchema, 32),
  dischargeCriteria: listSchema(textSchema(), 32),
  schedule: ScheduleSchema,
  family: z
    .strictObject({ involvement: z.enum(["none", "as-needed", "planned"]), consent: z.boolean().optional() })
    .optional(),
  medications: listSchema(MedicationSchema, 64),
  reviews: listSchema(ReviewSchema, 1000),
  assessments: listSchema(AssessmentSchema, 500).optional(),
  aftercare: AftercareSchema.optional(),
  coverage: CoverageSchema.optional(),
  /** What happened at each dated session and appointment. */
  attendance: listSchema(AttendanceRecordSchema, 5000).optional(),
  /** The history of changes of level of care. */
  transitions: listSchema(LevelTransitionSchema, 32).optional(),
});
