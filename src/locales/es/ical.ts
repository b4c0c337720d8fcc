import type { ICALENDAR_OPTION_MESSAGES } from "../../ical";
import type { Translations } from "../../rules/messages";

/**
 * The messages of unusable `toICalendar` options, in Spanish.
 *
 * @category Messages
 * @example
 * ```ts
 * typeof icalendarOptionsEs["engine/invalid-option"].stamp; //=> "function"
 * ```
 */
export const icalendarOptionsEs: Translations<typeof ICALENDAR_OPTION_MESSAGES> = {
  "engine/invalid-option": {
    notObject: () => "Las opciones deben ser un objeto que incluya al menos stamp.",
    stamp: () => "La opción stamp debe ser un instante ISO 8601 terminado en Z, como 2026-03-01T12:00:00Z: el momento en que se genera el archivo.",
    mode: (p, words) => `La opción mode debe ser ${words.list(p.allowed, "or")}.`,
    prodId: () => "La opción prodId debe empezar por -// y tener como máximo 200 caracteres ASCII imprimibles.",
    previousUids: (p) => `La opción previousUids debe ser una lista de ${p.limit} textos como máximo.`,
    previousUid: () => "Cada UID anterior debe ser un texto.",
    closures: () => "La opción closures debe ser una lista de días del calendario.",
    uidSecret: (p) => `La opción uidSecret debe ser un texto de ${p.min} a ${p.max} caracteres, guardado por la clínica.`,
  },
};
