import type { Words } from "../../core/messages";
import type { DAY_OPTION_MESSAGES } from "../../core/options";
import type { POLICY_MESSAGES } from "../../policy/messages";
import type { LOCALE_OPTION_MESSAGES } from "../../rules/locale-option";
import type { Translations } from "../../rules/messages";

/** "¿Quiso decir a o b?" after a message, when there are suggestions. */
function didYouMean(suggestions: readonly string[] | undefined, words: Words): string {
  return suggestions && suggestions.length > 0 ? ` ¿Quiso decir ${words.list(suggestions, "or")}?` : "";
}

/** The findings about a policy, in Spanish. */
export const policyEs: Translations<typeof POLICY_MESSAGES> = {
  "policy/unknown-preset": {
    default: (p, words) => `Identificador de política predefinida desconocido; se esperaba uno de: ${words.list(p.allowed, "or")}.${didYouMean(p.suggestions, words)}`,
  },
  "policy/invalid-setting": {
    default: (p, words) => `Se esperaba uno de: ${words.list(p.allowed, "or")}.`,
  },
  "policy/invalid-policy": {
    notPolicy: () => "Una política debe ser el identificador de una política predefinida o un objeto de política.",
    rulesNotObject: () => "Las reglas de la política deben ser un objeto con la configuración de cada regla.",
    idAndName: () => "Un objeto de política necesita un identificador y un nombre (texto).",
    unreadable: () => "No se pudo leer el objeto de política.",
    undefinedOption: () =>
      "La opción de política está presente pero sin definir; omítala para usar la política predeterminada o indique una política predefinida.",
    messagesNotObject: () => "Los mensajes de la política deben ser un objeto de mensajes por etiqueta de idioma, código de regla y variante.",
  },
  "policy/min-above-max": {
    default: () => "El mínimo (min) es mayor que el máximo (max).",
    targetBand: () => "La franja objetivo de la sesión debe estar dentro de min–max, con targetMin ≤ targetMax.",
  },
  "policy/phase-order": {
    default: () => "Las fases de la clozapina empiezan en el mes 0 y van en aumento.",
  },
  "policy/unknown-rule": {
    default: (p, words) => `Código de regla desconocido.${didYouMean(p.suggestions, words)}`,
  },
  "policy/unknown-message": {
    code: (p, words) => `Ningún hallazgo tiene este código, así que no hay mensaje que reemplazar.${didYouMean(p.suggestions, words)}`,
    variant: (p, words) => `Este código no tiene un mensaje con esa variante; sus variantes son: ${words.list(p.allowed)}.`,
    notText: () => "Un mensaje de reemplazo debe ser un texto con marcadores {param} o una función de los parámetros.",
    languageTag: () => "Los mensajes de un idioma se indican con su etiqueta BCP 47, como en, es o es-US; esta clave no lo es.",
  },
};

/** The findings about the options of a call, in Spanish. */
export const optionsEs: Translations<typeof DAY_OPTION_MESSAGES & typeof LOCALE_OPTION_MESSAGES> = {
  "engine/invalid-option": {
    impossibleDay: (p) => `La opción ${p.option} es ${p.value}, que no es un día del calendario.`,
    notDay: (p) => `La opción ${p.option} debe ser un día del calendario escrito AAAA-MM-DD.`,
    impossibleClosure: (p) => `El cierre ${p.closure} es ${p.value}, que no es un día del calendario.`,
    notClosure: (p) => `El cierre ${p.closure} debe ser un día del calendario escrito AAAA-MM-DD.`,
    locale: () => 'La opción locale debe ser "en" o un objeto de configuración regional, como es de "iopkit/locales/es" (una etiqueta BCP 47 válida, las palabras de los elementos de las listas y los mensajes por código), no el nombre de un idioma.',
  },
};
