import type { RuleMessages, Translations } from "../../rules/messages";
import type { SCHEDULE_MESSAGES } from "../../schedule/messages";
import type { scheduleRules } from "../../schedule/rules";

const MINUTOS = { one: "minuto", other: "minutos" };

/** Los minutos que cuenta una regla: todos los terapéuticos, o solo los que califican para Medicare. */
const CONTADOS = { qualifying: "que califican", therapeutic: "terapéuticos" } as const;

/** Los grupos de edad, como destinatarios de un programa. */
const PARA = { adult: "adultos", adolescent: "adolescentes" } as const;

/** Los grupos de edad, como una persona. */
const PERSONA = { adult: "un adulto", adolescent: "un adolescente" } as const;

/** Los mensajes de las reglas `schedule/…` en español. */
export const scheduleRulesEs: Translations<RuleMessages<typeof scheduleRules>> = {
  "schedule/days-per-week": {
    default: (p, w) =>
      `El horario tiene ${w.count(p.actual, { one: "día de programa", other: "días de programa" })} por semana; la política espera de ${p.min} a ${p.max}.`,
  },
  "schedule/session-length": {
    outsideBounds: (p, w) => `Esta sesión dura ${w.count(p.actual, MINUTOS)}; la política permite de ${p.min} a ${p.max}.`,
    outsideTarget: (p, w) => `Esta sesión dura ${w.count(p.actual, MINUTOS)}, fuera del rango habitual de ${p.min} a ${p.max}.`,
  },
  "schedule/weekly-hours": {
    below: (p, w) =>
      `El horario ofrece ${w.number(p.actual)} minutos ${CONTADOS[p.counted]} por semana; un IOP para ${PARA[p.ageGroup]} requiere al menos ${p.min} (${w.number(p.minHours)} horas). Con menos, es atención ambulatoria de rutina.`,
    above: (p, w) =>
      `El horario ofrece ${w.number(p.actual)} minutos ${CONTADOS[p.counted]} por semana, por encima del máximo de IOP de ${p.max}; ${p.phpFrom} minutos o más por semana es hospitalización parcial (PHP), no IOP.`,
  },
  "schedule/one-session-per-day": {
    default: (p, w) => `Ya hay una sesión programada el ${w.weekday(p.day)} (${w.place(["sessions", p.firstSession])}).`,
  },
  "schedule/activity-sum": {
    statedEnd: (p, w) => `Las actividades suman ${w.count(p.actual, MINUTOS)}; la sesión figura con una duración de ${p.required} (de ${p.start} a ${p.end}).`,
    pastMidnight: (p, w) => `La sesión se extiende más allá de la medianoche (${p.start} más ${w.count(p.minutes, MINUTOS)}).`,
  },
  "schedule/commitment-conflict": {
    session: (p, w) =>
      `Esta sesión (${w.weekday(p.day)} ${p.start}–${p.end}) se superpone con un compromiso del participante (${w.place(["commitments", p.commitment])}, ${p.commitmentStart}–${p.commitmentEnd}).`,
    appointment: (p, w) =>
      `Esta cita (${w.weekday(p.day)} ${p.start}–${p.end}) se superpone con un compromiso del participante (${w.place(["commitments", p.commitment])}, ${p.commitmentStart}–${p.commitmentEnd}).`,
  },
  "schedule/appointment-overlap": {
    session: (p, w) => `Esta cita se superpone con la ${w.place(["sessions", p.session])}.`,
    appointment: (p, w) => `Esta cita se superpone con la ${w.place(["appointments", p.appointment])}.`,
  },
  "schedule/valid-wall-time": {
    gap: (p) => `El ${p.date}, la hora ${p.start} no existe en ${p.timeZone} (el reloj se adelanta); la actividad comenzaría a las ${p.actualStart}.`,
    ambiguous: (p) => `El ${p.date}, la hora ${p.start} ocurre dos veces en ${p.timeZone} (el reloj se atrasa); se toma la primera.`,
  },
};

/** Los mensajes de las funciones de horario fuera de las reglas, en español. */
export const scheduleMessagesEs: Translations<typeof SCHEDULE_MESSAGES> = {
  "engine/invalid-option": {
    closuresNotList: () => "La opción closures debe ser una lista de días del calendario.",
    tooManyClosures: (p) => `Se admiten como máximo ${p.max} días de cierre.`,
    rangeReversed: (p) => `El rango empieza (${p.from}) después de terminar (${p.to}).`,
    rangeTooLong: (p) => `El rango dura más de ${p.max} días.`,
    notWallTime: (p) => `La opción ${p.option} debe ser una hora escrita HH:MM.`,
    notWholeNumber: (p) => `La opción ${p.option} debe ser un número entero, 0 o mayor.`,
    notPositiveWholeNumber: (p) => `La opción ${p.option} debe ser un número entero, 1 o mayor.`,
    notWholeNumberUpTo: (p) => `La opción ${p.option} debe ser un número entero de ${p.min} a ${p.max}.`,
    notOneOf: (p, words) => `La opción ${p.option} debe ser ${words.list(p.allowed, "or")}.`,
    notDayList: (p, words) => `La opción ${p.option} debe ser una lista de días entre ${words.list(p.allowed, "and")}.`,
  },
  "schedule/no-fit": {
    sessionLength: (p) => `Una sesión de ${p.minutes} minutos queda fuera de lo que permite la política, de ${p.min} a ${p.max} minutos.`,
    daysPerWeek: (p) => `La política permite de ${p.min} a ${p.max} días de programa por semana.`,
    weeklyMinutes: (p) =>
      `Ningún número permitido de sesiones de ${p.minutes} minutos da los ${p.min} a ${p.max} minutos por semana que necesita ${PERSONA[p.ageGroup]}.`,
    window: (p) => `Una sesión de ${p.minutes} minutos no cabe entre las ${p.earliest} y las ${p.latest}.`,
    noFreeDays: (p, w) => `Ninguna hora de inicio entre las ${p.earliest} y las ${p.latest} deja ${w.list(p.counts, "or")} días libres de compromisos.`,
  },
  "schema/window-order": {
    default: () => "Una franja horaria debe terminar después de comenzar.",
  },
};
