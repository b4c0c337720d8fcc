import type { Instrument } from "../measures/instruments";
import type { Activity } from "../plan/types";

/** Where iopkit's own FHIR definitions live: extensions, code systems and identifier systems. */
const BASE = "https://iopkit.dev/fhir";

/** The names of iopkit's extensions; each URL is `https://iopkit.dev/fhir/StructureDefinition/<name>`. */
const EXTENSION_NAMES = [
  "program-type",
  "discharged",
  "discharge-criterion",
  "family-involvement",
  "empty-list",
  "age-group",
  "can-become-pregnant",
  "commitment",
  "primary-diagnosis",
  "part-of-goal",
  "intervention-id",
  "responsible-role",
  "session",
  "session-end",
  "appointment",
  "for-intervention",
  "facilitator-role",
  "activity-topic",
  "activity-practice",
  "activity-service",
  "goal-linked",
  "medication-class",
  "medication-event",
  "participant-signed",
  "refusal-documented",
  "step-down-to",
  "safety-plan",
  "provider",
  "authorization",
  "certification",
  "cost-sharing",
  "attendance",
  "level-transition",
] as const;

/**
 * The name of an extension iopkit writes: a key of {@link FHIR_EXTENSIONS}.
 *
 * @category FHIR
 * @example
 * ```ts
 * const name: ExtensionName = "program-type";
 * ```
 */
export type ExtensionName = (typeof EXTENSION_NAMES)[number];

/**
 * The URL of every extension iopkit writes, by name: the data FHIR R4 has no element for. docs/fhir.md
 * describes each.
 *
 * @category FHIR
 * @example
 * ```ts
 * FHIR_EXTENSIONS["program-type"]; //=> "https://iopkit.dev/fhir/StructureDefinition/program-type"
 * ```
 */
export const FHIR_EXTENSIONS: Readonly<Record<ExtensionName, string>> = Object.fromEntries(
  EXTENSION_NAMES.map((name) => [name, `${BASE}/StructureDefinition/${name}`]),
) as Record<ExtensionName, string>;

/**
 * R4's extension naming the IANA zone of a date or dateTime (`tz-code`): written on the start of
 * the CarePlan's period and of every weekly Timing's `boundsPeriod`, the elements its context allows.
 */
export const TZ_CODE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/tz-code";

/** The later `timezone` extension some systems put on a Timing itself: read on import, never written. */
export const TIMING_ZONE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/timezone";

/**
 * R5's `Encounter.basedOn` as the cross-version extension for R4, whose `Encounter.basedOn` takes
 * only a ServiceRequest: it links an Encounter to the CarePlan it carries out.
 */
export const ENCOUNTER_BASED_ON = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.basedOn";

/** iopkit's code systems: the values of its own enumerations. */
export const CODE_SYSTEMS = {
  activityKind: `${BASE}/CodeSystem/activity-kind`,
  careRole: `${BASE}/CodeSystem/care-role`,
  reviewKind: `${BASE}/CodeSystem/review-kind`,
  labKind: `${BASE}/CodeSystem/lab-kind`,
  aftercareComponent: `${BASE}/CodeSystem/aftercare-component`,
  instrumentItem: `${BASE}/CodeSystem/instrument-item`,
  riskKind: `${BASE}/CodeSystem/risk-kind`,
} as const;

/** iopkit's identifier systems, one per kind of plan id. */
export const IDENTIFIER_SYSTEMS = {
  plan: `${BASE}/identifier/plan`,
  participant: `${BASE}/identifier/participant`,
  problem: `${BASE}/identifier/problem`,
  goal: `${BASE}/identifier/goal`,
  objective: `${BASE}/identifier/objective`,
  careTeamMember: `${BASE}/identifier/care-team-member`,
  medication: `${BASE}/identifier/medication`,
  payer: `${BASE}/identifier/payer`,
} as const;

/** Standard terminologies. */
export const SYSTEMS = {
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  loinc: "http://loinc.org",
  cpt: "http://www.ama-assn.org/go/cpt",
  hcpcs: "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
  carePlanCategory: "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  usCoreConditionCategory: "http://hl7.org/fhir/us/core/CodeSystem/condition-category",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  riskProbability: "http://terminology.hl7.org/CodeSystem/risk-probability",
  dataAbsentReason: "http://terminology.hl7.org/CodeSystem/data-absent-reason",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  ucum: "http://unitsofmeasure.org",
} as const;

/**
 * The HCPCS systems read on import: HL7's, which toFhir writes, and the `https` one it wrote before.
 *
 * @example
 * ```ts
 * HCPCS_SYSTEMS.includes(SYSTEMS.hcpcs); //=> true
 * ```
 */
export const HCPCS_SYSTEMS = [SYSTEMS.hcpcs, "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"] as const;

/**
 * The session activity each CPT or HCPCS code names, for another system's CarePlan activity
 * without an iopkit activity kind: the codes `suggestActivityCodes` gives (and toFhir writes), and
 * the four E/M codes of medication management.
 *
 * @example
 * ```ts
 * BILLED_ACTIVITIES["G0410"]; //=> { kind: "group-therapy" }
 * ```
 */
export const BILLED_ACTIVITIES: Readonly<Record<string, { readonly kind: Activity["kind"]; readonly service?: Extract<Activity, { kind: "psychiatric" }>["service"] }>> = {
  "90832": { kind: "individual-therapy" },
  "90834": { kind: "individual-therapy" },
  "90837": { kind: "individual-therapy" },
  "90853": { kind: "group-therapy" },
  G0410: { kind: "group-therapy" },
  "90847": { kind: "family-therapy" },
  "90792": { kind: "psychiatric", service: "evaluation" },
  "99212": { kind: "psychiatric", service: "medication-management" },
  "99213": { kind: "psychiatric", service: "medication-management" },
  "99214": { kind: "psychiatric", service: "medication-management" },
  "99215": { kind: "psychiatric", service: "medication-management" },
};

/** The US Core CarePlan profile the main and aftercare CarePlans claim. */
export const US_CORE_CAREPLAN = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan";

/** LOINC codes of instrument totals, as the domain notes give them; an instrument without one is named by text only. */
export const INSTRUMENT_LOINC: Readonly<Partial<Record<Instrument, string>>> = { "PHQ-9": "44261-6", "GAD-7": "70274-6" };

/** Suicide-risk levels and the HL7 risk-probability codes they are written as. */
export const RISK_PROBABILITY = { none: "negligible", low: "low", moderate: "moderate", high: "high" } as const;
