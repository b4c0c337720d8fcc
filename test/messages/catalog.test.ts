import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlan, formatFinding, policies, validatePlan, type Finding, type Policy } from "../../src/index";
import { es } from "../../src/locales/es";
import { ENGLISH_CATALOG } from "../../src/rules/messages";
import { arbPlan, mutate } from "../../src/testing";
import { mutated, STRUCTURAL_MUTATIONS } from "../helpers/structural";
import { keysOf } from "./catalog-checks";

const PRESETS: readonly Policy[] = [policies.default, policies.medicareIop, policies.asam21];
const PLANS = 1000;
const RULE_MUTATIONS = Object.entries(mutate);
const STRUCTURAL = Object.values(STRUCTURAL_MUTATIONS);

/**
 * The findings of 1,000 generated plans, each under one rule mutation and one structural mutation,
 * cycling so that every mutation meets every preset.
 */
function caseload(): Finding[] {
  const findings: Finding[] = [];
  PRESETS.forEach((policy, presetIndex) => {
    const plans = fc.sample(arbPlan({ policy }), { numRuns: Math.ceil(PLANS / PRESETS.length), seed: 21 + presetIndex });
    plans.forEach((plan, index) => {
      const [, mutation] = RULE_MUTATIONS[(index + presetIndex) % RULE_MUTATIONS.length]!;
      const broken = mutation(plan, policy);
      findings.push(...validatePlan(broken, { policy, asOf: broken.period.plannedDischarge }).findings);
      findings.push(...validatePlan(plan, { policy, asOf: plan.period.plannedDischarge }).findings);
      findings.push(...checkPlan(mutated(plan, STRUCTURAL[(index + presetIndex) % STRUCTURAL.length]!), { policy }).findings);
    });
  });
  return findings;
}

const findings = caseload();

describe("the message catalog", () => {
  it("covers every rule mutation and structural mutation under every preset", () => {
    const fired = new Set(findings.map((finding) => finding.rule));
    for (const [code] of RULE_MUTATIONS) expect(fired).toContain(code);
    expect([...fired].some((code) => code.startsWith("schema/"))).toBe(true);
  });

  it("writes every finding's English message again from its code, variant and params alone", () => {
    const rebuilt = findings.filter((finding) => formatFinding(JSON.parse(JSON.stringify(finding)) as Finding, { locale: "en" }) !== finding.message);
    expect(rebuilt.slice(0, 3)).toEqual([]);
    for (const finding of findings) expect(ENGLISH_CATALOG[finding.rule]?.[finding.variant ?? "default"], `${finding.rule} ${finding.variant ?? "default"}`).toBeTypeOf("function");
  });

  it("writes every finding in Spanish, all its params filled", () => {
    for (const finding of findings) {
      const key = `${finding.rule} ${finding.variant ?? "default"}`;
      expect(es.messages[finding.rule]?.[finding.variant ?? "default"], key).toBeTypeOf("function");
      const spanish = formatFinding(finding, { locale: es });
      expect(spanish, key).not.toBe("");
      expect(spanish, key).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
    }
  });

  it("has a Spanish message for every English code and variant, and none iopkit does not write", async () => {
    const { FHIR_MESSAGES } = await import("../../src/fhir");
    const { ICALENDAR_OPTION_MESSAGES } = await import("../../src/ical");
    const english = [...new Set([...keysOf(ENGLISH_CATALOG), ...keysOf(FHIR_MESSAGES), ...keysOf(ICALENDAR_OPTION_MESSAGES)])].sort();
    expect(keysOf(es.messages)).toEqual(english);
  });
});
