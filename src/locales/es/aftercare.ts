import type { Words } from "../../core/messages";
import type { aftercareRules } from "../../aftercare/rules";
import type { LEVELS_OF_CARE, SAFETY_PLAN_STEPS } from "../../aftercare/schema";
import type { RuleMessages, Translations } from "../../rules/messages";

/** The levels of care in Spanish. */
const LEVELS_ES: Readonly<Record<(typeof LEVELS_OF_CARE)[number], string>> = {
  outpatient: "atención ambulatoria",
  "intensive-outpatient": "programa ambulatorio intensivo (IOP)",
  "partial-hospitalization": "hospitalización parcial",
  residential: "tratamiento residencial",
  inpatient: "hospitalización",
};

/** The six Stanley-Brown steps in Spanish. */
const STEPS_ES: Readonly<Record<(typeof SAFETY_PLAN_STEPS)[number], string>> = {
  "warning-signs": "señales de advertencia",
  "internal-coping": "estrategias internas de afrontamiento",
  "social-distraction": "personas y lugares sociales que sirven de distracción",
  "people-to-ask-for-help": "personas a quienes pedir ayuda",
  "professional-contacts": "profesionales y servicios a los que contactar",
  "means-safety": "entorno seguro (restricción de medios)",
};

/** A number of days: "1 día", "7 días". */
function days(value: number, words: Words): string {
  return words.count(value, { one: "día", other: "días" });
}

/** The `aftercare/…` rules' messages in Spanish. */
export const aftercareRulesEs: Translations<RuleMessages<typeof aftercareRules>> = {
  "aftercare/plan-started": {
    late: (p, words) => `La planificación del cuidado posterior comenzó el ${p.actual}, después del ${p.deadline} (${days(p.days, words)} antes del alta prevista).`,
    missing: (p) => `No hay plan de cuidado posterior, y debía comenzar a más tardar el ${p.deadline}.`,
  },
  "aftercare/follow-up-window": {
    missing: (p) => `No hay ninguna cita de atención continuada programada después del alta (${p.discharge}).`,
    late: (p, words) =>
      `La primera cita de atención continuada después del alta es ${days(p.actual, words)} después (${p.discharge}); debería ser entre ${words.number(p.min)} y ${days(p.max, words)} después.`,
  },
  "aftercare/medication-continuity": {
    missing: (p) =>
      `Los medicamentos continúan después del alta (${p.discharge}), pero el plan de cuidado posterior no incluye un seguimiento psiquiátrico con fecha posterior al alta.`,
    late: (p, words) =>
      `El seguimiento psiquiátrico de los medicamentos que continúan es ${days(p.actual, words)} después del alta (${p.discharge}); debería ser entre ${words.number(p.min)} y ${days(p.max, words)} después.`,
  },
  "aftercare/support-resources": {
    default: () => "El plan de cuidado posterior no incluye un grupo de apoyo ni apoyo entre pares.",
  },
  "aftercare/safety-plan": {
    late: (p, words) => `El plan de seguridad se redactó el ${p.actual}, ${days(p.late, words)} después de su fecha límite, el ${p.due}.`,
    missing: (p) => `La persona está en riesgo desde el ${p.since} y no se redactó ningún plan de seguridad a más tardar el ${p.due}.`,
    predates: (p) => `El plan de seguridad tiene fecha ${p.actual}, anterior al riesgo detectado el ${p.since}, y no se redactó un plan posterior a más tardar el ${p.due}.`,
    undated: (p) => `El plan de seguridad no tiene fecha: nada indica que se redactara después del riesgo detectado el ${p.since}, como correspondía a más tardar el ${p.due}.`,
    step: (p) => `Al plan de seguridad le falta el paso de ${STEPS_ES[p.missing]}.`,
    crisisLine: (p) => `El plan de seguridad no indica la línea de crisis ${p.expected}.`,
  },
  "aftercare/step-down-level": {
    missing: () => "El plan de cuidado posterior no indica el nivel de atención después del alta.",
    same: () => "El cuidado posterior en el mismo nivel (IOP) no es una reducción del nivel de atención.",
    escalation: (p) => `El cuidado posterior en ${LEVELS_ES[p.level]} supone pasar a un nivel de atención más alto.`,
  },
};
