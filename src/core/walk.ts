import type { FindingPath } from "./finding";

/** The shape of a plan's problem → goal → objective tree that the walkers read. */
export interface ObjectiveTree<Objective> {
  readonly problems: readonly { readonly goals: readonly { readonly objectives: readonly Objective[] }[] }[];
}

/** An objective with where it sits in the plan. */
export interface LocatedObjective<Objective> {
  readonly objective: Objective;
  readonly path: FindingPath;
}

/** An intervention with where it sits in the plan. */
export interface LocatedIntervention<Intervention> {
  readonly intervention: Intervention;
  readonly path: FindingPath;
}

/** Every objective of the plan in document order, with its path. */
export function objectivesOf<Objective>(plan: ObjectiveTree<Objective>): LocatedObjective<Objective>[] {
  const located: LocatedObjective<Objective>[] = [];
  plan.problems.forEach((problem, p) =>
    problem.goals.forEach((goal, g) =>
      goal.objectives.forEach((objective, o) => located.push({ objective, path: ["problems", p, "goals", g, "objectives", o] })),
    ),
  );
  return located;
}

/** Every intervention of the plan in document order, with its path. */
export function interventionsOf<Intervention>(
  plan: ObjectiveTree<{ readonly interventions: readonly Intervention[] }>,
): LocatedIntervention<Intervention>[] {
  const located: LocatedIntervention<Intervention>[] = [];
  for (const { objective, path } of objectivesOf(plan)) {
    objective.interventions.forEach((intervention, i) => located.push({ intervention, path: [...path, "interventions", i] }));
  }
  return located;
}
