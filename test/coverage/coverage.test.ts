import { describe, expect, it } from "vitest";
import { authorizationStatus, definePolicy, estimateCost, serviceDays, validatePlan, type TreatmentPlan, type TreatmentPlanInput } from "../../src/index";
import { inAuthorization } from "../../src/coverage/rules/authorization-covers-period";
import { cleanPlan, withEdits } from "../helpers/plans";

/** Mon/Wed/Fri from 2026-03-09 for 12 weeks to Monday 2026-06-01: 37 program days (36 to 2026-05-29). */
const twelveWeeks = cleanPlan({ weeks: 12 });

function withCoverage(coverage: NonNullable<TreatmentPlanInput["coverage"]>, plan: TreatmentPlan = twelveWeeks): TreatmentPlan {
  return withEdits(plan, (draft) => void (draft.coverage = coverage));
}

function coverageRules(plan: TreatmentPlan, asOf?: string) {
  return validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => finding.rule.startsWith("coverage/"));
}

describe("estimateCost worked examples", () => {
  it("commercial: $500 deductible left, 20% coinsurance, $1,000 out-of-pocket left, 36 days at $450", () => {
    const plan = withCoverage({
      payer: "commercial",
      authorization: { start: "2026-03-09", end: "2026-06-01" },
      costSharing: { allowedPerDayCents: 45_000, coinsurance: 0.2, deductibleRemainingCents: 50_000, outOfPocketRemainingCents: 100_000 },
    });
    const estimate = estimateCost(plan, { to: "2026-05-29" });
    if (!estimate.success) throw new Error("estimate failed");
    const { days } = estimate.data;
    expect(days).toHaveLength(36);
    // Day 1: $450 toward the deductible. Day 2: the last $50 of it, then 20% of $400 = $80.
    // Days 3 to 6: 20% of $450 = $90 each. Day 7: the $60 left before the cap. Then nothing.
    const paid = days.map((day) => day.participantPaysCents);
    expect(paid).toEqual([45_000, 13_000, 9_000, 9_000, 9_000, 9_000, 6_000, ...Array(29).fill(0)]);
    expect(days[1]).toEqual({ date: "2026-03-11", allowedCents: 45_000, deductibleCents: 5_000, copayCents: 0, coinsuranceCents: 8_000, participantPaysCents: 13_000, payerPaysCents: 32_000 });
    expect(days[6]).toMatchObject({ deductibleCents: 0, coinsuranceCents: 6_000, participantPaysCents: 6_000 });
    expect(estimate.data).toMatchObject({ billedDays: 36, allowedCents: 1_620_000, participantPaysCents: 100_000, payerPaysCents: 1_520_000 });
  });

  it("a $40 copay after the deductible, and before it", () => {
    const terms = { allowedPerDayCents: 30_000, copayPerDayCents: 4_000, deductibleRemainingCents: 50_000, outOfPocketRemainingCents: 200_000 };
    const after = estimateCost(withCoverage({ payer: "commercial", authorization: { start: "2026-03-09", end: "2026-06-01" }, costSharing: terms }), { to: "2026-03-20" });
    // $300, $200 + $40 copay, then $40 a day.
    expect(after.success && after.data.days.map((day) => day.participantPaysCents)).toEqual([30_000, 24_000, 4_000, 4_000, 4_000, 4_000]);
    const before = estimateCost(withCoverage({ payer: "commercial", authorization: { start: "2026-03-09", end: "2026-06-01" }, costSharing: { ...terms, copayBeforeDeductible: true } }), { to: "2026-03-20" });
    expect(before.success && before.data.days.map((day) => [day.participantPaysCents, day.deductibleCents])).toEqual(Array(6).fill([4_000, 0]));
  });

  it("self-pay pays the allowed amount; no terms is a finding", () => {
    const selfPay = estimateCost(withCoverage({ payer: "self-pay", costSharing: { allowedPerDayCents: 25_000 } }), { to: "2026-03-13" });
    expect(selfPay.success && selfPay.data.participantPaysCents).toBe(75_000);
    expect(estimateCost(twelveWeeks).success).toBe(false);
  });

  it("keeps integer cents with awkward coinsurance", () => {
    const estimate = estimateCost(withCoverage({ payer: "commercial", authorization: { start: "2026-03-09", end: "2026-06-01" }, costSharing: { allowedPerDayCents: 33_333, coinsurance: 0.07 } }), { to: "2026-05-29" });
    if (!estimate.success) throw new Error("estimate failed");
    for (const day of estimate.data.days) {
      expect(Number.isInteger(day.participantPaysCents)).toBe(true);
      expect(day.participantPaysCents + day.payerPaysCents).toBe(day.allowedCents);
    }
    expect(estimate.data.participantPaysCents).toBe(36 * 2_333);
  });
});

describe("Medicare certification", () => {
  const medicare = (certification?: { certifiedOn: string; recertifiedOn: string[] }) =>
    withCoverage({ payer: "medicare", ...(certification ? { certification } : {}) });

  it("missing, on time, and recertification late: the first within 30 days of the certification", () => {
    expect(coverageRules(medicare()).map((finding) => finding.rule)).toEqual(["coverage/certification"]);
    expect(coverageRules(medicare({ certifiedOn: "2026-03-09", recertifiedOn: ["2026-04-08"] }), "2026-05-31")).toEqual([]);
    expect(coverageRules(medicare({ certifiedOn: "2026-03-10", recertifiedOn: [] }))[0]).toMatchObject({ rule: "coverage/certification", params: { actual: "2026-03-10", admitted: "2026-03-09" } });
    expect(coverageRules(medicare({ certifiedOn: "2026-03-09", recertifiedOn: ["2026-04-09"] }))[0]).toMatchObject({ rule: "coverage/recertification", params: { actual: 31, max: 30 } });
    expect(coverageRules(medicare({ certifiedOn: "2026-03-09", recertifiedOn: [] }), "2026-04-08")).toEqual([]);
    expect(coverageRules(medicare({ certifiedOn: "2026-03-09", recertifiedOn: [] }), "2026-04-09")[0]).toMatchObject({ rule: "coverage/recertification", params: { due: "2026-04-08", max: 30 } });
  });

  it("later recertifications every 60 days, and a policy can set the first interval", () => {
    const longStay = (recertifiedOn: string[]) =>
      withEdits(medicare({ certifiedOn: "2026-03-09", recertifiedOn }), (draft) => void (draft.period.plannedDischarge = "2026-08-03"));
    expect(coverageRules(longStay(["2026-04-08", "2026-06-07"]), "2026-08-03")).toEqual([]);
    expect(coverageRules(longStay(["2026-04-08", "2026-06-08"]), "2026-08-03")[0]).toMatchObject({ rule: "coverage/recertification", params: { actual: 61, max: 60 } });
    const sixtyFirst = definePolicy({ extends: "medicare-iop", params: { firstRecertifyWithinDays: 60 } });
    const findings = validatePlan(medicare({ certifiedOn: "2026-03-09", recertifiedOn: ["2026-05-08"] }), { policy: sixtyFirst, asOf: "2026-05-31" }).findings;
    expect(findings.filter((finding) => finding.rule === "coverage/recertification")).toEqual([]);
  });
});

describe("authorization rules and status", () => {
  const authorized = (authorization: NonNullable<TreatmentPlanInput["coverage"]>["authorization"]) => withCoverage({ payer: "commercial", ...(authorization ? { authorization } : {}) });

  it("requires an authorization from commercial payers, not from Medicare", () => {
    expect(coverageRules(authorized(undefined)).map((finding) => finding.rule)).toEqual(["coverage/authorization-required"]);
    expect(coverageRules(withCoverage({ payer: "self-pay" }))).toEqual([]);
  });

  it("lists program days outside the window and days beyond the approved count", () => {
    const short = authorized({ start: "2026-03-09", end: "2026-05-22", approvedDays: 30 });
    expect(coverageRules(short).map((finding) => [finding.rule, finding.params])).toEqual([
      ["coverage/authorization-covers-period", { actual: 4, first: "2026-05-25", last: "2026-06-01", start: "2026-03-09", end: "2026-05-22" }],
      ["coverage/authorization-days", { actual: 33, approved: 30 }],
    ]);
    expect(coverageRules(authorized({ start: "2026-03-09", end: "2026-06-01", approvedDays: 37 }))).toEqual([]);
  });

  it("notes a concurrent review coming up, and reports one passed", () => {
    const review = authorized({ start: "2026-03-09", end: "2026-06-01", nextReview: "2026-04-06" });
    expect(coverageRules(review, "2026-03-29")).toEqual([]);
    expect(coverageRules(review, "2026-03-30")).toEqual([expect.objectContaining({ rule: "coverage/concurrent-review-due", severity: "warning" })]);
    expect(coverageRules(review, "2026-04-07")).toEqual([expect.objectContaining({ severity: "error", params: { due: "2026-04-06", asOf: "2026-04-07" } })]);
  });

  it("authorizationStatus counts approved, scheduled, used and remaining days", () => {
    const plan = authorized({ start: "2026-03-09", end: "2026-05-22", approvedDays: 30, nextReview: "2026-04-06" });
    expect(authorizationStatus(plan, { asOf: "2026-03-20" })).toEqual({
      success: true,
      data: { approvedDays: 30, scheduledDays: 33, usedDays: 6, remainingDays: 24, outsideWindow: ["2026-05-25", "2026-05-27", "2026-05-29", "2026-06-01"], daysToNextReview: 17, daysToExpiry: 63 },
    });
    expect(authorizationStatus(plan, { asOf: "2026-03-20", closures: ["2026-03-11"] }).success && authorizationStatus(plan, { asOf: "2026-03-20", closures: ["2026-03-11"] })).toMatchObject({ data: { usedDays: 5 } });
    expect(authorizationStatus(twelveWeeks, { asOf: "2026-03-20" }).success).toBe(false);
  });
});

describe("serviceDays", () => {
  it("lists services, qualifying counts, the Medicare tier and codes", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.coverage = { payer: "medicare", certification: { certifiedOn: "2026-03-09", recertifiedOn: [] } };
      Object.assign(draft.schedule.appointments![0]!, { day: "mon", start: "13:00", minutes: 45 });
    });
    const days = serviceDays(plan, { from: "2026-03-09", to: "2026-03-11" });
    if (!days.success) throw new Error("serviceDays failed");
    expect(days.data.map((day) => [day.date, day.qualifyingServices, day.perDiemTier])).toEqual([
      ["2026-03-09", 4, "four-or-more-services"],
      ["2026-03-11", 3, "three-services"],
    ]);
    expect(days.data[0]!.codes).toEqual({ revenue: "0905", conditionCode: "92" });
    expect(days.data[0]!.services.map((service) => [service.kind, service.codes])).toEqual([
      ["group-therapy", ["G0410"]],
      ["psychoeducation", []],
      ["group-therapy", ["G0410"]],
      ["individual-therapy", ["90834"]],
    ]);
    const commercial = serviceDays(cleanPlan(), { from: "2026-03-09", to: "2026-03-09" });
    expect(commercial.success && commercial.data[0]!.codes).toEqual({ perDiem: ["S9480"] });
  });
});

describe("inAuthorization", () => {
  it("includes the first and the last day of the window, not the days around it", () => {
    const window = { start: "2026-03-09", end: "2026-04-30" };
    expect(["2026-03-08", "2026-03-09", "2026-04-30", "2026-05-01"].map((day) => inAuthorization(day, window))).toEqual([false, true, true, false]);
  });
});

describe("bad options give every finding at once, never a partial count", () => {
  const covered = withCoverage({
    payer: "commercial",
    authorization: { start: "2026-03-09", end: "2026-06-01", approvedDays: 30 },
    costSharing: { allowedPerDayCents: 45_000, coinsurance: 0.2 },
  });
  const invalid = (path: (string | number)[]) => expect.objectContaining({ rule: "engine/invalid-option", severity: "error", path });

  it("authorizationStatus: a malformed asOf, a malformed closure and a missing authorization", () => {
    expect(authorizationStatus(covered, { asOf: "2026-3-20" })).toEqual({ success: false, findings: [invalid(["asOf"])] });
    expect(authorizationStatus(twelveWeeks, { asOf: "soon", closures: ["2026-03-11", "Easter"] })).toEqual({
      success: false,
      findings: [expect.objectContaining({ rule: "coverage/authorization-required", path: ["coverage", "authorization"] }), invalid(["asOf"]), invalid(["closures", 1])],
    });
  });

  it("estimateCost: missing terms and a malformed range", () => {
    expect(estimateCost(covered, { from: "2026-03-32" })).toEqual({ success: false, findings: [invalid(["from"])] });
    expect(estimateCost(twelveWeeks, { to: "June" })).toEqual({ success: false, findings: [invalid(["coverage", "costSharing"]), invalid(["to"])] });
  });

  it("serviceDays: a malformed range", () => {
    expect(serviceDays(covered, { from: "2026-04-01", to: "2026-03-01" })).toEqual({ success: false, findings: [invalid(["from"])] });
  });
});
