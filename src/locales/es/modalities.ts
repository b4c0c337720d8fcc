import type { Words } from "../../core/messages";
import type { ActivityKind, CareRole, HOLISTIC_PRACTICES } from "../../modalities/kinds";
import type { modalityRules } from "../../modalities/rules";
import type { RuleMessages, Translations } from "../../rules/messages";

/** Each kind of activity in Spanish (modalities are feminine nouns, so one article serves them all). */
export const ACTIVITY_KINDS_ES: Readonly<Record<ActivityKind, string>> = {
  "group-therapy": "terapia de grupo",
  "individual-therapy": "terapia individual",
  "family-therapy": "terapia familiar",
  psychoeducation: "psicoeducación",
  holistic: "práctica holística",
  psychiatric: "atención psiquiátrica",
  "case-management": "gestión de casos",
  break: "pausa",
};

/** Each care-team role in Spanish. */
const ROLES_ES: Readonly<Record<CareRole, string>> = {
  psychiatrist: "psiquiatra",
  "psychiatric-nurse-practitioner": "enfermero/a practicante psiquiátrico/a",
  physician: "médico/a",
  psychologist: "psicólogo/a",
  "licensed-therapist": "terapeuta con licencia",
  "creative-arts-therapist": "terapeuta de artes creativas",
  "occupational-therapist": "terapeuta ocupacional",
  "registered-nurse": "enfermero/a registrado/a",
  "case-manager": "gestor/a de casos",
  "peer-support-specialist": "especialista en apoyo entre pares",
};

/** Each holistic practice in Spanish. */
const PRACTICES_ES: Readonly<Record<(typeof HOLISTIC_PRACTICES)[number], string>> = {
  mindfulness: "atención plena (mindfulness)",
  meditation: "meditación",
  yoga: "yoga",
  "art-therapy": "arteterapia",
  "music-therapy": "musicoterapia",
  movement: "movimiento",
};

/** Why the plan needs psychiatric care, in Spanish. */
const REASONS_ES = { medications: "medicamentos activos", diagnosis: "un diagnóstico que requiere atención psiquiátrica" } as const;

/** How often a cadence in weeks comes round, after "una vez": "por semana", "cada 4 semanas". */
export function everyWeeksEs(weeks: number, words: Words): string {
  return weeks === 1 ? "por semana" : `cada ${words.number(weeks)} semanas`;
}

/** Times a week: "1 vez", "0,5 veces". */
function times(value: number, words: Words): string {
  return words.count(value, { one: "vez", other: "veces" });
}

/** The `modality/…` rules' messages in Spanish. */
export const modalityRulesEs: Translations<RuleMessages<typeof modalityRules>> = {
  "modality/group-core": {
    default: (p, words) =>
      `La semana tiene ${words.count(p.actual, { one: "sesión de terapia de grupo", other: "sesiones de terapia de grupo" })} de al menos ${words.number(p.minMinutes)} minutos; la política pide ${words.number(p.required)}.`,
  },
  "modality/individual-frequency": {
    default: (p, words) =>
      `La terapia individual de al menos ${words.number(p.minMinutes)} minutos se realiza ${times(p.actual, words)} por semana; la política pide una vez ${everyWeeksEs(p.everyWeeks, words)}.`,
  },
  "modality/psychoeducation-present": {
    default: (p, words) => `La psicoeducación se realiza ${times(p.actual, words)} por semana; la política pide ${words.number(p.required)}.`,
  },
  "modality/family-involvement": {
    schedule: (p, words) =>
      `Se prevé la participación de la familia, pero la terapia familiar se realiza ${times(p.actual, words)} por semana; la política pide una vez ${everyWeeksEs(p.everyWeeks, words)}.`,
    consent: () => "Se prevé la participación de la familia, pero no consta el consentimiento del participante.",
  },
  "modality/holistic-goal-linked": {
    notQualifying: (p, words) =>
      `Esta práctica de ${PRACTICES_ES[p.practice]} no está vinculada a ninguna meta, por lo que sus ${words.number(p.minutes)} minutos no son un servicio que califica y no cuentan para las horas semanales.`,
    notTherapy: (p) => `Esta práctica de ${PRACTICES_ES[p.practice]} no está vinculada a ninguna meta; solo cuenta como terapia cuando contribuye a una.`,
  },
  "modality/psychiatric-access": {
    default: (p, words) =>
      `El plan tiene ${REASONS_ES[p.reason]}, pero la atención psiquiátrica se realiza ${times(p.actual, words)} por semana; la política pide una vez ${everyWeeksEs(p.everyWeeks, words)}.`,
  },
  "modality/facilitator-qualified": {
    notAllowed: (p) => `Un profesional con el rol de ${ROLES_ES[p.role]} no puede impartir ${ACTIVITY_KINDS_ES[p.modality]}.`,
    notOnTeam: (p) => `El equipo de atención no incluye el rol de ${ROLES_ES[p.role]}.`,
  },
  "modality/qualifying-services-per-day": {
    qualifying: (p, words) =>
      `Este día del programa tiene ${words.count(p.actual, { one: "servicio que califica", other: "servicios que califican" })}; la política pide ${words.number(p.required)}.`,
    therapeutic: (p, words) => `Este día del programa tiene ${words.count(p.actual, { one: "servicio", other: "servicios" })}; la política pide ${words.number(p.required)}.`,
  },
};
