import { flatMap } from "../../core/arrays";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { LATE_MESSAGES, lateFindings } from "../overdue";
import { PROTOCOLS } from "../protocols";

/** Reviews and labs that a medication protocol asked for and that came after their due day. */
export const reviewLate = defineRule({
  code: "medication/review-late",
  summary:
    `No psychiatric review or lab of a medication protocol (${PROTOCOLS.map((protocol) => protocol.id).join(", ")}) came after its due day at asOf; one finding per late item, with the days late.`,
  defaultSeverity: "warning",
  // Every protocol's parameters, from the protocols themselves: a new protocol needs no change here.
  params: [...new Set(PROTOCOLS.flatMap((protocol) => protocol.rule.params))],
  source: "The sources of each medication protocol (see its rule); a late item is a warning by default, a policy may raise it",
  needsAsOf: true,
  messages: LATE_MESSAGES,
  check: (ctx): RuleFindingDraft<typeof LATE_MESSAGES>[] => flatMap(PROTOCOLS, (protocol) => lateFindings(ctx, protocol)),
});
