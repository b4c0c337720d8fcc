import type { Day } from "../../core/calendar";
import type { FindingParams } from "../../core/finding";
import { defineRule } from "../../core/rule";

/** Medicare: a physician certifies the need for IOP at admission. */
export const certification = defineRule({
  code: "coverage/certification",
  summary: "With Medicare coverage, the physician's certification that the person needs at least 9 hours a week is dated on or before admission.",
  defaultSeverity: "error",
  params: [],
  source: "SSA §1861(ff) as amended by CAA 2023 §4124 (physician certification for IOP; via icd10monitor, nahri.org)",
  messages: {
    missing: (_: FindingParams) => "Medicare IOP needs a physician's certification and none is recorded.",
    late: (p: { readonly actual: Day; readonly admitted: Day }) => `The certification is dated ${p.actual}, after admission on ${p.admitted}.`,
  },
  check({ plan }) {
    const coverage = plan.coverage;
    if (coverage?.payer !== "medicare") return [];
    const certified = coverage.certification?.certifiedOn;
    if (certified === undefined) return [{ path: ["coverage", "certification"], variant: "missing" as const }];
    if (certified <= plan.period.admitted) return [];
    return [
      { path: ["coverage", "certification", "certifiedOn"], variant: "late" as const, params: { actual: certified, admitted: plan.period.admitted } },
    ];
  },
});
