import { flatMap } from "../../core/arrays";
import type { FindingParams } from "../../core/finding";
import { defineRule } from "../../core/rule";
import { planReviewsOf } from "../plan-reviews";

/** Every plan review is signed by the participant or records their refusal. */
export const participantSignature = defineRule({
  code: "plan/participant-signature",
  summary: "Every treatment-plan review is signed by the participant, or their refusal to sign is documented.",
  defaultSeverity: "error",
  params: [],
  source: "Arizona R9-10-308(A)(4) and R9-10-1310; 77 Ill. Adm. Code 2060.421(b); CARF 2.C (active participation)",
  messages: {
    default: (_: FindingParams) => "This plan review has neither the participant's signature nor a documented refusal.",
  },
  check({ derive }) {
    return flatMap(derive(planReviewsOf), ({ review, path }) =>
      review.participantSigned === true || review.refusalDocumented === true ? [] : [{ path: [...path, "participantSigned"] }],
    );
  },
});
