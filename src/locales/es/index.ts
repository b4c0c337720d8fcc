import { mergeCatalogs, type Locale } from "../../core/messages";
import { aftercareRulesEs } from "./aftercare";
import { attendanceMessagesEs, attendanceRulesEs } from "./attendance";
import { cadenceRulesEs } from "./cadence";
import { coverageMessagesEs, coverageRulesEs } from "./coverage";
import { fhirEs } from "./fhir";
import { icalendarOptionsEs } from "./ical";
import { measuresRulesEs } from "./measures";
import { medicationEs } from "./medication";
import { modalityRulesEs } from "./modalities";
import { planMessagesEs, planRulesEs } from "./plan";
import { optionsEs, policyEs } from "./policy";
import { scheduleMessagesEs, scheduleRulesEs } from "./schedule";
import { argumentEs, runEs, schemaEs } from "./schema";

/**
 * Spanish: every message iopkit writes, as a Spanish-speaking clinician reads it. Pass it where a
 * function takes `locale`; days stay written YYYY-MM-DD and codes (rule codes, PHQ-9, ICD-10) as
 * they are.
 *
 * @category Messages
 * @example
 * ```ts
 * import { es } from "iopkit/locales/es";
 * const report = validatePlan(plan, { locale: es });
 * ```
 */
export const es: Locale = {
  tag: "es",
  items: {
    activities: "actividad",
    appointments: "cita",
    assessments: "evaluación",
    careTeam: "miembro del equipo de atención",
    commitments: "compromiso",
    components: "componente",
    diagnoses: "diagnóstico",
    events: "evento",
    goals: "meta",
    interventions: "intervención",
    medications: "medicamento",
    objectives: "objetivo",
    problems: "problema",
    reviews: "revisión",
    sessions: "sesión",
  },
  messages: mergeCatalogs(
    planRulesEs,
    cadenceRulesEs,
    scheduleRulesEs,
    modalityRulesEs,
    medicationEs,
    measuresRulesEs,
    aftercareRulesEs,
    coverageRulesEs,
    attendanceRulesEs,
    planMessagesEs,
    scheduleMessagesEs,
    coverageMessagesEs,
    attendanceMessagesEs,
    schemaEs,
    argumentEs,
    runEs,
    policyEs,
    optionsEs,
    fhirEs,
    icalendarOptionsEs,
  ),
};
