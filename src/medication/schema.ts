import * as z from "zod";
import { daySchema, idSchema, listSchema, MAX_LABEL_LENGTH, textSchema } from "../core/schema-kit";

/**
 * Medication classes iopkit knows how to monitor. `clozapine`, `lithium` and `valproate` are named
 * on their own because each has its own laboratory protocol. A plan may name another class: it
 * still gets the routine review cadence.
 *
 * @category Medication
 * @example
 * ```ts
 * MEDICATION_CLASSES.includes("antipsychotic"); //=> true
 * ```
 */
export const MEDICATION_CLASSES = [
  "antidepressant",
  "antipsychotic",
  "clozapine",
  "lithium",
  "valproate",
  "anxiolytic",
  "hypnotic",
  "stimulant",
  "other",
] as const;

/**
 * A medication class iopkit knows: one of {@link MEDICATION_CLASSES}.
 *
 * @category Medication
 * @example
 * ```ts
 * const medicationClass: MedicationClass = "lithium";
 * ```
 */
export type MedicationClass = (typeof MEDICATION_CLASSES)[number];

/**
 * Laboratory tests and measurements a review can record.
 *
 * @category Medication
 * @example
 * ```ts
 * LAB_KINDS.includes("anc"); //=> true
 * ```
 */
export const LAB_KINDS = [
  "anc",
  "lithium-level",
  "valproate-level",
  "liver-function",
  "blood-count",
  "weight-bmi",
  "waist",
  "blood-pressure",
  "fasting-glucose",
  "hba1c",
  "lipids",
  "renal-function",
  "thyroid",
  "calcium",
  "pregnancy-test",
] as const;

/** Identifier of a medication in the plan. */
export const MedicationIdSchema = idSchema<"MedicationId">();

/**
 * A change in a medication on a day: a start, a dose change or a stop; or `continuing`, a
 * medicine the person already took before admission (recorded on or before the admission day, as
 * the first event only).
 *
 * @category Schemas
 * @example
 * ```ts
 * MedicationEventSchema.safeParse({ date: "2026-03-09", kind: "start" }).success; //=> true
 * MedicationEventSchema.safeParse({ date: "2026-03-09", kind: "continuing" }).success; //=> true
 * ```
 */
export const MedicationEventSchema = z.strictObject({
  /** The day of the change. */
  date: daySchema,
  /**
   * What changed: a `start`, a `dose-change`, a `stop`, or `continuing` (taken since before
   * admission). A start, dose change or stop calls for a psychiatric review within
   * `reviewAfterChangeDays` (default 7).
   */
  kind: z.enum(["start", "dose-change", "stop", "continuing"]),
});

/**
 * A medication with its history of changes, oldest first: the first event is a `start` or a
 * `continuing`, and a `stop` is followed only by a new `start` (`medication/event-order` checks
 * this). The class is free text so that a class iopkit does not know is reported, not rejected;
 * a name the formulary knows can imply another class (see `effectiveClass`).
 *
 * @category Schemas
 * @example
 * ```ts
 * MedicationSchema.safeParse({
 *   id: "med-1", name: "sertraline", class: "antidepressant",
 *   events: [{ date: "2026-03-09", kind: "start" }],
 * }).success; //=> true
 * ```
 */
export const MedicationSchema = z.strictObject({
  /** The medication's id, unique among the plan's medications. */
  id: MedicationIdSchema,
  /** The generic or brand name; when the formulary knows it, it can imply the class (free text, never repeated in findings). */
  name: textSchema(MAX_LABEL_LENGTH),
  /**
   * The medication class, such as antidepressant, antipsychotic, clozapine, lithium or valproate: it
   * chooses the monitoring protocol. A class iopkit does not know is reported and gets only the
   * routine psychiatric cadence and the review after changes.
   */
  class: z.string().min(1).max(64),
  events: listSchema(MedicationEventSchema, 200).min(1),
});

/**
 * A review that happened: a psychiatric review, a laboratory draw or a treatment-plan review.
 *
 * @category Schemas
 * @example
 * ```ts
 * ReviewSchema.safeParse({ date: "2026-03-12", kind: "plan", participantSigned: true }).success; //=> true
 * ```
 */
export const ReviewSchema = z.strictObject({
  /** The day it happened. */
  date: daySchema,
  /** A psychiatric review (a prescriber's visit), a laboratory draw (what was drawn in `labs`), or a review of the treatment plan. */
  kind: z.enum(["psychiatric", "lab", "plan"]),
  /** For a laboratory draw: the tests and measurements taken; each counts for every monitoring protocol that asks for it. */
  labs: listSchema(z.enum(LAB_KINDS), LAB_KINDS.length).optional(),
  /** For a plan review: the participant signed and dated the plan. */
  participantSigned: z.boolean().optional(),
  /** For a plan review: the participant's refusal to sign is documented; a plan review needs this or `participantSigned` (`plan/participant-signature`). */
  refusalDocumented: z.boolean().optional(),
});
