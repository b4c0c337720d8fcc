import { defineRule, type RuleFindingDraft } from "../../core/rule";

/** Every goal is also written in the participant's own words. */
export const goalOwnWords = defineRule({
  code: "plan/goal-own-words",
  summary: "Every goal also states the participant's own words (participantWords).",
  defaultSeverity: "warning",
  params: [],
  source: "CARF Behavioral Health Standard 2.C; The Joint Commission CTS.03.01.03 survey findings (2022)",
  check({ plan }) {
    const findings: RuleFindingDraft[] = [];
    plan.problems.forEach((problem, p) =>
      problem.goals.forEach((goal, g) => {
        if (goal.participantWords === undefined) {
          findings.push({
            path: ["problems", p, "goals", g, "participantWords"],
            message: "This goal is not written in the participant's own words.",
          });
        }
      }),
    );
    return findings;
  },
});
