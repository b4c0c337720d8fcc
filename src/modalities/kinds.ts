/**
 * The kinds of therapeutic activity a session or appointment can hold (everything but a break).
 *
 * @category Modalities
 * @example
 * ```ts
 * MODALITY_KINDS.includes("psychoeducation"); //=> true
 * ```
 */
export const MODALITY_KINDS = [
  "group-therapy",
  "individual-therapy",
  "family-therapy",
  "psychoeducation",
  "holistic",
  "psychiatric",
  "case-management",
] as const;

/**
 * A therapeutic modality.
 *
 * @category Modalities
 * @example
 * ```ts
 * const modality: ModalityKind = "group-therapy";
 * ```
 */
export type ModalityKind = (typeof MODALITY_KINDS)[number];

/**
 * Every activity kind a session can hold: the modalities plus `break`.
 *
 * @category Modalities
 * @example
 * ```ts
 * ACTIVITY_KINDS.at(-1); //=> "break"
 * ```
 */
export const ACTIVITY_KINDS = [...MODALITY_KINDS, "break"] as const;

/** An activity kind: a modality or `break`. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Group therapy topics; the first three are the seed program's.
 *
 * @category Modalities
 * @example
 * ```ts
 * GROUP_TOPICS[0]; //=> "stress-management"
 * ```
 */
export const GROUP_TOPICS = [
  "stress-management",
  "communication-skills",
  "difficult-emotions",
  "coping-skills",
  "relapse-prevention",
  "process",
  "other",
] as const;

/**
 * Psychoeducation topics.
 *
 * @category Modalities
 * @example
 * ```ts
 * PSYCHOEDUCATION_TOPICS.includes("medication"); //=> true
 * ```
 */
export const PSYCHOEDUCATION_TOPICS = [
  "condition",
  "medication",
  "relapse-prevention",
  "wellness",
  "family",
  "other",
] as const;

/** The holistic practices that are creative-arts therapies, delivered by a creative-arts therapist. */
export const CREATIVE_ARTS_PRACTICES = ["art-therapy", "music-therapy"] as const;

/**
 * Holistic practices. They count as therapy only when linked to a goal.
 *
 * @category Modalities
 * @example
 * ```ts
 * HOLISTIC_PRACTICES.includes("yoga"); //=> true
 * ```
 */
export const HOLISTIC_PRACTICES = ["mindfulness", "meditation", "yoga", ...CREATIVE_ARTS_PRACTICES, "movement"] as const;

/**
 * Psychiatric services.
 *
 * @category Modalities
 * @example
 * ```ts
 * PSYCHIATRIC_SERVICES[1]; //=> "medication-management"
 * ```
 */
export const PSYCHIATRIC_SERVICES = ["evaluation", "medication-management"] as const;

/**
 * Care-team roles.
 *
 * @category Modalities
 * @example
 * ```ts
 * CARE_ROLES.includes("psychiatrist"); //=> true
 * ```
 */
export const CARE_ROLES = [
  "psychiatrist",
  "psychiatric-nurse-practitioner",
  "physician",
  "psychologist",
  "licensed-therapist",
  "creative-arts-therapist",
  "occupational-therapist",
  "registered-nurse",
  "case-manager",
  "peer-support-specialist",
] as const;

/**
 * A care-team role.
 *
 * @category Modalities
 * @example
 * ```ts
 * const role: CareRole = "licensed-therapist";
 * ```
 */
export type CareRole = (typeof CARE_ROLES)[number];

/** The prescribers who deliver psychiatric care (evaluation, medication management). */
export const PSYCHIATRIC_PRESCRIBER_ROLES = ["psychiatrist", "psychiatric-nurse-practitioner"] as const satisfies readonly CareRole[];

/**
 * Roles that may prescribe.
 *
 * @category Modalities
 * @example
 * ```ts
 * PRESCRIBER_ROLES.includes("psychiatric-nurse-practitioner"); //=> true
 * ```
 */
export const PRESCRIBER_ROLES: readonly CareRole[] = [...PSYCHIATRIC_PRESCRIBER_ROLES, "physician"];
