import type { InstrumentInfo } from "../instrument-info";

/**
 * PHQ-9, the nine-item depression measure (Kroenke 2001): items 0–3, total 0–27, bands minimal
 * 0–4, mild 5–9, moderate 10–14, moderately severe 15–19, severe 20–27. Item 9 (thoughts of being
 * better off dead or of self-harm) above 0 needs follow-up the same day. Response is a drop of at
 * least 50% and remission a total under 5, both counted only from an index total of 10 or more
 * (NCQA DRR-E, CMS159); the template aims at remission.
 * Measures depressive disorders (F32, F33) and is repeated routinely.
 */
export const phq9 = {
  name: "PHQ-9",
  items: 9,
  minItemScore: 0,
  maxItemScore: 3,
  maxTotal: 27,
  bands: [
    ["minimal", 0],
    ["mild", 5],
    ["moderate", 10],
    ["moderately-severe", 15],
    ["severe", 20],
  ],
  suicideItems: [8],
  responseDrop: 0.5,
  remissionBelow: 5,
  outcomeIndexMin: 10,
  templateTarget: 5,
  diagnosisPrefixes: ["F32", "F33"],
  routine: true,
  screensSuicideRisk: false,
  skipRules: [],
  source: "Kroenke, Spitzer & Williams 2001; NCQA DRR-E and CMS159 (response and remission from an index total of 10 or more)",
} as const satisfies InstrumentInfo;
