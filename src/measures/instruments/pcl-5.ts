import type { InstrumentInfo } from "../instrument-info";

/**
 * PCL-5, the twenty-item PTSD checklist (VA National Center for PTSD): items 0–4, total 0–80, no
 * empirical severity bands, and change given in points rather than as a response or remission.
 * The template aims below the nominal 31–33 probable-PTSD cut-off (31). Measures PTSD (F43.1);
 * not a routine repeated measure.
 */
export const pcl5 = {
  name: "PCL-5",
  items: 20,
  minItemScore: 0,
  maxItemScore: 4,
  maxTotal: 80,
  bands: [],
  suicideItems: [],
  templateTarget: 31,
  diagnosisPrefixes: ["F43.1"],
  routine: false,
  screensSuicideRisk: false,
  skipRules: [],
  source: "VA National Center for PTSD",
} as const satisfies InstrumentInfo;
