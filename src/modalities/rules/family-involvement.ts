import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { careItemsOfPlan, contactShortfall } from "../care-items";
import { counted, everyWeeks } from "../../core/words";

/** Planned family involvement needs family sessions and the participant's consent. */
export const familyInvolvement = defineRule({
  code: "modality/family-involvement",
  summary: "When family involvement is planned, family therapy happens at least once every familyEveryWeeks weeks and the participant's consent is recorded.",
  defaultSeverity: "error",
  params: ["familyEveryWeeks"],
  source: "Seed article (family involvement); SAMHSA TIP 47 core services (family psychoeducation); SSA §1861(ff)(2) item 6 (family counseling)",
  check({ plan, params, derive }) {
    if (plan.family?.involvement !== "planned") return [];
    const findings: RuleFindingDraft[] = [];
    const shortfall = contactShortfall(derive(careItemsOfPlan), "family-therapy", 1 / params.familyEveryWeeks);
    if (shortfall) {
      findings.push({
        path: ["schedule"],
        message: `Family involvement is planned but family therapy happens ${counted(shortfall.actual, "time")} a week; the policy asks for once ${everyWeeks(params.familyEveryWeeks)}.`,
        params: shortfall,
      });
    }
    if (plan.family.consent !== true) {
      findings.push({ path: ["family", "consent"], message: "Family involvement is planned but the participant's consent is not recorded." });
    }
    return findings;
  },
});
