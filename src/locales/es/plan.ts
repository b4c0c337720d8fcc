import { placeFromParams, type IdKind, type PLAN_MESSAGES } from "../../plan/messages";
import type { planRules } from "../../plan/rules";
import type { RuleMessages, Translations } from "../../rules/messages";
import { ACTIVITY_KINDS_ES } from "./modalities";

/** The age groups in Spanish. */
const AGE_GROUPS_ES = { adult: "adulto", adolescent: "adolescente" } as const;

/** The kinds of id in Spanish. */
const ID_KINDS_ES: Readonly<Record<IdKind, string>> = {
  problem: "problema",
  goal: "meta",
  objective: "objetivo",
  intervention: "intervención",
  "care-team": "miembro del equipo de atención",
  medication: "medicamento",
};

/** The `plan/…` rules' messages in Spanish, but for `plan/review-cadence`. */
export const planRulesEs: Translations<Omit<RuleMessages<typeof planRules>, "plan/review-cadence">> = {
  "plan/diagnosis-required": {
    default: () => "El plan no tiene diagnóstico.",
    primary: (p, words) =>
      `Con ${words.number(p.diagnoses)} diagnósticos, exactamente uno debe estar marcado como principal; ${p.actual === 0 ? "ninguno lo está" : `${words.number(p.actual)} lo están`}.`,
  },
  "plan/problem-has-goal": {
    noProblem: () => "El plan no incluye ningún problema.",
    noGoal: () => "Este problema no tiene ninguna meta.",
  },
  "plan/goal-has-objective": { default: () => "Esta meta no tiene ningún objetivo." },
  "plan/goal-own-words": { default: () => "Esta meta no está redactada con las propias palabras del participante." },
  "plan/objective-measurable": {
    targetDate: (p) => `La fecha objetivo ${p.targetDate} queda fuera del período del programa (${p.admitted} a ${p.plannedDischarge}).`,
    targetRange: (p, words) => `El total de ${p.instrument} no puede superar ${words.number(p.max)}; el valor fijado como objetivo es ${words.number(p.actual)}.`,
    unmeasured: (p) => `Ningún objetivo se mide con ${p.instrument}, el instrumento estándar para este diagnóstico.`,
  },
  "plan/intervention-traced": {
    unlinked: () => "Esta actividad no está vinculada a ninguna intervención.",
    unknown: () => "Esta actividad está vinculada a una intervención que no existe en el plan.",
    mismatch: (p) => `Esta actividad de ${ACTIVITY_KINDS_ES[p.actual]} está vinculada a una intervención de ${ACTIVITY_KINDS_ES[p.expected]}.`,
  },
  "plan/intervention-scheduled": {
    none: (p) => `No hay ${ACTIVITY_KINDS_ES[p.modality]} programada para esta intervención.`,
    tooFew: (p, words) =>
      `La ${ACTIVITY_KINDS_ES[p.modality]} está programada ${words.count(p.actual, { one: "vez", other: "veces" })} por semana; esta intervención necesita ${words.number(p.required)}.`,
  },
  "plan/period-length": {
    default: (p, words) =>
      `El programa está planificado para ${words.count(p.weeks, { one: "semana", other: "semanas" })} (${words.count(p.actual, { one: "día", other: "días" })}); la política prevé de ${words.number(p.minWeeks)} a ${words.number(p.maxWeeks)} semanas.`,
  },
  "plan/first-plan-deadline": {
    late: (p, words) =>
      `El primer plan tiene fecha ${p.actual}, posterior a su fecha límite ${p.deadline} (${words.count(p.days, { one: "día", other: "días" })} desde el ingreso).`,
    missing: (p) => `No consta ningún plan escrito y su fecha límite, ${p.deadline}, ya pasó.`,
  },
  "plan/participant-signature": {
    default: () => "Esta revisión del plan no tiene la firma del participante ni consta su negativa a firmar.",
  },
  "plan/discharge-criteria": { default: () => "El plan no establece criterios de alta." },
  "plan/age-group-mismatch": {
    default: (p, words) =>
      `El participante tiene ${words.count(p.actual, { one: "año", other: "años" })} al ingreso (${p.admitted}), por lo que corresponde al grupo ${AGE_GROUPS_ES[p.expected]} (adulto desde los ${words.number(p.adultFromAge)}), pero está marcado como ${AGE_GROUPS_ES[p.ageGroup]}.`,
  },
};

/** The plan's structural messages in Spanish. */
export const planMessagesEs: Translations<typeof PLAN_MESSAGES> = {
  "schema/duplicate-id": {
    default: (p, words) => `Identificador de ${ID_KINDS_ES[p.kind]} duplicado: ya se usa en ${words.place(placeFromParams(p.first))}.`,
  },
  "schema/unreadable": {
    input: () => "Los datos de entrada no se pudieron leer como datos simples.",
    edit: () => "No se pudo aplicar la modificación al plan.",
  },
  "schema/unknown-version": {
    unknown: () => "No es una versión de esquema: las versiones son números enteros a partir de 1.",
    newer: (p, words) =>
      `La versión de esquema del plan es posterior a la ${words.number(p.max)}, la más reciente que lee esta versión de iopkit; léalo con la versión que lo escribió o con una posterior.`,
  },
  "schema/period-order": {
    planned: () => "El alta prevista debe ser posterior al ingreso.",
    discharged: () => "El alta no puede ser anterior al ingreso.",
  },
  "schema/period-length": {
    default: (p, words) => `Un período dura como máximo ${words.number(p.max)} días (diez años) desde el ingreso.`,
  },
  "schema/invalid_format": {
    icd10: () => "Se esperaba un código CIE-10-MC (ICD-10-CM), por ejemplo F33.1.",
  },
};
