import { flatMap } from "../../core/arrays";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { INSTRUMENT_INFO, INSTRUMENTS, instrumentsForDiagnosis, type Instrument } from "../instruments";

/** The routine instruments (PHQ-9, GAD-7, …: those their record marks routine) the plan's diagnoses call for, in catalog order. */
export function routineInstruments(plan: TreatmentPlan): Instrument[] {
  const needed = new Set(flatMap(plan.diagnoses, (diagnosis) => instrumentsForDiagnosis(diagnosis.code)));
  return INSTRUMENTS.filter((instrument) => INSTRUMENT_INFO[instrument].routine && needed.has(instrument));
}

/** The standardized measures of symptoms and progress: every instrument that is not only a suicide-risk screen, in catalog order. */
export const PROGRESS_MEASURES: readonly Instrument[] = INSTRUMENTS.filter((instrument) => !INSTRUMENT_INFO[instrument].screensSuicideRisk);

/**
 * Whether the person needs a standardized measure of any kind at admission: `measuresFor` is
 * `everyone` and the diagnoses call for no routine instrument (`routine`, the plan's
 * {@link routineInstruments} when a check has them already).
 */
export function needsAnyMeasure(plan: TreatmentPlan, params: Pick<PolicyParams, "measuresFor">, routine: readonly Instrument[] = routineInstruments(plan)): boolean {
  return params.measuresFor === "everyone" && routine.length === 0;
}
