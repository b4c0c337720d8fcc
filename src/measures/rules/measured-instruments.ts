import type { TreatmentPlan } from "../../plan/types";
import { instrumentsForDiagnosis, type Instrument } from "../instruments";

/** The routine measures: PHQ-9 for depressive disorders and GAD-7 for generalised anxiety. */
const ROUTINE: readonly Instrument[] = ["PHQ-9", "GAD-7"];

/** The routine instruments the plan's diagnoses call for, in catalog order. */
export function routineInstruments(plan: TreatmentPlan): Instrument[] {
  const needed = new Set(plan.diagnoses.flatMap((diagnosis) => instrumentsForDiagnosis(diagnosis.code)));
  return ROUTINE.filter((instrument) => needed.has(instrument));
}
