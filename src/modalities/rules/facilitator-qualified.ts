import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { interventionsOf } from "../../core/walk";
import { careItemsOfPlan } from "../care-items";
import { describeModality } from "../catalog";
import type { CareRole } from "../kinds";

/** Whoever delivers or answers for care may deliver that modality and is on the care team. */
export const facilitatorQualified = defineRule({
  code: "modality/facilitator-qualified",
  summary:
    "Each activity's facilitator and each intervention's responsible role may deliver that modality (see describeActivity) and is a role on the care team.",
  defaultSeverity: "error",
  params: [],
  source: "SSA §1861(ff)(2) item 1 (therapy by professionals as state law allows); seed article (licensed therapist; psychiatrist)",
  check({ plan, derive }) {
    const team = new Set<CareRole>(plan.careTeam.map((member) => member.role));
    const findings: RuleFindingDraft[] = [];
    const check = (role: CareRole, allowed: readonly CareRole[], modality: string, path: readonly (string | number)[]) => {
      if (!allowed.includes(role)) {
        findings.push({ path, message: `A ${role} may not deliver ${modality}.`, params: { role, modality, allowed: allowed.join("|") } });
      } else if (!team.has(role)) {
        findings.push({ path, message: `No ${role} is on the care team.`, params: { role } });
      }
    };
    for (const item of derive(careItemsOfPlan)) {
      if (item.kind === "break" || item.facilitatorRole === undefined) continue;
      check(item.facilitatorRole, item.info.deliveredBy, item.kind, [...item.path, "facilitatorRole"]);
    }
    for (const { intervention, path } of derive(interventionsOf)) {
      check(intervention.responsibleRole, describeModality(intervention.modality).deliveredBy, intervention.modality, [...path, "responsibleRole"]);
    }
    return findings;
  },
});
