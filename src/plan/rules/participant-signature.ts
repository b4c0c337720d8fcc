import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { planReviewsOf } from "../plan-reviews";

/** Every plan review is signed by the participant or records their refusal. */
export const participantSignature = defineRule({
  code: "plan/participant-signature",
  summary: "Every treatment-plan review is signed by the participant, or their refusal to sign is documented.",
  defaultSeverity: "error",
  params: [],
  source: "Arizona R9-10-308(A)(4) and R9-10-1310; 77 Ill. Adm. Code 2060.421(b); CARF 2.C (active participation)",
  check({ derive }) {
    const findings: RuleFindingDraft[] = [];
    for (const { review, path } of derive(planReviewsOf)) {
      if (review.participantSigned === true || review.refusalDocumented === true) continue;
      findings.push({
        path: [...path, "participantSigned"],
        message: "This plan review has neither the participant's signature nor a documented refusal.",
      });
    }
    return findings;
  },
});
