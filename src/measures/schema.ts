import * as z from "zod";
import { daySchema, listSchema } from "../core/schema-kit";
import { INSTRUMENT_BOUNDS, INSTRUMENTS } from "./instruments";

/**
 * One administration of an instrument: the day and each item's score in order. Item counts and
 * ranges per instrument are checked by `scoreAssessment`, so a mis-entered form is reported, not
 * dropped.
 *
 * @category Schemas
 * @example
 * ```ts
 * AssessmentSchema.safeParse({ instrument: "GAD-7", date: "2026-03-09", items: [1, 1, 2, 0, 1, 0, 1] }).success; //=> true
 * ```
 */
export const AssessmentSchema = z.strictObject({
  /** The instrument administered. */
  instrument: z.enum(INSTRUMENTS),
  /** The day it was administered. */
  date: daySchema,
  /**
   * Each item's score in the instrument's order: PHQ-9 nine items of 0–3, GAD-7 seven of 0–3,
   * PCL-5 twenty of 0–4, C-SSRS screener six answers and ASQ five, each 0 (no) or 1 (yes), a
   * question not asked recorded as 0.
   */
  items: listSchema(z.int().min(INSTRUMENT_BOUNDS.minItemScore).max(INSTRUMENT_BOUNDS.maxItemScore), INSTRUMENT_BOUNDS.items),
});
