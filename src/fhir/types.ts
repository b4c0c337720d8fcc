// The FHIR R4 shapes iopkit writes, declared here so that the published types resolve without a
// FHIR type package. Arrays are mutable, as in FHIR type packages, so a Bundle can be handed to
// one (a type test keeps it assignable to Medplum's `Bundle`).

/**
 * A FHIR extension: a URL and one value, or nested extensions.
 *
 * @category FHIR
 * @example
 * ```ts
 * const extension: FhirExtension = { url: "http://hl7.org/fhir/StructureDefinition/timezone", valueCode: "America/New_York" };
 * ```
 */
export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueTime?: string;
  valueReference?: Reference;
  extension?: FhirExtension[];
}

/** A FHIR Coding. @category FHIR @example `const coding: Coding = { system: "http://loinc.org", code: "44261-6" };` */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

/** A FHIR CodeableConcept. @category FHIR @example `const concept: CodeableConcept = { text: "PHQ-9" };` */
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** A FHIR Identifier. @category FHIR @example `const identifier: Identifier = { system: "urn:example", value: "pt-1" };` */
export interface Identifier {
  system?: string;
  value?: string;
}

/** A FHIR Reference: to an entry's `fullUrl`, with a business identifier where one exists. @category FHIR @example `const reference: Reference = { reference: "urn:uuid:00000000-0000-8000-8000-000000000000" };` */
export interface Reference {
  reference?: string;
  type?: FhirResource["resourceType"];
  identifier?: Identifier;
}

/** A FHIR Period of days or instants. @category FHIR @example `const period: FhirPeriod = { start: "2026-03-09", end: "2026-05-01" };` */
export interface FhirPeriod {
  start?: string;
  /** Extensions of `start`, such as the IANA zone it is in (R4's `tz-code`). */
  _start?: { extension?: FhirExtension[] };
  end?: string;
}

/** A FHIR Quantity. @category FHIR @example `const quantity: Quantity = { value: 5, comparator: "<" };` */
export interface Quantity {
  value?: number;
  comparator?: "<" | "<=" | ">=" | ">";
  unit?: string;
  system?: string;
  code?: string;
}

/** A FHIR Annotation. @category FHIR @example `const note: Annotation = { text: "In my own words." };` */
export interface Annotation {
  authorReference?: Reference;
  text: string;
}

/** A FHIR Narrative. @category FHIR @example `const text: Narrative = { status: "generated", div: '<div xmlns="http://www.w3.org/1999/xhtml">Plan</div>' };` */
export interface Narrative {
  status: "generated" | "extensions" | "additional" | "empty";
  div: string;
}

/** The days of the week a FHIR Timing uses. @category FHIR @example `const day: FhirDayOfWeek = "mon";` */
export type FhirDayOfWeek = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * A FHIR Timing: a repeat rule, bounded by a period whose start names the zone (R4's `tz-code`).
 *
 * @category FHIR
 * @example
 * ```ts
 * const timing: Timing = { repeat: { boundsPeriod: { start: "2026-03-09" }, dayOfWeek: ["mon"], timeOfDay: ["09:00:00"], duration: 60, durationUnit: "min" } };
 * ```
 */
export interface Timing {
  extension?: FhirExtension[];
  repeat?: {
    boundsPeriod?: FhirPeriod;
    frequency?: number;
    period?: number;
    periodUnit?: "wk" | "d";
    dayOfWeek?: FhirDayOfWeek[];
    timeOfDay?: string[];
    duration?: number;
    durationUnit?: "min";
  };
}

/** Fields every resource iopkit writes may carry. */
interface ResourceBase {
  id?: string;
  meta?: { profile?: string[] };
  text?: Narrative;
  extension?: FhirExtension[];
  identifier?: Identifier[];
}

/** A FHIR Patient, identified and never named. @category FHIR @example `const patient: FhirPatient = { resourceType: "Patient" };` */
export interface FhirPatient extends ResourceBase {
  resourceType: "Patient";
  birthDate?: string;
}

/** A FHIR Organization (a payer). @category FHIR @example `const payer: FhirOrganization = { resourceType: "Organization", name: "medicare" };` */
export interface FhirOrganization extends ResourceBase {
  resourceType: "Organization";
  name?: string;
}

/** A FHIR PractitionerRole: a care-team member by role. @category FHIR @example `const member: FhirPractitionerRole = { resourceType: "PractitionerRole" };` */
export interface FhirPractitionerRole extends ResourceBase {
  resourceType: "PractitionerRole";
  code?: CodeableConcept[];
}

/** A FHIR CareTeam. @category FHIR @example `const team: FhirCareTeam = { resourceType: "CareTeam" };` */
export interface FhirCareTeam extends ResourceBase {
  resourceType: "CareTeam";
  status?: "proposed" | "active" | "suspended" | "inactive" | "entered-in-error";
  subject?: Reference;
  participant?: { role?: CodeableConcept[]; member?: Reference }[];
}

/** A FHIR Condition: a diagnosis or a problem. @category FHIR @example `const condition: FhirCondition = { resourceType: "Condition", subject: {} };` */
export interface FhirCondition extends ResourceBase {
  resourceType: "Condition";
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject: Reference;
}

/** A FHIR Goal: a goal or an objective. @category FHIR @example `const goal: FhirGoal = { resourceType: "Goal", lifecycleStatus: "active", description: { text: "Goal" }, subject: {} };` */
export interface FhirGoal extends ResourceBase {
  resourceType: "Goal";
  lifecycleStatus: "proposed" | "planned" | "accepted" | "active" | "on-hold" | "completed" | "cancelled" | "entered-in-error" | "rejected";
  description: CodeableConcept;
  subject: Reference;
  target?: { measure?: CodeableConcept; detailQuantity?: Quantity; dueDate?: string }[];
  addresses?: Reference[];
  note?: Annotation[];
}

/** One activity of a FHIR CarePlan: a planned detail or a reference to a request. @category FHIR @example `const activity: FhirCarePlanActivity = { detail: { status: "scheduled" } };` */
export interface FhirCarePlanActivity {
  reference?: Reference;
  detail?: {
    extension?: FhirExtension[];
    kind?: "Appointment" | "ServiceRequest";
    code?: CodeableConcept;
    goal?: Reference[];
    status: "not-started" | "scheduled" | "in-progress" | "on-hold" | "completed" | "cancelled" | "stopped" | "unknown" | "entered-in-error";
    scheduledTiming?: Timing;
  };
}

/** A FHIR CarePlan. @category FHIR @example `const carePlan: FhirCarePlan = { resourceType: "CarePlan", status: "draft", intent: "plan", subject: {} };` */
export interface FhirCarePlan extends ResourceBase {
  resourceType: "CarePlan";
  status: "draft" | "active" | "on-hold" | "revoked" | "completed" | "entered-in-error" | "unknown";
  intent: "proposal" | "plan" | "order" | "option";
  category?: CodeableConcept[];
  title?: string;
  subject: Reference;
  period?: FhirPeriod;
  basedOn?: Reference[];
  careTeam?: Reference[];
  addresses?: Reference[];
  goal?: Reference[];
  activity?: FhirCarePlanActivity[];
}

/** A FHIR MedicationStatement. @category FHIR @example `const statement: FhirMedicationStatement = { resourceType: "MedicationStatement", status: "active", medicationCodeableConcept: { text: "sertraline" }, subject: {} };` */
export interface FhirMedicationStatement extends ResourceBase {
  resourceType: "MedicationStatement";
  status: "active" | "completed" | "entered-in-error" | "intended" | "stopped" | "on-hold" | "unknown" | "not-taken";
  medicationCodeableConcept: CodeableConcept;
  subject: Reference;
  effectivePeriod?: FhirPeriod;
}

/** A FHIR ServiceRequest: a review or lab on record, or an aftercare follow-up. @category FHIR @example `const request: FhirServiceRequest = { resourceType: "ServiceRequest", status: "completed", intent: "order", subject: {} };` */
export interface FhirServiceRequest extends ResourceBase {
  resourceType: "ServiceRequest";
  status: "draft" | "active" | "on-hold" | "revoked" | "completed" | "entered-in-error" | "unknown";
  intent: "proposal" | "plan" | "directive" | "order" | "original-order" | "reflex-order" | "filler-order" | "instance-order" | "option";
  category?: CodeableConcept[];
  code?: CodeableConcept;
  orderDetail?: CodeableConcept[];
  subject: Reference;
  occurrenceDateTime?: string;
}

/** A FHIR Observation: one administration of an instrument, or the suicide-risk level. @category FHIR @example `const observation: FhirObservation = { resourceType: "Observation", status: "final", code: { text: "PHQ-9" } };` */
export interface FhirObservation extends ResourceBase {
  resourceType: "Observation";
  status: "registered" | "preliminary" | "final" | "amended" | "corrected" | "cancelled" | "entered-in-error" | "unknown";
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  valueInteger?: number;
  valueCodeableConcept?: CodeableConcept;
  dataAbsentReason?: CodeableConcept;
  component?: { code: CodeableConcept; valueInteger: number }[];
}

/** A FHIR Coverage. @category FHIR @example `const coverage: FhirCoverage = { resourceType: "Coverage", status: "active", beneficiary: {}, payor: [{}] };` */
export interface FhirCoverage extends ResourceBase {
  resourceType: "Coverage";
  status: "active" | "cancelled" | "draft" | "entered-in-error";
  type?: CodeableConcept;
  beneficiary: Reference;
  period?: FhirPeriod;
  payor: Reference[];
}

/** A FHIR Appointment: one dated session or visit. @category FHIR @example `const appointment: FhirAppointment = { resourceType: "Appointment", status: "booked", participant: [] };` */
export interface FhirAppointment extends ResourceBase {
  resourceType: "Appointment";
  status: "proposed" | "pending" | "booked" | "arrived" | "fulfilled" | "cancelled" | "noshow" | "entered-in-error" | "checked-in" | "waitlist";
  serviceType?: CodeableConcept[];
  start?: string;
  end?: string;
  minutesDuration?: number;
  supportingInformation?: Reference[];
  participant: { actor?: Reference; status: "accepted" | "declined" | "tentative" | "needs-action" }[];
}

/**
 * A FHIR Encounter: one attendance record, ambulatory.
 *
 * @category FHIR
 * @example
 * ```ts
 * const encounter: FhirEncounter = { resourceType: "Encounter", status: "finished", class: { code: "AMB" } };
 * ```
 */
export interface FhirEncounter extends ResourceBase {
  resourceType: "Encounter";
  status: "planned" | "arrived" | "triaged" | "in-progress" | "onleave" | "finished" | "cancelled" | "entered-in-error" | "unknown";
  class: Coding;
  serviceType?: CodeableConcept;
  subject?: Reference;
  appointment?: Reference[];
  period?: FhirPeriod;
  length?: Quantity;
}

/**
 * Every resource {@link toFhir} writes.
 *
 * @category FHIR
 * @example
 * ```ts
 * const resource: FhirResource = { resourceType: "Patient" };
 * ```
 */
export type FhirResource =
  | FhirPatient
  | FhirOrganization
  | FhirPractitionerRole
  | FhirCareTeam
  | FhirCondition
  | FhirGoal
  | FhirCarePlan
  | FhirMedicationStatement
  | FhirServiceRequest
  | FhirObservation
  | FhirCoverage
  | FhirAppointment
  | FhirEncounter;

/**
 * One entry of a transaction Bundle: a `urn:uuid` full URL, the resource and how to create it.
 *
 * @category FHIR
 * @example
 * ```ts
 * const entry: BundleEntry = { fullUrl: "urn:uuid:00000000-0000-8000-8000-000000000000", resource: { resourceType: "Patient" }, request: { method: "POST", url: "Patient" } };
 * ```
 */
export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
  request: { method: "POST"; url: FhirResource["resourceType"]; ifNoneExist?: string };
}

/**
 * A FHIR R4 transaction Bundle as {@link toFhir} writes it.
 *
 * @category FHIR
 * @example
 * ```ts
 * const bundle: Bundle = { resourceType: "Bundle", type: "transaction", entry: [] };
 * ```
 */
export interface Bundle {
  resourceType: "Bundle";
  type: "transaction";
  entry: BundleEntry[];
}
