import { defineRule } from "../../core/rule";
import { PRESCRIBER_ROLES } from "../../modalities/kinds";

/** A plan with medications has someone on the team who can prescribe. */
export const prescriberOnTeam = defineRule({
  code: "medication/prescriber-on-team",
  summary: "A plan with medications has a prescriber (psychiatrist, psychiatric nurse practitioner or physician) on the care team.",
  defaultSeverity: "error",
  params: [],
  source: "Seed article (medication management by a psychiatrist); AHCCCS S9480 memo (BHMP prescriber sessions)",
  messages: {
    default: () => "The plan lists medications but no prescriber is on the care team.",
  },
  check({ plan }) {
    if (plan.medications.length === 0) return [];
    if (plan.careTeam.some((member) => PRESCRIBER_ROLES.includes(member.role))) return [];
    return [{ path: ["careTeam"], params: { allowed: PRESCRIBER_ROLES.join("|") } }];
  },
});
