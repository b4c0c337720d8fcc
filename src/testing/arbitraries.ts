import fc from "fast-check";
import { addDays, addMonths, byDate, dayFromOrdinal, dayOrdinal, daysBetween, formatWallTime, WEEKDAYS, type Day, type Weekday } from "../core/calendar";
import { lastDayOfCare } from "../core/period";
import { isWeekly, weeklyAppointments, type RecordableCare, type WeeklyAppointment } from "../attendance/match";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../attendance/schema";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";
import { draftAftercarePlan } from "../aftercare/draft";
import { SAFETY_PLAN_STEPS } from "../aftercare/schema";
import { PAYERS, type Payer } from "../policy/payers";
import { programDaysOfPlan } from "../coverage/program-days";
import { INSTRUMENT_INFO, type Instrument } from "../measures/instruments";
import { needsAnyMeasure, PROGRESS_MEASURES, routineInstruments } from "../measures/rules/measured-instruments";
import { SUICIDE_SCREENS } from "../measures/rules/suicide-screen";
import type { LabKind } from "../medication/due";
import { MEDICATION_CLASSES } from "../medication/schema";
import { medicationReviews } from "../medication/reviews";
import { toDraft } from "../plan/draft";
import { parseOwnedPlan } from "../plan/parse";
import { ParticipantSchema, TreatmentPlanSchema } from "../plan/schema";
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

/** Sample diagnoses: some measured by an instrument (depression, anxiety, PTSD), some by none. */
const DIAGNOSIS_CODES = ["F33.1", "F32.1", "F41.1", "F43.10", "F31.81", "F60.3", "F90.0", "F42.2"] as const;
const AGE_GROUPS = ParticipantSchema.shape.ageGroup.options;
const FAMILY_INVOLVEMENT = TreatmentPlanSchema.shape.family.unwrap().shape.involvement.options;
const FIRST_DAY = dayOrdinal("2024-01-01");
const LAST_DAY = dayOrdinal("2029-12-31");
/** Sessions start from 06:00 on, clear of the night-time hours where DST changes happen. */
const EARLIEST_START = 6 * 60;

interface Shape {
  readonly ageGroup: (typeof AGE_GROUPS)[number];
  readonly dayCount: number;
  readonly sessionMinutes: number;
  readonly medicationCount: number;
  readonly family: (typeof FAMILY_INVOLVEMENT)[number];
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
      ageGroup: fc.constantFrom(...AGE_GROUPS),
      dayCount: fc.integer({ min: Math.max(1, daysPerWeek.min), max: Math.min(7, daysPerWeek.max) }),
      sessionMinutes: fc
        .integer({ min: Math.ceil(sessionMinutes.targetMin / 15), max: Math.floor(sessionMinutes.targetMax / 15) })
        .map((quarters) => quarters * 15),
      medicationCount: fc.integer({ min: 0, max: 3 }),
      family: fc.constantFrom(...FAMILY_INVOLVEMENT),
    })
    .filter((shape) => roughlyFeasible(policy, shape));
}

/** Dates from `first` on, each gap 1 to `maxGap` days, while on or before `last`. */
function datesWithGaps(first: string, last: string, maxGap: number, gaps: readonly number[]): string[] {
  const dates = [first];
  for (const gap of gaps) {
    const next = addDays(dates.at(-1)!, 1 + (gap % maxGap));
    if (next > last) return dates;
    dates.push(next);
  }
  // Out of draws: keep the largest allowed gap up to the end, so nothing falls overdue.
  for (let next = addDays(dates.at(-1)!, maxGap); next <= last; next = addDays(next, maxGap)) dates.push(next);
  return dates;
}

const MEDICATION_DRAW = fc.record({
  medicationClass: fc.constantFrom(...MEDICATION_CLASSES),
  startedDaysBefore: fc.integer({ min: 0, max: 400 }),
  doseChangeAfter: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
});

/**
 * Generates treatment plans that are valid under a policy: `validatePlan(plan, { policy, asOf })`
 * finds nothing, with or without an `asOf` from admission to the planned discharge. Plans vary in
 * zone, admission day, program days, session length, age, diagnoses, medications (with their
 * reviews and labs on record), family involvement, extra problems, plan reviews and measures.
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
      ageYears: fc.nat(),
      birthdayOffset: fc.integer({ min: 0, max: 300 }),
      weekdays: fc.shuffledSubarray([...WEEKDAYS], { minLength: 7, maxLength: 7 }),
      startQuarter: fc.nat(),
      weeks: fc.integer({ min: Math.max(1, programWeeks.min), max: Math.max(1, Math.min(52, programWeeks.max)) }),
      diagnoses: fc.uniqueArray(fc.constantFrom(...DIAGNOSIS_CODES), { minLength: 1, maxLength: 3 }),
      medications: fc.array(MEDICATION_DRAW, { minLength: 3, maxLength: 3 }),
      extraProblems: fc.integer({ min: 0, max: 3 }),
      gaps: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      itemScores: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
      signedOrRefused: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      canBecomePregnant: fc.boolean(),
      workOnOtherDays: fc.boolean(),
      aftercare: fc.record({ lead: fc.integer({ min: 0, max: 13 }), followUp: fc.nat(), atRisk: fc.boolean() }),
      coverage: fc.record({
        payer: fc.constantFrom(...PAYERS),
        allowedPerDayCents: fc.integer({ min: 10_000, max: 90_000 }),
        coinsurance: fc.constantFrom(0, 0.1, 0.2, 0.3),
        deductibleRemainingCents: fc.integer({ min: 0, max: 300_000 }),
      }),
    })
    .map((draw) => {
      const { shape } = draw;
      const days = draw.weekdays.slice(0, shape.dayCount).sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)) as Weekday[];
      const latestStart = 24 * 60 - shape.sessionMinutes - 60;
      const start = formatWallTime(EARLIEST_START + ((draw.startQuarter * 15) % Math.max(15, latestStart - EARLIEST_START)));
      const otherDays = WEEKDAYS.filter((day) => !days.includes(day));
      const plannedDischarge = addDays(draw.admitted, draw.weeks * 7);
      const medications = draw.medications.slice(0, shape.medicationCount).map((medication, index) => {
        const started = addDays(draw.admitted, -medication.startedDaysBefore);
        const change = medication.doseChangeAfter === undefined ? undefined : addDays(draw.admitted, medication.doseChangeAfter);
        return {
          id: `med-${index + 1}`,
          name: `medication ${index + 1}`,
          class: medication.medicationClass,
          events: [{ date: started, kind: "start" as const }, ...(change !== undefined && change < plannedDischarge ? [{ date: change, kind: "dose-change" as const }] : [])],
        };
      });
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
      const { adultFromAge } = policy.params;
      const age = shape.ageGroup === "adolescent" ? Math.min(12, adultFromAge - 1) + (draw.ageYears % Math.max(1, adultFromAge - 12)) : adultFromAge + (draw.ageYears % 60);
      return finishPlan(built.data, policy, draw, addDays(addMonths(draw.admitted, -12 * age), -draw.birthdayOffset));
    })
    .filter((plan) => weeklyMinutesFit(policy, plan));
}

interface FinishDraw {
  readonly aftercare: { readonly lead: number; readonly followUp: number; readonly atRisk: boolean };
  readonly coverage: { readonly payer: Payer; readonly allowedPerDayCents: number; readonly coinsurance: number; readonly deductibleRemainingCents: number };
  readonly extraProblems: number;
  readonly gaps: readonly number[];
  readonly itemScores: readonly number[];
  readonly signedOrRefused: readonly boolean[];
  readonly canBecomePregnant: boolean;
}

/**
 * Adds what a finished plan has beyond the template: a birth date, whether the participant can
 * become pregnant, the participant's words, more
 * problems, signed plan reviews, a negative suicide-risk screen at admission, routine measures (or
 * one measure when the diagnoses call for none), and every medication review and lab on its due
 * day.
 */
function finishPlan(template: TreatmentPlan, policy: Policy, draw: FinishDraw, birthDate: string): TreatmentPlan {
  const draft = toDraft(template);
  const { admitted, plannedDischarge } = draft.period;
  draft.participant.birthDate = birthDate;
  draft.participant.canBecomePregnant = draw.canBecomePregnant;
  for (let index = 0; index < draw.extraProblems; index += 1) {
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
  const firstPlan = addDays(admitted, (draw.gaps[0] ?? 0) % (policy.params.firstPlanWithinDays + 1));
  draft.reviews = datesWithGaps(firstPlan, plannedDischarge, policy.params.planReviewEveryDays, draw.gaps.slice(1)).map((date, index) =>
    draw.signedOrRefused[index % draw.signedOrRefused.length] ? { date, kind: "plan", participantSigned: true } : { date, kind: "plan", refusalDocumented: true },
  );
  const measured = routineInstruments(template).flatMap((instrument) =>
    datesWithGaps(admitted, plannedDischarge, policy.params.measureEveryDays, draw.gaps).map((date, index) => ({
      instrument,
      date,
      items: itemsOf(instrument, (item) => draw.itemScores[(index + item) % draw.itemScores.length]!),
    })),
  );
  const anyMeasure = needsAnyMeasure(template, policy.params) ? [{ instrument: PROGRESS_MEASURES[0]!, date: admitted, items: itemsOf(PROGRESS_MEASURES[0]!, (item) => draw.itemScores[item % draw.itemScores.length]!) }] : [];
  const screens = SUICIDE_SCREENS.slice(0, 1).map((instrument) => ({ instrument, date: admitted, items: itemsOf(instrument, () => 0) }));
  draft.assessments = [...screens, ...anyMeasure, ...measured];
  if (draw.aftercare.atRisk) draft.risk = { suicide: "low", assessedOn: admitted };
  const withReviews = recordDueReviews(parseOwnedPlan(draft), policy);
  return parseOwnedPlan({ ...toDraft(withReviews), aftercare: completeAftercare(withReviews, policy, draw.aftercare), coverage: coverageFor(withReviews, policy, draw.coverage) });
}

/**
 * A form of an instrument with each item drawn within the item range, except that suicide items
 * score their lowest (a positive answer needs a safety plan, which plans without risk do not
 * have) and items the skip rules left unasked score their lowest too.
 */
function itemsOf(instrument: Instrument, draw: (item: number) => number): number[] {
  const { items, minItemScore, maxItemScore, suicideItems, skipRules } = INSTRUMENT_INFO[instrument];
  const scores = Array.from({ length: items }, (_, item) => (suicideItems.includes(item) ? minItemScore : minItemScore + (draw(item) % (maxItemScore - minItemScore + 1))));
  for (const { gate, asked } of skipRules) if (scores[gate] === minItemScore) for (const item of asked) scores[item] = minItemScore;
  return scores;
}

/**
 * The Medicare recertifications a certification on `certifiedOn` asks for before `until`, each on
 * its due day: `firstRecertifyWithinDays` after it, then every `recertifyEveryDays`.
 */
export function recertificationDays(certifiedOn: Day, until: Day, params: Pick<Policy["params"], "recertifyEveryDays" | "firstRecertifyWithinDays">): Day[] {
  const days: Day[] = [];
  for (let day = addDays(certifiedOn, params.firstRecertifyWithinDays); day < until; day = addDays(day, params.recertifyEveryDays)) days.push(day);
  return days;
}

/** Coverage that fits the plan: an authorization over the whole period, Medicare certified and recertified in time. */
function coverageFor(plan: TreatmentPlan, policy: Policy, draw: FinishDraw["coverage"]): TreatmentPlanInput["coverage"] {
  const { admitted, plannedDischarge } = plan.period;
  const recertifiedOn = recertificationDays(admitted, plannedDischarge, policy.params);
  return {
    payer: draw.payer,
    ...(draw.payer === "self-pay" ? {} : { authorization: { start: admitted, end: plannedDischarge, approvedDays: programDaysOfPlan(plan).length } }),
    ...(draw.payer === "medicare" ? { certification: { certifiedOn: admitted, recertifiedOn } } : {}),
    costSharing: { allowedPerDayCents: draw.allowedPerDayCents, coinsurance: draw.coinsurance, deductibleRemainingCents: draw.deductibleRemainingCents },
  };
}

/** The aftercare plan drafted in time and completed: dated appointments, a step down, a full safety plan. */
function completeAftercare(plan: TreatmentPlan, policy: Policy, draw: FinishDraw["aftercare"]): TreatmentPlanInput["aftercare"] {
  const { params } = policy;
  const startedOn = addDays(plan.period.plannedDischarge, -params.aftercareStartDaysBeforeDischarge - draw.lead);
  const drafted = draftAftercarePlan(plan, { asOf: startedOn, policy });
  if (!drafted.success) throw new Error("arbPlan drafted aftercare on an invalid day");
  const skeleton = drafted.data;
  const firstAppointment = addDays(plan.period.plannedDischarge, 1 + (draw.followUp % params.followUpWithinDays));
  return {
    startedOn: skeleton.startedOn,
    stepDownTo: "outpatient",
    components: skeleton.components.map((component) => ({ ...component, firstAppointment })),
    ...(skeleton.safetyPlan
      ? { safetyPlan: { writtenOn: plan.risk?.assessedOn ?? plan.period.admitted, crisisLine: skeleton.safetyPlan.crisisLine, steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "In the participant's own words." })) } }
      : {}),
  };
}

/** Records every medication review and lab on its due day, until nothing is left open. */
export function recordDueReviews(plan: TreatmentPlan, policy: Policy): TreatmentPlan {
  let current = plan;
  for (let round = 0; round < 3; round += 1) {
    const due = medicationReviews(current, { asOf: current.period.plannedDischarge, policy });
    const open = due.success ? due.data.filter((item) => item.status !== "done") : [];
    if (open.length === 0) return current;
    const draft = toDraft(current);
    const byDay = new Map<string, { psychiatric: boolean; labs: Set<LabKind> }>();
    for (const item of open) {
      const entry = byDay.get(item.due) ?? { psychiatric: false, labs: new Set<LabKind>() };
      if (item.kind === "psychiatric") entry.psychiatric = true;
      else entry.labs.add(item.labs![0]!);
      byDay.set(item.due, entry);
    }
    for (const [date, entry] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (entry.psychiatric) draft.reviews.push({ date, kind: "psychiatric" });
      if (entry.labs.size > 0) draft.reviews.push({ date, kind: "lab", labs: [...entry.labs] });
    }
    current = parseOwnedPlan(draft);
  }
  throw new Error("arbPlan could not record every due review");
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

/** An attendance record as plan input. */
type AttendanceInput = NonNullable<TreatmentPlanInput["attendance"]>[number];

/** The plan's dated sessions and appointments before `asOf`, in start order. */
export function datedBefore(plan: TreatmentPlan, asOf: Day): ScheduledSession[] {
  const expanded = expandSchedule(plan);
  return expanded.success ? expanded.data.sessions.filter((session) => session.date < asOf) : [];
}

/**
 * The plan's undated appointments in each plan week that starts before `asOf` (see
 * `weeklyAppointments`): those a record dated before `asOf` can be for.
 *
 * @example
 * ```ts
 * // The template plan (weekly individual therapy, psychiatric visit every 2 weeks), looked at in its second week.
 * weeklyBefore(plan, "2026-03-18").map((visit) => [visit.sessionIndex, visit.week]); //=> [[0, 1], [1, 1], [0, 2]]
 * ```
 */
function weeklyBefore(plan: TreatmentPlan, asOf: Day): WeeklyAppointment[] {
  const expanded = expandSchedule(plan);
  return expanded.success ? weeklyAppointments(plan, expanded.data.undatedAppointments).filter((visit) => visit.from < asOf) : [];
}

/**
 * Everything a record before `asOf` can be for, in date order: the dated sessions and appointments
 * before it, and the undated appointments of the weeks that start before it, each dated on the
 * first day of its week.
 *
 * @example
 * ```ts
 * recordableBefore(plan, "2026-03-10").map((care) => [care.kind, care.date]); //=> [["session", "2026-03-09"], ["appointment", "2026-03-09"], ["appointment", "2026-03-09"]]
 * ```
 */
export function recordableBefore(plan: TreatmentPlan, asOf: Day): RecordableCare[] {
  const weekly = weeklyBefore(plan, asOf).map((visit) => ({ ...visit, date: visit.from }));
  return [...datedBefore(plan, asOf), ...weekly].sort(byDate);
}

/** The attendance record for a session or appointment, on its date (for an undated appointment, the day it is given). */
export function recordFor(session: RecordableCare, status: AttendanceStatus, minutes?: number): AttendanceInput {
  const target = session.kind === "session" ? { session: session.sessionIndex } : { appointment: session.sessionIndex };
  return { date: session.date, ...target, status, ...(minutes === undefined ? {} : { minutes }) };
}

/** Every session and appointment before `asOf` recorded as attended (see {@link recordableBefore}). */
export function attendAll(plan: TreatmentPlan, asOf: Day): AttendanceInput[] {
  return recordableBefore(plan, asOf).map((session) => recordFor(session, "attended"));
}

/**
 * Options of {@link arbAttendance}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: ArbAttendanceOptions = { asOf: "2026-04-06", unrecorded: false };
 * ```
 */
export interface ArbAttendanceOptions {
  /** Sessions dated before this day get records. Default: the day after the end of care. */
  readonly asOf?: Day;
  /** Whether some sessions may be left without a record (about one in ten). Default true. */
  readonly unrecorded?: boolean;
  /**
   * Whether some sessions may get a second record, with any status, next to the first in the list
   * (about one in ten): an `attendance/duplicate-record` error, for properties that must hold
   * whatever the records say. Default false.
   */
  readonly duplicates?: boolean;
}

/**
 * Generates attendance records for a plan: for each session and dated appointment before `asOf`,
 * then for each undated appointment in each plan week that starts before `asOf` (on any day of the
 * week in care and before `asOf`), a record with any status (a partial one with minutes from 1 to
 * the session's length), some left without one. The records always match the plan's care, one per
 * session (and per undated appointment and week) unless `duplicates` asks for some second records,
 * which for an undated appointment may fall on another day of its week.
 *
 * @param plan - a parsed plan, such as an {@link arbPlan} output
 * @param options - the day records run up to, whether some are missing, and whether some are duplicated
 * @returns a fast-check arbitrary of `plan.attendance` lists
 * @category Testing
 * @example
 * ```ts
 * fc.assert(fc.property(arbAttendance(plan), (attendance) => validatePlan(parsePlan({ ...plan, attendance })).counts.error === 0));
 * ```
 */
export function arbAttendance(plan: TreatmentPlan, options: ArbAttendanceOptions = {}): fc.Arbitrary<AttendanceInput[]> {
  const asOf = options.asOf ?? addDays(lastDayOfCare(plan), 1);
  const last = addDays(asOf, -1) < lastDayOfCare(plan) ? addDays(asOf, -1) : lastDayOfCare(plan);
  // The care of a record: a dated session itself, an undated appointment on a day of its week in care before asOf.
  const dayOf = (session: RecordableCare): fc.Arbitrary<RecordableCare> =>
    isWeekly(session) ? fc.integer({ min: 0, max: daysBetween(session.from, session.to < last ? session.to : last) }).map((days) => ({ ...session, date: addDays(session.from, days) })) : fc.constant(session);
  const draw = (session: RecordableCare) =>
    fc
      .record({ care: dayOf(session), status: fc.constantFrom(...ATTENDANCE_STATUSES), minutes: fc.integer({ min: 1, max: session.minutes }) })
      .map(({ care, status, minutes }) => recordFor(care, status, status === "partial" ? minutes : undefined));
  const once = (session: RecordableCare) => draw(session).map((record) => [record]);
  const records = (session: RecordableCare) => (options.duplicates === true ? fc.oneof({ weight: 9, arbitrary: once(session) }, { weight: 1, arbitrary: fc.tuple(draw(session), draw(session)) }) : once(session));
  const maybe = (session: RecordableCare) => (options.unrecorded === false ? records(session) : fc.option(records(session), { freq: 10, nil: [] }));
  return fc.tuple(...[...datedBefore(plan, asOf), ...weeklyBefore(plan, asOf)].map(maybe)).map((drawn) => drawn.flat());
}
