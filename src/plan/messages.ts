import type { FindingParams, FindingPath } from "../core/finding";
import type { Words } from "../core/messages";

/** The kinds of id that must be unique in a plan, as `schema/duplicate-id` names them. */
export type IdKind = "problem" | "goal" | "objective" | "intervention" | "care-team" | "medication";

/**
 * A place in the plan given as params (every segment a string, list indexes from 0) turned back
 * into a path, for `words.place`.
 */
export function placeFromParams(segments: readonly string[]): FindingPath {
  return segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * The messages of the plan's structural findings outside the zod issues: a duplicated id (`kind`
 * is the id's kind, `first` the place of its first holder), input or an edit that cannot be read,
 * a schema version that is none (`unknown`) or newer than this release reads (`newer`; `max`, the
 * newest it reads), a period out of order
 * or too long (`max` days), and a diagnosis code that is not ICD-10-CM.
 */
export const PLAN_MESSAGES = {
  "schema/duplicate-id": {
    default: (p: { readonly kind: IdKind; readonly first: readonly string[] }, words: Words) => `This ${p.kind} id is already used by ${words.place(placeFromParams(p.first))}.`,
  },
  "schema/unreadable": {
    input: (_: FindingParams) => "The input could not be read as plain data.",
    edit: (_: FindingParams) => "The edit could not be applied to the plan.",
  },
  "schema/unknown-version": {
    unknown: (_: FindingParams) => "Not a schema version: versions are whole numbers counted from 1.",
    newer: (p: { readonly max: number }) =>
      `The plan's schema version is newer than ${p.max}, the newest this release reads; read it with the release that wrote it or a later one.`,
  },
  "schema/period-order": {
    planned: (_: FindingParams) => "The planned discharge must come after admission.",
    discharged: (_: FindingParams) => "The discharge cannot come before admission.",
  },
  "schema/period-length": {
    default: (p: { readonly max: number }) => `A period lasts at most ${p.max} days (ten years) from admission.`,
  },
  "schema/invalid_format": {
    icd10: (_: { readonly format: string }) => "Expected an ICD-10-CM code such as F33.1.",
  },
} as const;
