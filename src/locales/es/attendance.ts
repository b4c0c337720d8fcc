import type { ATTENDANCE_MESSAGES } from "../../attendance/messages";
import type { attendanceRules } from "../../attendance/rules";
import type { RuleMessages, Translations } from "../../rules/messages";
import type { Words } from "../../core/messages";

/** Lo que se programa: una sesión o una cita (ambas femeninas). */
const QUE = { session: "sesión", appointment: "cita" } as const;

/** Los minutos que cuenta la regla. */
const CONTADOS = { qualifying: "que califican", therapy: "de terapia" } as const;

/** El mínimo semanal que se aplica. */
const MINIMO = { qualifying: "del mínimo certificado", therapy: "del mínimo semanal" } as const;

/** Los niveles de atención de una transición. */
const NIVELES = { outpatient: "atención ambulatoria", "intensive-outpatient": "atención ambulatoria intensiva", "partial-hospitalization": "hospitalización parcial" } as const;

const SEMANAS = { one: "semana", other: "semanas" };

const MINUTOS = { one: "minuto", other: "minutos" };
/** Las sesiones sin registro de una semana, cuando las hay: lo que los minutos brindados no cuentan. */
const sinRegistro = (sesiones: number, w: Words) => (sesiones === 0 ? "" : ` (y ${w.count(sesiones, { one: "sesión sin registro", other: "sesiones sin registro" })})`);

/** Dónde caen los servicios de IOP que se solapan con la hospitalización parcial, y por qué importa. */
const sobrePhp = (ventana: number, w: Words) =>
  `en días de hospitalización parcial o dentro de ${w.count(ventana, { one: "día", other: "días" })} antes de pasar a ella; PHP e IOP no se facturan por los mismos días.`;

/** Los mensajes de las reglas `attendance/…` en español. */
export const attendanceRulesEs: Translations<RuleMessages<typeof attendanceRules>> = {
  "attendance/unknown-session": {
    default: (p) => `El registro de asistencia del ${p.date} no corresponde a ninguna sesión ni cita programada ese día o esa semana.`,
  },
  "attendance/future-record": {
    default: (p) => `El registro de asistencia del ${p.date} tiene fecha posterior al ${p.asOf}, el día en que se revisa el plan; la atención de un día posterior todavía no pudo ocurrir.`,
  },
  "attendance/duplicate-record": {
    default: (p, w) => `Hay otro registro de asistencia para la misma sesión del ${p.date}; cuenta el registro ${w.number(p.first + 1)}.`,
    weekly: (p, w) => `Hay otro registro de asistencia para la cita ${w.number(p.index + 1)} en la semana ${p.week} (del ${p.from} al ${p.to}); cuenta el registro ${w.number(p.first + 1)}.`,
  },
  "attendance/minutes-out-of-range": {
    default: (p, w) => `El registro parcial del ${p.date} indica ${w.count(p.actual, { one: "minuto", other: "minutos" })}; la ${QUE[p.kind]} dura ${p.max}.`,
  },
  "attendance/unrecorded": {
    default: (p) => `No consta la asistencia a la ${QUE[p.kind]} del ${p.date}.`,
    weekly: (p, w) => `No consta la asistencia a la cita ${w.number(p.index + 1)}, que no tiene día fijo, en la semana ${p.week} (del ${p.from} al ${p.to}).`,
  },
  "attendance/delivered-hours": {
    short: (p, w) =>
      `En la semana ${p.week} (del ${p.from} al ${p.to}) se brindaron ${w.count(p.actual, MINUTOS)} ${CONTADOS[p.counted]} de los ${p.scheduled} programados${sinRegistro(p.unrecorded, w)}, por debajo ${MINIMO[p.counted]} de ${p.min} (${w.number(p.minHours)} horas).`,
    review: (p, w) =>
      `En la semana ${p.week} (del ${p.from} al ${p.to}) se brindaron ${w.count(p.actual, MINUTOS)} ${CONTADOS[p.counted]} de los ${p.scheduled} programados${sinRegistro(p.unrecorded, w)}, por debajo ${MINIMO[p.counted]} de ${p.min} (${w.number(p.minHours)} horas); ${w.count(p.run, SEMANAS)} seguidas por debajo del mínimo: hay que revisar el nivel de atención.`,
  },
  "attendance/consecutive-absences": {
    default: (p, w) =>
      `${w.count(p.length, { one: "ausencia injustificada", other: "ausencias injustificadas" })} seguidas del ${p.from} al ${p.to}: conviene contactar al participante.`,
  },
  "attendance/transition-sequence": {
    default: (p) => `La transición del ${p.date} parte de ${NIVELES[p.from]}, pero la transición del ${p.since} ya había llevado la atención a ${NIVELES[p.level]}.`,
  },
  "attendance/step-down-grace": {
    default: (p, w) =>
      `${p.weeks === 1 ? "La semana anterior" : `Las ${p.weeks} semanas anteriores`} al paso a atención ambulatoria del ${p.date} ${p.weeks === 1 ? "brindó" : "brindaron"} menos del mínimo semanal; ${p.grace === 0 ? "ninguna cuenta" : `hasta ${w.count(p.grace, SEMANAS)} ${w.plural(p.grace, { one: "cuenta", other: "cuentan" })}`} como IOP durante la transición, así que el paso se hizo con ${w.count(p.late, SEMANAS)} de retraso.`,
  },
  "attendance/php-iop-overlap": {
    default: (p, w) =>
      `${w.count(p.count, { one: "servicio de IOP", other: "servicios de IOP" })} del ${p.from} al ${p.to} ${w.plural(p.count, { one: "cae", other: "caen" })} ${sobrePhp(p.window, w)}`,
    day: (p, w) => `${w.count(p.count, { one: "servicio de IOP", other: "servicios de IOP" })} del ${p.from} ${w.plural(p.count, { one: "cae", other: "caen" })} ${sobrePhp(p.window, w)}`,
  },
};

/** Los mensajes de los esquemas de asistencia, en español. */
export const attendanceMessagesEs: Translations<typeof ATTENDANCE_MESSAGES> = {
  "schema/attendance-target": {
    default: () => "Un registro corresponde a una sesión o a una cita, no a ambas.",
  },
  "schema/attendance-minutes": {
    default: () => "Un registro parcial indica los minutos de presencia; los demás registros no los indican.",
  },
  "schema/transition-level": {
    default: () => "Una transición cambia el nivel de atención.",
  },
};
