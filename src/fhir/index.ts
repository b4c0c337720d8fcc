// iopkit/fhir: a treatment plan as a FHIR R4 transaction Bundle, and back.
import { FHIR_CATALOG } from "./messages";

export { toFhir, type ToFhirOptions } from "./to-fhir";
export { fromFhir, type FhirImport } from "./from-fhir";
export { FHIR_EXTENSIONS, type ExtensionName } from "./vocabulary";
export type {
  Annotation,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  FhirAppointment,
  FhirCarePlan,
  FhirCarePlanActivity,
  FhirCareTeam,
  FhirCondition,
  FhirCoverage,
  FhirEncounter,
  FhirDayOfWeek,
  FhirExtension,
  FhirGoal,
  FhirMedicationStatement,
  FhirObservation,
  FhirOrganization,
  FhirPatient,
  FhirPractitionerRole,
  FhirResource,
  FhirServiceRequest,
  Identifier,
  Narrative,
  FhirPeriod,
  Quantity,
  Reference,
  Timing,
} from "./types";

/**
 * The messages of iopkit/fhir's findings, in English, by code and variant: what a Bundle lacked
 * or what iopkit could not map (`fhir/unmapped`), input that is no Bundle, text a FHIR string
 * cannot hold (`fhir/invalid-string`), and unusable options of `toFhir`. An app writes them in another language from a finding's variant with `formatFinding`.
 *
 * @category FHIR
 * @example
 * ```ts
 * FHIR_MESSAGES["fhir/not-a-bundle"].default(); //=> "The input is not a FHIR Bundle."
 * ```
 */
export const FHIR_MESSAGES = FHIR_CATALOG;
