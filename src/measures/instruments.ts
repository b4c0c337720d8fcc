/**
 * The standardised measures a plan can record.
 *
 * @category Measures
 * @example
 * ```ts
 * INSTRUMENTS.includes("PHQ-9"); //=> true
 * ```
 */
export const INSTRUMENTS = ["PHQ-9", "GAD-7", "PCL-5"] as const;

/**
 * A measurement instrument.
 *
 * @category Measures
 * @example
 * ```ts
 * const instrument: Instrument = "GAD-7";
 * ```
 */
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * What an instrument looks like: its items, the score range of each, and the ICD-10-CM code
 * prefixes of the diagnoses it measures.
 *
 * @category Measures
 * @example
 * ```ts
 * const phq9: InstrumentInfo = INSTRUMENT_INFO["PHQ-9"];
 * phq9.maxTotal; //=> 27
 * ```
 */
export interface InstrumentInfo {
  /** Number of scored items. */
  readonly items: number;
  /** Highest score of one item (items start at 0). */
  readonly maxItemScore: number;
  /** Highest total. */
  readonly maxTotal: number;
  /** ICD-10-CM code prefixes of the diagnoses this instrument measures. */
  readonly diagnosisPrefixes: readonly string[];
  /** Where the facts come from. */
  readonly source: string;
}

/**
 * Facts about each instrument. PHQ-9: 9 items scored 0–3 (Kroenke 2001), for depressive
 * disorders (F32, F33). GAD-7: 7 items scored 0–3 (Spitzer 2006), for generalised anxiety (F41.1).
 * PCL-5: 20 items scored 0–4 (VA National Center for PTSD), for PTSD (F43.1).
 *
 * @category Measures
 * @example
 * ```ts
 * INSTRUMENT_INFO["GAD-7"].items; //=> 7
 * ```
 */
export const INSTRUMENT_INFO: Readonly<Record<Instrument, InstrumentInfo>> = {
  "PHQ-9": { items: 9, maxItemScore: 3, maxTotal: 27, diagnosisPrefixes: ["F32", "F33"], source: "Kroenke, Spitzer & Williams 2001" },
  "GAD-7": { items: 7, maxItemScore: 3, maxTotal: 21, diagnosisPrefixes: ["F41.1"], source: "Spitzer et al. 2006" },
  "PCL-5": { items: 20, maxItemScore: 4, maxTotal: 80, diagnosisPrefixes: ["F43.1"], source: "VA National Center for PTSD" },
};

/**
 * The instruments that measure a diagnosis, by its ICD-10-CM code.
 *
 * @param code - an ICD-10-CM code such as `"F33.1"`
 * @returns the matching instruments, possibly none
 * @category Measures
 * @example
 * ```ts
 * instrumentsForDiagnosis("F33.1"); //=> ["PHQ-9"]
 * ```
 */
export function instrumentsForDiagnosis(code: string): Instrument[] {
  const normalised = code.toUpperCase();
  return INSTRUMENTS.filter((instrument) =>
    INSTRUMENT_INFO[instrument].diagnosisPrefixes.some((prefix) => normalised.startsWith(prefix)),
  );
}
