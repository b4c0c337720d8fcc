import { addDays, addMonths, daysBetween, formatWallTime, isDay, wallTimeMinutes } from "../core/calendar";
import { parseOwnedPlan } from "../plan/parse";
import type { TreatmentPlan, TreatmentPlanInput } from "../plan/types";
import { describeFindings, guardValue, InputError } from "../core/plan-error";
import { resolvePolicy, type PolicyChoice } from "../policy/resolve";
import type { Policy } from "../policy/types";
import type { RuleCode } from "../rules/registry";
import { SAFETY_PLAN_STEPS } from "../aftercare/schema";
import { programDaysOfPlan } from "../coverage/program-days";
import { INSTRUMENT_INFO } from "../measures/instruments";
import { baselineNeeds } from "../measures/rules/baseline-recorded";
import { routineInstruments } from "../measures/rules/measured-instruments";
import { SUICIDE_SCREENS } from "../measures/rules/suicide-screen";
import { sessionMinutes } from "../schedule/intervals";
import { summarizeWeek } from "../schedule/summary";
import { toDraft } from "../plan/draft";
import { attendAll, recertificationDays, recordableBefore, recordDueReviews, recordFor } from "./arbitraries";

/**
 * Breaks exactly one rule of a plan that passes every rule (such as an {@link arbPlan} output)
 * under a policy (a policy or a preset id; default `policies.default`). The input plan is not
 * modified. Throws an `InputError` for a policy that does not resolve, and a `FindingsError` (an
 * `InputError`, or a `PlanError` when the edited plan does not parse) for a plan it cannot read.
 *
 * @category Testing
 * @example
 * ```ts
 * const broken: Mutation = mutate["plan/discharge-criteria"];
 * ```
 */
export type Mutation = (plan: TreatmentPlan, policy?: PolicyChoice) => TreatmentPlan;

/** A mutation as the table writes it: the policy already resolved. */
type Breach = (plan: TreatmentPlan, policy: Policy) => TreatmentPlan;

function edit(plan: TreatmentPlan, change: (draft: TreatmentPlanInput) => void): TreatmentPlan {
  const draft = toDraft(plan);
  change(draft);
  return parseOwnedPlan(draft);
}

/** Keeps weekly minutes unchanged by moving minutes into an undated weekly group-therapy appointment. */
function compensate(draft: TreatmentPlanInput, minutes: number): void {
  (draft.schedule.appointments ??= []).push({ modality: "group-therapy", minutes, everyWeeks: 1, interventionId: "int-group", facilitatorRole: "licensed-therapist" });
}

/** Moves every calendar day in the plan by the same number of days. */
function shiftDays(value: unknown, days: number): unknown {
  if (isDay(value)) return addDays(value, days);
  if (Array.isArray(value)) return value.map((item) => shiftDays(item, days));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDays(item, days)]));
  }
  return value;
}

/** {@link edit}, then records the medication reviews and labs the change made due. */
function editWithReviews(plan: TreatmentPlan, policy: Policy, change: (draft: TreatmentPlanInput) => void): TreatmentPlan {
  return recordDueReviews(edit(plan, change), policy);
}

function firstObjective(draft: TreatmentPlanInput) {
  return draft.problems[0]!.goals[0]!.objectives[0]!;
}

/** Adds a medication taken since long before admission and the psychiatric care it needs. */
function addPsychiatricCare(draft: TreatmentPlanInput, policy: Policy): void {
  const every = policy.params.psychiatricEveryWeeks;
  draft.medications.push({ id: "med-added", name: "added medication", class: "other", events: [{ date: addDays(draft.period.admitted, -400), kind: "start" }] });
  if (!draft.careTeam.some((member) => member.role === "psychiatrist")) draft.careTeam.push({ id: "ct-psychiatrist", role: "psychiatrist" });
  firstObjective(draft).interventions.push({ id: "int-psychiatric-added", modality: "psychiatric", everyWeeks: every, responsibleRole: "psychiatrist" });
  (draft.schedule.appointments ??= []).push({ modality: "psychiatric", minutes: 30, everyWeeks: every, interventionId: "int-psychiatric-added", facilitatorRole: "psychiatrist" });
}

/** Adds a psychiatric follow-up to the aftercare plan, on the day of its first ongoing appointment. */
function addPsychiatricFollowUp(draft: TreatmentPlanInput): void {
  const ongoing = draft.aftercare?.components.find((component) => component.kind === "outpatient-therapy");
  draft.aftercare?.components.push({ kind: "psychiatric-follow-up", ...(ongoing?.firstAppointment ? { firstAppointment: ongoing.firstAppointment } : {}) });
}

function keepNonPlanReviews(draft: TreatmentPlanInput) {
  return draft.reviews.filter((review) => review.kind !== "plan");
}

/**
 * Moves the planned discharge: objectives due after it are due on it, and aftercare moves with it
 * (started as long before it, appointments as long after).
 */
function moveDischarge(draft: TreatmentPlanInput, plannedDischarge: string): void {
  const moved = daysBetween(draft.period.plannedDischarge, plannedDischarge);
  draft.period.plannedDischarge = plannedDischarge;
  for (const problem of draft.problems) {
    for (const goal of problem.goals) {
      for (const objective of goal.objectives) if (objective.targetDate > plannedDischarge) objective.targetDate = plannedDischarge;
    }
  }
  if (draft.aftercare) {
    draft.aftercare.startedOn = addDays(draft.aftercare.startedOn, moved);
    for (const component of draft.aftercare.components) {
      if (component.firstAppointment !== undefined) component.firstAppointment = addDays(component.firstAppointment, moved);
    }
  }
}

/** The days after `last`, `every` apart, that fall before `end`. */
function continuing(last: string, every: number, end: string): string[] {
  const days: string[] = [];
  for (let day = addDays(last, every); day < end; day = addDays(day, every)) days.push(day);
  return days;
}

/**
 * Keeps the person in care at least `days` after admission (whole weeks more): the discharge and
 * aftercare move, and plan reviews, routine measures, Medicare recertifications, the authorization
 * and medication reviews continue on time to the new discharge.
 */
function stayAtLeast(plan: TreatmentPlan, policy: Policy, days: number): TreatmentPlan {
  const short = days - daysBetween(plan.period.admitted, plan.period.plannedDischarge);
  if (short <= 0) return plan;
  const draft = toDraft(plan);
  const discharge = addDays(draft.period.plannedDischarge, Math.ceil(short / 7) * 7);
  moveDischarge(draft, discharge);
  const { params } = policy;
  const lastPlanReview = draft.reviews.filter((review) => review.kind === "plan").at(-1);
  if (lastPlanReview) {
    for (const date of continuing(lastPlanReview.date, params.planReviewEveryDays, discharge)) draft.reviews.push({ ...lastPlanReview, date });
  }
  for (const instrument of routineInstruments(plan)) {
    const last = (draft.assessments ?? []).filter((record) => record.instrument === instrument).at(-1);
    if (last) for (const date of continuing(last.date, params.measureEveryDays, discharge)) draft.assessments!.push({ ...last, date });
  }
  const { coverage } = draft;
  if (coverage?.authorization) coverage.authorization.end = discharge;
  if (coverage?.certification) {
    const { certification } = coverage;
    const last = certification.recertifiedOn.at(-1);
    certification.recertifiedOn = [...certification.recertifiedOn, ...(last === undefined ? recertificationDays(certification.certifiedOn, discharge, params) : continuing(last, params.recertifyEveryDays, discharge))];
  }
  const stayed = recordDueReviews(parseOwnedPlan(draft), policy);
  if (!stayed.coverage?.authorization) return stayed;
  return edit(stayed, (longer) => void (longer.coverage!.authorization!.approvedDays = programDaysOfPlan(stayed).length));
}

/** A table entry as a {@link Mutation}: its policy resolved (or refused) first, and a plan it cannot read refused. */
function mutation(breach: Breach): Mutation {
  return (plan, policy) => {
    const resolved = resolvePolicy(policy);
    if (!resolved.success) throw new InputError(describeFindings("The policy", resolved.findings), resolved.findings);
    return guardValue("plan", () => breach(plan, resolved.data));
  };
}

const mutations = {
  "plan/diagnosis-required": mutation((plan) =>
    edit(plan, (draft) => {
      draft.diagnoses = [];
    })),
  "plan/problem-has-goal": mutation((plan) =>
    edit(plan, (draft) => {
      draft.problems.push({ id: "prob-without-goal", statement: "A problem without a goal.", goals: [] });
    })),
  "plan/goal-has-objective": mutation((plan) =>
    edit(plan, (draft) => {
      draft.problems[0]!.goals.push({
        id: "goal-without-objective",
        statement: "A goal without an objective.",
        participantWords: "In the participant's own words.",
        objectives: [],
      });
    })),
  "plan/goal-own-words": mutation((plan) =>
    edit(plan, (draft) => {
      delete draft.problems[0]!.goals[0]!.participantWords;
    })),
  "plan/objective-measurable": mutation((plan) =>
    edit(plan, (draft) => {
      firstObjective(draft).targetDate = addDays(draft.period.plannedDischarge, 1);
    })),
  "plan/intervention-traced": mutation((plan) =>
    edit(plan, (draft) => {
      delete draft.schedule.sessions[0]!.activities[0]!.interventionId;
    })),
  "plan/intervention-scheduled": mutation((plan) =>
    edit(plan, (draft) => {
      firstObjective(draft).interventions.push({
        id: "int-unscheduled",
        modality: "case-management",
        perWeek: 1,
        responsibleRole: "licensed-therapist",
      });
    })),
  "plan/period-length": mutation((plan, policy) =>
    edit(plan, (draft) => moveDischarge(draft, addDays(draft.period.admitted, policy.params.programWeeks.min * 7 - 1)))),
  "plan/first-plan-deadline": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const late = addDays(draft.period.admitted, policy.params.firstPlanWithinDays + 1);
      const later = draft.reviews.filter((review) => review.kind === "plan" && review.date > late);
      draft.reviews = [...keepNonPlanReviews(draft), { date: late, kind: "plan", participantSigned: true }, ...later];
    })),
  "plan/review-cadence": mutation((plan, policy) =>
    edit(stayAtLeast(plan, policy, policy.params.planReviewEveryDays + 2), (draft) => {
      const { admitted } = draft.period;
      draft.reviews = [
        ...keepNonPlanReviews(draft),
        { date: admitted, kind: "plan", participantSigned: true },
        { date: addDays(admitted, policy.params.planReviewEveryDays + 1), kind: "plan", participantSigned: true },
      ];
    })),
  "plan/participant-signature": mutation((plan) =>
    edit(plan, (draft) => {
      const review = draft.reviews.find((candidate) => candidate.kind === "plan");
      if (review) {
        review.participantSigned = false;
        delete review.refusalDocumented;
      } else {
        draft.reviews.push({ date: draft.period.admitted, kind: "plan", participantSigned: false });
      }
    })),
  "plan/discharge-criteria": mutation((plan) =>
    edit(plan, (draft) => {
      draft.dischargeCriteria = [];
    })),
  "schedule/days-per-week": mutation((plan, policy) =>
    edit(plan, (draft) => {
      while (draft.schedule.sessions.length >= policy.params.daysPerWeek.min) compensate(draft, sessionMinutes(draft.schedule.sessions.pop()!));
    })),
  "schedule/session-length": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const session = draft.schedule.sessions[0]!;
      const short = policy.params.sessionMinutes.min - 15;
      compensate(draft, sessionMinutes(session) - short);
      const third = Math.floor(short / 3);
      session.activities = [third, third, short - 2 * third].map((minutes) => ({ kind: "group-therapy" as const, minutes, interventionId: "int-group", facilitatorRole: "licensed-therapist" as const }));
    })),
  "schedule/weekly-hours": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const week = summarizeWeek(plan.schedule);
      const counted = policy.params.weeklyMinutes.qualifyingOnly ? week.qualifyingMinutes : week.therapeuticMinutes;
      compensate(draft, Math.ceil(policy.params.weeklyMinutes[plan.participant.ageGroup].max + 1 - counted));
    })),
  "schedule/one-session-per-day": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const first = draft.schedule.sessions[0]!;
      const length = policy.params.sessionMinutes.targetMin;
      draft.schedule.sessions.push({ day: first.day, start: formatWallTime(wallTimeMinutes(first.start) - length - 30), activities: [{ kind: "break", minutes: length }] });
    })),
  "schedule/activity-sum": mutation((plan) =>
    edit(plan, (draft) => {
      const session = draft.schedule.sessions[0]!;
      session.end = formatWallTime(wallTimeMinutes(session.start) + sessionMinutes(session) - 15);
    })),
  "schedule/commitment-conflict": mutation((plan) =>
    edit(plan, (draft) => {
      const session = draft.schedule.sessions[0]!;
      const end = formatWallTime(wallTimeMinutes(session.start) + 30);
      (draft.participant.commitments ??= []).push({ day: session.day, start: session.start, end, label: "school" });
    })),
  "schedule/appointment-overlap": mutation((plan) =>
    edit(plan, (draft) => {
      const session = draft.schedule.sessions[0]!;
      const appointment = draft.schedule.appointments![0]!;
      appointment.day = session.day;
      appointment.start = session.start;
    })),
  "modality/group-core": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const short = policy.params.groupMinutesMin - 1;
      for (const session of draft.schedule.sessions) {
        session.activities = session.activities.flatMap((activity) =>
          activity.kind === "group-therapy" && activity.minutes > short
            ? [{ ...activity, minutes: short }, { kind: "psychoeducation" as const, minutes: activity.minutes - short, interventionId: "int-psychoeducation", facilitatorRole: "licensed-therapist" as const }]
            : [activity],
        );
      }
    })),
  "modality/individual-frequency": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const individual = draft.schedule.appointments!.find((appointment) => appointment.modality === "individual-therapy")!;
      const short = policy.params.individualMinutesMin - 1;
      compensate(draft, individual.minutes - short);
      individual.minutes = short;
    })),
  "modality/psychoeducation-present": mutation((plan) =>
    edit(plan, (draft) => {
      for (const session of draft.schedule.sessions) {
        session.activities = session.activities.map((activity) =>
          activity.kind === "psychoeducation"
            ? { kind: "holistic" as const, practice: "mindfulness" as const, goalLinked: true, minutes: activity.minutes, interventionId: "int-holistic", facilitatorRole: "licensed-therapist" as const }
            : activity,
        );
      }
      for (const problem of draft.problems) {
        for (const goal of problem.goals) {
          for (const objective of goal.objectives) objective.interventions = objective.interventions.filter((intervention) => intervention.modality !== "psychoeducation");
        }
      }
    })),
  "modality/family-involvement": mutation((plan) =>
    edit(plan, (draft) => {
      draft.family = { involvement: "planned", consent: false };
    })),
  "modality/holistic-goal-linked": mutation((plan) =>
    edit(plan, (draft) => {
      const session = draft.schedule.sessions.find((candidate) => candidate.activities.some((activity) => activity.kind === "holistic"))!;
      const index = session.activities.findIndex((activity) => activity.kind === "holistic");
      const holistic = session.activities[index]!;
      session.activities.splice(index, 1, { kind: "holistic", practice: "yoga", minutes: 10, interventionId: "int-holistic", facilitatorRole: "licensed-therapist" }, { ...holistic, minutes: holistic.minutes - 10 });
      compensate(draft, 10);
    })),
  "modality/psychiatric-access": mutation((plan, policy) =>
    editWithReviews(plan, policy, (draft) => {
      if (draft.medications.length === 0) {
        draft.medications.push({ id: "med-added", name: "added medication", class: "other", events: [{ date: draft.period.admitted, kind: "start" }] });
        if (!draft.careTeam.some((member) => member.role === "psychiatrist")) draft.careTeam.push({ id: "ct-psychiatrist", role: "psychiatrist" });
        addPsychiatricFollowUp(draft);
        return;
      }
      const slower = policy.params.psychiatricEveryWeeks + 1;
      const psychiatric = draft.schedule.appointments!.find((appointment) => appointment.modality === "psychiatric")!;
      compensate(draft, Math.ceil(psychiatric.minutes / psychiatric.everyWeeks - psychiatric.minutes / slower));
      psychiatric.everyWeeks = slower;
      for (const problem of draft.problems) {
        for (const goal of problem.goals) {
          for (const objective of goal.objectives) {
            for (const intervention of objective.interventions) if (intervention.modality === "psychiatric") intervention.everyWeeks = slower;
          }
        }
      }
    })),
  "modality/facilitator-qualified": mutation((plan) =>
    edit(plan, (draft) => {
      draft.schedule.sessions[0]!.activities[0]!.facilitatorRole = "peer-support-specialist";
    })),
  "modality/qualifying-services-per-day": mutation((plan) =>
    edit(plan, (draft) => {
      const session = draft.schedule.sessions[0]!;
      const [first, middle, last] = session.activities;
      session.activities = [{ ...first!, minutes: first!.minutes + last!.minutes }, middle!];
    })),
  "aftercare/plan-started": mutation((plan, policy) =>
    edit(plan, (draft) => {
      draft.aftercare!.startedOn = addDays(draft.period.plannedDischarge, 1 - policy.params.aftercareStartDaysBeforeDischarge);
    })),
  "aftercare/follow-up-window": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const late = addDays(draft.period.plannedDischarge, policy.params.followUpWithinDays + 1);
      for (const component of draft.aftercare!.components) if (component.firstAppointment !== undefined) component.firstAppointment = late;
    })),
  "aftercare/medication-continuity": mutation((plan, policy) =>
    editWithReviews(plan, policy, (draft) => {
      if (draft.medications.length === 0) addPsychiatricCare(draft, policy);
      draft.aftercare!.components = draft.aftercare!.components.filter((component) => component.kind !== "psychiatric-follow-up");
    })),
  "aftercare/support-resources": mutation((plan) =>
    edit(plan, (draft) => {
      draft.aftercare!.components = draft.aftercare!.components.filter((component) => component.kind !== "support-group" && component.kind !== "peer-support");
    })),
  "aftercare/safety-plan": mutation((plan, policy) =>
    edit(plan, (draft) => {
      draft.risk ??= { suicide: "low", assessedOn: draft.period.admitted };
      draft.aftercare!.safetyPlan = {
        crisisLine: policy.params.crisisLine,
        steps: SAFETY_PLAN_STEPS.slice(1).map((step) => ({ step, text: "In the participant's own words." })),
      };
    })),
  "aftercare/step-down-level": mutation((plan) =>
    edit(plan, (draft) => {
      draft.aftercare!.stepDownTo = "intensive-outpatient";
    })),
  "measures/suicide-item-positive": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const day = draft.period.plannedDischarge;
      (draft.assessments ??= []).push({ instrument: "PHQ-9", date: day, items: Array.from({ length: INSTRUMENT_INFO["PHQ-9"].items }, () => 1) });
      draft.aftercare!.safetyPlan ??= { writtenOn: day, crisisLine: policy.params.crisisLine, steps: SAFETY_PLAN_STEPS.map((step) => ({ step, text: "In the participant's own words." })) };
      // Items due on the last day are still "due", not overdue, without their review.
      draft.reviews = draft.reviews.filter((review) => review.kind !== "psychiatric" || review.date < day);
    })),
  "coverage/authorization-covers-period": mutation((plan) =>
    edit(plan, (draft) => {
      const { admitted, plannedDischarge } = draft.period;
      draft.coverage = { ...draft.coverage!, authorization: { start: admitted, end: addDays(plannedDischarge, -7) } };
    })),
  "coverage/authorization-days": mutation((plan) =>
    edit(plan, (draft) => {
      const { admitted, plannedDischarge } = draft.period;
      draft.coverage = { ...draft.coverage!, authorization: { start: admitted, end: plannedDischarge, approvedDays: programDaysOfPlan(plan).length - 1 } };
    })),
  "coverage/concurrent-review-due": mutation((plan) =>
    edit(plan, (draft) => {
      const { admitted, plannedDischarge } = draft.period;
      draft.coverage = { ...draft.coverage!, authorization: { start: admitted, end: plannedDischarge, nextReview: admitted } };
    })),
  "coverage/certification": mutation((plan, policy) =>
    edit(plan, (draft) => {
      const certifiedOn = addDays(draft.period.admitted, 1);
      const recertifiedOn = recertificationDays(certifiedOn, draft.period.plannedDischarge, policy.params);
      draft.coverage = { ...draft.coverage!, payer: "medicare", certification: { certifiedOn, recertifiedOn } };
    })),
  "coverage/recertification": mutation((plan, policy) =>
    edit(stayAtLeast(plan, policy, policy.params.firstRecertifyWithinDays + 2), (draft) => {
      // The first recertification a day later than the policy allows; the rest on time.
      const certifiedOn = draft.period.admitted;
      const first = addDays(certifiedOn, policy.params.firstRecertifyWithinDays + 1);
      const later = recertificationDays(first, draft.period.plannedDischarge, { firstRecertifyWithinDays: policy.params.recertifyEveryDays, recertifyEveryDays: policy.params.recertifyEveryDays });
      draft.coverage = { ...draft.coverage!, payer: "medicare", certification: { certifiedOn, recertifiedOn: [first, ...later] } };
    })),
  "medication/known-class": mutation((plan, policy) =>
    editWithReviews(plan, policy, (draft) => {
      if (draft.medications.length === 0) {
        addPsychiatricCare(draft, policy);
        addPsychiatricFollowUp(draft);
      }
      draft.medications[0]!.class = "herbal";
    })),
  "measures/valid-assessment": mutation((plan) =>
    edit(plan, (draft) => {
      (draft.assessments ??= []).push({ instrument: "GAD-7", date: draft.period.admitted, items: Array.from({ length: INSTRUMENT_INFO["GAD-7"].items - 1 }, () => 1) });
    })),
  "schedule/valid-wall-time": mutation((plan, policy) => {
    const shifted = shiftDays(toDraft(plan), daysBetween(plan.period.admitted, "2026-03-02")) as TreatmentPlanInput;
    shifted.timeZone = "America/New_York";
    const appointment = shifted.schedule.appointments![0]!;
    appointment.day = "sun";
    appointment.start = "02:30";
    // Month-based lab schedules do not move with a shift in days, and the period may hold another
    // number of program days: record the reviews and approve the days again.
    const moved = recordDueReviews(parseOwnedPlan({ ...shifted, reviews: shifted.reviews.filter((review) => review.kind === "plan") }), policy);
    const authorization = moved.coverage?.authorization;
    if (!authorization) return moved;
    return parseOwnedPlan({ ...moved, coverage: { ...moved.coverage, authorization: { ...authorization, approvedDays: programDaysOfPlan(moved).length } } });
  }),
  "plan/age-group-mismatch": mutation((plan, policy) =>
    edit(plan, (draft) => {
      // An adult marked adolescent keeps every weekly range met; an adolescent turns the adult age
      // at admission, still young enough for the same medication protocols.
      if (draft.participant.ageGroup === "adult") draft.participant.ageGroup = "adolescent";
      else draft.participant.birthDate = addMonths(draft.period.admitted, -12 * policy.params.adultFromAge);
    })),
  "medication/class-mismatch": mutation((plan, policy) =>
    editWithReviews(plan, policy, (draft) => {
      if (draft.medications.length === 0) {
        addPsychiatricCare(draft, policy);
        addPsychiatricFollowUp(draft);
      }
      // An antidepressant's name under a class with at least as much monitoring: the stated class stays the one monitored.
      const medication = draft.medications[0]!;
      if (!["antipsychotic", "clozapine", "lithium", "valproate"].includes(medication.class)) medication.class = "antipsychotic";
      medication.name = "sertraline";
    })),
  "medication/event-order": mutation((plan, policy) =>
    editWithReviews(plan, policy, (draft) => {
      if (draft.medications.length === 0) {
        addPsychiatricCare(draft, policy);
        addPsychiatricFollowUp(draft);
      }
      const events = draft.medications[0]!.events;
      events[0] = { ...events[0]!, kind: "dose-change" };
    })),
  // A policy that asks this plan for no baseline (measuresFor "diagnoses" and no diagnosis an
  // instrument measures) leaves nothing to come late: the plan is returned as it is.
  "measures/baseline-late": mutation((plan, policy) => {
    // A stay that reaches past the window, so a measure the day after it is inside care.
    const long = stayAtLeast(plan, policy, policy.params.baselineWithinDays + 2);
    const [need] = baselineNeeds(long, policy.params);
    if (need === undefined) return long;
    return edit(long, (draft) => {
      // The first baseline the plan needs comes the day after its window: every measure of its
      // kinds up to the window's last day moves there, so none is left in time.
      const late = addDays(need.window.due, 1);
      for (const assessment of draft.assessments ?? []) {
        if (need.anyOf.includes(assessment.instrument) && assessment.date <= need.window.due) assessment.date = late;
      }
    });
  }),
  "measures/suicide-screen": mutation((plan) =>
    edit(plan, (draft) => {
      draft.assessments = (draft.assessments ?? []).filter((assessment) => !SUICIDE_SCREENS.includes(assessment.instrument));
    })),
  "medication/review-late": mutation((plan, policy) => {
    const start = addDays(plan.period.admitted, 2);
    const from = addDays(start, policy.params.lithiumLevelNotBeforeDays);
    const due = addDays(start, Math.max(policy.params.lithiumLevelNotBeforeDays, policy.params.lithiumLevelAfterChangeDays));
    const recorded = editWithReviews(plan, policy, (draft) => {
      if (draft.medications.length === 0) {
        addPsychiatricCare(draft, policy);
        addPsychiatricFollowUp(draft);
      }
      draft.medications.push({ id: "med-late", name: "late medication", class: "lithium", events: [{ date: start, kind: "start" }] });
    });
    // The first lithium level comes the day after it was due.
    return edit(recorded, (draft) => {
      const inWindow = (review: (typeof draft.reviews)[number]) => review.kind === "lab" && review.date >= from && review.date <= due;
      for (const review of draft.reviews) if (inWindow(review)) review.labs = review.labs?.filter((lab) => lab !== "lithium-level");
      draft.reviews = draft.reviews.filter((review) => !inWindow(review) || (review.labs ?? []).length > 0);
      draft.reviews.push({ date: addDays(due, 1), kind: "lab", labs: ["lithium-level"] });
    });
  }),
  "attendance/unrecorded": mutation((plan) =>
    edit(plan, (draft) => {
      draft.attendance = attendAll(plan, plan.period.plannedDischarge).slice(1);
    })),
  "attendance/delivered-hours": mutation((plan) =>
    edit(plan, (draft) => {
      // Every session of the first week missed with an excuse: one short week.
      const weekEnd = addDays(plan.period.admitted, 7);
      draft.attendance = recordableBefore(plan, plan.period.plannedDischarge).map((session) => recordFor(session, session.date < weekEnd ? "absent-excused" : "attended"));
    })),
  "attendance/consecutive-absences": mutation((plan, policy) =>
    edit(plan, (draft) => {
      // The last sessions missed without an excuse, from the day of the first of them a step down to
      // outpatient care: the week they fall in is no longer all IOP, so no short week is judged.
      const end = plan.period.plannedDischarge;
      const sessions = recordableBefore(plan, end);
      const missed = sessions.length - policy.params.absenceRunForOutreach;
      draft.attendance = sessions.map((session, index) => recordFor(session, index >= missed ? "absent-unexcused" : "attended"));
      draft.transitions = [{ date: sessions[missed]!.date, from: "intensive-outpatient", to: "outpatient", reason: "Stepped down as sessions were missed." }];
    })),
  "attendance/unknown-session": mutation((plan) =>
    edit(plan, (draft) => {
      const sessions = recordableBefore(plan, plan.period.plannedDischarge);
      const dated = new Set(sessions.map((session) => session.date));
      let free = plan.period.admitted;
      while (dated.has(free)) free = addDays(free, 1);
      draft.attendance = [...sessions.map((session) => recordFor(session, "attended")), { date: free, status: "attended" }];
    })),
  "attendance/duplicate-record": mutation((plan) =>
    edit(plan, (draft) => {
      const records = attendAll(plan, plan.period.plannedDischarge);
      draft.attendance = [...records, records[0]!];
    })),
  "attendance/minutes-out-of-range": mutation((plan) =>
    edit(plan, (draft) => {
      const [first, ...rest] = recordableBefore(plan, plan.period.plannedDischarge);
      draft.attendance = [recordFor(first!, "partial", first!.minutes + 1), ...rest.map((session) => recordFor(session, "attended"))];
    })),
  "attendance/php-iop-overlap": mutation((plan) =>
    edit(plan, (draft) => {
      // Partial hospitalization through the first week while the IOP sessions, all attended, already ran.
      draft.attendance = attendAll(plan, plan.period.plannedDischarge);
      draft.transitions = [{ date: addDays(plan.period.admitted, 7), from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stepped down from PHP." }];
    })),
  "attendance/future-record": mutation((plan) =>
    edit(plan, (draft) => {
      // Every past session attended, and a record dated the day after the planned discharge: a day still to come when checked on it.
      draft.attendance = [...attendAll(plan, plan.period.plannedDischarge), { date: addDays(plan.period.plannedDischarge, 1), status: "attended" }];
    })),
  "attendance/transition-sequence": mutation((plan) =>
    edit(plan, (draft) => {
      // A step down to outpatient care, then a step "from partial hospitalization" a week later: the history contradicts itself.
      draft.transitions = [
        { date: addDays(plan.period.admitted, 7), from: "intensive-outpatient", to: "outpatient", reason: "Stepped down." },
        { date: addDays(plan.period.admitted, 14), from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stepped back up." },
      ];
    })),
} satisfies Partial<Record<RuleCode, Mutation>>;

/**
 * Mutations keyed by rule code: `mutate[code](plan, policy?)` returns a copy of a clean plan (an
 * {@link arbPlan} output under the same policy) on which only that rule fires, checked with `asOf`
 * at the planned discharge. Useful to prove a rule is wired, and to test how an app shows
 * findings. Rules whose breach cannot be isolated (a prescriber missing also leaves psychiatric
 * care undeliverable) have no entry. Under a policy that asks the plan for nothing the rule judges
 * (`measures/baseline-late` with `measuresFor: "diagnoses"` and no diagnosis an instrument
 * measures), the plan comes back unbroken.
 *
 * @category Testing
 * @example
 * ```ts
 * const [clean] = fc.sample(arbPlan(), { numRuns: 1, seed: 1 });
 * const broken = mutate["plan/diagnosis-required"](clean!);
 * validatePlan(broken, { asOf: broken.period.plannedDischarge }).findings.map((finding) => finding.rule); //=> ["plan/diagnosis-required"]
 * ```
 */
export const mutate: Readonly<Record<keyof typeof mutations, Mutation>> = mutations;
