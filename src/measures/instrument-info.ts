/**
 * Every fact about one instrument, in one record: its items and their score range, severity
 * bands, suicide items, outcome definitions, the target the standard template writes, the
 * diagnoses it measures, whether it is a routine repeated measure or a suicide-risk screen, its skip rules and its source.
 * Scoring, trends, schemas, rules, templates and arbitraries all read the record.
 *
 * @category Measures
 * @example
 * ```ts
 * const phq9: InstrumentInfo = INSTRUMENT_INFO["PHQ-9"];
 * phq9.maxTotal; //=> 27
 * ```
 */
export interface InstrumentInfo {
  /** The name plans record in `instrument`. */
  readonly name: string;
  /** Number of items. */
  readonly items: number;
  /** Lowest score of one item; an item above it is a positive answer. */
  readonly minItemScore: number;
  /** Highest score of one item. */
  readonly maxItemScore: number;
  /** Highest total. */
  readonly maxTotal: number;
  /** Severity bands from the lowest up, each as its label and lowest total; empty when the instrument has none. */
  readonly bands: readonly (readonly [label: string, lowest: number])[];
  /** Zero-based indexes of the items whose positive answer needs follow-up the same day. */
  readonly suicideItems: readonly number[];
  /** Response: a drop from a positive baseline of at least this fraction of it (0.5 = half). Absent when the source defines none. */
  readonly responseDrop?: number;
  /** Remission: a latest total below this. Absent when the source defines none. */
  readonly remissionBelow?: number;
  /** Response and remission are counted only from a baseline (index) total of at least this. Absent when the source sets no index threshold. */
  readonly outcomeIndexMin?: number;
  /** The standard template's objective: a total below this by the planned discharge. Absent for instruments it never targets. */
  readonly templateTarget?: number;
  /** ICD-10-CM code prefixes of the diagnoses this instrument measures. */
  readonly diagnosisPrefixes: readonly string[];
  /** Whether it is a routine measure: recorded at baseline and repeated for the diagnoses it measures. */
  readonly routine: boolean;
  /** Whether it is a validated suicide-risk screen: the screen every person gets at admission. A screen is not a measure of progress. */
  readonly screensSuicideRisk: boolean;
  /**
   * Items asked only after a positive answer to another: when item `gate` scores its lowest, the
   * items in `asked` were skipped and are recorded at the lowest score.
   */
  readonly skipRules: readonly { readonly gate: number; readonly asked: readonly number[] }[];
  /** Where the facts come from. */
  readonly source: string;
}
