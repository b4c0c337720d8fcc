import { describe, expect, it } from "vitest";
import { assessmentTrend, INSTRUMENTS, instrumentsForDiagnosis, policies, scoreAssessment, TEMPLATE_MEASURE_TARGETS, validatePlan, type TreatmentPlan } from "../../src/index";
import { safetyPlanReason } from "../../src/aftercare/needs";
import { cleanPlan, withEdits } from "../helpers/plans";

const screen = (items: number[], date = "2026-03-09") => ({ instrument: "C-SSRS" as const, date, items });
const screened = (...forms: ReturnType<typeof screen>[]) => withEdits(cleanPlan(), (draft) => void (draft.assessments = forms));
const measures = (plan: TreatmentPlan) => validatePlan(plan).findings.filter((finding) => finding.rule.startsWith("measures/"));

describe("C-SSRS screener", () => {
  it("is an instrument plans can record", () => {
    expect(INSTRUMENTS).toContain("C-SSRS");
  });

  it("counts the yes answers, with no band", () => {
    const score = (items: number[]) => {
      const result = scoreAssessment(screen(items));
      return result.success ? [result.data.total, result.data.band, result.data.suicideItemPositive] : result.findings.map((finding) => finding.path);
    };
    expect(score([0, 0, 0, 0, 0, 0])).toEqual([0, undefined, false]);
    expect(score([1, 0, 0, 0, 0, 0])).toEqual([1, undefined, true]);
    expect(score([0, 0, 0, 0, 0, 1])).toEqual([1, undefined, true]);
    expect(score([1, 1, 1, 1, 1, 1])).toEqual([6, undefined, true]);
    expect(score([1, 1, 0, 0, 0])).toEqual([["items"]]);
    expect(score([2, 0, 0, 0, 0, 0])).toEqual([["items", 0]]);
  });

  it("valid-assessment: questions 3-5 answered yes after a no to question 2 are reported at each item, and the yes to question 1 still asks for its follow-up", () => {
    expect(measures(screened(screen([1, 0, 1, 0, 1, 0])))).toEqual([
      expect.objectContaining({ rule: "measures/valid-assessment", path: ["assessments", 0, "items", 2], params: { actual: 1, item: 3, gate: 2, min: 0, instrument: "C-SSRS" } }),
      expect.objectContaining({ rule: "measures/valid-assessment", path: ["assessments", 0, "items", 4], params: { actual: 1, item: 5, gate: 2, min: 0, instrument: "C-SSRS" } }),
      expect.objectContaining({ rule: "measures/suicide-item-positive", path: ["assessments", 0, "items", 0] }),
    ]);
    expect(measures(screened(screen([0, 1, 1, 1, 1, 0]))).map((finding) => finding.rule)).not.toContain("measures/valid-assessment");
  });

  it("suicide-item-positive: a yes needs a psychiatric review the same day (its safety plan is aftercare/safety-plan's); a screen of all no needs neither", () => {
    expect(measures(screened(screen([0, 0, 0, 0, 0, 0])))).toEqual([]);
    const positive = screened(screen([0, 1, 0, 0, 0, 0]));
    expect(measures(positive)).toEqual([
      expect.objectContaining({
        rule: "measures/suicide-item-positive",
        path: ["assessments", 0, "items", 1],
        params: { instrument: "C-SSRS", item: 2, date: "2026-03-09", by: "2026-03-09", missing: "psychiatric-review" },
      }),
    ]);
    const followedUp = withEdits(positive, (draft) => {
      draft.reviews.push({ date: "2026-03-09", kind: "psychiatric" });
      draft.aftercare = { startedOn: "2026-03-09", components: [], safetyPlan: { crisisLine: "988", steps: [{ step: "warning-signs", text: "Mine." }] } };
    });
    expect(measures(followedUp)).toEqual([]);
  });

  it("makes the aftercare plan need a safety plan, naming the screen's first yes", () => {
    expect(safetyPlanReason(screened(screen([0, 0, 0, 0, 0, 1])), policies.default.params)).toEqual({ reason: "cssrs-item-6", date: "2026-03-09" });
    expect(safetyPlanReason(screened(screen([0, 0, 0, 0, 0, 0])), policies.default.params)).toBeUndefined();
  });

  it("is not a routine measure: no diagnosis calls for it, the template never targets it, trends have no outcomes", () => {
    expect(instrumentsForDiagnosis("F33.1")).not.toContain("C-SSRS");
    expect(TEMPLATE_MEASURE_TARGETS["C-SSRS"]).toBeUndefined();
    const late = validatePlan(screened(screen([0, 0, 0, 0, 0, 0], "2026-05-01")), { asOf: "2026-05-01" }).findings;
    expect(late.filter((finding) => finding.rule === "measures/baseline-recorded").map((finding) => finding.params?.instrument)).toEqual(["PHQ-9"]);
    const trend = assessmentTrend(screened(screen([1, 1, 1, 1, 1, 1]), screen([0, 0, 0, 0, 0, 0], "2026-03-23")), "C-SSRS");
    expect([trend.count, trend.change, trend.response, trend.remission]).toEqual([2, -6, undefined, undefined]);
  });
});
