import { flatMap } from "../../core/arrays";
import type { FindingParams } from "../../core/finding";
import { defineRule } from "../../core/rule";

/** Every goal is also written in the participant's own words. */
export const goalOwnWords = defineRule({
  code: "plan/goal-own-words",
  summary: "Every goal also states the participant's own words (participantWords).",
  defaultSeverity: "warning",
  params: [],
  source: "CARF Behavioral Health Standard 2.C; The Joint Commission CTS.03.01.03 survey findings (2022)",
  messages: {
    default: (_: FindingParams) => "This goal is not written in the participant's own words.",
  },
  check({ plan }) {
    return flatMap(plan.problems, (problem, p) =>
      flatMap(problem.goals, (goal, g) => (goal.participantWords === undefined ? [{ path: ["problems", p, "goals", g, "participantWords"] }] : [])),
    );
  },
});
