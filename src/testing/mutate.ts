import { addDays } from "../core/calendar";
import { parsePlan } from "../plan/parse";
import type { TreatmentPlan, TreatmentPlanInput } from "../plan/types";
import { defaultPolicy } from "../policy/presets/default";
import type { Policy } from "../policy/types";
import { toDraft } from "./arbitraries";

/**
 * Breaks exactly one rule of a plan that passes every rule (such as an {@link arbPlan} output).
 * The input plan is not modified.
 *
 * @category Testing
 * @example
 * ```ts
 * const broken: Mutation = mutate["plan/discharge-criteria"];
 * ```
 */
export type Mutation = (plan: TreatmentPlan, policy?: Policy) => TreatmentPlan;

function edit(plan: TreatmentPlan, change: (draft: TreatmentPlanInput) => void): TreatmentPlan {
  const draft = toDraft(plan);
  change(draft);
  return parsePlan(draft);
}

function firstObjective(draft: TreatmentPlanInput) {
  return draft.problems[0]!.goals[0]!.objectives[0]!;
}

function keepNonPlanReviews(draft: TreatmentPlanInput) {
  return draft.reviews.filter((review) => review.kind !== "plan");
}

/** Types a table entry as a {@link Mutation}, so the table's type stays small. */
function mutation(fn: Mutation): Mutation {
  return fn;
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
        responsibleRole: "case-manager",
      });
    })),
  "plan/period-length": mutation((plan, policy = defaultPolicy) =>
    edit(plan, (draft) => {
      draft.period.plannedDischarge = addDays(draft.period.admitted, policy.params.programWeeks.max * 7 + 1);
    })),
  "plan/first-plan-deadline": mutation((plan, policy = defaultPolicy) =>
    edit(plan, (draft) => {
      const late = addDays(draft.period.admitted, policy.params.firstPlanWithinDays + 1);
      draft.reviews = [...keepNonPlanReviews(draft), { date: late, kind: "plan", participantSigned: true }];
    })),
  "plan/review-cadence": mutation((plan, policy = defaultPolicy) =>
    edit(plan, (draft) => {
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
};

/**
 * One mutation per rule code: `mutate[code](plan)` returns a copy of a clean plan on which only
 * that rule fires. Useful to prove a rule is wired, and to test how an app shows findings.
 *
 * @category Testing
 * @example
 * ```ts
 * const broken = mutate["plan/diagnosis-required"](plan);
 * validatePlan(broken).findings.map((finding) => finding.rule); //=> ["plan/diagnosis-required"]
 * ```
 */
export const mutate: Readonly<Record<keyof typeof mutations, Mutation>> = mutations;
