import type { FindingParams } from "../../core/finding";
import type { MessageSet } from "../../core/messages";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { everyWeeks } from "../../core/words";
import { careItemsOfPlan, contactShortfall } from "../care-items";

/** The messages of the rule: family therapy too seldom (times a week, against once every `everyWeeks` weeks), consent not recorded. */
const messages = {
  schedule: (p: { readonly actual: number; readonly required: number; readonly everyWeeks: number }, words) =>
    `Family involvement is planned but family therapy happens ${words.count(p.actual, { one: "time", other: "times" })} a week; the policy asks for once ${everyWeeks(p.everyWeeks)}.`,
  consent: (_: FindingParams) => "Family involvement is planned but the participant's consent is not recorded.",
} as const satisfies MessageSet;

/** Planned family involvement needs family sessions and the participant's consent. */
export const familyInvolvement = defineRule({
  code: "modality/family-involvement",
  summary: "When family involvement is planned, family therapy happens at least once every familyEveryWeeks weeks and the participant's consent is recorded.",
  defaultSeverity: "error",
  params: ["familyEveryWeeks"],
  source: "Seed article (family involvement); SAMHSA TIP 47 core services (family psychoeducation); SSA §1861(ff)(2) item 6 (family counseling)",
  messages,
  check({ plan, params, derive }) {
    if (plan.family?.involvement !== "planned") return [];
    const findings: RuleFindingDraft<typeof messages>[] = [];
    const shortfall = contactShortfall(derive(careItemsOfPlan), "family-therapy", 1 / params.familyEveryWeeks);
    if (shortfall) findings.push({ path: ["schedule"], variant: "schedule", params: { ...shortfall, everyWeeks: params.familyEveryWeeks } });
    if (plan.family.consent !== true) findings.push({ path: ["family", "consent"], variant: "consent" });
    return findings;
  },
});
