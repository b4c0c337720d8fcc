import type { Rule, RuleContext, RuleFindingDraft } from "../../core/rule";
import type { PolicyParamName } from "../../policy/params";
import type { Protocol } from "../due";
import type { TreatmentPlan } from "../../plan/types";
import type { ProtocolId } from "../due";
import { medicationReviews, type ReviewDue } from "../reviews";

/** The plan's due items at the check's `asOf` and policy, computed once per check. */
export function dueItemsOf(plan: TreatmentPlan, ctx: RuleContext): readonly ReviewDue[] {
  if (ctx.asOf === undefined) return [];
  const result = medicationReviews(plan, { asOf: ctx.asOf, policy: { id: "rule-context", name: "rule context", params: ctx.params, rules: {} } });
  return result.success ? result.data : [];
}

/** One finding per overdue item of a protocol, pointing at its medication. */
export function overdueFindings(ctx: RuleContext, protocol: ProtocolId): RuleFindingDraft[] {
  const findings: RuleFindingDraft[] = [];
  for (const item of ctx.derive(dueItemsOf)) {
    if (item.protocol !== protocol || item.status !== "overdue") continue;
    const index = ctx.plan.medications.findIndex((medication) => medication.id === item.medicationId);
    const what = item.kind === "lab" ? `A lab (${item.labs?.join(" or ")})` : "A psychiatric review";
    findings.push({
      path: index === -1 ? ["reviews"] : ["medications", index],
      message: `${what} was due by ${item.due} (${item.reason}) and is not on record.`,
      params: { due: item.due, windowFrom: item.window.from, protocol, ...(item.labs ? { labs: item.labs.join("|") } : {}) },
    });
  }
  return findings;
}

/** A rule that reports a protocol's overdue items: its summary and source are the protocol's. */
export function overdueRule(code: string, what: string, protocol: Protocol, params: readonly PolicyParamName[]): Rule {
  return {
    code,
    area: "medication",
    summary: `No ${what} is overdue at asOf. ${protocol.summary}`,
    defaultSeverity: "error",
    params,
    source: protocol.source,
    needsAsOf: true,
    check: (ctx) => overdueFindings(ctx, protocol.id),
  };
}
