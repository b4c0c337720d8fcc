import type { InstrumentInfo } from "../instrument-info";

/**
 * ASQ, the Ask Suicide-Screening Questions (NIMH ASQ toolkit), the validated screen for young
 * people: four yes/no questions about suicidal thoughts and attempts, and a fifth, about thoughts
 * of suicide right now, asked after a yes to any of the four. Answers are recorded as 0 (no) or
 * 1 (yes), a question not asked as 0, so the total counts the yes answers (0–5).
 *
 * Every question is a suicide item: a yes to any is a positive screen, which needs an assessment
 * at the same encounter, a documented risk level and a safety plan (The Joint Commission NPSG
 * 15.01.01), as a positive C-SSRS or PHQ-9 item 9 does. The fifth question's gate is any of the
 * four, which a single gate cannot state, so no skip rule checks it.
 *
 * No severity bands, no response or remission, no template target and no diagnoses: it screens
 * everyone for suicide risk rather than measuring a diagnosis, and is not a routine repeated
 * measure.
 */
export const asq = {
  name: "ASQ",
  items: 5,
  minItemScore: 0,
  maxItemScore: 1,
  maxTotal: 5,
  bands: [],
  suicideItems: [0, 1, 2, 3, 4],
  diagnosisPrefixes: [],
  routine: false,
  screensSuicideRisk: true,
  skipRules: [],
  source: "NIMH Ask Suicide-Screening Questions (ASQ) toolkit (screen for youth); The Joint Commission NPSG 15.01.01 (follow-up of a positive screen)",
} as const satisfies InstrumentInfo;
