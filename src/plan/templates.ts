import * as z from "zod";
import { addDays, WEEKDAYS, type Day, type WallTime, type Weekday } from "../core/calendar";
import type { Result } from "../core/finding";
import { guardResult } from "../core/plan-error";
import { daySchema, minutesSchema, wallTimeSchema } from "../core/schema-kit";
import { schemaFindings } from "../core/schema-findings";
import { INSTRUMENT_INFO, INSTRUMENTS, instrumentsForDiagnosis, type Instrument } from "../measures/instruments";
import { GROUP_TOPICS } from "../modalities/kinds";
import { AGE_GROUPS } from "../policy/params";
import { resolvePolicyOption, type PolicyChoice } from "../policy/resolve";
import { createPlan } from "./create";
import type { TreatmentPlan, TreatmentPlanInput } from "./types";

type InterventionInput = TreatmentPlanInput["problems"][number]["goals"][number]["objectives"][number]["interventions"][number];
type ActivityInput = TreatmentPlanInput["schedule"]["sessions"][number]["activities"][number];
type AppointmentInput = NonNullable<TreatmentPlanInput["schedule"]["appointments"]>[number];

/**
 * Options of {@link templates}`.standardIop`.
 *
 * @category Plan
 * @example
 * ```ts
 * const options: StandardIopOptions = {
 *   id: "plan-1", participantId: "pt-1", admitted: "2026-03-09", days: ["mon", "wed", "fri"],
 *   start: "09:00", timeZone: "America/New_York", ageGroup: "adult", diagnoses: [{ code: "F33.1" }],
 * };
 * ```
 */
export interface StandardIopOptions {
  /** Plan id. */
  readonly id: string;
  /** Participant id (never a name). */
  readonly participantId: string;
  /** Admission day. */
  readonly admitted: Day;
  /** Program days. */
  readonly days: readonly Weekday[];
  /** Session start, wall-clock time in `timeZone`. */
  readonly start: WallTime;
  /** IANA zone of the program. */
  readonly timeZone: string;
  /** Age group of the participant. */
  readonly ageGroup: "adult" | "adolescent";
  /** Diagnoses by ICD-10-CM code; the first is primary. */
  readonly diagnoses: readonly { readonly code: string }[];
  /** Planned length in weeks, 1 to 104. Default 8 (a template default inside the default policy's 4–12). */
  readonly weeks?: number;
  /** Minutes per session, 1 to 720. Default 180 ("around three hours", the seed program). */
  readonly sessionMinutes?: number;
  /** Medications; when there are any, psychiatric medication management is added. */
  readonly medications?: TreatmentPlanInput["medications"];
  /** Family involvement and the participant's consent to it. Default none; `planned` adds family therapy. */
  readonly family?: TreatmentPlanInput["family"];
  /** The participant's weekly commitments (work, school). */
  readonly commitments?: TreatmentPlanInput["participant"]["commitments"];
  /** Policy or preset id whose cadences (psychiatric and family intervals) the template follows. Default `policies.default`. */
  readonly policy?: PolicyChoice;
}

/**
 * Score targets of the objectives the template writes for each instrument it targets: a total
 * below the record's `templateTarget` by the planned discharge (PHQ-9 remission, the GAD-7
 * minimal band, under the PCL-5 probable-PTSD cut-off).
 *
 * @category Plan
 * @example
 * ```ts
 * TEMPLATE_MEASURE_TARGETS["PHQ-9"]; //=> 5
 * ```
 */
export const TEMPLATE_MEASURE_TARGETS: Readonly<Partial<Record<Instrument, number>>> = Object.fromEntries(
  INSTRUMENTS.flatMap((instrument) => {
    const target = INSTRUMENT_INFO[instrument].templateTarget;
    return target === undefined ? [] : [[instrument, target]];
  }),
);

const DEFAULT_WEEKS = 8;
const DEFAULT_SESSION_MINUTES = 180;
const INDIVIDUAL_MINUTES = 50;
const FAMILY_MINUTES = 50;
const MEDICATION_MANAGEMENT_MINUTES = 30;

function roundToFive(value: number): number {
  return Math.round(value / 5) * 5;
}

function sessionActivities(dayIndex: number, minutes: number): ActivityInput[] {
  const first = roundToFive(minutes / 3);
  const middle = roundToFive(minutes / 3);
  const last = minutes - first - middle;
  const topic = (offset: number) => GROUP_TOPICS[(dayIndex + offset) % 3]!;
  const middleActivity: ActivityInput =
    dayIndex % 2 === 0
      ? { kind: "psychoeducation", topic: "condition", minutes: middle, interventionId: "int-psychoeducation", facilitatorRole: "licensed-therapist" }
      : { kind: "holistic", practice: "mindfulness", goalLinked: true, minutes: middle, interventionId: "int-holistic", facilitatorRole: "licensed-therapist" };
  return [
    { kind: "group-therapy", topic: topic(0), minutes: first, interventionId: "int-group", facilitatorRole: "licensed-therapist" },
    middleActivity,
    { kind: "group-therapy", topic: topic(1), minutes: last, interventionId: "int-group", facilitatorRole: "licensed-therapist" },
  ];
}

/** Most weeks the template plans; a longer program is no template's. */
const MAX_WEEKS = 104;

/**
 * The shape of {@link StandardIopOptions}, checked before the template reads them; the plan's
 * own schema then judges the values (the zone, the medications, the commitments).
 */
const StandardIopOptionsSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  admitted: daySchema,
  days: z.array(z.enum(WEEKDAYS)).max(WEEKDAYS.length),
  start: wallTimeSchema,
  timeZone: z.string(),
  ageGroup: z.enum(AGE_GROUPS),
  diagnoses: z.array(z.object({ code: z.string() })),
  weeks: z.int().min(1).max(MAX_WEEKS).optional(),
  sessionMinutes: minutesSchema.optional(),
  medications: z.array(z.unknown()).optional(),
  family: z.object({ involvement: z.string() }).loose().optional(),
  commitments: z.array(z.unknown()).optional(),
  policy: z.unknown().optional(),
});

function standardIop(options: StandardIopOptions): Result<TreatmentPlan> {
  return guardResult("options", () => {
    const checked = StandardIopOptionsSchema.safeParse(options, { reportInput: true });
    if (!checked.success) return { success: false, findings: schemaFindings(checked.error.issues) };
    return buildStandardIop(options);
  });
}

function buildStandardIop(options: StandardIopOptions): Result<TreatmentPlan> {
  const resolved = resolvePolicyOption(options);
  if (!resolved.success) return resolved;
  const policy = resolved.data;
  const weeks = options.weeks ?? DEFAULT_WEEKS;
  const sessionMinutes = options.sessionMinutes ?? DEFAULT_SESSION_MINUTES;
  const plannedDischarge = addDays(options.admitted, weeks * 7);
  const medications = options.medications ?? [];
  const family = options.family ?? { involvement: "none" };
  const hasMedications = medications.length > 0;
  const days = [...options.days];

  const interventions: InterventionInput[] = [
    { id: "int-group", modality: "group-therapy", perWeek: days.length, responsibleRole: "licensed-therapist" },
    { id: "int-individual", modality: "individual-therapy", perWeek: 1, responsibleRole: "licensed-therapist" },
    { id: "int-psychoeducation", modality: "psychoeducation", perWeek: 1, responsibleRole: "licensed-therapist" },
  ];
  if (days.length > 1) interventions.push({ id: "int-holistic", modality: "holistic", perWeek: 1, responsibleRole: "licensed-therapist" });
  const appointments: AppointmentInput[] = [
    { modality: "individual-therapy", minutes: INDIVIDUAL_MINUTES, everyWeeks: 1, interventionId: "int-individual", facilitatorRole: "licensed-therapist" },
  ];
  if (hasMedications) {
    interventions.push({ id: "int-psychiatric", modality: "psychiatric", everyWeeks: policy.params.psychiatricEveryWeeks, responsibleRole: "psychiatrist" });
    appointments.push({
      modality: "psychiatric",
      minutes: MEDICATION_MANAGEMENT_MINUTES,
      everyWeeks: policy.params.psychiatricEveryWeeks,
      interventionId: "int-psychiatric",
      facilitatorRole: "psychiatrist",
    });
  }
  if (family.involvement === "planned") {
    interventions.push({ id: "int-family", modality: "family-therapy", everyWeeks: policy.params.familyEveryWeeks, responsibleRole: "licensed-therapist" });
    appointments.push({
      modality: "family-therapy",
      minutes: FAMILY_MINUTES,
      everyWeeks: policy.params.familyEveryWeeks,
      interventionId: "int-family",
      facilitatorRole: "licensed-therapist",
    });
  }

  const instruments = [...new Set(options.diagnoses.flatMap((diagnosis) => instrumentsForDiagnosis(diagnosis.code)))];
  const targets = instruments.flatMap((instrument) => {
    const value = TEMPLATE_MEASURE_TARGETS[instrument];
    return value === undefined ? [] : [{ instrument, value }];
  });
  const measuredObjectives = targets.map(({ instrument, value }, index) => ({
    id: `obj-measure-${index + 1}`,
    statement: `${instrument} total below ${value} by the planned discharge.`,
    targetDate: plannedDischarge,
    measure: { instrument, target: { op: "<" as const, value } },
    interventions: [],
  }));

  return createPlan({
    id: options.id,
    status: "active",
    timeZone: options.timeZone,
    participant: {
      id: options.participantId,
      ageGroup: options.ageGroup,
      ...(options.commitments ? { commitments: options.commitments } : {}),
    },
    diagnoses: options.diagnoses.map((diagnosis, index) =>
      options.diagnoses.length > 1 ? { code: diagnosis.code, primary: index === 0 } : { code: diagnosis.code },
    ),
    careTeam: [
      { id: "ct-therapist", role: "licensed-therapist" },
      ...(hasMedications ? [{ id: "ct-psychiatrist", role: "psychiatrist" as const }] : []),
    ],
    period: { admitted: options.admitted, plannedDischarge },
    problems: [
      {
        id: "prob-1",
        statement: "Presenting problem, to be described in behavioral terms with the participant.",
        goals: [
          {
            id: "goal-1",
            statement: "Long-term goal, to be agreed with the participant.",
            objectives: [
              {
                id: "obj-1",
                statement: "Take part in the program's therapies at the planned frequency.",
                targetDate: plannedDischarge,
                interventions,
              },
              ...measuredObjectives,
            ],
          },
        ],
      },
    ],
    dischargeCriteria: [
      "The treatment plan's objectives are met, or the team and the participant agree another level of care fits better.",
      "An aftercare plan is in place with a first appointment booked.",
    ],
    schedule: {
      sessions: days.map((day, index) => ({ day, start: options.start, activities: sessionActivities(index, sessionMinutes) })),
      appointments,
    },
    ...(family.involvement === "none" ? {} : { family }),
    medications,
  });
}

/**
 * Plan templates. `standardIop` builds the program the seed article describes: a session of
 * about three hours on every program day with two therapy groups (stress management,
 * communication skills, difficult emotions in turn), education and a goal-linked mindfulness
 * practice on alternate days, weekly individual therapy, psychiatric medication management when
 * medications are listed and family therapy when family involvement is planned. Statements are
 * prompts for the team to complete with the participant; the template adds no clinical content.
 *
 * @category Plan
 * @example
 * ```ts
 * const result = templates.standardIop({
 *   id: "plan-1", participantId: "pt-1", admitted: "2026-03-09", days: ["mon", "wed", "fri"],
 *   start: "09:00", timeZone: "America/New_York", ageGroup: "adult", diagnoses: [{ code: "F33.1" }],
 * });
 * result.success && validatePlan(result.data).counts.error; //=> 0
 * ```
 */
export const templates = {
  /**
   * Builds the standard IOP program from a few options (see {@link StandardIopOptions}); returns
   * the parsed plan or every finding: a missing or mistyped option is a `schema/…` finding at its
   * name, an unknown preset id the `policy/unknown-preset` finding. Never throws.
   */
  standardIop,
} as const;
