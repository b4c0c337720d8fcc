import type { Words } from "../../core/messages";
import type { ARGUMENT_MESSAGES } from "../../core/plan-error";
import type { SCHEMA_MESSAGES } from "../../core/schema-findings";
import type { RUN_MESSAGES } from "../../rules/run-rules";
import type { Translations } from "../../rules/messages";

/** The types a schema expects or receives, by zod's name. */
const TYPES: Readonly<Record<string, string>> = {
  string: "texto",
  number: "número",
  int: "número entero",
  bigint: "número entero",
  boolean: "booleano (true o false)",
  object: "objeto",
  array: "lista",
  null: "null",
  undefined: "ningún valor",
  date: "fecha",
  symbol: "símbolo",
  function: "función",
  map: "mapa",
  set: "conjunto",
  record: "objeto",
  nan: "NaN",
};

/** Formats of text, by zod's name. */
const FORMATS: Readonly<Record<string, string>> = {
  regex: "el patrón requerido",
  email: "correo electrónico",
  url: "URL",
  uuid: "UUID",
  datetime: "fecha y hora ISO 8601",
  date: "fecha ISO 8601",
  time: "hora ISO 8601",
};

/** What a length limit counts, by zod's origin. */
const UNITS: Readonly<Record<string, { readonly one: string; readonly other: string }>> = {
  string: { one: "carácter", other: "caracteres" },
  array: { one: "elemento", other: "elementos" },
  set: { one: "elemento", other: "elementos" },
};

/** The arguments of iopkit's functions, by the English name they are reported with. */
const ARGUMENTS: Readonly<Record<string, string>> = {
  plan: "el plan",
  plans: "los planes",
  "plan or its options": "el plan o sus opciones",
  "plan or its range": "el plan o su intervalo de fechas",
  "plan or instrument": "el plan o el instrumento",
  options: "las opciones",
  schedule: "el horario",
  modality: "la modalidad",
  medication: "el medicamento",
  assessment: "la evaluación",
  activity: "la actividad",
  "activity or payer": "la actividad o la aseguradora",
  finding: "el hallazgo",
  "list of findings": "la lista de hallazgos",
  input: "la entrada",
  draft: "el borrador",
  path: "la ruta",
  "rule definition": "la definición de la regla",
};

const type = (code: string) => TYPES[code] ?? code;

function limit(value: number, origin: string, words: Words): string {
  const unit = UNITS[origin];
  return unit ? words.count(value, unit) : `un valor de ${words.number(value)}`;
}

/**
 * The messages of schema findings in Spanish.
 *
 * @category Messages
 * @example
 * ```ts
 * typeof schemaEs["schema/blank-text"].default; //=> "function"
 * ```
 */
export const schemaEs: Translations<typeof SCHEMA_MESSAGES> = {
  "schema/invalid_type": {
    missing: () => "Falta un valor obligatorio.",
    wrong: (p) => `Se esperaba ${type(p.expected)} y se recibió ${type(p.received)}.`,
  },
  "schema/too_big": {
    default: (p, words) => (UNITS[p.origin] ? `Se ${words.plural(p.maximum, { one: "admite", other: "admiten" })} como máximo ${limit(p.maximum, p.origin, words)}.` : `Se esperaba un valor no mayor que ${words.number(p.maximum)}.`),
  },
  "schema/too_small": {
    default: (p, words) => (UNITS[p.origin] ? `Se ${words.plural(p.minimum, { one: "requiere", other: "requieren" })} como mínimo ${limit(p.minimum, p.origin, words)}.` : `Se esperaba un valor no menor que ${words.number(p.minimum)}.`),
  },
  "schema/invalid_value": {
    default: (p, words) => `Se esperaba uno de estos valores: ${words.list(p.allowed, "or")}.`,
  },
  "schema/unrecognized_keys": {
    default: () => "Propiedad desconocida: no forma parte del esquema.",
  },
  "schema/invalid_union": {
    kind: (p, words) => `Tipo desconocido o ausente; se esperaba uno de estos: ${words.list(p.allowed, "or")}.`,
    default: () => "El valor no coincide con ninguna de las formas permitidas.",
  },
  "schema/invalid_format": {
    icd10: () => "Se esperaba un código CIE-10-MC (ICD-10-CM), como F33.1.",
    default: (p) => `Se esperaba texto en el formato ${FORMATS[p.format] ?? p.format}.`,
  },
  "schema/not_multiple_of": { default: () => "Valor no válido." },
  "schema/invalid_key": { default: () => "Valor no válido." },
  "schema/invalid_element": { default: () => "Valor no válido." },
  "schema/blank-text": { default: () => "El texto no puede estar en blanco." },
  "schema/invalid-day": {
    impossible: () => "No es un día del calendario: el mes no tiene ese día.",
    form: () => "Se esperaba un día del calendario con el formato AAAA-MM-DD.",
  },
  "schema/invalid-time": { default: () => "Se esperaba una hora del reloj con el formato HH:MM, entre 00:00 y 23:59." },
  "schema/unknown-time-zone": { default: () => "Se esperaba el nombre de una zona horaria IANA." },
};

/**
 * The message of an argument that could not be read, in Spanish.
 *
 * @category Messages
 * @example
 * ```ts
 * typeof argumentEs["engine/invalid-argument"].default; //=> "function"
 * ```
 */
export const argumentEs: Translations<typeof ARGUMENT_MESSAGES> = {
  "engine/invalid-argument": {
    default: (p) => `No fue posible leer ${ARGUMENTS[p.argument] ?? `«${p.argument}»`}: el valor recibido no es del tipo que acepta la función.`,
  },
};

/**
 * The message of a rule that failed to run, in Spanish.
 *
 * @category Messages
 * @example
 * ```ts
 * typeof runEs["engine/rule-failed"].default; //=> "function"
 * ```
 */
export const runEs: Translations<typeof RUN_MESSAGES> = {
  "engine/rule-failed": {
    default: (p) => `No se pudo ejecutar la regla ${p.failedRule}; las demás reglas sí se ejecutaron.`,
  },
};
