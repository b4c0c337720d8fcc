import { catalogFinding, type MessageOf } from "../core/messages";
import type { Finding, FindingPath, Severity } from "../core/finding";

/**
 * The messages of iopkit/fhir's findings, in English, by code and variant: what a Bundle lacked
 * or what iopkit could not map (`fhir/unmapped`), input that is no Bundle, and unusable options
 * of `toFhir`. An app writes them in another language from a finding's variant with `formatFinding`.
 *
 * @category FHIR
 * @example
 * ```ts
 * FHIR_MESSAGES["fhir/not-a-bundle"].default(); //=> "The input is not a FHIR Bundle."
 * ```
 */
export const FHIR_MESSAGES = {
  "fhir/not-a-bundle": { default: () => "The input is not a FHIR Bundle." },
  "fhir/no-care-plan": { default: () => "The Bundle holds no CarePlan." },
  "fhir/unreadable": { default: () => "The input could not be read as plain data." },
  "fhir/unmapped": {
    noStart: () => "The CarePlan has no start: the plan needs its admission day.",
    noEnd: () => "The CarePlan has no end: the plan needs its planned discharge.",
    noIdentifier: () => "The CarePlan has no identifier; the plan is called plan.",
    noStatus: () => "The CarePlan status has no plan status; the plan is a draft.",
    noProgramType: () => "The program type is not stated; a mental-health program is assumed.",
    noTimeZone: () => "No time zone is stated; UTC is assumed.",
    noSubjectIdentifier: () => "The subject has no identifier; the participant is called participant.",
    noAgeGroup: () => "The age group is not stated; adult is assumed.",
    conditionWithoutIcd: () => "The Condition has no ICD-10-CM code; it becomes a problem of the plan.",
    conditionWithoutCode: () => "The Condition has neither an ICD-10-CM code nor text.",
    objectiveWithoutGoal: () => "The objective's goal is not one of the CarePlan's goals.",
    goalWithoutProblem: () => "The Goal addresses no problem of the plan.",
    goalWithoutTarget: () => "The Goal has no target: the plan's goal has no measurable objective.",
    targetWithoutDueDay: () => "The Goal target has no due day; it is not an objective.",
    activityWithoutKind: () => "The activity has no iopkit activity kind; it is not part of the schedule.",
    activityUnknown: () => "The activity is neither an intervention, a session activity nor a recurring visit.",
    memberWithoutRole: () => "The care-team member has no iopkit care role.",
    medicationWithoutName: () => "The MedicationStatement names no medication.",
    noMedicationClass: () => "The medication class is not stated; other is assumed.",
    medicationWithoutStart: () => "The MedicationStatement has no start day.",
    observationWithoutItems: () => "The Observation holds a total without its item answers; it is not recorded as an assessment.",
    aftercareWithoutRequest: () => "The aftercare activity references no ServiceRequest of the Bundle.",
    unknownPayer: () => "The payer is not one iopkit knows; other is assumed.",
    severalCarePlans: () => "The Bundle holds more than one treatment CarePlan; the first is read.",
    emptyEntry: () => "The entry holds no resource.",
    danglingReference: () => "The reference points to no entry of the Bundle.",
    encounterNotAttendance: () => "The Encounter is not a finished one with a start day; it is not recorded as attendance.",
  },
  "engine/invalid-option": {
    notObject: () => "The options must be an object.",
    participantSystem: () => "The participantSystem option must be a URI without spaces.",
    appointments: () => "The appointments option must be { from, to }.",
  },
} as const;

/** What the Bundle lacked or iopkit could not map, by variant of `fhir/unmapped`. */
export type UnmappedVariant = keyof (typeof FHIR_MESSAGES)["fhir/unmapped"];

/** A finding of iopkit/fhir written from its catalog. */
export function fhirFinding<Code extends keyof typeof FHIR_MESSAGES>(code: Code, severity: Severity, path: FindingPath, said: MessageOf<(typeof FHIR_MESSAGES)[Code]>): Finding {
  return catalogFinding(FHIR_MESSAGES, code, severity, path, said);
}
