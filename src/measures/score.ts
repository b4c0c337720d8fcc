import { byDate } from "../core/calendar";
import type { Finding, FindingPath, Result } from "../core/finding";
import { catalogFinding, type MessageOf } from "../core/messages";
import { guardResult, invalidArgument } from "../core/plan-error";
import type { Assessment, TreatmentPlan } from "../plan/types";
import { INSTRUMENT_INFO, INSTRUMENTS, type Instrument } from "./instruments";

/**
 * Severity bands of each instrument, as `[label, lowest total]` from the lowest band up, from its
 * record; empty for an instrument without bands (PCL-5).
 *
 * @category Measures
 * @example
 * ```ts
 * SEVERITY_BANDS["GAD-7"].at(-1); //=> ["severe", 15]
 * ```
 */
export const SEVERITY_BANDS: Readonly<Record<Instrument, readonly (readonly [string, number])[]>> = Object.fromEntries(
  INSTRUMENTS.map((instrument) => [instrument, INSTRUMENT_INFO[instrument].bands]),
) as Record<Instrument, readonly (readonly [string, number])[]>;

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
  /** A suicide item of the instrument (PHQ-9 item 9, for one) answered above its lowest score: needs follow-up the same day. */
  readonly suicideItemPositive: boolean;
}

/** The item scores an instrument takes, the number of an item (from 1) and the instrument. */
type ItemRange = { readonly instrument: Instrument; readonly item: number; readonly min: number; readonly max: number };

/**
 * The messages of an unscorable assessment (`measures/valid-assessment`), by variant: a wrong item
 * count, an item that is no whole number, an item out of range, an answer to a skipped item.
 */
export const ASSESSMENT_MESSAGES = {
  itemCount: (p: { readonly instrument: Instrument; readonly actual: number; readonly required: number }) =>
    `${p.instrument} has ${p.required} items; this assessment has ${p.actual}.`,
  notWhole: (p: ItemRange) => `${p.instrument} items score whole numbers ${p.min} to ${p.max}; item ${p.item} is not one.`,
  outOfRange: (p: ItemRange & { readonly actual: number }) => `${p.instrument} items score ${p.min} to ${p.max}; item ${p.item} scores ${p.actual}.`,
  skipped: (p: { readonly instrument: Instrument; readonly item: number; readonly gate: number; readonly min: number; readonly actual: number }) =>
    `${p.instrument} item ${p.item} is asked only after a positive item ${p.gate}; item ${p.gate} scores ${p.min} and item ${p.item} scores ${p.actual}.`,
} as const;

/** What makes an assessment unscorable, before it is written: where, and the message with its params. */
export type AssessmentProblem = { readonly path: FindingPath } & MessageOf<typeof ASSESSMENT_MESSAGES>;

/**
 * What makes an assessment unscorable: a wrong item count, an item out of range, or an answer to
 * an item its skip rules say was not asked.
 */
export function assessmentProblems(assessment: Assessment, path: FindingPath = []): AssessmentProblem[] {
  const { instrument, items } = assessment;
  const info = INSTRUMENT_INFO[instrument];
  const problems: AssessmentProblem[] = [];
  const { minItemScore: min, maxItemScore: max } = info;
  if (items.length !== info.items) {
    problems.push({ path: [...path, "items"], variant: "itemCount", params: { actual: items.length, required: info.items, instrument } });
  }
  items.forEach((score, index) => {
    if (!Number.isInteger(score)) problems.push({ path: [...path, "items", index], variant: "notWhole", params: { item: index + 1, min, max, instrument } });
    else if (score < min || score > max) problems.push({ path: [...path, "items", index], variant: "outOfRange", params: { actual: score, item: index + 1, min, max, instrument } });
  });
  if (problems.length > 0) return problems;
  for (const { gate, asked } of info.skipRules) {
    if (items[gate] !== min) continue;
    for (const index of asked) {
      const score = items[index]!;
      if (score === min) continue;
      problems.push({ path: [...path, "items", index], variant: "skipped", params: { actual: score, item: index + 1, gate: gate + 1, min, instrument } });
    }
  }
  return problems;
}

/** The findings that make an assessment unscorable, written from {@link ASSESSMENT_MESSAGES}. */
function assessmentFindings(assessment: Assessment): Finding[] {
  const catalog = { "measures/valid-assessment": ASSESSMENT_MESSAGES };
  return assessmentProblems(assessment).map(({ path, ...said }) => catalogFinding(catalog, "measures/valid-assessment", "error", path, said));
}

/** The first suicide item of an assessment (scorable or not) answered above the lowest item score, if any. */
function firstPositiveSuicideItem(assessment: Assessment): number | undefined {
  const info = INSTRUMENT_INFO[assessment.instrument];
  return info.suicideItems.find((item) => {
    const answer = assessment.items[item];
    return answer !== undefined && Number.isFinite(answer) && answer > info.minItemScore;
  });
}

/**
 * Scores an assessment: its total, severity band and whether a suicide item (PHQ-9 item 9, for
 * one) is positive, all from the instrument's record. A wrong number of items, an item that is
 * not a whole number in range (−1, 1.5, `NaN`, `Infinity`) or an answer to a skipped item is a
 * finding, not a score; an argument that is no assessment is an `engine/invalid-argument` finding.
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
  return guardResult("assessment", () => {
    const { instrument, items }: { instrument: unknown; items: unknown } = assessment;
    if (typeof instrument !== "string" || !Object.hasOwn(INSTRUMENT_INFO, instrument) || !Array.isArray(items)) return { success: false, findings: [invalidArgument("assessment")] };
    return scoreValidAssessment(assessment);
  });
}

/** The label of the highest band whose lowest total a total reaches, if any. */
function bandOf(bands: readonly (readonly [label: string, lowest: number])[], total: number): string | undefined {
  for (let index = bands.length - 1; index >= 0; index -= 1) if (total >= bands[index]![1]) return bands[index]![0];
  return undefined;
}

/** Scores an assessment of a known instrument with a list of items. */
function scoreValidAssessment(assessment: Assessment): Result<AssessmentScore> {
  const findings = assessmentFindings(assessment);
  if (findings.length > 0) return { success: false, findings };
  const total = assessment.items.reduce((sum, score) => sum + score, 0);
  const band = bandOf(INSTRUMENT_INFO[assessment.instrument].bands, total);
  return {
    success: true,
    data: {
      instrument: assessment.instrument,
      date: assessment.date,
      total,
      band,
      suicideItemPositive: firstPositiveSuicideItem(assessment) !== undefined,
    },
  };
}

/** A scorable assessment of the plan: its index in `assessments`, the form and its score. */
export interface ScoredAssessment {
  readonly index: number;
  readonly assessment: Assessment;
  readonly score: AssessmentScore;
}

/** The scorable assessments of the plan that `keep` selects, oldest first (in plan order on the same day), with their index. */
function scoreEach(plan: TreatmentPlan, keep: (assessment: Assessment) => boolean): ScoredAssessment[] {
  const scores: ScoredAssessment[] = [];
  (plan.assessments ?? []).forEach((assessment, index) => {
    if (!keep(assessment)) return;
    const result = scoreAssessment(assessment);
    if (result.success) scores.push({ index, assessment, score: result.data });
  });
  return scores.sort((a, b) => byDate(a.score, b.score) || a.index - b.index);
}

/** Every scorable assessment of the plan, oldest first, with its index: a check scores each once (`ctx.derive`). */
export function scoredAssessments(plan: TreatmentPlan): ScoredAssessment[] {
  return scoreEach(plan, () => true);
}

/** Every scorable assessment of an instrument in the plan, oldest first, with its index; taken from `scored` when the plan's assessments are already scored. */
export function scoresOf(plan: TreatmentPlan, instrument: Instrument, scored?: readonly ScoredAssessment[]): ScoredAssessment[] {
  const ofInstrument = (assessment: Assessment) => assessment.instrument === instrument;
  return scored === undefined ? scoreEach(plan, ofInstrument) : scored.filter((entry) => ofInstrument(entry.assessment));
}

/** Each instrument's place in the catalog, to order findings instrument by instrument. */
const CATALOG_ORDER: ReadonlyMap<Instrument, number> = new Map(INSTRUMENTS.map((instrument, index) => [instrument, index]));

/** Names an instrument's item, such as `"phq9-item-9"` for PHQ-9 item 9. */
export type SuicideItemCode = `${string}-item-${number}`;

/** An assessment, scorable or not, with a positive suicide item: where it is, its day and its first positive item. */
export interface PositiveSuicideItem {
  /** Index in the plan's `assessments`. */
  readonly index: number;
  readonly instrument: Instrument;
  readonly date: string;
  /** Zero-based index of the first positive suicide item. */
  readonly item: number;
  readonly code: SuicideItemCode;
}

/**
 * Every assessment with a positive suicide item (an answer above the lowest), instrument
 * by instrument in catalog order, oldest first. A form that does not score (a wrong item count, a
 * skipped question answered) still counts: a recorded "yes" to a suicide question asks for
 * follow-up and a safety plan whatever else the form holds.
 */
export function positiveSuicideItems(plan: TreatmentPlan): PositiveSuicideItem[] {
  const positive: PositiveSuicideItem[] = [];
  (plan.assessments ?? []).forEach((assessment, index) => {
    const item = firstPositiveSuicideItem(assessment);
    if (item === undefined) return;
    const { instrument } = assessment;
    const code: SuicideItemCode = `${instrument.toLowerCase().replace(/[^a-z0-9]/g, "")}-item-${item + 1}`;
    positive.push({ index, instrument, date: assessment.date, item, code });
  });
  // Stable sorts: by day (plan order within one), then instrument by instrument.
  return positive.sort(byDate).sort((a, b) => CATALOG_ORDER.get(a.instrument)! - CATALOG_ORDER.get(b.instrument)!);
}
