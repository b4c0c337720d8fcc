import { flatMap } from "../../core/arrays";
import { cadenceFindings, type CadenceLate, type CadenceMissed } from "../../core/cadence";
import { cadenceSeries, type ObligationSeries } from "../../core/obligations";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";

/**
 * Medicare certification and recertifications as a cadence (none for another payer): the first
 * recertification due `first` days after the certification, each later one `every` days after the
 * last, while in care.
 */
export function recertificationSeries(plan: TreatmentPlan, every: number, first: number): ObligationSeries<{ readonly reason: string }>[] {
  const certified = plan.coverage?.certification;
  if (plan.coverage?.payer !== "medicare" || !certified) return [];
  const records = [
    { date: certified.certifiedOn, path: ["coverage", "certification", "certifiedOn"] },
    ...certified.recertifiedOn.map((date, index) => ({ date, path: ["coverage", "certification", "recertifiedOn", index] })),
  ];
  return [cadenceSeries(records, every, lastDayOfCare(plan), { reason: `recertification within ${first} days of the certification, then every ${every} days` }, first)];
}

/** Medicare: the physician recertifies within `firstRecertifyWithinDays` of the certification, then at least every `recertifyEveryDays`. */
export const recertification = defineRule({
  code: "coverage/recertification",
  summary:
    "With Medicare coverage, the first recertification follows the certification within firstRecertifyWithinDays and each later one the previous at most recertifyEveryDays apart (a later one is reported late), and the next is not missed at asOf while in care.",
  defaultSeverity: "error",
  needsAsOf: "partly",
  params: ["recertifyEveryDays", "firstRecertifyWithinDays"],
  source: "SSA §1861(ff) as amended by CAA 2023 §4124 (recertification no less than every other month); 42 CFR 424.24(d) (first IOP recertification by day 30); exact day counts unconfirmed",
  messages: {
    late: (p: CadenceLate) => `${p.actual} days passed between certifications (to ${p.date}); Medicare allows ${p.max}.`,
    missed: (p: CadenceMissed) => `A recertification was due by ${p.due} and is not recorded.`,
  },
  check({ plan, params, asOf }) {
    return flatMap(recertificationSeries(plan, params.recertifyEveryDays, params.firstRecertifyWithinDays), (series) =>
      cadenceFindings(series, asOf, lastDayOfCare(plan), {
        latePath: (record) => record,
        missedPath: ["coverage", "certification", "recertifiedOn"],
        params: {},
      }),
    );
  },
});
