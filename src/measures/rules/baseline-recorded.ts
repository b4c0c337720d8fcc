import { addDays } from "../../core/calendar";
import { defineRule, type RuleFindingDraft } from "../../core/rule";
import { scoresOf } from "../score";
import { routineInstruments } from "./measured-instruments";

/** The routine measures a diagnosis calls for have a baseline at admission. */
export const baselineRecorded = defineRule({
  code: "measures/baseline-recorded",
  summary:
    "Each routine measure the diagnoses call for (PHQ-9 for a depressive diagnosis, GAD-7 for generalised anxiety, …) is recorded within baselineWithinDays of admission; without any, it is reported once asOf is past that window.",
  defaultSeverity: "error",
  params: ["baselineWithinDays"],
  source: "Measurement-based care: PHQ-9 (Kroenke 2001), GAD-7 (Spitzer 2006); NCQA DRR-E (baseline PHQ-9)",
  check({ plan, params, asOf }) {
    const from = addDays(plan.period.admitted, -params.baselineWithinDays);
    const to = addDays(plan.period.admitted, params.baselineWithinDays);
    const findings: RuleFindingDraft[] = [];
    for (const instrument of routineInstruments(plan)) {
      const scores = scoresOf(plan, instrument);
      if (scores.some(({ score }) => score.date >= from && score.date <= to)) continue;
      if (scores.length === 0 && (asOf === undefined || asOf <= to)) continue;
      findings.push({
        path: ["assessments"],
        message: `No baseline ${instrument} is recorded between ${from} and ${to}.`,
        params: { instrument, from, to },
      });
    }
    return findings;
  },
});
