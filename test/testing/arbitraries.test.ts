import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policies, validatePlan } from "../../src/index";
import { arbPlan, arbSchedule, mutate } from "../../src/testing";
import { rulesOf } from "../helpers/plans";

const RUNS = { numRuns: 1000 };

describe("arbPlan", () => {
  for (const [name, policy] of Object.entries(policies)) {
    it(`generates plans with no findings under ${name}`, () => {
      fc.assert(
        fc.property(arbPlan({ policy }), (plan) => {
          expect(validatePlan(plan, { policy }).findings).toEqual([]);
        }),
        RUNS,
      );
    });
  }

  it("generates schedules of the policy's program days", () => {
    fc.assert(
      fc.property(arbSchedule(), (schedule) => {
        expect(schedule.sessions.length).toBeGreaterThanOrEqual(3);
        expect(schedule.sessions.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  });
});

describe("mutate", () => {
  it("has one mutation per catalog rule it covers, each named by a rule code", () => {
    for (const code of Object.keys(mutate)) expect(code).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  for (const [code, mutation] of Object.entries(mutate)) {
    it(`${code}: makes exactly that rule fire`, () => {
      fc.assert(
        fc.property(arbPlan(), (plan) => {
          const fired = new Set(rulesOf(validatePlan(mutation(plan))));
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
          expect([...new Set(rulesOf(validatePlan(mutation(plan, policy), { policy })))]).toEqual([code]);
        }),
        { numRuns: 200 },
      );
    }
  });
});
