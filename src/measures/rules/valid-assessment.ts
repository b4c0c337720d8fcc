import type { Rule, RuleFindingDraft } from "../../core/rule";
import { assessmentFindings } from "../score";

/** Every recorded assessment can be scored. */
export const validAssessment: Rule = {
  code: "measures/valid-assessment",
  area: "measures",
  summary: "Every recorded assessment has its instrument's number of items, each within the instrument's item range.",
  defaultSeverity: "error",
  params: [],
  source: "PHQ-9 (Kroenke 2001), GAD-7 (Spitzer 2006), PCL-5 (VA NCPTSD) scoring",
  check({ plan }) {
    const drafts: RuleFindingDraft[] = [];
    (plan.assessments ?? []).forEach((assessment, index) => {
      for (const { path, message, params } of assessmentFindings(assessment, ["assessments", index])) drafts.push(params ? { path, message, params } : { path, message });
    });
    return drafts;
  },
};
