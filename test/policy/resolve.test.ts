import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aftercareReadiness, careObligations, checkPlan, medicationReviews, policies, resolvePolicy, validatePlan, type Policy } from "../../src/index";
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

  it("names what is wrong with a cadence that is no whole number of weeks from 1 up, whichever way it is wrong", () => {
    const cases: [unknown, string, string][] = [
      [-3, "schema/too_small", "Expected a value at least 1."],
      [0.5, "schema/invalid_type", "Expected int, received number."],
      [Number.NaN, "schema/invalid_type", "Expected number, received NaN."],
      [Number.POSITIVE_INFINITY, "schema/invalid_type", "Expected number, received Infinity."],
      ["2", "schema/invalid_type", "Expected number, received string."],
      [null, "schema/invalid_type", "Expected number, received null."],
      [1e308, "schema/too_big", "Expected a value at most 10000."],
    ];
    for (const [weeks, rule, message] of cases) {
      const policy = { ...policies.medicareIop, params: { ...policies.medicareIop.params, psychiatricEveryWeeks: weeks } } as unknown as Policy;
      const report = validatePlan(cleanPlan(), { policy, asOf: "2026-04-01" });
      expect(report.findings.map((finding) => [finding.rule, finding.path.join("."), finding.message]), String(weeks)).toContainEqual([rule, "policy.params.psychiatricEveryWeeks", message]);
      expect(report.ok).toBe(false);
    }
  });

  it("answers a preset changed in place with a TypeError: the presets are frozen, so no caller changes one for the others", () => {
    expect(() => {
      (policies.default.params as { psychiatricEveryWeeks: number }).psychiatricEveryWeeks = 0;
    }).toThrow(TypeError);
    expect(() => {
      (policies.medicareIop.params.weeklyMinutes.adult as { min: number }).min = 0;
    }).toThrow(TypeError);
    expect(policies.default.params.psychiatricEveryWeeks).toBeGreaterThan(0);
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

/** A preset's parameters with one number anywhere in them replaced by any value. */
function arbBrokenParams(): fc.Arbitrary<unknown> {
  const numbers: string[][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === "number") numbers.push(path);
    else if (typeof value === "object" && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(policies.default.params, []);
  return fc.tuple(fc.constantFrom(...numbers), fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, Number.NaN, Number.MAX_VALUE), fc.anything())).map(([path, value]) => {
    const params = JSON.parse(JSON.stringify(policies.default.params)) as Record<string, unknown>;
    let parent = params;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    parent[path.at(-1)!] = value;
    return params;
  });
}

describe("a preset with one parameter changed to anything", () => {
  it("is checked like the preset: every plan function answers with a report or findings", () => {
    const plan = cleanPlan();
    fc.assert(
      fc.property(arbBrokenParams(), (params) => {
        const policy = { ...policies.default, params } as unknown as Policy;
        const report = validatePlan(plan, { policy, asOf: "2026-04-01" });
        expect(typeof report.ok).toBe("boolean");
        const resolved = resolvePolicy(policy);
        if (!resolved.success) expect(report.findings.filter((finding) => finding.path[0] === "policy")).toEqual(resolved.findings);
        expect(typeof medicationReviews(plan, { policy, asOf: "2026-04-01" }).success).toBe("boolean");
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

  it("a misspelt code is a finding in careObligations and aftercareReadiness too, which the engine's rules feed", () => {
    const typo = { ...policies.default, rules: { "schedule/weekly-hourz": "off" } } as unknown as Policy;
    const options = { policy: typo, asOf: "2026-04-01" };
    expect([rulesOf(careObligations(cleanPlan(), options)), rulesOf(aftercareReadiness(cleanPlan(), options))]).toEqual([["policy/unknown-rule"], ["policy/unknown-rule"]]);
    expect(careObligations(cleanPlan(), { ...options, policy: policies.default }).success).toBe(true);
  });

  it("a 1 MB code gets no suggestion and no hang", () => {
    const huge = { ...policies.default, rules: { ["x".repeat(1_000_000)]: "off" } } as unknown as Policy;
    expect(validatePlan(cleanPlan(), { policy: huge }).findings.map((finding) => finding.rule)).toEqual(["policy/unknown-rule"]);
  });
});
