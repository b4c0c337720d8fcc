import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import { ASSESSMENT_MESSAGES, assessmentProblems } from "../score";

/** Every recorded assessment can be scored. */
export const validAssessment = defineRule({
  code: "measures/valid-assessment",
  summary:
    "Every recorded assessment has its instrument's number of items, each within the instrument's item range, and no answer to an item its skip rules say was not asked.",
  defaultSeverity: "error",
  params: [],
  source: "Each instrument's scoring instructions, as its record cites them (PHQ-9: Kroenke 2001)",
  messages: ASSESSMENT_MESSAGES,
  check({ plan }) {
    return flatMap(plan.assessments ?? [], (assessment, index) => assessmentProblems(assessment, ["assessments", index]));
  },
});
