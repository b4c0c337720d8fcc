import { lastDayOfCare } from "../core/period";
import type { Words } from "../core/messages";
import type { RuleContext, RuleFindingDraft } from "../core/rule";
import type { PolicyParamName } from "../policy/params";
import { dueReason, medicationClasses, type DueReasonParams, type Protocol, type ProtocolId } from "./due";
import { dueItems, planRecords, type ProtocolItem } from "./due-items";

/** The params of a missed item: its due day, the day its window opened, why it was due (protocol, labs, event and its day). */
export type MissedItemParams = DueReasonParams & { readonly due: string; readonly windowFrom: string };

/** The params of a late item: its due day, the days it came late, why it was due. */
export type LateItemParams = DueReasonParams & { readonly due: string; readonly daysLate: number };

/** What an item asks for, in words built from its labs. */
function what(p: DueReasonParams, words: Words): string {
  return p.labs ? `A lab (${words.list(p.labs, "or")})` : "A psychiatric review";
}

/** The message of every protocol's rule: an item missed at `asOf`. */
export const MISSED_MESSAGES = {
  default: (p: MissedItemParams, words: Words) => `${what(p, words)} was due by ${p.due} (${dueReason(p, words)}) and is not on record.`,
} as const;

/** The message of `medication/review-late`: an item that came after its due day. */
export const LATE_MESSAGES = {
  default: (p: LateItemParams, words: Words) =>
    `${what(p, words)} was due by ${p.due} (${dueReason(p, words)}) and came ${words.count(p.daysLate, { one: "day", other: "days" })} late.`,
} as const;

/** Where a finding about an item points: its medication, or the reviews. */
function pathOf(plan: RuleContext["plan"], item: ProtocolItem): (string | number)[] {
  const index = plan.medications.findIndex((medication) => medication.id === item.medicationId);
  return index === -1 ? ["reviews"] : ["medications", index];
}

/** Why an item is due, as the codes its message is written from. */
function reasonOf(item: ProtocolItem): DueReasonParams {
  return {
    protocol: item.protocol,
    ...(item.labs ? { labs: item.labs } : {}),
    ...(item.event !== undefined ? { event: item.event } : {}),
    ...(item.eventOn !== undefined ? { eventOn: item.eventOn } : {}),
  };
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
      return dueItems(protocol, plan, check.params, asOf, asOf < endOfCare ? asOf : endOfCare, check.derive(planRecords), check.derive(medicationClasses));
    };
    itemsOfCheck.set(protocol.id, compute);
  }
  return ctx.derive(compute);
}

/** One finding per missed item of a protocol at the check's `asOf`, pointing at its medication. */
export function overdueFindings<Param extends PolicyParamName>(
  ctx: RuleContext<Param>,
  protocol: Protocol<ProtocolId, string, Param>,
): RuleFindingDraft<typeof MISSED_MESSAGES>[] {
  return itemsAt(ctx, protocol)
    .filter((item) => item.status === "missed")
    .map((item) => ({ path: pathOf(ctx.plan, item), params: { due: item.due, windowFrom: item.window.from, ...reasonOf(item) } }));
}

/** One finding per item of a protocol satisfied late at the check's `asOf`, pointing at the review. */
export function lateFindings<Param extends PolicyParamName>(
  ctx: RuleContext<Param>,
  protocol: Protocol<ProtocolId, string, Param>,
): RuleFindingDraft<typeof LATE_MESSAGES>[] {
  return itemsAt(ctx, protocol)
    .filter((item) => item.status === "late")
    .map((item) => ({ path: item.satisfiedBy ?? pathOf(ctx.plan, item), params: { due: item.due, daysLate: item.daysLate ?? 0, ...reasonOf(item) } }));
}
