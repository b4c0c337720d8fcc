import { catalogFinding, type MessageOf } from "../core/messages";
import type { Finding, FindingPath, Severity } from "../core/finding";

/** The messages of iopkit/fhir's findings in English, by code and variant (exported as `FHIR_MESSAGES`). */
export const FHIR_CATALOG = {
  "fhir/not-a-bundle": {
    /** The input is not a FHIR Bundle. */
    default: () => "The input is not a FHIR Bundle.",
  },
  "fhir/no-care-plan": {
    /** The Bundle holds no CarePlan. */
    default: () => "The Bundle holds no CarePlan.",
  },
  "fhir/unreadable": {
    /** The input could not be read as plain data. */
    default: () => "The input could not be read as plain data.",
  },
  "fhir/invalid-string": {
    /** The text holds a control character a FHIR string cannot hold. */
    default: () => "The text holds a control character a FHIR string cannot hold (of those, only tab, line feed and carriage return are allowed); the plan is not written.",
    /** Variant `blank`: The text is empty or only white space, which a FHIR string cannot be. */
    blank: () => "The text is empty or only white space, which a FHIR string cannot be; the plan is not written.",
  },
  "fhir/unmapped": {
    /** Variant `noStart`: The CarePlan has no start. */
    noStart: () => "The CarePlan has no start: the plan needs its admission day.",
    /** Variant `noEnd`: The CarePlan has no end. */
    noEnd: () => "The CarePlan has no end: the plan needs its planned discharge.",
    /** Variant `noIdentifier`: The CarePlan has no identifier. */
    noIdentifier: () => "The CarePlan has no identifier; the plan is called plan.",
    /** Variant `noStatus`: The CarePlan status has no plan status. */
    noStatus: () => "The CarePlan status has no plan status; the plan is a draft.",
    /** Variant `noProgramType`: The program type is not stated. */
    noProgramType: () => "The program type is not stated; a mental-health program is assumed.",
    /** Variant `noTimeZone`: No time zone is stated. */
    noTimeZone: () => "No time zone is stated; UTC is assumed.",
    /** Variant `noSubjectIdentifier`: The subject has no identifier. */
    noSubjectIdentifier: () => "The subject has no identifier; the participant is called participant.",
    /** Variant `noAgeGroup`: The age group is not stated. */
    noAgeGroup: () => "The age group is not stated; adult is assumed.",
    /** Variant `conditionWithoutIcd`: The Condition has no ICD-10-CM code. */
    conditionWithoutIcd: () => "The Condition has no ICD-10-CM code; it becomes a problem of the plan.",
    /** Variant `conditionWithoutCode`: The Condition has neither an ICD-10-CM code nor text. */
    conditionWithoutCode: () => "The Condition has neither an ICD-10-CM code nor text.",
    /** Variant `objectiveWithoutGoal`: The objective's goal is not one of the CarePlan's goals. */
    objectiveWithoutGoal: () => "The objective's goal is not one of the CarePlan's goals.",
    /** Variant `goalWithoutProblem`: The Goal addresses no problem of the plan. */
    goalWithoutProblem: () => "The Goal addresses no problem of the plan.",
    /** Variant `goalWithoutTarget`: The Goal has no target. */
    goalWithoutTarget: () => "The Goal has no target: the plan's goal has no measurable objective.",
    /** Variant `targetWithoutDueDay`: The Goal target has no due day. */
    targetWithoutDueDay: () => "The Goal target has no due day; it is not an objective.",
    /** Variant `activityWithoutKind`: The activity has neither an iopkit activity kind nor a CPT or HCPCS code of a session activity. */
    activityWithoutKind: () => "The activity has neither an iopkit activity kind nor a CPT or HCPCS code of a session activity; it is not part of the schedule.",
    /** Variant `timingNotWeekly`: The activity's timing is not weekly days and times with a duration in minutes. */
    timingNotWeekly: () => "The activity's CPT or HCPCS code names a session activity, but its timing does not give weekly days, times of day and a duration in minutes; it is not part of the schedule.",
    /** Variant `activityUnknown`: The activity is neither an intervention, a session activity nor a recurring visit. */
    activityUnknown: () => "The activity is neither an intervention, a session activity nor a recurring visit.",
    /** Variant `memberWithoutRole`: The care-team member has no iopkit care role. */
    memberWithoutRole: () => "The care-team member has no iopkit care role.",
    /** Variant `medicationWithoutName`: The MedicationStatement names no medication. */
    medicationWithoutName: () => "The MedicationStatement names no medication.",
    /** Variant `noMedicationClass`: The medication class is not stated. */
    noMedicationClass: () => "The medication class is not stated; other is assumed.",
    /** Variant `medicationWithoutStart`: The MedicationStatement has no start day. */
    medicationWithoutStart: () => "The MedicationStatement has no start day.",
    /** Variant `observationWithoutItems`: The Observation holds a total without its item answers. */
    observationWithoutItems: () => "The Observation holds a total without its item answers; it is not recorded as an assessment.",
    /** Variant `aftercareWithoutRequest`: The aftercare activity references no ServiceRequest of the Bundle. */
    aftercareWithoutRequest: () => "The aftercare activity references no ServiceRequest of the Bundle.",
    /** Variant `unknownPayer`: The payer is not one iopkit knows. */
    unknownPayer: () => "The payer is not one iopkit knows; other is assumed.",
    /** Variant `severalCarePlans`: The Bundle holds more than one treatment CarePlan. */
    severalCarePlans: () => "The Bundle holds more than one treatment CarePlan; the first is read.",
    /** Variant `emptyEntry`: The entry holds no resource. */
    emptyEntry: () => "The entry holds no resource.",
    /** Variant `danglingReference`: The reference points to no entry of the Bundle. */
    danglingReference: () => "The reference points to no entry of the Bundle.",
    /** Variant `encounterNotAttendance`: The Encounter is not a finished one with a start day; it is not recorded as attendance. */
    encounterNotAttendance: () => "The Encounter is not a finished one with a start day; it is not recorded as attendance.",
    /** Variant `encounterNotAmbulatory`: The Encounter is not ambulatory. */
    encounterNotAmbulatory: () => "The Encounter is not ambulatory (class AMB), so not a program visit; it is not recorded as attendance.",
    /** Variant `encounterOutsideSchedule`: The Encounter's day has no session or visit of the plan. */
    encounterOutsideSchedule: () => "The Encounter's day, in the plan's time zone, has no session or visit of the plan; it is not recorded as attendance.",
    /** Variant `enteredInError`: The resource is marked entered in error. */
    enteredInError: () => "It is marked entered in error; it is not imported.",
    /** Variant `notAsserted`: The resource says it does not hold (refuted, cancelled, not taken). */
    notAsserted: () => "It says it does not hold (a diagnosis refuted, an assessment cancelled, a medication not taken); it is not imported.",
    /** Variant `targetNotComparable`: The Goal target's quantity cannot be an objective's measure. */
    targetNotComparable: () => "The Goal target's quantity needs a comparator (<, <=, >=, >) and a whole-number score the plan accepts; the objective is kept without its measure.",
    /** Variant `targetNotInstrument`: The Goal target measures no instrument iopkit knows. */
    targetNotInstrument: () => "The Goal target measures no instrument iopkit knows; the objective is kept without its measure.",
    /** Variant `itemsNotKnown`: The Observation's components are not iopkit instrument items. */
    itemsNotKnown: () => "The Observation's components are not coded as iopkit instrument items; neither its answers nor its total are recorded as an assessment.",
    /** Variant `componentNotItem`: The component is not an iopkit instrument item. */
    componentNotItem: () => "The component is not coded as an iopkit instrument item; it is left out of the assessment.",
  },
  "engine/invalid-option": {
    /** Variant `notObject`: The options must be an object. */
    notObject: () => "The options must be an object.",
    /** Variant `participantSystem`: The participantSystem option must be a URI without spaces. */
    participantSystem: () => "The participantSystem option must be a URI without spaces.",
    /** Variant `appointments`: The appointments option must be { from, to }. */
    appointments: () => "The appointments option must be { from, to }.",
  },
} as const;

/** What the Bundle lacked or iopkit could not map, by variant of `fhir/unmapped`. */
export type UnmappedVariant = keyof (typeof FHIR_CATALOG)["fhir/unmapped"];

/** A finding of iopkit/fhir written from its catalog. */
export function fhirFinding<Code extends keyof typeof FHIR_CATALOG>(code: Code, severity: Severity, path: FindingPath, said: MessageOf<(typeof FHIR_CATALOG)[Code]>): Finding {
  return catalogFinding(FHIR_CATALOG, code, severity, path, said);
}
