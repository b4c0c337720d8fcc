import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, policies, validatePlan } from "../../src/index";
import { arbPlan, arbSchedule } from "../../src/testing";
import { runs } from "../helpers/runs";

const RUNS = runs(1000);

describe("arbPlan", () => {
  for (const [name, policy] of Object.entries(policies)) {
    it(`generates plans with no findings under ${name}, without asOf and at any day of the program`, () => {
      fc.assert(
        fc.property(arbPlan({ policy }), fc.nat(), (plan, offset) => {
          expect(validatePlan(plan, { policy }).findings).toEqual([]);
          const asOf = addDays(plan.period.admitted, offset % (daysBetween(plan.period.admitted, plan.period.plannedDischarge) + 1));
          expect(validatePlan(plan, { policy, asOf }).findings).toEqual([]);
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
      runs(100),
    );
  });
});
