import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { INSTRUMENT_INFO, instrumentsForDiagnosis } from "../../measures/instruments";
import { objectivesOf } from "../../core/walk";

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
  check({ plan, derive }) {
    const findings: RuleFindingDraft[] = [];
    const { admitted, plannedDischarge } = plan.period;
    const located = derive(objectivesOf);
    const measured = new Set<string>();
    for (const { objective, path } of located) {
      if (objective.targetDate < admitted || objective.targetDate > plannedDischarge) {
        findings.push({
          path: [...path, "targetDate"],
          message: `The target date ${objective.targetDate} falls outside the program period ${admitted} to ${plannedDischarge}.`,
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
          message: `A ${measure.instrument} total cannot exceed ${maxTotal}; the target is ${measure.target.value}.`,
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
          message: `No objective is measured with ${instrument}, the standard instrument for this diagnosis.`,
          params: { instrument },
        });
      }
    });
    return findings;
  },
});
