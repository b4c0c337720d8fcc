import type { Words } from "../../core/messages";
import type { medicationRules } from "../../medication/rules";
import type { DueReasonParams } from "../../medication/due";
import type { RuleMessages, Translations } from "../../rules/messages";

/** Laboratory tests and measurements by code. */
const LABS: Readonly<Record<string, string>> = {
  anc: "RAN",
  "lithium-level": "litemia",
  "valproate-level": "nivel de valproato",
  "liver-function": "pruebas de función hepática",
  "blood-count": "hemograma",
  "weight-bmi": "peso e IMC",
  waist: "perímetro de cintura",
  "blood-pressure": "presión arterial",
  "fasting-glucose": "glucosa en ayunas",
  hba1c: "HbA1c",
  lipids: "perfil lipídico",
  "renal-function": "función renal",
  thyroid: "función tiroidea",
  calcium: "calcio",
  "pregnancy-test": "prueba de embarazo",
};

/** Medication events with their definite article, by code. */
const EVENTS: Readonly<Record<string, string>> = {
  start: "el inicio",
  "dose-change": "el cambio de dosis",
  stop: "la suspensión",
  restart: "el reinicio",
  continuing: "la continuación",
};

/** Medication events with their indefinite article, by code. */
const AN_EVENT: Readonly<Record<string, string>> = {
  start: "un inicio",
  "dose-change": "un cambio de dosis",
  stop: "una suspensión",
  restart: "un reinicio",
  continuing: "una continuación",
};

/** Medication classes by code. */
const CLASSES: Readonly<Record<string, string>> = {
  antidepressant: "antidepresivo",
  antipsychotic: "antipsicótico",
  clozapine: "clozapina",
  lithium: "litio",
  valproate: "valproato",
  anxiolytic: "ansiolítico",
  hypnotic: "hipnótico",
  stimulant: "estimulante",
  other: "otra",
};

const lab = (code: string) => LABS[code] ?? code;
const event = (code: string | undefined) => (code === undefined ? "" : (EVENTS[code] ?? code));
const anEvent = (code: string) => AN_EVENT[code] ?? code;
const medicationClass = (code: string) => CLASSES[code] ?? code;

/** How a course began, in Spanish, agreeing with the medicine's gender: "iniciado el …", or "tomado desde el …" for one continuing from before admission. */
function since(p: DueReasonParams, feminine = false): string {
  const ending = feminine ? "a" : "o";
  return `${p.event === "continuing" ? `tomad${ending} desde` : `iniciad${ending}`} el ${p.eventOn}`;
}

/** Why an item is due, in Spanish, from its codes. */
function reason(p: DueReasonParams, words: Words): string {
  const labs = words.list((p.labs ?? []).map(lab), "or");
  switch (p.protocol) {
    case "review-after-change":
      return `revisión tras ${event(p.event)} del ${p.eventOn}`;
    case "antidepressant-young":
      return `visita por antidepresivo tras ${event(p.event)} del ${p.eventOn}`;
    case "antipsychotic-metabolic":
      return `${labs} por un antipsicótico ${since(p)}`;
    case "lithium-level":
      if (p.labs?.includes("lithium-level") && p.event !== "continuing") return `litemia tras ${event(p.event)} del ${p.eventOn}`;
      return `${labs} por litio ${since(p)}`;
    case "clozapine-anc":
      return `RAN por clozapina ${p.event === "restart" ? `reiniciada el ${p.eventOn}` : since(p, true)}`;
    case "valproate-labs":
      return `${labs} por valproato ${since(p)}`;
    default:
      return "revisión psiquiátrica periódica";
  }
}

/** What an item asks for. */
function what(p: DueReasonParams, words: Words): string {
  return p.labs ? `Un control (${words.list(p.labs.map(lab), "or")})` : "Una revisión psiquiátrica";
}

const missed = (p: DueReasonParams & { readonly due: string }, words: Words) => `${what(p, words)} debía hacerse a más tardar el ${p.due} (${reason(p, words)}) y no consta.`;

/**
 * The messages of the `medication/…` rules in Spanish.
 *
 * @category Messages
 * @example
 * ```ts
 * typeof medicationEs["medication/prescriber-on-team"].default; //=> "function"
 * ```
 */
export const medicationEs: Translations<RuleMessages<typeof medicationRules>> = {
  "medication/review-overdue": { default: missed },
  "medication/review-after-change": { default: missed },
  "medication/prescriber-on-team": { default: () => "El plan incluye medicamentos, pero no hay ningún prescriptor en el equipo de atención." },
  "medication/monitoring-antidepressant-young": {
    default: missed,
    ageUnknown: (p) =>
      `El medicamento ${p.medication} es un antidepresivo y se desconoce la edad del participante; no se puede comprobar la monitorización para menores de ${p.youngAdultAge} años.`,
  },
  "medication/monitoring-antipsychotic": { default: missed },
  "medication/monitoring-lithium": { default: missed },
  "medication/monitoring-clozapine": { default: missed },
  "medication/monitoring-valproate": {
    default: missed,
    pregnancyUnknown: (p) =>
      `El medicamento ${p.medication} es valproato y no consta si la persona participante puede quedar embarazada; no se puede comprobar la prueba de embarazo que exige el valproato.`,
  },
  "medication/known-class": {
    default: () => "Esta clase de medicamento no es una de las que iopkit monitoriza; solo se aplican la cadencia habitual de revisiones psiquiátricas y las revisiones tras cambios.",
  },
  "medication/class-mismatch": {
    default: (p) =>
      `El medicamento ${p.medication} figura ${p.stated === "unknown" ? "con una clase que iopkit no conoce" : `con la clase ${medicationClass(p.stated)}`}, pero por su nombre pertenece a la clase ${medicationClass(p.implied)}; ${p.monitored === p.implied ? "se monitoriza" : "se sigue monitorizando"} como ${medicationClass(p.monitored)}.`,
    both: (p) =>
      `El medicamento ${p.medication} figura con la clase ${medicationClass(p.stated)}, pero por su nombre pertenece a la clase ${medicationClass(p.implied)}; se monitoriza como ambas.`,
  },
  "medication/event-order": {
    unordered: (p) =>
      `El evento ${p.event} del medicamento ${p.medication} tiene fecha ${p.date}, anterior a la del evento que lo precede (${p.previous}); los eventos se registran del más antiguo al más reciente.`,
    continuingNotFirst: (p) =>
      `El evento ${p.event} del medicamento ${p.medication} es una continuación; solo el primer evento puede serlo (un medicamento que se tomaba antes del ingreso).`,
    continuingAfterAdmission: (p) =>
      `El medicamento ${p.medication} figura como continuación desde el ${p.date}, después del ingreso el ${p.admitted}; un medicamento iniciado durante la atención se registra con un inicio.`,
    firstNotStart: (p) => `El primer evento del medicamento ${p.medication} es ${anEvent(p.kind)}; un historial empieza con un inicio o una continuación.`,
    afterStop: (p) => `El evento ${p.event} del medicamento ${p.medication} es ${anEvent(p.kind)} tras la suspensión del ${p.stoppedOn} sin un nuevo inicio.`,
  },
  "medication/review-late": {
    default: (p, words) =>
      `${what(p, words)} debía hacerse a más tardar el ${p.due} (${reason(p, words)}) y se hizo con ${words.count(p.daysLate, { one: "día", other: "días" })} de retraso.`,
  },
};
