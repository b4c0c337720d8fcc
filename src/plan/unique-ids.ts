import type { Finding } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { PLAN_MESSAGES, type IdKind } from "./messages";
import type { TreatmentPlan } from "./types";

type Path = (string | number)[];

function reportDuplicates(seen: Map<string, () => Path>, id: string, at: () => Path, kind: IdKind, out: Finding[]): void {
  const firstAt = seen.get(id);
  if (firstAt === undefined) {
    seen.set(id, at);
    return;
  }
  const first = firstAt().map(String);
  out.push(catalogFinding(PLAN_MESSAGES, "schema/duplicate-id", "error", [...at(), "id"], { params: { kind, first } }));
}

/**
 * Ids must be unique within their kind, since activities, reviews and findings refer to them.
 * Interventions share one namespace across the whole plan because schedule activities link to them.
 */
export function duplicateIdFindings(plan: TreatmentPlan): Finding[] {
  const out: Finding[] = [];
  const problems = new Map<string, () => Path>();
  const goals = new Map<string, () => Path>();
  const objectives = new Map<string, () => Path>();
  const interventions = new Map<string, () => Path>();
  plan.problems.forEach((problem, p) => {
    reportDuplicates(problems, problem.id, () => ["problems", p], "problem", out);
    problem.goals.forEach((goal, g) => {
      reportDuplicates(goals, goal.id, () => ["problems", p, "goals", g], "goal", out);
      goal.objectives.forEach((objective, o) => {
        const objectivePath = (): Path => ["problems", p, "goals", g, "objectives", o];
        reportDuplicates(objectives, objective.id, objectivePath, "objective", out);
        objective.interventions.forEach((intervention, i) =>
          reportDuplicates(interventions, intervention.id, () => [...objectivePath(), "interventions", i], "intervention", out),
        );
      });
    });
  });
  const team = new Map<string, () => Path>();
  plan.careTeam.forEach((member, m) => reportDuplicates(team, member.id, () => ["careTeam", m], "care-team", out));
  const medications = new Map<string, () => Path>();
  plan.medications.forEach((medication, m) => reportDuplicates(medications, medication.id, () => ["medications", m], "medication", out));
  return out;
}
