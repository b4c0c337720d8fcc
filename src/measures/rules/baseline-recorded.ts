import { flatMap } from "../../core/arrays";
import type { Day } from "../../core/calendar";
import { defineRule, type RuleContext } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import type { Instrument } from "../instruments";
import { scoredAssessments } from "../score";
import { admissionRecord, admissionWindow, assessmentRecords, type AdmissionWindow, type AssessmentRecord } from "./admission-record";
import { needsAnyMeasure, PROGRESS_MEASURES, routineInstruments } from "./measured-instruments";

/**
 * A baseline a plan needs: one of `anyOf` (the routine `instrument` itself, or any progress
 * measure) in `window` (on time up to its due day, late after it up to the last day of care).
 *
 * @example
 * ```ts
 * const need: BaselineNeed = { anyOf: ["PHQ-9"], instrument: "PHQ-9", window: { from: "2026-03-02", due: "2026-03-16", lateUntil: "2026-05-04" } };
 * ```
 */
export interface BaselineNeed {
  readonly anyOf: readonly Instrument[];
  readonly instrument?: Instrument;
  readonly window: AdmissionWindow;
}

/**
 * The baselines a plan needs around admission: each routine measure its diagnoses call for, or
 * when they call for none (and the policy measures everyone) any progress measure, each within
 * `baselineWithinDays` of admission. `routine` as `routineInstruments` gives it.
 *
 * @example
 * ```ts
 * // plan: a depressive diagnosis (F33.1)
 * baselineNeeds(plan, policies.default.params).map((need) => need.instrument); //=> ["PHQ-9"]
 * ```
 */
export function baselineNeeds(plan: TreatmentPlan, params: Pick<PolicyParams, "baselineWithinDays" | "measuresFor">, routine: readonly Instrument[] = routineInstruments(plan)): BaselineNeed[] {
  const window = admissionWindow(plan, params.baselineWithinDays);
  const needs: BaselineNeed[] = routine.map((instrument) => ({ anyOf: [instrument], instrument, window }));
  if (needsAnyMeasure(plan, params, routine)) needs.push({ anyOf: PROGRESS_MEASURES, window });
  return needs;
}

/**
 * Where each baseline a plan needs stands on its records alone (`admissionRecord`): the need, its
 * records, and `done`, `late` (with where the late record sits and its params) or `none`. Derived
 * once per check for `measures/baseline-recorded` (none on record) and `measures/baseline-late`
 * (one after its window), which both declare the parameters it reads.
 *
 * @example
 * ```ts
 * // in a rule's check, for a plan admitted 2026-03-09 with F33.1 and a PHQ-9 on 2026-03-19
 * derive(baselineStandings).map(({ need, baseline }) => [need.instrument, baseline.status]); //=> [["PHQ-9", "late"]]
 * ```
 */
export function baselineStandings(
  plan: TreatmentPlan,
  { params, derive }: RuleContext,
): { readonly need: BaselineNeed; readonly records: readonly AssessmentRecord[]; readonly baseline: ReturnType<typeof admissionRecord> }[] {
  const scored = derive(scoredAssessments);
  return baselineNeeds(plan, params, derive(routineInstruments)).map((need) => {
    const records = assessmentRecords(plan, need.anyOf, scored);
    return { need, records, baseline: admissionRecord(need.window, records) };
  });
}

/**
 * Every person served has a standardized measure at admission: the routine measures the diagnoses
 * call for, or any measure. Without one in the window or after it up to the last day of care, the
 * rule reports it missing (`instrument`, `anyMeasure`), once `asOf` is past the window when no
 * measure of the kind is on record at all. One that came after the window is
 * `measures/baseline-late`'s.
 *
 * @example
 * ```ts
 * // plan: admitted 2026-03-09 with F33.1, no PHQ-9
 * validatePlan(plan, { asOf: "2026-04-01" }).findings.filter((finding) => finding.rule === "measures/baseline-recorded").map((finding) => finding.message);
 * //=> ["No baseline PHQ-9 is recorded between 2026-03-02 and 2026-03-16."]
 * ```
 */
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
  check({ asOf, derive }) {
    return flatMap(derive(baselineStandings), ({ need: { anyOf, instrument, window }, records, baseline }) => {
      if (baseline.status !== "none") return [];
      const { from, due: to } = window;
      if (records.length === 0 && (asOf === undefined || asOf <= to)) return [];
      return [
        instrument === undefined
          ? { path: ["assessments"], variant: "anyMeasure" as const, params: { from, to, instruments: anyOf } }
          : { path: ["assessments"], variant: "instrument" as const, params: { instrument, from, to } },
      ];
    });
  },
});
