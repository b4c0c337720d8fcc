import type { MessageSet } from "../../core/messages";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { INSTRUMENT_INFO, instrumentsForDiagnosis } from "../../measures/instruments";
import { objectivesOf } from "../../core/walk";

/** The messages of the rule: a target date outside the period, a target out of the instrument's range, a diagnosis's instrument unused. */
const messages = {
  targetDate: (p: { readonly targetDate: string; readonly admitted: string; readonly plannedDischarge: string }) =>
    `The target date ${p.targetDate} falls outside the program period ${p.admitted} to ${p.plannedDischarge}.`,
  targetRange: (p: { readonly actual: number; readonly max: number; readonly instrument: string }, words) =>
    `A ${p.instrument} total cannot exceed ${words.number(p.max)}; the target is ${words.number(p.actual)}.`,
  unmeasured: (p: { readonly instrument: string }) => `No objective is measured with ${p.instrument}, the standard instrument for this diagnosis.`,
} as const satisfies MessageSet;

/**
 * Objectives are time-specific (a target date inside the program period) and measurable: when a
 * diagnosis has a standard instrument, some objective targets a score on it, and every target is a
 * score the instrument can reach.
 */
export const objectiveMeasurable = defineRule({
  code: "plan/objective-measurable",
  summary:
    "Objectives have a target date within the program period; a diagnosis with a standard instrument has an objective measured by it; targets lie within the instrument's range.",
  defaultSeverity: "error",
  params: [],
  source: "CARF Behavioral Health Standard 2.C (measurable, time-specific); MBPM ch.6 §70.3; each instrument's scoring (PHQ-9 Kroenke 2001, GAD-7 Spitzer 2006, PCL-5 VA NCPTSD)",
  messages,
  check({ plan, derive }) {
    const findings: RuleFindingDraft<typeof messages>[] = [];
    const { admitted, plannedDischarge } = plan.period;
    const located = derive(objectivesOf);
    const measured = new Set<string>();
    for (const { objective, path } of located) {
      if (objective.targetDate < admitted || objective.targetDate > plannedDischarge) {
        findings.push({
          path: [...path, "targetDate"],
          variant: "targetDate",
          params: { targetDate: objective.targetDate, admitted, plannedDischarge },
        });
      }
      const measure = objective.measure;
      if (!measure) continue;
      measured.add(measure.instrument);
      const maxTotal = INSTRUMENT_INFO[measure.instrument].maxTotal;
      if (measure.target.value > maxTotal) {
        findings.push({
          path: [...path, "measure", "target", "value"],
          variant: "targetRange",
          params: { actual: measure.target.value, max: maxTotal, instrument: measure.instrument },
        });
      }
    }
    plan.diagnoses.forEach((diagnosis, d) => {
      for (const instrument of instrumentsForDiagnosis(diagnosis.code)) {
        if (measured.has(instrument)) continue;
        measured.add(instrument); // one finding per instrument, however many diagnoses need it
        findings.push({
          path: ["diagnoses", d],
          variant: "unmeasured",
          params: { instrument },
        });
      }
    });
    return findings;
  },
});
