import { defineRule, type RuleFindingDraft } from "../../core/rule";

/** Every goal has at least one short-term objective. */
export const goalHasObjective = defineRule({
  code: "plan/goal-has-objective",
  summary: "Every goal has at least one short-term objective.",
  defaultSeverity: "error",
  params: [],
  source: "CARF Behavioral Health Standard 2.C; 77 Ill. Adm. Code 2060.421(d)",
  check({ plan }) {
    const findings: RuleFindingDraft[] = [];
    plan.problems.forEach((problem, p) =>
      problem.goals.forEach((goal, g) => {
        if (goal.objectives.length === 0) {
          findings.push({
            path: ["problems", p, "goals", g, "objectives"],
            message: "This goal has no objective.",
            params: { actual: 0, required: 1 },
          });
        }
      }),
    );
    return findings;
  },
});
