// iopkit/fhir: a treatment plan as a FHIR R4 transaction Bundle, and back.
export { toFhir, type ToFhirOptions } from "./to-fhir";
export { fromFhir, type FhirImport } from "./from-fhir";
export { FHIR_EXTENSIONS, type ExtensionName } from "./vocabulary";
export { FHIR_MESSAGES } from "./messages";
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
