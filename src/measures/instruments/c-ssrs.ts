import type { InstrumentInfo } from "../instrument-info";

/**
 * C-SSRS screener, the Columbia Suicide Severity Rating Scale screen version (cssrs.columbia.edu):
 * six yes/no questions, recorded as 0 (no) or 1 (yes), so the total counts the yes answers (0–6).
 * Questions 3–5 are asked only after a yes to question 2; skipped questions are recorded as 0, and
 * a yes to one of them after a no to question 2 is an invalid form.
 *
 * Every question is a suicide item: a yes to any screener question is a positive screen, which
 * needs an assessment at the same encounter, a documented risk level and a safety plan (The Joint
 * Commission NPSG 15.01.01), so it gets the same follow-up as a positive PHQ-9 item 9.
 *
 * No severity bands (risk thresholds are set by the organization), no response or remission, no
 * template target and no diagnoses: it screens everyone for suicide risk rather than measuring a
 * diagnosis, and is not a routine repeated measure. It is the validated screen every person
 * gets at admission (NPSG 15.01.01, from age 12). Free-use terms are unconfirmed ("anyone can
 * ask").
 */
export const cssrs = {
  name: "C-SSRS",
  items: 6,
  minItemScore: 0,
  maxItemScore: 1,
  maxTotal: 6,
  bands: [],
  suicideItems: [0, 1, 2, 3, 4, 5],
  diagnosisPrefixes: [],
  routine: false,
  screensSuicideRisk: true,
  skipRules: [{ gate: 1, asked: [2, 3, 4] }],
  source: "C-SSRS screen version (cssrs.columbia.edu); The Joint Commission NPSG 15.01.01 (follow-up of a positive screen)",
} as const satisfies InstrumentInfo;
