import { cadenceFindings } from "../../core/cadence";
import { cadenceSeries, type ObligationSeries } from "../../core/obligations";
import { lastDayOfCare } from "../../core/period";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";

/** Medicare: the physician recertifies at least every `recertifyEveryDays`. */
export const recertification = defineRule({
  code: "coverage/recertification",
  summary: "With Medicare coverage, recertifications follow the certification at most recertifyEveryDays apart, and the next is not overdue at asOf while in care.",
  defaultSeverity: "error",
  params: ["recertifyEveryDays"],
  source: "SSA §1861(ff) as amended by CAA 2023 §4124 (recertification no less than every other month); exact day counts unconfirmed",
  check({ plan, params, asOf }) {
    const coverage = plan.coverage;
    const certified = coverage?.certification;
    if (coverage?.payer !== "medicare" || !certified) return [];
    const every = params.recertifyEveryDays;
    const path = ["coverage", "certification", "recertifiedOn"];
    const points = [certified.certifiedOn, ...[...certified.recertifiedOn].sort()].map((date) => ({ date, path }));
    return cadenceFindings(points, every, asOf, lastDayOfCare(plan), {
      gap: (gap, point) => `${gap} days passed between certifications (to ${point.date}); Medicare allows ${every}.`,
      overdue: (due) => `A recertification was due by ${due} and is not recorded.`,
      overduePath: path,
    });
  },
});

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
