import { describe, expect, it } from "vitest";
import { definePolicy, policies, PolicyError, safeDefinePolicy } from "../../src/index";

describe("presets", () => {
  it("are valid policies that definePolicy accepts unchanged", () => {
    for (const preset of Object.values(policies)) {
      const result = safeDefinePolicy({ id: preset.id, name: preset.name, extends: preset });
      expect(result).toEqual({ success: true, data: preset });
    }
  });

  it("encode DOMAIN defaults", () => {
    expect(policies.default.params.weeklyMinutes).toEqual({ adult: { min: 540, max: 1199 }, adolescent: { min: 360, max: 1199 }, qualifyingOnly: false });
    expect(policies.medicareIop.params.weeklyMinutes.adolescent.min).toBe(540);
    expect(policies.medicareIop.params.planReviewEveryDays).toBe(60);
    expect(policies.medicareIop.params.authorizationRequiredFor).toEqual([]);
    expect(policies.asam21.params.weeklyMinutes.adolescent.min).toBe(360);
  });
});

describe("definePolicy", () => {
  it("merges nested params, replaces arrays and keeps the rest", () => {
    const policy = definePolicy({
      id: "clinic",
      name: "Our clinic",
      extends: "medicare-iop",
      params: { daysPerWeek: { max: 4 }, authorizationRequiredFor: ["commercial"] },
      rules: { "plan/goal-own-words": "error" },
    });
    expect(policy.params.daysPerWeek).toEqual({ min: 3, max: 4 });
    expect(policy.params.authorizationRequiredFor).toEqual(["commercial"]);
    expect(policy.params.planReviewEveryDays).toBe(60);
    expect(policy.rules).toEqual({ ...policies.medicareIop.rules, "plan/goal-own-words": "error" });
    expect(policy.id).toBe("clinic");
  });

  it("defaults to extending the default preset", () => {
    const policy = definePolicy({});
    expect(policy.params).toEqual(policies.default.params);
    expect(policy.id).toBe("default-custom");
  });

  it("names the field of a wrong parameter type", () => {
    const result = safeDefinePolicy({ params: { daysPerWeek: { min: "three" }, crisisLine: 988 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.findings.map((finding) => finding.path)).toEqual([
      ["params", "daysPerWeek", "min"],
      ["params", "crisisLine"],
    ]);
  });

  it("rejects min above max, naming the range", () => {
    const result = safeDefinePolicy({ params: { weeklyMinutes: { adult: { min: 600, max: 500 } } } });
    expect(result).toEqual({
      success: false,
      findings: [expect.objectContaining({ rule: "policy/min-above-max", path: ["params", "weeklyMinutes", "adult", "min"], params: { min: 600, max: 500 } })],
    });
  });

  it("rejects a session target band outside min–max", () => {
    const result = safeDefinePolicy({ params: { sessionMinutes: { targetMax: 300 } } });
    expect(result.success).toBe(false);
  });

  it("suggests the closest codes for an unknown rule", () => {
    const result = safeDefinePolicy({ rules: { "plan/dischage-criteria": "error" } });
    expect(result).toEqual({
      success: false,
      findings: [
        expect.objectContaining({
          rule: "policy/unknown-rule",
          path: ["rules", "plan/dischage-criteria"],
          message: "Unknown rule code. Did you mean plan/discharge-criteria?",
        }),
      ],
    });
  });

  it("rejects an unknown setting and an unknown preset", () => {
    expect(safeDefinePolicy({ rules: { "plan/discharge-criteria": "fatal" } })).toEqual({
      success: false,
      findings: [expect.objectContaining({ rule: "policy/invalid-setting" })],
    });
    expect(safeDefinePolicy({ extends: "medicaid" })).toEqual({ success: false, findings: [expect.objectContaining({ rule: "policy/unknown-preset" })] });
  });

  it("rejects unknown top-level keys and non-objects", () => {
    expect(safeDefinePolicy({ param: {} }).success).toBe(false);
    expect(safeDefinePolicy("default").success).toBe(false);
    expect(safeDefinePolicy(null).success).toBe(false);
  });

  it("reports a __proto__ key in the parameters, nested parameters, rules and messages (no language tag either), which a record would drop", () => {
    const result = safeDefinePolicy(
      JSON.parse('{"params":{"__proto__":{"psychiatricEveryWeeks":0},"weeklyMinutes":{"__proto__":{"min":1}}},"rules":{"__proto__":"off"},"messages":{"__proto__":{"default":"x"}}}'),
    );
    expect(result.success ? [] : result.findings.map((finding) => [finding.rule, finding.path.join(".")])).toEqual([
      ["schema/unrecognized_keys", "params.weeklyMinutes.__proto__"],
      ["schema/unrecognized_keys", "params.__proto__"],
      ["policy/unknown-rule", "rules.__proto__"],
      ["policy/unknown-message", "messages.__proto__"],
      ["policy/unknown-message", "messages.__proto__.default"],
    ]);
  });

  it("throws a PolicyError with the same findings", () => {
    expect(() => definePolicy({ params: { daysPerWeek: { min: 6, max: 4 } } })).toThrow(PolicyError);
  });
});
