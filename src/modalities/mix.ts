import type { FindingPath } from "../core/finding";
import type { TreatmentPlan } from "../plan/types";
import { careItemsOf, contactsPerWeek, weeklyMinutes } from "./care-items";
import type { MedicareServiceCategory } from "./catalog";
import { MODALITY_KINDS, type ModalityKind } from "./kinds";
import { guardValue } from "../core/plan-error";

/**
 * One modality's part of a typical week.
 *
 * @category Modalities
 * @example
 * ```ts
 * const group: ModalityShare | undefined = summarizeModalityMix(plan).modalities.find((m) => m.modality === "group-therapy");
 * ```
 */
export interface ModalityShare {
  readonly modality: ModalityKind;
  /** Minutes a week (appointments averaged over their period). */
  readonly minutes: number;
  /** Fraction of the week's therapeutic minutes, 0 to 1. */
  readonly share: number;
  /** Minutes a week that are Medicare qualifying services. */
  readonly qualifyingMinutes: number;
  /** Contacts a week: session activities count 1, an appointment every n weeks counts 1/n. */
  readonly contactsPerWeek: number;
  /** Ids of the interventions its activities serve, in schedule order. */
  readonly interventions: readonly string[];
}

/**
 * One scheduled activity or appointment and what it serves.
 *
 * @category Modalities
 * @example
 * ```ts
 * const first: ActivityUse = summarizeModalityMix(plan).activities[0]!;
 * first.path; //=> ["schedule", "sessions", 0, "activities", 0]
 * ```
 */
export interface ActivityUse {
  readonly path: FindingPath;
  readonly modality: ModalityKind;
  readonly minutes: number;
  /** The Medicare category it qualifies under, if any. */
  readonly medicareCategory: MedicareServiceCategory | undefined;
  /** The intervention it serves, if linked. */
  readonly interventionId: string | undefined;
}

/**
 * A typical week's modality mix.
 *
 * @category Modalities
 * @example
 * ```ts
 * const mix: ModalityMix = summarizeModalityMix(plan);
 * mix.contactsPerWeek["individual-therapy"]; //=> 1
 * ```
 */
export interface ModalityMix {
  /** Therapeutic minutes a week (breaks excluded, appointments averaged). */
  readonly therapeuticMinutes: number;
  /** Qualifying minutes a week. */
  readonly qualifyingMinutes: number;
  /** Modalities present, in catalog order. Shares sum to 1. */
  readonly modalities: readonly ModalityShare[];
  /** Contacts a week for every modality (0 when absent). */
  readonly contactsPerWeek: Readonly<Record<ModalityKind, number>>;
  /** Every activity and appointment except breaks. */
  readonly activities: readonly ActivityUse[];
}

/**
 * Sums up the modality mix of a plan's typical week: minutes and share by modality, qualifying
 * minutes, contacts a week (sessions plus recurring appointments) and the interventions each
 * activity serves.
 *
 * @param plan - a parsed plan
 * @returns the mix
 * @throws `InputError` when the plan cannot be read as a plan
 * @category Modalities
 * @example
 * ```ts
 * const mix = summarizeModalityMix(plan);
 * mix.modalities.map((m) => [m.modality, m.share]);
 * ```
 */
export function summarizeModalityMix(plan: TreatmentPlan): ModalityMix {
  return guardValue("plan", () => {
    const items = careItemsOf(plan.schedule);
    const week = weeklyMinutes(items);
    const contacts = contactsPerWeek(items);
    const modalities = MODALITY_KINDS.flatMap((modality) => {
      const own = items.filter((item) => item.kind === modality);
      if (own.length === 0) return [];
      const minutes = weeklyMinutes(own);
      return [
        {
          modality,
          minutes: minutes.therapeutic,
          share: week.therapeutic === 0 ? 0 : minutes.therapeutic / week.therapeutic,
          qualifyingMinutes: minutes.qualifying,
          contactsPerWeek: contacts[modality],
          interventions: [...new Set(own.flatMap((item) => (item.interventionId === undefined ? [] : [item.interventionId])))],
        },
      ];
    });
    const activities = items.flatMap(({ kind, path, minutes, info, interventionId }): ActivityUse[] =>
      kind === "break" ? [] : [{ path, modality: kind, minutes, medicareCategory: info.medicareCategory, interventionId }],
    );
    return { therapeuticMinutes: week.therapeutic, qualifyingMinutes: week.qualifying, modalities, contactsPerWeek: contacts, activities };
  });
}
