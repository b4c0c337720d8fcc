import { addDays, byDate, type Day } from "../../core/calendar";
import type { FindingPath } from "../../core/finding";
import { onceItem, type DatedRecord, type ObligationWindow } from "../../core/obligations";
import { lastDayOfCare } from "../../core/period";
import type { TreatmentPlan } from "../../plan/types";
import type { Instrument } from "../instruments";
import { scoresOf, type ScoredAssessment } from "../score";

/**
 * The days an assessment due around admission counts: on time from `from` to `due`, late after
 * `due` up to `lateUntil`.
 *
 * @example
 * ```ts
 * const window: AdmissionWindow = { from: "2026-03-02", due: "2026-03-16", lateUntil: "2026-05-04" };
 * ```
 */
export type AdmissionWindow = ObligationWindow & { readonly lateUntil: Day };

/** A scorable assessment as a record: its day, where it sits and its instrument. */
export type AssessmentRecord = DatedRecord & { readonly instrument: Instrument };

/**
 * The window of an assessment due `withinDays` either side of admission: late up to the last day
 * of care, as other late items are (up to its due day when care ends before it).
 *
 * @example
 * ```ts
 * // plan: admitted 2026-03-09, planned discharge 2026-05-04
 * admissionWindow(plan, 7); //=> { from: "2026-03-02", due: "2026-03-16", lateUntil: "2026-05-04" }
 * ```
 */
export function admissionWindow(plan: TreatmentPlan, withinDays: number): AdmissionWindow {
  const due = addDays(plan.period.admitted, withinDays);
  const end = lastDayOfCare(plan);
  return { from: addDays(plan.period.admitted, -withinDays), due, lateUntil: end > due ? end : due };
}

/**
 * The scorable assessments of any of `instruments`, as records in date order; `scored` as for
 * `scoresOf`.
 *
 * @example
 * ```ts
 * // plan: a PHQ-9 on 2026-03-09, then a C-SSRS on 2026-03-19
 * assessmentRecords(plan, ["C-SSRS", "ASQ"]); //=> [{ date: "2026-03-19", path: ["assessments", 1], instrument: "C-SSRS" }]
 * ```
 */
export function assessmentRecords(plan: TreatmentPlan, instruments: readonly Instrument[], scored?: readonly ScoredAssessment[]): AssessmentRecord[] {
  return instruments
    .flatMap((instrument) => scoresOf(plan, instrument, scored).map(({ index, score }) => ({ date: score.date, path: ["assessments", index], instrument })))
    .sort(byDate);
}

/**
 * The params of an assessment due around admission that came late: its instrument, its day, the
 * due day and the days from the due day to it.
 *
 * @example
 * ```ts
 * const late: LateAssessmentParams = { instrument: "C-SSRS", date: "2026-03-19", due: "2026-03-16", daysLate: 3 };
 * ```
 */
export type LateAssessmentParams = { readonly instrument: Instrument; readonly date: Day; readonly due: Day; readonly daysLate: number };

/**
 * Where an assessment due around admission stands on the records alone, whatever `asOf`, judged
 * by the walk `careObligations` uses: `done` (one in its window), `late` (the first one after its
 * due day, up to `lateUntil`: where its date sits and the params of its message) or `none`.
 *
 * @example
 * ```ts
 * // plan: admitted 2026-03-09, a PHQ-9 on 2026-03-09, then a C-SSRS on 2026-03-19
 * admissionRecord(admissionWindow(plan, 7), assessmentRecords(plan, ["C-SSRS", "ASQ"])); //=> { status: "late", path: ["assessments", 1, "date"], params: { instrument: "C-SSRS", date: "2026-03-19", due: "2026-03-16", daysLate: 3 } }
 * ```
 */
export function admissionRecord(
  window: AdmissionWindow,
  records: readonly AssessmentRecord[],
): { readonly status: "done" | "none" } | { readonly status: "late"; readonly path: FindingPath; readonly params: LateAssessmentParams } {
  const item = onceItem(window, records, {}, window.lateUntil);
  // The item names the record that satisfied it by that record's own path.
  const record = records.find((one) => one.path === item.satisfiedBy);
  if (item.status === "late" && record !== undefined) {
    return { status: "late", path: [...record.path, "date"], params: { instrument: record.instrument, date: record.date, due: item.due, daysLate: item.daysLate ?? 0 } };
  }
  return { status: item.status === "done" ? "done" : "none" };
}
