import { cadenceBreaches } from "../../core/cadence";
import { lastDayOfCare } from "../../core/period";
import type { Rule, RuleFindingDraft } from "../../core/rule";

/** Medicare: a physician certifies the need for IOP at admission. */
export const certification: Rule = {
  code: "coverage/certification",
  area: "coverage",
  summary: "With Medicare coverage, the physician's certification that the person needs at least 9 hours a week is dated on or before admission.",
  defaultSeverity: "error",
  params: [],
  source: "SSA §1861(ff) as amended by CAA 2023 §4124 (physician certification for IOP; via icd10monitor, nahri.org)",
  check({ plan }) {
    const coverage = plan.coverage;
    if (coverage?.payer !== "medicare") return [];
    const certified = coverage.certification?.certifiedOn;
    if (certified === undefined) return [{ path: ["coverage", "certification"], message: "Medicare IOP needs a physician's certification and none is recorded." }];
    if (certified <= plan.period.admitted) return [];
    return [
      {
        path: ["coverage", "certification", "certifiedOn"],
        message: `The certification is dated ${certified}, after admission on ${plan.period.admitted}.`,
        params: { actual: certified, admitted: plan.period.admitted },
      },
    ];
  },
};

/** Medicare: the physician recertifies at least every `recertifyEveryDays`. */
export const recertification: Rule = {
  code: "coverage/recertification",
  area: "coverage",
  summary: "With Medicare coverage, recertifications follow the certification at most recertifyEveryDays apart, and the next is not overdue at asOf while in care.",
  defaultSeverity: "error",
  params: ["recertifyEveryDays"],
  source: "SSA §1861(ff) as amended by CAA 2023 §4124 (recertification no less than every other month); exact day counts unconfirmed",
  check({ plan, params, asOf }) {
    const coverage = plan.coverage;
    const certified = coverage?.certification;
    if (coverage?.payer !== "medicare" || !certified) return [];
    const every = params.recertifyEveryDays;
    const points = [certified.certifiedOn, ...[...certified.recertifiedOn].sort()].map((date) => ({ date, path: ["coverage", "certification", "recertifiedOn"] }));
    const { gaps, overdueSince } = cadenceBreaches(points, every, asOf, lastDayOfCare(plan));
    const findings: RuleFindingDraft[] = gaps.map(({ point, gap }) => ({
      path: point.path,
      message: `${gap} days passed between certifications (to ${point.date}); Medicare allows ${every}.`,
      params: { actual: gap, max: every },
    }));
    if (overdueSince !== undefined) {
      findings.push({ path: ["coverage", "certification", "recertifiedOn"], message: `A recertification was due by ${overdueSince} and is not recorded.`, params: { due: overdueSince, asOf: asOf!, max: every } });
    }
    return findings;
  },
};
