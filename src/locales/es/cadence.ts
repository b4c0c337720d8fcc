import type { reviewCadence } from "../../plan/rules/review-cadence";
import type { RuleMessages, Translations } from "../../rules/messages";

/** Los mensajes de `plan/review-cadence` en español. */
export const cadenceRulesEs: Translations<RuleMessages<readonly [typeof reviewCadence]>> = {
  "plan/review-cadence": {
    late: (p, w) => `Pasaron ${w.count(p.actual, { one: "día", other: "días" })} desde la revisión anterior del plan de tratamiento; la política permite ${p.max}.`,
    missed: (p) => `La siguiente revisión del plan de tratamiento debía hacerse a más tardar el ${p.due} (${p.max} días después de la última) y no consta.`,
  },
};
