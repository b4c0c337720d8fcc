import type { COVERAGE_MESSAGES } from "../../coverage/messages";
import type { coverageRules } from "../../coverage/rules";
import type { RuleMessages, Translations } from "../../rules/messages";

/** Los pagadores por su nombre. */
const PAGADOR = {
  medicare: "Medicare",
  medicaid: "Medicaid",
  commercial: "seguro comercial",
  tricare: "TRICARE",
  "self-pay": "pago por cuenta propia",
  other: "otro pagador",
} as const;

const DIAS = { one: "día", other: "días" };

/** Los mensajes de las reglas `coverage/…` en español. */
export const coverageRulesEs: Translations<RuleMessages<typeof coverageRules>> = {
  "coverage/authorization-required": {
    default: (p) => `La aseguradora (${PAGADOR[p.payer]}) requiere una autorización previa y no consta ninguna.`,
  },
  "coverage/authorization-covers-period": {
    default: (p, w) =>
      `${w.count(p.actual, { one: "día de programa queda", other: "días de programa quedan" })} fuera de la autorización (del ${p.start} al ${p.end}), del ${p.first} al ${p.last}.`,
  },
  "coverage/authorization-days": {
    default: (p, w) =>
      `Hay ${w.count(p.actual, { one: "día de programa programado", other: "días de programa programados" })} dentro de la autorización; ${w.plural(p.approved, { one: "se aprobó", other: "se aprobaron" })} ${p.approved}.`,
  },
  "coverage/concurrent-review-due": {
    passed: (p) => `La revisión concurrente prevista para el ${p.due} ya pasó.`,
    due: (p) => `Hay una revisión concurrente prevista para el ${p.due}.`,
  },
  "coverage/certification": {
    missing: () => "El IOP de Medicare requiere la certificación de un médico y no consta ninguna.",
    late: (p) => `La certificación tiene fecha ${p.actual}, posterior al ingreso del ${p.admitted}.`,
  },
  "coverage/recertification": {
    late: (p, w) => `Pasaron ${w.count(p.actual, DIAS)} entre certificaciones (hasta el ${p.date}); Medicare permite ${p.max}.`,
    missed: (p) => `La recertificación debía hacerse a más tardar el ${p.due} y no consta.`,
  },
};

/** Los mensajes de las funciones de cobertura fuera de las reglas, en español. */
export const coverageMessagesEs: Translations<typeof COVERAGE_MESSAGES> = {
  "coverage/authorization-required": {
    noAuthorization: () => "El plan no registra ninguna autorización.",
  },
  "engine/invalid-option": {
    noCostSharing: () => "El plan no registra condiciones de costo compartido para hacer la estimación.",
  },
  "schema/period-order": {
    authorization: () => "Una autorización debe terminar el mismo día de su inicio o después.",
  },
};
