import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlan, medicationReviews, policies, resolvePolicy, validatePlan, type Policy } from "../../src/index";
import { cleanPlan } from "../helpers/plans";
import { runs } from "../helpers/runs";

const rulesOf = (result: { success: boolean; findings?: readonly { rule: string }[] }) => (result.success ? [] : result.findings!.map((finding) => finding.rule));

describe("resolvePolicy", () => {
  it("gives the default without a choice and a preset by its id", () => {
    expect(resolvePolicy(undefined)).toEqual({ success: true, data: policies.default });
    expect(resolvePolicy("medicare-iop")).toEqual({ success: true, data: policies.medicareIop });
  });

  it("reports an unknown preset id with the ids and the closest one, never falling back to the default", () => {
    const result = resolvePolicy("medicare");
    expect(result).toEqual({
      success: false,
      findings: [expect.objectContaining({ rule: "policy/unknown-preset", path: ["policy"], params: { allowed: ["default", "medicare-iop", "asam-2.1"], suggestions: ["medicare-iop"] } })],
    });
  });

  it("checks a policy object with the definePolicy schema: a cadence of zero weeks is refused", () => {
    const zeroWeeks = { ...policies.medicareIop, params: { ...policies.medicareIop.params, psychiatricEveryWeeks: 0 } };
    expect(rulesOf(resolvePolicy(zeroWeeks))).toEqual(["schema/too_small"]);
    const report = validatePlan(cleanPlan(), { policy: zeroWeeks, asOf: "2026-04-01" });
    expect(report.ok).toBe(false);
    expect(report.findings.map((finding) => [finding.rule, finding.path])).toEqual([["schema/too_small", ["policy", "params", "psychiatricEveryWeeks"]]]);
    expect(rulesOf(medicationReviews(cleanPlan(), { asOf: "2026-04-01", policy: zeroWeeks }))).toEqual(["schema/too_small"]);
  });

  it("refuses a plain object missing parameters, a min above its max and an unknown setting", () => {
    const missing = resolvePolicy({ id: "x", name: "x", params: {}, rules: {} });
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.findings.map((finding) => finding.path[2]).sort()).toEqual(Object.keys(policies.default.params).sort());
    const inverted = { ...policies.default, params: { ...policies.default.params, daysPerWeek: { min: 5, max: 3 } } };
    expect(rulesOf(resolvePolicy(inverted))).toEqual(["policy/min-above-max"]);
    const badSetting = { ...policies.default, rules: { "plan/goal-own-words": "critical" } } as unknown as Policy;
    expect(rulesOf(resolvePolicy(badSetting))).toEqual(["policy/invalid-setting"]);
  });

  it("answers a Proxy whose traps throw, and non-objects, with a finding", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("trap"); }, ownKeys: () => { throw new Error("trap"); } });
    expect(rulesOf(resolvePolicy(hostile))).toEqual(["policy/invalid-policy"]);
    expect(rulesOf(resolvePolicy(42))).toEqual(["policy/invalid-policy"]);
    expect(rulesOf(resolvePolicy(null))).toEqual(["policy/invalid-policy"]);
  });

  it("checkPlan never throws for any policy value", () => {
    const plan = JSON.parse(JSON.stringify(cleanPlan())) as unknown;
    fc.assert(
      fc.property(fc.anything(), (policy) => {
        const report = checkPlan(plan, { policy: policy as Policy, asOf: "2026-04-01" });
        expect(typeof report.ok).toBe("boolean");
      }),
      runs(300),
    );
  });
});

describe("a policy object's rule codes", () => {
  it("a misspelt code in a policy object is a finding in validatePlan, as in definePolicy", () => {
    const typo = { ...policies.default, rules: { "schedule/weekly-hourz": "off" } } as unknown as Policy;
    const report = validatePlan(cleanPlan(), { policy: typo });
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: "policy/unknown-rule", path: ["policy", "rules", "schedule/weekly-hourz"], params: { suggestions: ["schedule/weekly-hours"] } }),
    ]);
  });

  it("a 1 MB code gets no suggestion and no hang", () => {
    const huge = { ...policies.default, rules: { ["x".repeat(1_000_000)]: "off" } } as unknown as Policy;
    expect(validatePlan(cleanPlan(), { policy: huge }).findings.map((finding) => finding.rule)).toEqual(["policy/unknown-rule"]);
  });
});
