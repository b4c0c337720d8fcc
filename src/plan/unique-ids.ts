import type { Finding } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { PLAN_MESSAGES, type IdKind } from "./messages";
import type { TreatmentPlan } from "./types";

type Path = (string | number)[];

/** Keeps where an id of one kind first appears, or reports a later one as its duplicate. */
function reportDuplicates(seen: Map<string, Path>, id: string, at: Path, kind: IdKind, out: Finding[]): void {
  const first = seen.get(id);
  if (first === undefined) seen.set(id, at);
  else out.push(catalogFinding(PLAN_MESSAGES, "schema/duplicate-id", "error", [...at, "id"], { params: { kind, first: first.map(String) } }));
}

/**
 * Ids must be unique within their kind, since activities, reviews and findings refer to them.
 * Interventions share one namespace across the whole plan because schedule activities link to them.
 */
export function duplicateIdFindings(plan: TreatmentPlan): Finding[] {
  const out: Finding[] = [];
  const problems = new Map<string, Path>();
  const goals = new Map<string, Path>();
  const objectives = new Map<string, Path>();
  const interventions = new Map<string, Path>();
  plan.problems.forEach((problem, p) => {
    reportDuplicates(problems, problem.id, ["problems", p], "problem", out);
    problem.goals.forEach((goal, g) => {
      reportDuplicates(goals, goal.id, ["problems", p, "goals", g], "goal", out);
      goal.objectives.forEach((objective, o) => {
        reportDuplicates(objectives, objective.id, ["problems", p, "goals", g, "objectives", o], "objective", out);
        objective.interventions.forEach((intervention, i) =>
          reportDuplicates(interventions, intervention.id, ["problems", p, "goals", g, "objectives", o, "interventions", i], "intervention", out),
        );
      });
    });
  });
  const team = new Map<string, Path>();
  plan.careTeam.forEach((member, m) => reportDuplicates(team, member.id, ["careTeam", m], "care-team", out));
  const medications = new Map<string, Path>();
  plan.medications.forEach((medication, m) => reportDuplicates(medications, medication.id, ["medications", m], "medication", out));
  return out;
}
