import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentTrend, definePolicy, objectiveProgress, policies, scoreAssessment, validatePlan, type TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

const phq9 = (date: string, items: number[]) => ({ instrument: "PHQ-9" as const, date, items });

describe("scoreAssessment", () => {
  it("totals, bands and the PHQ-9 item 9 flag", () => {
    const score = (items: number[]) => {
      const result = scoreAssessment(phq9("2026-03-09", items));
      return result.success ? [result.data.total, result.data.band, result.data.suicideItemPositive] : result.findings;
    };
    expect(score([0, 0, 0, 0, 0, 0, 0, 0, 4 - 4])).toEqual([0, "minimal", false]);
    expect(score([1, 1, 1, 1, 0, 0, 0, 0, 0])).toEqual([4, "minimal", false]);
    expect(score([1, 1, 1, 1, 1, 0, 0, 0, 0])).toEqual([5, "mild", false]);
    expect(score([2, 2, 2, 2, 2, 0, 0, 0, 0])).toEqual([10, "moderate", false]);
    expect(score([3, 3, 3, 3, 3, 0, 0, 0, 0])).toEqual([15, "moderately-severe", false]);
    expect(score([3, 3, 3, 3, 3, 3, 2, 0, 0])).toEqual([20, "severe", false]);
    expect(score([0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual([1, "minimal", true]);
    const gad = scoreAssessment({ instrument: "GAD-7", date: "2026-03-09", items: [3, 3, 3, 3, 3, 0, 0] });
    expect(gad.success && gad.data.band).toBe("severe");
    const pcl = scoreAssessment({ instrument: "PCL-5", date: "2026-03-09", items: Array(20).fill(2) });
    expect(pcl.success && [pcl.data.total, pcl.data.band]).toEqual([40, undefined]);
  });

  it("rejects wrong item counts and out-of-range items with findings", () => {
    fc.assert(
      fc.property(fc.constantFrom("PHQ-9" as const, "GAD-7" as const), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 20 }), (instrument, items) => {
        const expectedCount = instrument === "PHQ-9" ? 9 : 7;
        const valid = items.length === expectedCount && items.every((item) => item <= 3);
        const result = scoreAssessment({ instrument, date: "2026-03-09", items });
        expect(result.success).toBe(valid);
        if (!result.success) for (const finding of result.findings) expect(finding.rule).toBe("measures/valid-assessment");
      }),
      runs(1000),
    );
  });
});

describe("assessmentTrend and objectiveProgress", () => {
  const withPhq = (...entries: [string, number][]) =>
    withEdits(cleanPlan(), (draft) => {
      draft.assessments = entries.map(([date, total]) => phq9(date, Array.from({ length: 9 }, (_, index) => (index < 8 ? Math.min(3, Math.max(0, total - index * 3)) : 0))));
    });

  it("reports baseline, latest, change, response and remission", () => {
    const trend = assessmentTrend(withPhq(["2026-03-09", 18], ["2026-03-23", 12], ["2026-04-06", 4]), "PHQ-9");
    expect([trend.count, trend.baseline?.total, trend.latest?.total, trend.change, trend.response, trend.remission]).toEqual([3, 18, 4, -14, true, true]);
    const half = assessmentTrend(withPhq(["2026-03-09", 18], ["2026-03-23", 9]), "PHQ-9");
    expect([half.response, half.remission]).toEqual([true, false]);
    const less = assessmentTrend(withPhq(["2026-03-09", 18], ["2026-03-23", 10]), "PHQ-9");
    expect(less.response).toBe(false);
    expect(assessmentTrend(withPhq(), "PHQ-9")).toMatchObject({ count: 0, baseline: undefined, response: undefined });
  });

  it("says whether measured objectives are met", () => {
    expect(objectiveProgress(withPhq())).toEqual([{ objectiveId: "obj-measure-1", instrument: "PHQ-9", status: "not-measured" }]);
    expect(objectiveProgress(withPhq(["2026-03-09", 18], ["2026-04-06", 4]))).toEqual([{ objectiveId: "obj-measure-1", instrument: "PHQ-9", status: "met", latest: 4 }]);
    expect(objectiveProgress(withPhq(["2026-03-09", 18], ["2026-04-06", 5]))[0]?.status).toBe("not-met");
  });
});

describe("measures rules", () => {
  const measures = (plan: TreatmentPlan, asOf?: string) =>
    validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => finding.rule.startsWith("measures/"));
  const negativeScreen = { instrument: "C-SSRS" as const, date: "2026-03-09", items: [0, 0, 0, 0, 0, 0] };
  const phqOn = (...dates: string[]) => withEdits(cleanPlan(), (draft) => void (draft.assessments = [negativeScreen, ...dates.map((date) => phq9(date, [1, 1, 1, 1, 1, 1, 1, 1, 0]))]));

  it("baseline-recorded and baseline-late: a PHQ-9 up to 7 days after admission is a baseline, day 8 is one day late (a warning a policy can raise alone)", () => {
    expect(measures(phqOn("2026-03-16"))).toEqual([]);
    expect(measures(phqOn("2026-03-17"))).toEqual([
      expect.objectContaining({
        rule: "measures/baseline-late",
        severity: "warning",
        path: ["assessments", 1, "date"],
        params: { instrument: "PHQ-9", date: "2026-03-17", due: "2026-03-16", daysLate: 1 },
      }),
    ]);
    expect(measures(phqOn(), "2026-03-16")).toEqual([]);
    expect(measures(phqOn(), "2026-03-17").map((finding) => finding.rule)).toEqual(["measures/baseline-recorded"]);
    const strict = definePolicy({ extends: policies.default, id: "strict", name: "Strict", rules: { "measures/baseline-late": "error" } });
    expect(validatePlan(phqOn("2026-03-17"), { policy: strict }).findings.map((finding) => [finding.rule, finding.severity])).toEqual([["measures/baseline-late", "error"]]);
  });

  it("repeat-every: 14 days apart is fine, 15 warns; the next is overdue once 14 days have passed", () => {
    expect(measures(phqOn("2026-03-09", "2026-03-23"))).toEqual([]);
    expect(measures(phqOn("2026-03-09", "2026-03-24"))).toEqual([expect.objectContaining({ rule: "measures/repeat-every", severity: "warning", params: { instrument: "PHQ-9", actual: 15, max: 14, date: "2026-03-24" } })]);
    expect(measures(phqOn("2026-03-09"), "2026-03-23")).toEqual([]);
    expect(measures(phqOn("2026-03-09"), "2026-03-24")).toEqual([expect.objectContaining({ params: { instrument: "PHQ-9", due: "2026-03-23", asOf: "2026-03-24", max: 14 } })]);
  });

  it("suicide-item-positive: needs a psychiatric review the same day (the safety plan is aftercare/safety-plan's)", () => {
    const positive = withEdits(cleanPlan(), (draft) => void (draft.assessments = [phq9("2026-03-09", [1, 1, 1, 1, 1, 1, 1, 1, 1])]));
    expect(measures(positive).map((finding) => finding.params?.missing)).toEqual(["psychiatric-review"]);
    const followedUp = withEdits(positive, (draft) => {
      draft.reviews.push({ date: "2026-03-09", kind: "psychiatric" });
      draft.aftercare = {
        startedOn: "2026-03-09",
        components: [],
        safetyPlan: { crisisLine: "988", steps: [{ step: "warning-signs", text: "Mine." }] },
      };
    });
    expect(measures(followedUp)).toEqual([]);
  });

  it("valid-assessment: reports an unscorable form", () => {
    const bad = withEdits(cleanPlan(), (draft) => void (draft.assessments = [phq9("2026-03-09", [1, 1, 1, 4])]));
    expect(measures(bad).map((finding) => finding.path.join("."))).toEqual(["assessments.0.items", "assessments.0.items.3"]);
  });
});
