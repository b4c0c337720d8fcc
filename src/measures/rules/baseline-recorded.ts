import { flatMap } from "../../core/arrays";
import { addDays, type Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import type { Instrument } from "../instruments";
import { scoredAssessments, scoresOf } from "../score";
import { needsAnyMeasure, PROGRESS_MEASURES, routineInstruments } from "./measured-instruments";

/** A baseline a plan needs: one of `anyOf` (the routine `instrument` itself, or any progress measure) between `from` and `to`. */
export interface BaselineNeed {
  readonly anyOf: readonly Instrument[];
  readonly instrument?: Instrument;
  readonly from: Day;
  readonly to: Day;
}

/**
 * The baselines a plan needs around admission: each routine measure its diagnoses call for, or
 * when they call for none (and the policy measures everyone) any progress measure, each within
 * `baselineWithinDays` of admission. `routine` as `routineInstruments` gives it.
 */
export function baselineNeeds(plan: TreatmentPlan, params: Pick<PolicyParams, "baselineWithinDays" | "measuresFor">, routine: readonly Instrument[] = routineInstruments(plan)): BaselineNeed[] {
  const from = addDays(plan.period.admitted, -params.baselineWithinDays);
  const to = addDays(plan.period.admitted, params.baselineWithinDays);
  const needs: BaselineNeed[] = routine.map((instrument) => ({ anyOf: [instrument], instrument, from, to }));
  if (needsAnyMeasure(plan, params, routine)) needs.push({ anyOf: PROGRESS_MEASURES, from, to });
  return needs;
}

/** Every person served has a standardized measure at admission: the routine measures the diagnoses call for, or any measure. */
export const baselineRecorded = defineRule({
  code: "measures/baseline-recorded",
  summary:
    "Each routine measure the diagnoses call for (PHQ-9 for a depressive diagnosis, GAD-7 for generalized anxiety, …) is recorded within baselineWithinDays of admission; when they call for none and measuresFor is everyone (the default), a standardized measure of any kind (PHQ-9, GAD-7, PCL-5, …) is; without any, it is reported once asOf is past that window.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["baselineWithinDays", "measuresFor"],
  source:
    "Measurement-based care: PHQ-9 (Kroenke 2001), GAD-7 (Spitzer 2006); NCQA DRR-E (baseline PHQ-9); The Joint Commission CTS.03.01.09 (a standardized tool for every individual served)",
  messages: {
    anyMeasure: (p: { readonly from: Day; readonly to: Day; readonly instruments: readonly string[] }, words) =>
      `No standardized measure (${words.list(p.instruments, "or")}) is recorded between ${p.from} and ${p.to}.`,
    instrument: (p: { readonly instrument: Instrument; readonly from: Day; readonly to: Day }) => `No baseline ${p.instrument} is recorded between ${p.from} and ${p.to}.`,
  },
  check({ plan, params, asOf, derive }) {
    const scored = derive(scoredAssessments);
    return flatMap(baselineNeeds(plan, params, derive(routineInstruments)), ({ anyOf, instrument, from, to }) => {
      const scores = flatMap(anyOf, (name) => scoresOf(plan, name, scored));
      if (scores.some(({ score }) => score.date >= from && score.date <= to)) return [];
      if (scores.length === 0 && (asOf === undefined || asOf <= to)) return [];
      return [
        instrument === undefined
          ? { path: ["assessments"], variant: "anyMeasure" as const, params: { from, to, instruments: anyOf } }
          : { path: ["assessments"], variant: "instrument" as const, params: { instrument, from, to } },
      ];
    });
  },
});
