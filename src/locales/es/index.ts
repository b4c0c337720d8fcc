import { mergeCatalogs, type Locale } from "../../core/messages";
import { options, policy } from "./policy";

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
  messages: mergeCatalogs(policy, options),
};
