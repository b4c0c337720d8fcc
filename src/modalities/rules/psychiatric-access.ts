import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import { careItemsOfPlan, contactShortfall } from "../care-items";
import { everyWeeks } from "../../core/words";

/** Why the plan needs psychiatric care, as a code. */
type Reason = "medications" | "diagnosis";

/** The reasons in words. */
const REASONS: Readonly<Record<Reason, string>> = { medications: "active medications", diagnosis: "a diagnosis that needs psychiatric care" };

/** Why the plan needs psychiatric care: a medication not stopped, or a diagnosis starting with one of `diagnosisPrefixes`. */
function needsPsychiatricCare(plan: TreatmentPlan, diagnosisPrefixes: readonly string[]): Reason | undefined {
  if (plan.medications.some((medication) => medication.events.at(-1)?.kind !== "stop")) return "medications";
  const codes = plan.diagnoses.map((diagnosis) => diagnosis.code.toUpperCase());
  if (diagnosisPrefixes.some((prefix) => codes.some((code) => code.startsWith(prefix.toUpperCase())))) return "diagnosis";
  return undefined;
}

/** Active medications (or a diagnosis the policy names) need regular psychiatric care. */
export const psychiatricAccess = defineRule({
  code: "modality/psychiatric-access",
  summary:
    "With an active medication, or a diagnosis listed in psychiatricCareDiagnoses, psychiatric care happens at least once every psychiatricEveryWeeks weeks.",
  defaultSeverity: "error",
  params: ["psychiatricEveryWeeks", "psychiatricCareDiagnoses"],
  source: "Seed article (medication management, regular check-ins with a psychiatrist); AHCCCS S9480 memo (1 prescriber session weekly); cadence unconfirmed elsewhere",
  messages: {
    default: (p: { readonly actual: number; readonly required: number; readonly reason: Reason; readonly everyWeeks: number }, words) =>
      `The plan has ${REASONS[p.reason]} but psychiatric care happens ${words.count(p.actual, { one: "time", other: "times" })} a week; the policy asks for once ${everyWeeks(p.everyWeeks)}.`,
  },
  check({ plan, params, derive }) {
    const reason = needsPsychiatricCare(plan, params.psychiatricCareDiagnoses);
    if (!reason) return [];
    const shortfall = contactShortfall(derive(careItemsOfPlan), "psychiatric", 1 / params.psychiatricEveryWeeks);
    if (!shortfall) return [];
    return [{ path: ["schedule"], params: { ...shortfall, reason, everyWeeks: params.psychiatricEveryWeeks } }];
  },
});
