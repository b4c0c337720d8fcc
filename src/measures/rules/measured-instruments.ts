import type { TreatmentPlan } from "../../plan/types";
import { INSTRUMENT_INFO, INSTRUMENTS, instrumentsForDiagnosis, type Instrument } from "../instruments";

/** The routine instruments (PHQ-9, GAD-7, …: those their record marks routine) the plan's diagnoses call for, in catalog order. */
export function routineInstruments(plan: TreatmentPlan): Instrument[] {
  const needed = new Set(plan.diagnoses.flatMap((diagnosis) => instrumentsForDiagnosis(diagnosis.code)));
  return INSTRUMENTS.filter((instrument) => INSTRUMENT_INFO[instrument].routine && needed.has(instrument));
}
