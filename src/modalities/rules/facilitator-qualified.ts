import type { FindingPath } from "../../core/finding";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { interventionsOf } from "../../core/walk";
import { careItemsOfPlan } from "../care-items";
import { describeModality } from "../catalog";
import type { CareRole, ModalityKind } from "../kinds";

/** The finding for a role that may not deliver a modality or is not on the care team, if any. */
function roleFinding(role: CareRole, modality: ModalityKind, allowed: readonly CareRole[], team: ReadonlySet<CareRole>, path: FindingPath): RuleFindingDraft | undefined {
  if (!allowed.includes(role)) return { path, message: `A ${role} may not deliver ${modality}.`, params: { role, modality, allowed: allowed.join("|") } };
  if (!team.has(role)) return { path, message: `No ${role} is on the care team.`, params: { role } };
  return undefined;
}

/** Whoever delivers or answers for care may deliver that modality and is on the care team. */
export const facilitatorQualified = defineRule({
  code: "modality/facilitator-qualified",
  summary:
    "Each activity's facilitator and each intervention's responsible role may deliver that modality (see describeActivity) and is a role on the care team.",
  defaultSeverity: "error",
  params: [],
  source: "SSA §1861(ff)(2) item 1 (therapy by professionals as state law allows); seed article (licensed therapist; psychiatrist)",
  check({ plan, derive }) {
    const team = new Set(plan.careTeam.map((member) => member.role));
    const findings: (RuleFindingDraft | undefined)[] = [];
    for (const item of derive(careItemsOfPlan)) {
      if (item.kind === "break" || item.facilitatorRole === undefined) continue;
      findings.push(roleFinding(item.facilitatorRole, item.kind, item.info.deliveredBy, team, [...item.path, "facilitatorRole"]));
    }
    for (const { intervention, path } of derive(interventionsOf)) {
      const { responsibleRole, modality } = intervention;
      findings.push(roleFinding(responsibleRole, modality, describeModality(modality).deliveredBy, team, [...path, "responsibleRole"]));
    }
    return findings.filter((finding) => finding !== undefined);
  },
});
