import { flatMap } from "../../core/arrays";
import { cadenceFindings, type CadenceLate, type CadenceMissed } from "../../core/cadence";
import { cadenceSeries, type ObligationSeries } from "../../core/obligations";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";

/** Medicare certification and recertifications as a cadence (none for another payer): each due `every` days after the last, while in care. */
export function recertificationSeries(plan: TreatmentPlan, every: number): ObligationSeries<{ readonly reason: string }>[] {
  const certified = plan.coverage?.certification;
  if (plan.coverage?.payer !== "medicare" || !certified) return [];
  const records = [
    { date: certified.certifiedOn, path: ["coverage", "certification", "certifiedOn"] },
    ...certified.recertifiedOn.map((date, index) => ({ date, path: ["coverage", "certification", "recertifiedOn", index] })),
  ];
  return [cadenceSeries(records, every, lastDayOfCare(plan), { reason: `recertification every ${every} days` })];
}

/** Medicare: the physician recertifies at least every `recertifyEveryDays`. */
export const recertification = defineRule({
  code: "coverage/recertification",
  summary:
    "With Medicare coverage, recertifications follow the certification at most recertifyEveryDays apart (a later one is reported late), and the next is not missed at asOf while in care.",
  defaultSeverity: "error",
  params: ["recertifyEveryDays"],
  source: "SSA §1861(ff) as amended by CAA 2023 §4124 (recertification no less than every other month); exact day counts unconfirmed",
  messages: {
    late: (p: CadenceLate) => `${p.actual} days passed between certifications (to ${p.date}); Medicare allows ${p.max}.`,
    missed: (p: CadenceMissed) => `A recertification was due by ${p.due} and is not recorded.`,
  },
  check({ plan, params, asOf }) {
    const every = params.recertifyEveryDays;
    return flatMap(recertificationSeries(plan, every), (series) =>
      cadenceFindings(series, every, asOf, lastDayOfCare(plan), {
        latePath: (record) => record,
        missedPath: ["coverage", "certification", "recertifiedOn"],
        params: {},
      }),
    );
  },
});
