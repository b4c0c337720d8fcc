import fc from "fast-check";
import { addDays, dayFromOrdinal, dayOrdinal, formatWallTime, WEEKDAYS, type Weekday } from "../core/calendar";
import { parsePlan } from "../plan/parse";
import { summarizeWeek } from "../schedule/summary";
import { templates } from "../plan/templates";
import type { Schedule, TreatmentPlan, TreatmentPlanInput } from "../plan/types";
import { defaultPolicy } from "../policy/presets/default";
import type { Policy } from "../policy/types";

/**
 * Options of {@link arbPlan}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: ArbPlanOptions = { policy: policies.medicareIop };
 * ```
 */
export interface ArbPlanOptions {
  /** The policy the generated plans satisfy. Default `policies.default`. */
  readonly policy?: Policy;
}

/** Zones with and without DST, a 30-minute DST shift, and a zone that skipped a day. */
const TIME_ZONES = [
  "UTC",
  "America/New_York",
  "America/Phoenix",
  "America/Los_Angeles",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Asia/Kolkata",
] as const;

const DIAGNOSIS_CODES = ["F33.1", "F32.1", "F41.1", "F43.10", "F31.81", "F60.3", "F90.0", "F42.2"] as const;
const MEDICATION_CLASSES = ["antidepressant", "antipsychotic", "lithium", "valproate", "anxiolytic", "other"] as const;
const FIRST_DAY = dayOrdinal("2024-01-01");
const LAST_DAY = dayOrdinal("2029-12-31");
/** Sessions start from 06:00 on, clear of the night-time hours where DST changes happen. */
const EARLIEST_START = 6 * 60;

interface Shape {
  readonly ageGroup: "adult" | "adolescent";
  readonly dayCount: number;
  readonly sessionMinutes: number;
  readonly medicationCount: number;
  readonly family: "none" | "as-needed" | "planned";
}

/** Session minutes alone must leave room for the template's appointments (at most two hours a week). */
function roughlyFeasible(policy: Policy, shape: Shape): boolean {
  const weekly = policy.params.weeklyMinutes[shape.ageGroup];
  const sessions = shape.dayCount * shape.sessionMinutes;
  return sessions + 120 >= weekly.min && sessions <= weekly.max;
}

/** The exact check, on the built plan, counting what the policy counts. */
function weeklyMinutesFit(policy: Policy, plan: TreatmentPlan): boolean {
  const week = summarizeWeek(plan.schedule);
  const weekly = policy.params.weeklyMinutes;
  const minutes = weekly.qualifyingOnly ? week.qualifyingMinutes : week.therapeuticMinutes;
  return minutes >= weekly[plan.participant.ageGroup].min && minutes <= weekly[plan.participant.ageGroup].max;
}

function shapeArbitrary(policy: Policy): fc.Arbitrary<Shape> {
  const { daysPerWeek, sessionMinutes } = policy.params;
  return fc
    .record({
      ageGroup: fc.constantFrom("adult" as const, "adolescent" as const),
      dayCount: fc.integer({ min: Math.max(1, daysPerWeek.min), max: Math.min(7, daysPerWeek.max) }),
      sessionMinutes: fc
        .integer({ min: Math.ceil(sessionMinutes.targetMin / 15), max: Math.floor(sessionMinutes.targetMax / 15) })
        .map((quarters) => quarters * 15),
      medicationCount: fc.integer({ min: 0, max: 3 }),
      family: fc.constantFrom("none" as const, "as-needed" as const, "planned" as const),
    })
    .filter((shape) => roughlyFeasible(policy, shape));
}

function planReviewDates(admitted: string, plannedDischarge: string, policy: Policy, gaps: readonly number[]): string[] {
  const dates = [addDays(admitted, gaps[0]! % (policy.params.firstPlanWithinDays + 1))];
  for (const gap of gaps.slice(1)) {
    const next = addDays(dates.at(-1)!, 1 + (gap % policy.params.planReviewEveryDays));
    if (next > plannedDischarge) break;
    dates.push(next);
  }
  return dates;
}

/**
 * Generates treatment plans that are valid under a policy: `validatePlan(plan, { policy })` finds
 * nothing. Plans vary in zone, admission day, program days, session length, age group,
 * diagnoses, medications, family involvement, extra problems and plan reviews.
 *
 * @param options - the policy to satisfy
 * @returns a fast-check arbitrary of parsed plans
 * @category Testing
 * @example
 * ```ts
 * fc.assert(fc.property(arbPlan(), (plan) => validatePlan(plan).ok));
 * ```
 */
export function arbPlan(options: ArbPlanOptions = {}): fc.Arbitrary<TreatmentPlan> {
  const policy = options.policy ?? defaultPolicy;
  const { programWeeks } = policy.params;
  return fc
    .record({
      shape: shapeArbitrary(policy),
      timeZone: fc.constantFrom(...TIME_ZONES),
      admitted: fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dayFromOrdinal),
      weekdays: fc.shuffledSubarray([...WEEKDAYS], { minLength: 7, maxLength: 7 }),
      startQuarter: fc.nat(),
      weeks: fc.integer({ min: Math.max(1, programWeeks.min), max: Math.max(1, Math.min(52, programWeeks.max)) }),
      diagnoses: fc.uniqueArray(fc.constantFrom(...DIAGNOSIS_CODES), { minLength: 1, maxLength: 3 }),
      medicationClasses: fc.array(fc.constantFrom(...MEDICATION_CLASSES), { minLength: 3, maxLength: 3 }),
      extraProblems: fc.integer({ min: 0, max: 3 }),
      reviewGaps: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      signedOrRefused: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      workOnOtherDays: fc.boolean(),
    })
    .map((draw) => {
      const { shape } = draw;
      const days = draw.weekdays.slice(0, shape.dayCount).sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)) as Weekday[];
      const latestStart = 24 * 60 - shape.sessionMinutes - 60;
      const start = formatWallTime(EARLIEST_START + ((draw.startQuarter * 15) % Math.max(15, latestStart - EARLIEST_START)));
      const otherDays = WEEKDAYS.filter((day) => !days.includes(day));
      const medications = draw.medicationClasses.slice(0, shape.medicationCount).map((medicationClass, index) => ({
        id: `med-${index + 1}`,
        name: `medication ${index + 1}`,
        class: medicationClass,
        events: [{ date: draw.admitted, kind: "start" as const }],
      }));
      const built = templates.standardIop({
        id: "plan-generated",
        participantId: "participant-generated",
        admitted: draw.admitted,
        days,
        start,
        timeZone: draw.timeZone,
        ageGroup: shape.ageGroup,
        diagnoses: draw.diagnoses.map((code) => ({ code })),
        weeks: draw.weeks,
        sessionMinutes: shape.sessionMinutes,
        medications,
        family: shape.family === "none" ? { involvement: "none" } : { involvement: shape.family, consent: true },
        policy,
        ...(draw.workOnOtherDays && otherDays.length > 0
          ? { commitments: otherDays.map((day) => ({ day, start: "09:00", end: "17:00", label: "work" })) }
          : {}),
      });
      if (!built.success) throw new Error(`arbPlan built an invalid plan: ${built.findings[0]?.rule}`);
      return finishPlan(built.data, draw.extraProblems, planReviewDates(draw.admitted, built.data.period.plannedDischarge, policy, draw.reviewGaps), draw.signedOrRefused);
    })
    .filter((plan) => weeklyMinutesFit(policy, plan));
}

/** Adds what a finished plan has beyond the template: the participant's words, more problems, signed plan reviews. */
function finishPlan(template: TreatmentPlan, extraProblems: number, reviewDates: readonly string[], signed: readonly boolean[]): TreatmentPlan {
  const draft = toDraft(template);
  const { plannedDischarge } = draft.period;
  for (let index = 0; index < extraProblems; index += 1) {
    const n = index + 2;
    draft.problems.push({
      id: `prob-${n}`,
      statement: `Problem ${n}.`,
      goals: [
        {
          id: `goal-${n}`,
          statement: `Goal ${n}.`,
          objectives: [
            {
              id: `obj-${n}`,
              statement: `Objective ${n}.`,
              targetDate: plannedDischarge,
              interventions: [{ id: `int-${n}`, modality: "group-therapy", perWeek: 1, responsibleRole: "licensed-therapist" }],
            },
          ],
        },
      ],
    });
  }
  for (const problem of draft.problems) {
    for (const goal of problem.goals) goal.participantWords = "In the participant's own words.";
  }
  draft.reviews = reviewDates.map((date, index) =>
    signed[index % signed.length] ? { date, kind: "plan", participantSigned: true } : { date, kind: "plan", refusalDocumented: true },
  );
  return parsePlan(draft);
}

/**
 * A mutable, unbranded copy of a plan, for editing in tests before parsing it again.
 *
 * @param plan - a parsed plan
 * @returns a deep copy typed as plan input
 * @category Testing
 * @example
 * ```ts
 * const draft = toDraft(plan);
 * draft.dischargeCriteria = [];
 * ```
 */
export function toDraft(plan: TreatmentPlan): TreatmentPlanInput {
  return JSON.parse(JSON.stringify(plan)) as TreatmentPlanInput;
}

/**
 * Generates weekly schedules valid under a policy (the schedules of {@link arbPlan}'s plans).
 *
 * @param options - the policy to satisfy
 * @returns a fast-check arbitrary of schedules
 * @category Testing
 * @example
 * ```ts
 * fc.assert(fc.property(arbSchedule(), (schedule) => schedule.sessions.length >= 3));
 * ```
 */
export function arbSchedule(options: ArbPlanOptions = {}): fc.Arbitrary<Schedule> {
  return arbPlan(options).map((plan) => plan.schedule);
}
