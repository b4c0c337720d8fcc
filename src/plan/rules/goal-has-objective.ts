import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";

/** Every goal has at least one short-term objective. */
export const goalHasObjective = defineRule({
  code: "plan/goal-has-objective",
  summary: "Every goal has at least one short-term objective.",
  defaultSeverity: "error",
  params: [],
  source: "CARF Behavioral Health Standard 2.C; 77 Ill. Adm. Code 2060.421(d)",
  messages: {
    default: (_: { readonly actual: number; readonly required: number }) => "This goal has no objective.",
  },
  check({ plan }) {
    return flatMap(plan.problems, (problem, p) =>
      flatMap(problem.goals, (goal, g) =>
        goal.objectives.length === 0 ? [{ path: ["problems", p, "goals", g, "objectives"], params: { actual: 0, required: 1 } }] : [],
      ),
    );
  },
});
