import type { InstrumentInfo } from "../instrument-info";
import { asq } from "./asq";
import { cssrs } from "./c-ssrs";
import { gad7 } from "./gad-7";
import { pcl5 } from "./pcl-5";
import { phq9 } from "./phq-9";

export type { InstrumentInfo } from "../instrument-info";

/** Every instrument's record, in catalog order: the one list an instrument is added to. */
const RECORDS = [phq9, gad7, pcl5, cssrs, asq] as const;

type Records = typeof RECORDS;

/** The names of a tuple of records, as a tuple. */
type NamesOf<T extends readonly InstrumentInfo[]> = { readonly [K in keyof T]: T[K]["name"] };

/**
 * The standardized measures a plan can record, in catalog order.
 *
 * @category Measures
 * @example
 * ```ts
 * INSTRUMENTS.includes("PHQ-9"); //=> true
 * ```
 */
export const INSTRUMENTS = RECORDS.map((record) => record.name) as readonly Instrument[] as NamesOf<Records>;

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
 * Each instrument's record, by name: items, item range, bands, suicide items, outcome
 * definitions, template target, diagnoses, skip rules and source.
 *
 * @category Measures
 * @example
 * ```ts
 * INSTRUMENT_INFO["GAD-7"].items; //=> 7
 * ```
 */
export const INSTRUMENT_INFO: Readonly<Record<Instrument, InstrumentInfo>> = Object.fromEntries(RECORDS.map((record): [string, InstrumentInfo] => [record.name, record])) as Record<Instrument, InstrumentInfo>;

/** The widest bounds over every instrument (most items, item scores, highest total): the caps of the schemas. */
export const INSTRUMENT_BOUNDS = {
  items: Math.max(...RECORDS.map((record) => record.items)),
  minItemScore: Math.min(...RECORDS.map((record) => record.minItemScore)),
  maxItemScore: Math.max(...RECORDS.map((record) => record.maxItemScore)),
  maxTotal: Math.max(...RECORDS.map((record) => record.maxTotal)),
};

/**
 * The instruments that measure a diagnosis, by its ICD-10-CM code.
 *
 * @param code - an ICD-10-CM code such as `"F33.1"`
 * @returns the matching instruments, possibly none (none for a value that is no string)
 * @category Measures
 * @example
 * ```ts
 * instrumentsForDiagnosis("F33.1"); //=> ["PHQ-9"]
 * ```
 */
export function instrumentsForDiagnosis(code: string): Instrument[] {
  if (typeof code !== "string") return [];
  const normalized = code.toUpperCase();
  return INSTRUMENTS.filter((instrument) =>
    INSTRUMENT_INFO[instrument].diagnosisPrefixes.some((prefix) => normalized.startsWith(prefix)),
  );
}
