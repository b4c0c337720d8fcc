import { defineRule, type RuleFindingDraft } from "../../core/rule";

/** At least one problem, and every problem has a goal. */
export const problemHasGoal = defineRule({
  code: "plan/problem-has-goal",
  summary: "The plan lists at least one problem, and every problem has at least one goal.",
  defaultSeverity: "error",
  params: [],
  source: "77 Ill. Adm. Code 2060.440(e) (a goal per prioritized need); Jongsma PracticePlanners structure",
  check({ plan }) {
    if (plan.problems.length === 0) {
      return [{ path: ["problems"], message: "The plan lists no problem.", params: { actual: 0, required: 1 } }];
    }
    const findings: RuleFindingDraft[] = [];
    plan.problems.forEach((problem, p) => {
      if (problem.goals.length === 0) {
        findings.push({ path: ["problems", p, "goals"], message: "This problem has no goal.", params: { actual: 0, required: 1 } });
      }
    });
    return findings;
  },
});
