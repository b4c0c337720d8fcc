import { flatMap } from "../../core/arrays";
import { match } from "ts-pattern";
import { addDays, daysBetween, type Day } from "../../core/calendar";
import type { MessageSet } from "../../core/messages";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { positiveSuicideItems } from "../../measures/score";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { mustBeComplete, safetyPlanReasons, type SafetyPlanReason } from "../needs";
import { SAFETY_PLAN_STEPS } from "../schema";

/**
 * What a person at risk still lacks in the safety plan: the whole plan (none, or one dated before
 * what called for it), one of its six steps, or the policy's crisis line.
 */
export type SafetyPlanGap =
  | { readonly missing: "safety-plan"; readonly reason: SafetyPlanReason["reason"]; readonly since: Day; readonly writtenOn?: Day }
  | { readonly missing: "step"; readonly step: (typeof SAFETY_PLAN_STEPS)[number] }
  | { readonly missing: "crisis-line" };

/**
 * What the safety plan still lacks when the person is at risk: none when it is complete or not
 * needed, else the plan (missing since the first risk assessment or positive screen that called
 * for it, or dated before it or before a risk assessed high later; an undated plan is taken as
 * written in time) or its missing steps and crisis line, in step order.
 */
export function safetyPlanGaps(plan: TreatmentPlan, params: Pick<PolicyParams, "safetyPlanRiskLevels" | "crisisLine">): SafetyPlanGap[] {
  const reasons = safetyPlanReasons(plan, params);
  return reasons.length > 0 ? gapsSince(plan, reasons, params) : [];
}

/** What the safety plan lacks, given what it must answer ({@link safetyPlanReasons}), oldest first. */
function gapsSince(plan: TreatmentPlan, reasons: readonly SafetyPlanReason[], params: Pick<PolicyParams, "crisisLine">): SafetyPlanGap[] {
  const safety = plan.aftercare?.safetyPlan;
  const first = reasons[0]!;
  if (!safety) return [{ missing: "safety-plan", reason: first.reason, since: first.date }];
  const writtenOn = safety.writtenOn;
  const unanswered = writtenOn === undefined ? undefined : reasons.find((why) => why.date > writtenOn);
  if (unanswered !== undefined) return [{ missing: "safety-plan", reason: unanswered.reason, since: unanswered.date, writtenOn: writtenOn! }];
  const present = new Set(safety.steps.map((step) => step.step));
  const gaps: SafetyPlanGap[] = SAFETY_PLAN_STEPS.filter((step) => !present.has(step)).map((step) => ({ missing: "step", step }));
  if (safety.crisisLine !== params.crisisLine) gaps.push({ missing: "crisis-line" });
  return gaps;
}

/** What called for the safety plan (a code) and since when, with the day it was due. */
type Risk = { readonly reason: SafetyPlanReason["reason"]; readonly since: string; readonly due: string };

/**
 * The messages of the rule: a plan written late (`late` days after it was due), none written in
 * time, one dated before the risk, one without a date, a missing step (its code) and a crisis line
 * not named.
 */
const messages = {
  late: (p: Risk & { readonly actual: string; readonly days: number; readonly late: number }, words) =>
    `The safety plan was written on ${p.actual}, ${words.count(p.late, { one: "day", other: "days" })} after it was due on ${p.due}.`,
  missing: (p: Risk) => `The person is at risk since ${p.since} and no safety plan was written by ${p.due}.`,
  predates: (p: Risk & { readonly actual: string }) => `The safety plan is dated ${p.actual}, before the risk found on ${p.since}, and no later plan was written by ${p.due}.`,
  undated: (p: Risk) => `The safety plan has no date: nothing shows it was written after the risk found on ${p.since}, as it was due by ${p.due}.`,
  step: (p: { readonly missing: (typeof SAFETY_PLAN_STEPS)[number] }) => `The safety plan has no ${p.missing} step.`,
  crisisLine: (p: { readonly expected: string }) => `The safety plan does not name the crisis line ${p.expected}.`,
} as const satisfies MessageSet;

/**
 * The finding for a safety plan written more than the policy's days after what it answers (the
 * first risk or positive screen, or a risk assessed high later when the plan was written again
 * after it), if it was; for one without a date, an advisory finding: nothing shows it answers the
 * risk rather than predating it.
 */
function lateFindings(plan: TreatmentPlan, reasons: readonly SafetyPlanReason[], params: Pick<PolicyParams, "safetyPlanWithinDays">): RuleFindingDraft<typeof messages>[] {
  const safety = plan.aftercare?.safetyPlan;
  if (safety === undefined) return [];
  const writtenOn = safety.writtenOn;
  if (writtenOn === undefined) {
    const latest = reasons.at(-1)!;
    return [{ path: ["aftercare", "safetyPlan"], variant: "undated", advisory: true, params: { reason: latest.reason, since: latest.date, due: addDays(latest.date, params.safetyPlanWithinDays) } }];
  }
  const why = reasons.filter((reason) => reason.date <= writtenOn).at(-1);
  if (why === undefined) return [];
  const due = addDays(why.date, params.safetyPlanWithinDays);
  if (writtenOn <= due) return [];
  return [
    {
      path: ["aftercare", "safetyPlan", "writtenOn"],
      variant: "late",
      params: { reason: why.reason, since: why.date, due, actual: writtenOn, days: params.safetyPlanWithinDays, late: daysBetween(due, writtenOn) },
    },
  ];
}

/** A person at risk has a complete safety plan, written soon after the risk was found, and a crisis line. */
export const safetyPlan = defineRule({
  code: "aftercare/safety-plan",
  summary:
    "When the person is at risk (risk.suicide in safetyPlanRiskLevels, or a positive suicide item of an assessment, such as PHQ-9 item 9 or any C-SSRS yes), a safety plan with all six Stanley-Brown steps and the policy's crisis line is written within safetyPlanWithinDays of the first risk assessment or positive item, not before it, and again after a risk assessed high later (a repeated positive screen or a lower risk asks nothing new); a missing plan (or one dated before) is reported once asOf is past that day during care or the plan must be complete, an incomplete or late one at once, an undated one as advisory (one step softer).",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["safetyPlanRiskLevels", "crisisLine", "safetyPlanWithinDays"],
  source: "Stanley-Brown safety planning (six steps); The Joint Commission NPSG 15.01.01 (safety plan after a positive screen); 988 Suicide & Crisis Lifeline",
  messages,
  check({ plan, params, asOf, derive }) {
    const reasons = safetyPlanReasons(plan, params, derive(positiveSuicideItems));
    if (reasons.length === 0) return [];
    const gaps = flatMap(gapsSince(plan, reasons, params), (gap): RuleFindingDraft<typeof messages>[] =>
      match(gap)
        .with({ missing: "safety-plan" }, ({ reason, since, writtenOn }) => {
          const due = addDays(since, params.safetyPlanWithinDays);
          if (!mustBeComplete(plan, asOf) && (asOf === undefined || asOf <= due)) return [];
          return writtenOn === undefined
            ? [{ path: ["aftercare", "safetyPlan"], variant: "missing" as const, params: { reason, since, due } }]
            : [
                {
                  path: ["aftercare", "safetyPlan", "writtenOn"],
                  variant: "predates" as const,
                  params: { reason, since, due, actual: writtenOn },
                },
              ];
        })
        .with({ missing: "step" }, ({ step }) => [{ path: ["aftercare", "safetyPlan", "steps"], variant: "step" as const, params: { missing: step } }])
        .with({ missing: "crisis-line" }, () => [
          { path: ["aftercare", "safetyPlan", "crisisLine"], variant: "crisisLine" as const, params: { expected: params.crisisLine } },
        ])
        .exhaustive(),
    );
    return [...lateFindings(plan, reasons, params), ...gaps];
  },
});
