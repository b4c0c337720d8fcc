import * as z from "zod";
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
import { AGE_GROUPS } from "../policy/params";
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
  /** The intervention's id, unique in the whole plan: activities and appointments name it in `interventionId`. */
  id: InterventionIdSchema,
  /** The kind of care the intervention is delivered as; the activities and appointments that name it are of this modality. */
  modality: z.enum(MODALITY_KINDS),
  /** How many times a week the schedule delivers the modality, at least (`plan/intervention-scheduled`). */
  perWeek: z.int().min(1).max(14).optional(),
  /** For care less often than weekly, when `perWeek` is absent: at least once every this many weeks. Without either, no frequency is checked. */
  everyWeeks: z.int().min(1).max(52).optional(),
  /** The care-team role responsible for the intervention: one qualified for the modality and present on the care team. */
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
  /** The objective's id, unique among the plan's objectives. */
  id: idSchema<"ObjectiveId">(),
  /** The objective in observable, measurable terms (free text, never repeated in findings). */
  statement: textSchema(),
  /** The day by which the objective is to be met, within the program period (`plan/objective-measurable`). */
  targetDate: daySchema,
  /**
   * The standardized instrument and total score that show the objective is met, such as a PHQ-9
   * below 5 (remission). A diagnosis with a standard instrument needs an objective measured by it.
   */
  measure: z
    .strictObject({
      /** The instrument whose total score measures the objective. */
      instrument: z.enum(INSTRUMENTS),
      /** The total score to reach: the objective is met when the instrument's total compares to `value` by `op`. */
      target: z.strictObject({
        /** How the total compares to `value`: below, at most, at least or above. */
        op: z.enum(["<", "<=", ">=", ">"]),
        /** The total score compared with, within the instrument's range (PHQ-9 0–27, GAD-7 0–21, PCL-5 0–80, C-SSRS screener 0–6, ASQ 0–5). */
        value: z.int().min(0).max(INSTRUMENT_BOUNDS.maxTotal),
      }),
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
  /** The goal's id, unique among the plan's goals. */
  id: idSchema<"GoalId">(),
  /** The long-term goal as the team writes it (free text, never repeated in findings). */
  statement: textSchema(),
  /** The goal in the participant's own words; a goal without them is reported (`plan/goal-own-words`). */
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
  /** The problem's id, unique among the plan's problems. */
  id: idSchema<"ProblemId">(),
  /** The need in behavioral terms, as the team observes it (free text, never repeated in findings). */
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
  /** An identifier of the participant, never a name. */
  id: idSchema<"ParticipantId">(),
  /**
   * Adult or adolescent: chooses the weekly hours the program must give (by default at least 540
   * minutes for adults, 360 for adolescents). With a birth date it must agree with the age at
   * admission (adult from `adultFromAge`, default 18, a clinic default).
   */
  ageGroup: z.enum(AGE_GROUPS),
  /**
   * The participant's birth day: gives the age at admission for the age-group check, the closer
   * antidepressant monitoring of people under `youngAdultAge` (default 25) and the suicide screen
   * from `suicideScreenFromAge` (default 12).
   */
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
  /** The member's id, unique among the care team. */
  id: idSchema<"CareTeamMemberId">(),
  /** The member's professional role: it decides which modalities they may deliver, and a prescriber role is needed with medications. */
  role: z.enum(CARE_ROLES),
  /** Credentials as written, such as MD or LCSW (free text, never repeated in findings). */
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
  /** The diagnosis as an ICD-10-CM code such as F33.1 (either case); some codes call for a standard measure or for psychiatric care. */
  code: z.string().refine((code) => ICD10_CM.test(code), planIssue("schema/invalid_format", "icd10", [], { format: "regex" })),
  /** Whether this is the primary diagnosis; with several diagnoses exactly one is primary (`plan/diagnosis-required`). */
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
  .strictObject({
    /** The admission day, the first day of the program: deadlines such as the first written plan count from it. */
    admitted: daySchema,
    /** The planned discharge day, after admission: the last day of care while `discharged` is unset. */
    plannedDischarge: daySchema,
    /** The day the participant was discharged, once it happened (on or after admission): then the last day of care. */
    discharged: daySchema.optional(),
  })
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
  /** The version of the plan's shape, 1 for this one; `migratePlan` brings a plan written in an earlier version to it. */
  schemaVersion: z.literal(1),
  /** The plan's id. */
  id: idSchema<"PlanId">(),
  /** Where the plan stands: a draft, active while the participant is in care, completed, or discontinued. */
  status: z.enum(["draft", "active", "completed", "discontinued"]),
  /** The level of care the plan is for: intensive outpatient (ASAM level 2.1), always. */
  levelOfCare: z.literal("intensive-outpatient"),
  /** What the program treats: mental health, substance use, or both (co-occurring). */
  programType: z.enum(["mental-health", "substance-use", "co-occurring"]),
  /** The program's IANA time zone: every session and appointment time is a wall-clock time there. */
  timeZone: timeZoneSchema,
  participant: ParticipantSchema,
  /**
   * The documented suicide risk assessment: the level and the day. A level in the policy's
   * `safetyPlanRiskLevels` (default low, moderate and high) calls for a safety plan.
   */
  risk: z
    .strictObject({
      /** The assessed level of suicide risk. */
      suicide: z.enum(["none", "low", "moderate", "high"]),
      /** The day of the assessment; it answers a positive suicide item of a screen within `suicideAssessmentWithinDays` (default 0, the same day). */
      assessedOn: daySchema,
    })
    .optional(),
  diagnoses: listSchema(DiagnosisSchema, 32),
  careTeam: listSchema(CareTeamMemberSchema, 64),
  period: PeriodSchema,
  problems: listSchema(ProblemSchema, 32),
  /** The transfer or discharge criteria, discussed with the participant; at least one is needed (`plan/discharge-criteria`). Free text, never repeated in findings. */
  dischargeCriteria: listSchema(textSchema(), 32),
  schedule: ScheduleSchema,
  /** How the participant's family takes part in treatment, and the participant's consent to it. */
  family: z
    .strictObject({
      /** Not at all, as needed, or planned: planned involvement needs family therapy at least once every `familyEveryWeeks` weeks (default 2, a clinic default). */
      involvement: z.enum(["none", "as-needed", "planned"]),
      /** Whether the participant consents to family involvement; planned involvement needs it recorded as `true`. */
      consent: z.boolean().optional(),
    })
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
