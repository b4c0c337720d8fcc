import type { Finding, FindingPath, Result } from "../core/finding";
import type { Assessment, TreatmentPlan } from "../plan/types";
import { INSTRUMENT_INFO, type Instrument } from "./instruments";

/**
 * Severity bands of an instrument, as `[label, lowest total]` from the lowest band up.
 * PHQ-9: minimal 0–4, mild 5–9, moderate 10–14, moderately severe 15–19, severe 20–27 (Kroenke
 * 2001). GAD-7: minimal 0–4, mild 5–9, moderate 10–14, severe 15–21 (Spitzer 2006). PCL-5 has no
 * empirical severity bands.
 *
 * @category Measures
 * @example
 * ```ts
 * SEVERITY_BANDS["GAD-7"].at(-1); //=> ["severe", 15]
 * ```
 */
export const SEVERITY_BANDS: Readonly<Record<Instrument, readonly (readonly [string, number])[]>> = {
  "PHQ-9": [["minimal", 0], ["mild", 5], ["moderate", 10], ["moderately-severe", 15], ["severe", 20]],
  "GAD-7": [["minimal", 0], ["mild", 5], ["moderate", 10], ["severe", 15]],
  "PCL-5": [],
};

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm) is the ninth item. */
const PHQ9_SUICIDE_ITEM = 8;

/**
 * A scored assessment.
 *
 * @category Measures
 * @example
 * ```ts
 * const score: AssessmentScore = { instrument: "PHQ-9", date: "2026-03-09", total: 12, band: "moderate", suicideItemPositive: false };
 * ```
 */
export interface AssessmentScore {
  readonly instrument: Instrument;
  readonly date: string;
  readonly total: number;
  /** The severity band, when the instrument has bands. */
  readonly band: string | undefined;
  /** PHQ-9 item 9 above 0: needs follow-up the same day. Always false for other instruments. */
  readonly suicideItemPositive: boolean;
}

/** The findings that make an assessment unscorable: wrong item count or an item out of range. */
export function assessmentFindings(assessment: Assessment, path: FindingPath = []): Finding[] {
  const info = INSTRUMENT_INFO[assessment.instrument];
  const findings: Finding[] = [];
  if (assessment.items.length !== info.items) {
    findings.push({
      rule: "measures/valid-assessment",
      severity: "error",
      path: [...path, "items"],
      message: `${assessment.instrument} has ${info.items} items; this assessment has ${assessment.items.length}.`,
      params: { actual: assessment.items.length, required: info.items, instrument: assessment.instrument },
    });
  }
  assessment.items.forEach((score, index) => {
    if (score > info.maxItemScore) {
      findings.push({
        rule: "measures/valid-assessment",
        severity: "error",
        path: [...path, "items", index],
        message: `${assessment.instrument} items score 0 to ${info.maxItemScore}; item ${index + 1} scores ${score}.`,
        params: { actual: score, max: info.maxItemScore, instrument: assessment.instrument },
      });
    }
  });
  return findings;
}

/**
 * Scores an assessment: its total, severity band and, for PHQ-9, whether item 9 is positive.
 * A wrong number of items or an item out of range is a finding, not a score.
 *
 * @param assessment - one recorded assessment
 * @returns the score, or findings naming the bad items
 * @category Measures
 * @example
 * ```ts
 * const result = scoreAssessment({ instrument: "PHQ-9", date: "2026-03-09", items: [2, 2, 1, 1, 2, 1, 1, 1, 1] });
 * result.success && [result.data.total, result.data.band, result.data.suicideItemPositive]; //=> [12, "moderate", true]
 * ```
 */
export function scoreAssessment(assessment: Assessment): Result<AssessmentScore> {
  const findings = assessmentFindings(assessment);
  if (findings.length > 0) return { success: false, findings };
  const total = assessment.items.reduce((sum, score) => sum + score, 0);
  const band = [...SEVERITY_BANDS[assessment.instrument]].reverse().find(([, lowest]) => total >= lowest)?.[0];
  return {
    success: true,
    data: {
      instrument: assessment.instrument,
      date: assessment.date,
      total,
      band,
      suicideItemPositive: assessment.instrument === "PHQ-9" && (assessment.items[PHQ9_SUICIDE_ITEM] ?? 0) > 0,
    },
  };
}

/** Every scorable assessment of an instrument in the plan, oldest first, with its index. */
export function scoresOf(plan: TreatmentPlan, instrument: Instrument): { readonly index: number; readonly score: AssessmentScore }[] {
  const scores: { index: number; score: AssessmentScore }[] = [];
  (plan.assessments ?? []).forEach((assessment, index) => {
    if (assessment.instrument !== instrument) return;
    const result = scoreAssessment(assessment);
    if (result.success) scores.push({ index, score: result.data });
  });
  return scores.sort((a, b) => (a.score.date < b.score.date ? -1 : a.score.date > b.score.date ? 1 : a.index - b.index));
}
