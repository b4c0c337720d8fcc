import { lastDayOfCare } from "../core/period";
import type { RuleContext, RuleFindingDraft } from "../core/rule";
import type { PolicyParamName } from "../policy/params";
import type { Protocol, ProtocolId } from "./due";
import { dueItems, type ProtocolItem } from "./due-items";

/** What an item asks for, in words built from its labs. */
function what(item: ProtocolItem): string {
  return item.kind === "lab" ? `A lab (${item.labs?.join(" or ")})` : "A psychiatric review";
}

/** Where a finding about an item points: its medication, or the reviews. */
function pathOf(plan: RuleContext["plan"], item: ProtocolItem): (string | number)[] {
  const index = plan.medications.findIndex((medication) => medication.id === item.medicationId);
  return index === -1 ? ["reviews"] : ["medications", index];
}

/** Per protocol, the function that lists its items for a check: derived once per check, shared by its rule and `medication/review-late`. */
const itemsOfCheck = new Map<string, (plan: RuleContext["plan"], ctx: RuleContext) => ProtocolItem[]>();

/**
 * A protocol's items at the check's `asOf` (none without it), up to the end of care or `asOf`,
 * whichever comes first: an item due after `asOf` can be neither missed nor late on it.
 */
function itemsAt<Param extends PolicyParamName>(ctx: RuleContext<Param>, protocol: Protocol<ProtocolId, string, Param>): ProtocolItem[] {
  if (ctx.asOf === undefined) return [];
  let compute = itemsOfCheck.get(protocol.id);
  if (compute === undefined) {
    compute = (plan, check) => {
      const asOf = check.asOf!;
      const endOfCare = lastDayOfCare(plan);
      return dueItems(protocol, plan, check.params, asOf, asOf < endOfCare ? asOf : endOfCare);
    };
    itemsOfCheck.set(protocol.id, compute);
  }
  return ctx.derive(compute);
}

/** One finding per missed item of a protocol at the check's `asOf`, pointing at its medication. */
export function overdueFindings<Param extends PolicyParamName>(ctx: RuleContext<Param>, protocol: Protocol<ProtocolId, string, Param>): RuleFindingDraft[] {
  return itemsAt(ctx, protocol)
    .filter((item) => item.status === "missed")
    .map((item) => ({
      path: pathOf(ctx.plan, item),
      message: `${what(item)} was due by ${item.due} (${item.reason}) and is not on record.`,
      params: { due: item.due, windowFrom: item.window.from, protocol: protocol.id, ...(item.labs ? { labs: item.labs.join("|") } : {}) },
    }));
}

/** One finding per item of a protocol satisfied late at the check's `asOf`, pointing at the review. */
export function lateFindings<Param extends PolicyParamName>(ctx: RuleContext<Param>, protocol: Protocol<ProtocolId, string, Param>): RuleFindingDraft[] {
  return itemsAt(ctx, protocol)
    .filter((item) => item.status === "late")
    .map((item) => ({
      path: item.satisfiedBy ?? pathOf(ctx.plan, item),
      message: `${what(item)} was due by ${item.due} (${item.reason}) and came ${item.daysLate} days late.`,
      params: { due: item.due, daysLate: item.daysLate ?? 0, protocol: protocol.id, ...(item.labs ? { labs: item.labs.join("|") } : {}) },
    }));
}
