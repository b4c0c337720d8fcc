import type { InstrumentInfo } from "../instrument-info";

/**
 * GAD-7, the seven-item anxiety measure (Spitzer 2006): items 0–3, total 0–21, bands minimal 0–4,
 * mild 5–9, moderate 10–14, severe 15–21. The source defines no response or remission; the
 * template aims at the minimal band (below 5). Measures generalized anxiety (F41.1) and is
 * repeated routinely.
 */
export const gad7 = {
  name: "GAD-7",
  items: 7,
  minItemScore: 0,
  maxItemScore: 3,
  maxTotal: 21,
  bands: [
    ["minimal", 0],
    ["mild", 5],
    ["moderate", 10],
    ["severe", 15],
  ],
  suicideItems: [],
  templateTarget: 5,
  diagnosisPrefixes: ["F41.1"],
  routine: true,
  screensSuicideRisk: false,
  skipRules: [],
  source: "Spitzer et al. 2006",
} as const satisfies InstrumentInfo;
