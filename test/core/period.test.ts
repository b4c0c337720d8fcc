import { describe, expect, it } from "vitest";
import { addDays, checkPlan, PeriodSchema } from "../../src/index";
import { MAX_PERIOD_DAYS } from "../../src/core/period";
import { toDraft } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";

/** The schema findings about the period of a plan with the given period. */
function periodFindings(period: { admitted: string; plannedDischarge: string; discharged?: string }) {
  const draft = toDraft(cleanPlan());
  draft.period = period;
  const started = performance.now();
  const report = checkPlan(draft, { asOf: period.admitted });
  return { findings: report.findings.filter((finding) => finding.path[0] === "period").map((finding) => [finding.rule, finding.path.join(".")]), ms: performance.now() - started };
}

describe("the period's length limit", () => {
  it("refuses a plan from year 1000 to 9998 in milliseconds, with a finding on the planned discharge", () => {
    const { findings, ms } = periodFindings({ admitted: "1000-01-01", plannedDischarge: "9998-12-31" });
    expect(findings).toEqual([["schema/period-length", "period.plannedDischarge"]]);
    expect(ms).toBeLessThan(500);
  });

  it("refuses a discharge more than ten years after admission", () => {
    const { findings } = periodFindings({ admitted: "2026-03-09", plannedDischarge: "2026-05-04", discharged: "2040-01-01" });
    expect(findings).toEqual([["schema/period-length", "period.discharged"]]);
  });

  it("accepts a period of exactly the limit and refuses one day more", () => {
    const admitted = "2026-03-09";
    expect(PeriodSchema.safeParse({ admitted, plannedDischarge: addDays(admitted, MAX_PERIOD_DAYS) }).success).toBe(true);
    expect(PeriodSchema.safeParse({ admitted, plannedDischarge: addDays(admitted, MAX_PERIOD_DAYS + 1) }).success).toBe(false);
    expect(PeriodSchema.safeParse({ admitted: "soon", plannedDischarge: "2026-03-09" }).success).toBe(false);
  });
});
