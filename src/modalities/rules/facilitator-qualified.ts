import type { FindingPath } from "../../core/finding";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { interventionsOf } from "../../core/walk";
import { careItemsOfPlan } from "../care-items";
import { describeModality } from "../catalog";
import type { CareRole, ModalityKind } from "../kinds";

/** The messages of the rule: a role that may not deliver a modality (`allowed`: the roles that may, joined by `|`), a role missing from the team (codes). */
const messages = {
  notAllowed: (p: { readonly role: CareRole; readonly modality: ModalityKind; readonly allowed: string }) => `A ${p.role} may not deliver ${p.modality}.`,
  notOnTeam: (p: { readonly role: CareRole }) => `No ${p.role} is on the care team.`,
} as const;

/** The finding at `path`'s `field` for a role that may not deliver a modality or is not on the care team, if any. */
function roleFinding(
  role: CareRole,
  modality: ModalityKind,
  allowed: readonly CareRole[],
  team: ReadonlySet<CareRole>,
  path: FindingPath,
  field: string,
): RuleFindingDraft<typeof messages> | undefined {
  if (!allowed.includes(role)) return { path: [...path, field], variant: "notAllowed", params: { role, modality, allowed: allowed.join("|") } };
  if (!team.has(role)) return { path: [...path, field], variant: "notOnTeam", params: { role } };
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
  messages,
  check({ plan, derive }) {
    const team = new Set(plan.careTeam.map((member) => member.role));
    const findings: (RuleFindingDraft<typeof messages> | undefined)[] = [];
    for (const item of derive(careItemsOfPlan)) {
      if (item.kind === "break" || item.facilitatorRole === undefined) continue;
      findings.push(roleFinding(item.facilitatorRole, item.kind, item.info.deliveredBy, team, item.path, "facilitatorRole"));
    }
    for (const { intervention, path } of derive(interventionsOf)) {
      const { responsibleRole, modality } = intervention;
      findings.push(roleFinding(responsibleRole, modality, describeModality(modality).deliveredBy, team, path, "responsibleRole"));
    }
    return findings.filter((finding) => finding !== undefined);
  },
});
