import { lastDayOfCare } from "../core/period";
import type { RuleContext, RuleFindingDraft } from "../core/rule";
import type { PolicyParamName } from "../policy/params";
import type { Protocol, ProtocolId } from "./due";
import { dueItems } from "./due-items";

/** One finding per overdue item of a protocol at the check's `asOf`, pointing at its medication. */
export function overdueFindings<Param extends PolicyParamName>(ctx: RuleContext<Param>, protocol: Protocol<ProtocolId, string, Param>): RuleFindingDraft[] {
  const { plan, params, asOf } = ctx;
  if (asOf === undefined) return [];
  const findings: RuleFindingDraft[] = [];
  for (const item of dueItems(protocol, plan, params, asOf, lastDayOfCare(plan))) {
    if (item.status !== "overdue") continue;
    const index = plan.medications.findIndex((medication) => medication.id === item.medicationId);
    const what = item.kind === "lab" ? `A lab (${item.labs?.join(" or ")})` : "A psychiatric review";
    findings.push({
      path: index === -1 ? ["reviews"] : ["medications", index],
      message: `${what} was due by ${item.due} (${item.reason}) and is not on record.`,
      params: { due: item.due, windowFrom: item.window.from, protocol: protocol.id, ...(item.labs ? { labs: item.labs.join("|") } : {}) },
    });
  }
  return findings;
}
