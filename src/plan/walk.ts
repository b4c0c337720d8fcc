import type { FindingPath } from "../core/finding";
import type { Intervention, Objective, TreatmentPlan } from "./types";

/** An objective with where it sits in the plan. */
export interface LocatedObjective {
  readonly objective: Objective;
  readonly path: FindingPath;
}

/** An intervention with where it sits in the plan. */
export interface LocatedIntervention {
  readonly intervention: Intervention;
  readonly path: FindingPath;
}

/** Every objective of the plan in document order, with its path. */
export function objectivesOf(plan: TreatmentPlan): LocatedObjective[] {
  const located: LocatedObjective[] = [];
  plan.problems.forEach((problem, p) =>
    problem.goals.forEach((goal, g) =>
      goal.objectives.forEach((objective, o) =>
        located.push({ objective, path: ["problems", p, "goals", g, "objectives", o] }),
      ),
    ),
  );
  return located;
}

/** Every intervention of the plan in document order, with its path. */
export function interventionsOf(plan: TreatmentPlan): LocatedIntervention[] {
  const located: LocatedIntervention[] = [];
  for (const { objective, path } of objectivesOf(plan)) {
    objective.interventions.forEach((intervention, i) =>
      located.push({ intervention, path: [...path, "interventions", i] }),
    );
  }
  return located;
}
