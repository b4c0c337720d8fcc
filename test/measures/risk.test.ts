import { describe, expect, it } from "vitest";
import { assessmentTrend, definePolicy, SAFETY_PLAN_STEPS, validatePlan, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

// cleanPlan: admitted Monday 2026-03-09, planned discharge 2026-05-04, an adult born 1990 with F33.1.
const steps = SAFETY_PLAN_STEPS.map((step) => ({ step, text: "In my own words." }));
const cssrs = (date: string, items = [0, 0, 0, 0, 0, 0]) => ({ instrument: "C-SSRS" as const, date, items });
const phq9 = (date: string, items: number[]) => ({ instrument: "PHQ-9" as const, date, items });
const NEGATIVE_PHQ9 = [1, 1, 1, 1, 1, 1, 1, 1, 0];
const POSITIVE_ITEM_9 = [1, 1, 1, 1, 1, 1, 1, 1, 1];

/** The clean plan, screened and measured at admission, with edits. */
function plan(change: (draft: TreatmentPlanInput) => void): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.assessments = [cssrs("2026-03-09"), phq9("2026-03-09", NEGATIVE_PHQ9)];
    change(draft);
  });
}

/** The findings of one rule. */
function findingsOf(rule: string, subject: TreatmentPlan, options: Parameters<typeof validatePlan>[1] = {}) {
  return validatePlan(subject, options).findings.filter((finding) => finding.rule === rule);
}

/** An aftercare plan holding only a safety plan. */
function safetyPlanOn(writtenOn: string): NonNullable<TreatmentPlanInput["aftercare"]> {
  return { startedOn: writtenOn, components: [], safetyPlan: { writtenOn, crisisLine: "988", steps } };
}

describe("measures/suicide-screen", () => {
  it("no C-SSRS by day 8 of care is reported; a C-SSRS on day 3 is the admission screen", () => {
    const unscreened = plan((draft) => void (draft.assessments = [phq9("2026-03-09", NEGATIVE_PHQ9)]));
    expect(findingsOf("measures/suicide-screen", unscreened, { asOf: "2026-03-16" })).toEqual([]);
    expect(findingsOf("measures/suicide-screen", unscreened, { asOf: "2026-03-17" })).toEqual([
      expect.objectContaining({ severity: "error", path: ["assessments"], params: { from: "2026-03-02", to: "2026-03-16", instruments: ["C-SSRS", "ASQ"] } }),
    ]);
    const dayThree = plan((draft) => void (draft.assessments = [cssrs("2026-03-11"), phq9("2026-03-09", NEGATIVE_PHQ9)]));
    expect(findingsOf("measures/suicide-screen", dayThree, { asOf: "2026-04-01" })).toEqual([]);
  });

  it("the ASQ, the screen for youth, is an admission screen too, and a yes to any of its questions calls for a same-day assessment and a safety plan", () => {
    const negative = plan((draft) => void (draft.assessments = [{ instrument: "ASQ", date: "2026-03-10", items: [0, 0, 0, 0, 0] }, phq9("2026-03-09", NEGATIVE_PHQ9)]));
    expect(findingsOf("measures/suicide-screen", negative, { asOf: "2026-04-01" })).toEqual([]);
    const positive = plan((draft) => void (draft.assessments = [{ instrument: "ASQ", date: "2026-03-10", items: [0, 1, 0, 0, 0] }, phq9("2026-03-09", NEGATIVE_PHQ9)]));
    expect(findingsOf("measures/suicide-item-positive", positive, { asOf: "2026-04-01" })).toHaveLength(1);
    expect(findingsOf("aftercare/safety-plan", positive, { asOf: "2026-04-01" })).toHaveLength(1);
  });

  it("a first C-SSRS on 03-30, three weeks after admission, is reported late, 14 days after its 03-16 deadline, even without asOf", () => {
    const late = plan((draft) => void (draft.assessments = [cssrs("2026-03-30"), phq9("2026-03-09", NEGATIVE_PHQ9)]));
    expect(findingsOf("measures/suicide-screen", late)).toEqual([
      expect.objectContaining({
        severity: "error",
        variant: "late",
        path: ["assessments", 0, "date"],
        params: { instrument: "C-SSRS", date: "2026-03-30", due: "2026-03-16", daysLate: 14 },
        message: "The suicide-risk screen (C-SSRS) is dated 2026-03-30, 14 days after its deadline 2026-03-16.",
      }),
    ]);
  });

  it("a C-SSRS and a PHQ-9 both on 03-19, three days after the 03-16 deadline, are reported late, never as missing", () => {
    const late = plan((draft) => void (draft.assessments = [cssrs("2026-03-19"), phq9("2026-03-19", NEGATIVE_PHQ9)]));
    const findings = validatePlan(late, { asOf: "2026-04-01" }).findings.filter((finding) => finding.rule === "measures/suicide-screen" || finding.rule.startsWith("measures/baseline-"));
    expect(findings.map(({ rule, severity, message }) => [rule, severity, message])).toEqual([
      ["measures/baseline-late", "warning", "The baseline PHQ-9 is dated 2026-03-19, 3 days after its deadline 2026-03-16."],
      ["measures/suicide-screen", "error", "The suicide-risk screen (C-SSRS) is dated 2026-03-19, 3 days after its deadline 2026-03-16."],
    ]);
  });

  it("the first screen after the deadline is the late one; one before the window, or after the last day of care, leaves the screen missing", () => {
    const twice = plan((draft) => void draft.assessments!.splice(0, 1, cssrs("2026-03-25"), cssrs("2026-03-18")));
    expect(findingsOf("measures/suicide-screen", twice).map((finding) => finding.params)).toEqual([{ instrument: "C-SSRS", date: "2026-03-18", due: "2026-03-16", daysLate: 2 }]);
    for (const date of ["2026-03-01", "2026-05-05"]) {
      const outside = plan((draft) => void (draft.assessments![0] = cssrs(date)));
      expect(findingsOf("measures/suicide-screen", outside, { asOf: "2026-05-10" }).map((finding) => finding.params), date).toEqual([
        { from: "2026-03-02", to: "2026-03-16", instruments: ["C-SSRS", "ASQ"] },
      ]);
    }
  });

  it("a policy can lower a late screen to a warning", () => {
    const late = plan((draft) => void (draft.assessments![0] = cssrs("2026-03-19")));
    const policy = definePolicy({ rules: { "measures/suicide-screen": "warning" } });
    expect(findingsOf("measures/suicide-screen", late, { policy }).map((finding) => finding.severity)).toEqual(["warning"]);
  });

  it("a person discharged on 04-20 without any screen is reported without asOf", () => {
    const discharged = plan((draft) => {
      draft.assessments = [phq9("2026-03-09", NEGATIVE_PHQ9)];
      draft.period.discharged = "2026-04-20";
    });
    expect(findingsOf("measures/suicide-screen", discharged)).toHaveLength(1);
  });

  it("an 11-year-old is not screened by the rule; a 12-year-old is", () => {
    const aged = (birthDate: string) =>
      plan((draft) => {
        draft.participant.birthDate = birthDate;
        draft.assessments = [phq9("2026-03-09", NEGATIVE_PHQ9)];
      });
    expect(findingsOf("measures/suicide-screen", aged("2014-06-01"), { asOf: "2026-04-01" })).toEqual([]);
    expect(findingsOf("measures/suicide-screen", aged("2014-03-01"), { asOf: "2026-04-01" })).toHaveLength(1);
  });
});

describe("measures/suicide-item-positive: the assessment the same day", () => {
  it("positive PHQ-9 item 9 on 03-10, psychiatric review on 06-01: the assessment is missing", () => {
    const reviewedMonthsLater = plan((draft) => {
      draft.assessments!.push(phq9("2026-03-10", POSITIVE_ITEM_9));
      draft.reviews.push({ date: "2026-06-01", kind: "psychiatric" });
    });
    expect(findingsOf("measures/suicide-item-positive", reviewedMonthsLater)).toEqual([
      expect.objectContaining({ path: ["assessments", 2, "items", 8], params: { instrument: "PHQ-9", item: 9, date: "2026-03-10", by: "2026-03-10", missing: "psychiatric-review" } }),
    ]);
  });

  it("positive PHQ-9 item 9 on 03-10 with a psychiatric review or a documented risk level that day: assessed", () => {
    const reviewed = plan((draft) => {
      draft.assessments!.push(phq9("2026-03-10", POSITIVE_ITEM_9));
      draft.reviews.push({ date: "2026-03-10", kind: "psychiatric" });
    });
    expect(findingsOf("measures/suicide-item-positive", reviewed)).toEqual([]);
    const riskLevel = plan((draft) => {
      draft.assessments!.push(phq9("2026-03-10", POSITIVE_ITEM_9));
      draft.risk = { suicide: "low", assessedOn: "2026-03-10" };
    });
    expect(findingsOf("measures/suicide-item-positive", riskLevel)).toEqual([]);
  });

  it("a positive C-SSRS on 03-09 and a review on 03-12 pass under a policy of 3 days, not by default", () => {
    const reviewedDayThree = plan((draft) => {
      draft.assessments![0] = cssrs("2026-03-09", [1, 0, 0, 0, 0, 0]);
      draft.reviews.push({ date: "2026-03-12", kind: "psychiatric" });
    });
    expect(findingsOf("measures/suicide-item-positive", reviewedDayThree)).toHaveLength(1);
    const policy = definePolicy({ params: { suicideAssessmentWithinDays: 3 } });
    expect(findingsOf("measures/suicide-item-positive", reviewedDayThree, { policy })).toEqual([]);
  });
});

describe("aftercare/safety-plan during care", () => {
  it("moderate risk on day 2 (03-10), no safety plan at day 10 (03-18) during care: reported", () => {
    const atRisk = plan((draft) => void (draft.risk = { suicide: "moderate", assessedOn: "2026-03-10" }));
    expect(findingsOf("aftercare/safety-plan", atRisk, { asOf: "2026-03-18" })).toEqual([
      expect.objectContaining({ severity: "error", path: ["aftercare", "safetyPlan"], params: { reason: "risk", since: "2026-03-10", due: "2026-03-11" } }),
    ]);
    expect(findingsOf("aftercare/safety-plan", atRisk, { asOf: "2026-03-11" })).toEqual([]);
  });

  it("moderate risk on 03-10 and a safety plan written on 03-11: in time", () => {
    const planned = plan((draft) => {
      draft.risk = { suicide: "moderate", assessedOn: "2026-03-10" };
      draft.aftercare = safetyPlanOn("2026-03-11");
    });
    expect(findingsOf("aftercare/safety-plan", planned, { asOf: "2026-03-18" })).toEqual([]);
  });

  it("moderate risk on 03-10 and a safety plan written on 03-20: written late", () => {
    const late = plan((draft) => {
      draft.risk = { suicide: "moderate", assessedOn: "2026-03-10" };
      draft.aftercare = safetyPlanOn("2026-03-20");
    });
    expect(findingsOf("aftercare/safety-plan", late)).toEqual([
      expect.objectContaining({ path: ["aftercare", "safetyPlan", "writtenOn"], params: { reason: "risk", since: "2026-03-10", due: "2026-03-11", actual: "2026-03-20", days: 1, late: 9 } }),
    ]);
  });

  it("safety plan written 03-01, C-SSRS positive 03-10: the plan does not count", () => {
    const before = plan((draft) => {
      draft.assessments!.push(cssrs("2026-03-10", [1, 1, 0, 0, 0, 0]));
      draft.reviews.push({ date: "2026-03-10", kind: "psychiatric" });
      draft.aftercare = safetyPlanOn("2026-03-01");
    });
    expect(findingsOf("aftercare/safety-plan", before, { asOf: "2026-03-12" })).toEqual([
      expect.objectContaining({ path: ["aftercare", "safetyPlan", "writtenOn"], params: { reason: "cssrs-item-1", since: "2026-03-10", due: "2026-03-11", actual: "2026-03-01" } }),
    ]);
    const rewritten = withEdits(before, (draft) => void (draft.aftercare!.safetyPlan!.writtenOn = "2026-03-10"));
    expect(findingsOf("aftercare/safety-plan", rewritten, { asOf: "2026-03-12" })).toEqual([]);
  });
});

describe("assessmentTrend: response and remission from an index PHQ-9 of 10 or more", () => {
  const trendOf = (...forms: [string, number[]][]) => assessmentTrend(plan((draft) => void (draft.assessments = forms.map(([date, items]) => phq9(date, items)))), "PHQ-9");

  it("a single PHQ-9 of 3 is not remission", () => {
    const single = trendOf(["2026-03-09", [1, 1, 1, 0, 0, 0, 0, 0, 0]]);
    expect([single.count, single.baseline?.total, single.response, single.remission]).toEqual([1, 3, undefined, undefined]);
  });

  it("PHQ-9 8 then 2 is neither response nor remission (index below 10); 10 then 4 is both", () => {
    const mild = trendOf(["2026-03-09", [1, 1, 1, 1, 1, 1, 1, 1, 0]], ["2026-04-06", [1, 1, 0, 0, 0, 0, 0, 0, 0]]);
    expect([mild.change, mild.response, mild.remission]).toEqual([-6, undefined, undefined]);
    const moderate = trendOf(["2026-03-09", [2, 2, 1, 1, 1, 1, 1, 1, 0]], ["2026-04-06", [1, 1, 1, 1, 0, 0, 0, 0, 0]]);
    expect([moderate.baseline?.total, moderate.response, moderate.remission]).toEqual([10, true, true]);
  });
});

describe("measures/baseline-recorded: a measure for everyone served", () => {
  const ptsd = (assessments: TreatmentPlanInput["assessments"]) =>
    withEdits(cleanPlan({ diagnoses: [{ code: "F43.10" }], medications: [] }), (draft) => void (draft.assessments = [cssrs("2026-03-09"), ...(assessments ?? [])]));

  it("a person with F43.1 and no measure: reported by default, not when the policy measures by diagnosis", () => {
    expect(findingsOf("measures/baseline-recorded", ptsd([]), { asOf: "2026-03-17" })).toEqual([
      expect.objectContaining({ params: { from: "2026-03-02", to: "2026-03-16", instruments: ["PHQ-9", "GAD-7", "PCL-5"] } }),
    ]);
    const policy = definePolicy({ params: { measuresFor: "diagnoses" } });
    expect(findingsOf("measures/baseline-recorded", ptsd([]), { asOf: "2026-03-17", policy })).toEqual([]);
  });

  it("a person with F43.1 and a PCL-5 or a PHQ-9 at admission is measured; a C-SSRS alone is not a measure", () => {
    expect(findingsOf("measures/baseline-recorded", ptsd([{ instrument: "PCL-5", date: "2026-03-10", items: Array(20).fill(2) }]), { asOf: "2026-03-17" })).toEqual([]);
    expect(findingsOf("measures/baseline-recorded", ptsd([phq9("2026-03-09", NEGATIVE_PHQ9)]), { asOf: "2026-03-17" })).toEqual([]);
    expect(findingsOf("measures/baseline-recorded", ptsd([]), { asOf: "2026-03-16" })).toEqual([]);
    const latePcl = ptsd([{ instrument: "PCL-5", date: "2026-03-20", items: Array(20).fill(2) }]);
    expect(findingsOf("measures/baseline-recorded", latePcl, { asOf: "2026-03-21" })).toEqual([]);
    expect(findingsOf("measures/baseline-late", latePcl, { asOf: "2026-03-21" })).toEqual([
      expect.objectContaining({ severity: "warning", params: { instrument: "PCL-5", date: "2026-03-20", due: "2026-03-16", daysLate: 4 } }),
    ]);
  });
});
