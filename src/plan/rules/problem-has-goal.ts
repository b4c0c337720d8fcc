import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";

/** At least one problem, and every problem has a goal. */
export const problemHasGoal = defineRule({
  code: "plan/problem-has-goal",
  summary: "The plan lists at least one problem, and every problem has at least one goal.",
  defaultSeverity: "error",
  params: [],
  source: "77 Ill. Adm. Code 2060.440(e) (a goal per prioritized need); Jongsma PracticePlanners structure",
  messages: {
    noProblem: (_: { readonly actual: number; readonly required: number }) => "The plan lists no problem.",
    noGoal: (_: { readonly actual: number; readonly required: number }) => "This problem has no goal.",
  },
  check({ plan }) {
    if (plan.problems.length === 0) return [{ path: ["problems"], variant: "noProblem", params: { actual: 0, required: 1 } }];
    return flatMap(plan.problems, (problem, p) =>
      problem.goals.length === 0 ? [{ path: ["problems", p, "goals"], variant: "noGoal" as const, params: { actual: 0, required: 1 } }] : [],
    );
  },
});
