import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policies, validatePlan } from "../../src/index";
import { arbPlan, mutate } from "../../src/testing";
import { rulesOf } from "../helpers/plans";

const RUNS = { numRuns: 1000 };

describe("mutate", () => {
  it("has one mutation per catalog rule it covers, each named by a rule code", () => {
    for (const code of Object.keys(mutate)) expect(code).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  for (const [code, mutation] of Object.entries(mutate)) {
    it(`${code}: makes exactly that rule fire`, () => {
      fc.assert(
        fc.property(arbPlan(), (plan) => {
          const mutated = mutation(plan);
          const fired = new Set(rulesOf(validatePlan(mutated, { asOf: mutated.period.plannedDischarge })));
          expect([...fired]).toEqual([code]);
        }),
        RUNS,
      );
    });
  }

  it("under other presets too", () => {
    for (const policy of [policies.medicareIop, policies.asam21]) {
      fc.assert(
        fc.property(arbPlan({ policy }), fc.constantFrom(...Object.entries(mutate)), (plan, [code, mutation]) => {
          const mutated = mutation(plan, policy);
          expect([...new Set(rulesOf(validatePlan(mutated, { policy, asOf: mutated.period.plannedDischarge })))]).toEqual([code]);
        }),
        { numRuns: 200 },
      );
    }
  });
});
