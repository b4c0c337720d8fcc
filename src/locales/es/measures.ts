import type { measuresRules } from "../../measures/rules";
import type { RuleMessages, Translations } from "../../rules/messages";

/** Los mensajes de las reglas `measures/…` en español. */
export const measuresRulesEs: Translations<RuleMessages<typeof measuresRules>> = {
  "measures/valid-assessment": {
    itemCount: (p) => `El ${p.instrument} tiene ${p.required} ítems; esta evaluación tiene ${p.actual}.`,
    notWhole: (p) => `Los ítems del ${p.instrument} se puntúan con números enteros de ${p.min} a ${p.max}; el ítem ${p.item} no lo es.`,
    outOfRange: (p) => `Los ítems del ${p.instrument} se puntúan de ${p.min} a ${p.max}; el ítem ${p.item} tiene ${p.actual}.`,
    skipped: (p) =>
      `El ítem ${p.item} del ${p.instrument} solo se pregunta tras una respuesta positiva al ítem ${p.gate}; el ítem ${p.gate} tiene ${p.min} y el ítem ${p.item} tiene ${p.actual}.`,
  },
  "measures/baseline-recorded": {
    anyMeasure: (p, w) => `No consta ninguna medida estandarizada (${w.list(p.instruments, "or")}) entre el ${p.from} y el ${p.to}.`,
    instrument: (p) => `No consta un ${p.instrument} inicial entre el ${p.from} y el ${p.to}.`,
  },
  "measures/baseline-late": {
    default: (p, w) => `El ${p.instrument} inicial tiene fecha ${p.date}, ${w.count(p.daysLate, { one: "día", other: "días" })} después de su fecha límite ${p.due}.`,
  },
  "measures/repeat-every": {
    late: (p, w) => `Pasaron ${w.count(p.actual, { one: "día", other: "días" })} entre dos mediciones con el ${p.instrument}; la política permite ${p.max}.`,
    missed: (p) => `El siguiente ${p.instrument} debía hacerse el ${p.due} y no consta.`,
  },
  "measures/suicide-screen": {
    default: (p, w) => `No consta ningún tamizaje de riesgo suicida (${w.list(p.instruments, "or")}) entre el ${p.from} y el ${p.to}.`,
    late: (p, w) => `El tamizaje de riesgo suicida (${p.instrument}) tiene fecha ${p.date}, ${w.count(p.daysLate, { one: "día", other: "días" })} después de su fecha límite ${p.due}.`,
  },
  "measures/suicide-item-positive": {
    default: (p) =>
      `El ítem ${p.item} del ${p.instrument} fue positivo el ${p.date} y no le siguió una revisión psiquiátrica ni una evaluación del riesgo ${p.by === p.date ? "ese mismo día" : `entre el ${p.date} y el ${p.by}`}.`,
  },
};
