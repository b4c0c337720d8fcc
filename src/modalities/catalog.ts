import { isMatching, match, P } from "ts-pattern";
import type { Activity } from "../plan/types";
import { CARE_ROLES, CREATIVE_ARTS_PRACTICES, PSYCHIATRIC_PRESCRIBER_ROLES, type CareRole, type ModalityKind } from "./kinds";
import { guardValue } from "../core/plan-error";

/**
 * The eight service categories Medicare pays for in PHP and IOP (SSA §1861(ff)(2); 42 CFR 410.43
 * and 410.44), in the order the statute lists them.
 *
 * @category Modalities
 * @example
 * ```ts
 * MEDICARE_SERVICE_CATEGORIES[4]; //=> "activity-therapy"
 * ```
 */
export const MEDICARE_SERVICE_CATEGORIES = [
  "individual-or-group-therapy",
  "occupational-therapy",
  "trained-staff-services",
  "drugs-and-biologicals",
  "activity-therapy",
  "family-counseling",
  "patient-education",
  "diagnostic-services",
] as const;

/**
 * A Medicare qualifying service category.
 *
 * @category Modalities
 * @example
 * ```ts
 * const category: MedicareServiceCategory = "patient-education";
 * ```
 */
export type MedicareServiceCategory = (typeof MEDICARE_SERVICE_CATEGORIES)[number];

/** Whether a service is a Medicare qualifying service: its catalog entry names a Medicare category. */
export function isQualifyingService(service: { readonly medicareCategory: MedicareServiceCategory | undefined }): boolean {
  return service.medicareCategory !== undefined;
}

/** Roles that deliver psychotherapy (group, individual, family). */
const PSYCHOTHERAPISTS: readonly CareRole[] = ["psychiatrist", "psychologist", "licensed-therapist"];
/** Every role but peer support and case management. */
const CLINICAL_ROLES: readonly CareRole[] = CARE_ROLES.filter((role) => role !== "peer-support-specialist" && role !== "case-manager");

/**
 * What the catalog says about one activity: whether it is therapy time, which Medicare category
 * it qualifies under (if any), and which roles may deliver it.
 *
 * @category Modalities
 * @example
 * ```ts
 * const info: ActivityInfo = describeActivity({ kind: "group-therapy", minutes: 60 });
 * info.medicareCategory; //=> "individual-or-group-therapy"
 * ```
 */
export interface ActivityInfo {
  /** Counts toward therapeutic minutes (everything but breaks). */
  readonly therapeutic: boolean;
  /** The Medicare qualifying category, or `undefined` when it does not qualify. */
  readonly medicareCategory: MedicareServiceCategory | undefined;
  /** Roles that may deliver it. */
  readonly deliveredBy: readonly CareRole[];
}

/**
 * Classifies an activity. Psychotherapy (group, individual, family) is delivered by
 * psychiatrists, psychologists or licensed therapists; psychiatric care by a psychiatrist or
 * psychiatric nurse practitioner; education by any clinical role; art and music therapy by a
 * credentialed creative-arts therapist. Holistic practices qualify for Medicare only as
 * goal-linked activity therapy, since services that are mainly recreational or diversionary do
 * not (42 CFR 410.43(a)(4)(v)); medication management alone does not qualify either (MBPM ch.6
 * §70.3), while a psychiatric evaluation is a diagnostic service.
 *
 * @param activity - a session activity
 * @returns its catalog entry
 * @throws `InputError` when the activity cannot be read as one
 * @category Modalities
 * @example
 * ```ts
 * describeActivity({ kind: "holistic", practice: "yoga", minutes: 45 }).medicareCategory; //=> undefined
 * describeActivity({ kind: "holistic", practice: "yoga", goalLinked: true, minutes: 45 }).medicareCategory; //=> "activity-therapy"
 * ```
 */
export function describeActivity(activity: Activity): ActivityInfo {
  return guardValue("activity", () => {
    // The entry depends only on the kind and these fields, so each combination is classified once.
    // An activity with none of them (most are) is looked up by its kind, without writing a key.
    const plain = !("practice" in activity) && !("goalLinked" in activity) && !("service" in activity);
    const key = plain
      ? activity.kind
      : `${activity.kind}|${"practice" in activity ? activity.practice : ""}|${"goalLinked" in activity ? activity.goalLinked : ""}|${"service" in activity ? activity.service : ""}`;
    const cache = plain ? (kindInfo ??= new Map()) : (activityInfo ??= new Map());
    let entry = cache.get(key);
    if (!entry) {
      entry = classify(activity);
      if (cachedActivityCount() < MAX_CACHED_ACTIVITIES && key.length <= MAX_CACHED_KEY_LENGTH) cache.set(key, entry);
    }
    return entry;
  });
}

/** Entries of activities with no practice, goal link or service, by kind, filled on first use. */
let kindInfo: Map<string, ActivityInfo> | undefined;
/** Entries per combination of kind, practice, goal link and service, filled on first use. */
let activityInfo: Map<string, ActivityInfo> | undefined;
/** Most combinations kept: the schema's kinds, practices and services make well under a hundred. */
export const MAX_CACHED_ACTIVITIES = 256;
/** Longest key kept: a longer one comes from unchecked input and is classified without caching. */
const MAX_CACHED_KEY_LENGTH = 128;

/** How many combinations the cache holds. */
export function cachedActivityCount(): number {
  return (kindInfo?.size ?? 0) + (activityInfo?.size ?? 0);
}

/** The catalog entry of an activity, worked out from its kind and fields. */
function classify(activity: Activity): ActivityInfo {
  return match(activity)
    .with({ kind: "group-therapy" }, { kind: "individual-therapy" }, () => info("individual-or-group-therapy", PSYCHOTHERAPISTS))
    .with({ kind: "family-therapy" }, () => info("family-counseling", PSYCHOTHERAPISTS))
    .with({ kind: "psychoeducation" }, () => info("patient-education", CLINICAL_ROLES))
    .with({ kind: "holistic" }, (holistic) =>
      info(
        holistic.goalLinked === true ? "activity-therapy" : undefined,
        isMatching(P.union(...CREATIVE_ARTS_PRACTICES), holistic.practice) ? ["creative-arts-therapist"] : CLINICAL_ROLES,
      ),
    )
    .with({ kind: "psychiatric" }, (psychiatric) =>
      info(psychiatric.service === "evaluation" ? "diagnostic-services" : undefined, PSYCHIATRIC_PRESCRIBER_ROLES),
    )
    .with({ kind: "case-management" }, () => info("trained-staff-services", ["case-manager", "licensed-therapist", "registered-nurse"]))
    .with({ kind: "break" }, () => ({ therapeutic: false, medicareCategory: undefined, deliveredBy: CARE_ROLES }))
    .exhaustive();
}

/** The entry of a therapeutic activity. */
function info(medicareCategory: MedicareServiceCategory | undefined, deliveredBy: readonly CareRole[]): ActivityInfo {
  return { therapeutic: true, medicareCategory, deliveredBy };
}

/**
 * The activity an appointment stands for, since it names only its modality and minutes: a
 * holistic appointment is goal-linked mindfulness, a psychiatric one medication management.
 *
 * @param modality - the appointment's modality
 * @param minutes - its length
 * @returns the equivalent session activity
 * @category Modalities
 * @example
 * ```ts
 * appointmentActivity("psychiatric", 30); //=> { kind: "psychiatric", service: "medication-management", minutes: 30 }
 * ```
 */
export function appointmentActivity(modality: ModalityKind, minutes: number): Activity {
  return match<ModalityKind, Activity>(modality)
    .with("holistic", () => ({ kind: "holistic", practice: "mindfulness", goalLinked: true, minutes }))
    .with("psychiatric", () => ({ kind: "psychiatric", service: "medication-management", minutes }))
    .otherwise((kind) => ({ kind, minutes }) as Activity);
}

/**
 * The catalog entry of a recurring appointment: that of {@link appointmentActivity}.
 *
 * @param modality - the appointment's modality
 * @returns its catalog entry
 * @throws `InputError` when the modality is not one
 * @category Modalities
 * @example
 * ```ts
 * describeModality("individual-therapy").therapeutic; //=> true
 * ```
 */
export function describeModality(modality: ModalityKind): ActivityInfo {
  return guardValue("modality", () => {
    modalityInfo ??= new Map();
    let info = modalityInfo.get(modality);
    if (!info) {
      info = describeActivity(appointmentActivity(modality, 1));
      modalityInfo.set(modality, info);
    }
    return info;
  });
}

/** Entries per modality, filled on first use (the catalog is constant). */
let modalityInfo: Map<ModalityKind, ActivityInfo> | undefined;
