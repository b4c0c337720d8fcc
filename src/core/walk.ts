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

/** Calls `visit` with each objective of the plan in document order and the indexes of its problem, goal and place in the goal. */
function forEachObjective<Objective>(plan: ObjectiveTree<Objective>, visit: (objective: Objective, p: number, g: number, o: number) => void): void {
  plan.problems.forEach((problem, p) => problem.goals.forEach((goal, g) => goal.objectives.forEach((objective, o) => visit(objective, p, g, o))));
}

/** Every objective of the plan in document order, with its path. */
export function objectivesOf<Objective>(plan: ObjectiveTree<Objective>): LocatedObjective<Objective>[] {
  const located: LocatedObjective<Objective>[] = [];
  forEachObjective(plan, (objective, p, g, o) => located.push({ objective, path: ["problems", p, "goals", g, "objectives", o] }));
  return located;
}

/** Every intervention of the plan in document order, with its path. */
export function interventionsOf<Intervention>(
  plan: ObjectiveTree<{ readonly interventions: readonly Intervention[] }>,
): LocatedIntervention<Intervention>[] {
  const located: LocatedIntervention<Intervention>[] = [];
  forEachObjective(plan, (objective, p, g, o) =>
    objective.interventions.forEach((intervention, i) =>
      located.push({ intervention, path: ["problems", p, "goals", g, "objectives", o, "interventions", i] }),
    ),
  );
  return located;
}
