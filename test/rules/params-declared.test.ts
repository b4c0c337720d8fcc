import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, policies, type Policy, type PolicyParamName, type TreatmentPlan } from "../../src/index";
import { allRules } from "../../src/rules/registry";
import { runRules } from "../../src/rules/run-rules";
import { arbPlan, mutate } from "../../src/testing";

/** A policy whose params record every top-level parameter read through them. */
function recordingPolicy(policy: Policy, read: Set<string>): Policy {
  const params = new Proxy(policy.params, {
    get(target, key, receiver) {
      if (typeof key === "string") read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...policy, params };
}

/** Plans that take every rule down its paths: fixtures, generated plans and each rule's mutation. */
function corpus(): { plan: TreatmentPlan; policy: Policy }[] {
  const fixtures = ["test/fixtures/reference-plan.json", "examples/plans/valid-plan.json"].map((file) => parsePlan(JSON.parse(readFileSync(file, "utf8"))));
  const plans: { plan: TreatmentPlan; policy: Policy }[] = [];
  for (const policy of Object.values(policies)) {
    for (const plan of fixtures) plans.push({ plan, policy });
    for (const plan of fc.sample(arbPlan({ policy }), { numRuns: 40, seed: 12 })) {
      plans.push({ plan, policy });
      for (const mutation of Object.values(mutate)) plans.push({ plan: mutation(plan, policy), policy });
    }
  }
  return plans;
}

describe("rule parameters", () => {
  const plans = corpus();

  for (const rule of allRules) {
    it(`${rule.code} reads exactly the parameters it declares`, () => {
      const read = new Set<string>();
      for (const { plan, policy } of plans) {
        for (const asOf of [plan.period.admitted, plan.period.plannedDischarge, undefined]) {
          runRules(plan, [rule], recordingPolicy(policy, read), asOf);
        }
      }
      const declared: readonly PolicyParamName[] = rule.params;
      expect([...read].sort()).toEqual([...declared].sort());
    });
  }
});
