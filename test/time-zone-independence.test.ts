import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkPlan, expandSchedule, fitSchedule, medicationReviews, policies } from "../src/index";
import { arbPlan } from "../src/testing";

const HOST_ZONES = ["UTC", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kathmandu"];
const originalZone = process.env.TZ;

describe("results do not depend on the host time zone", () => {
  afterAll(() => {
    process.env.TZ = originalZone;
  });

  it("the host zone really changes between runs", () => {
    const offsets = HOST_ZONES.map((zone) => {
      process.env.TZ = zone;
      return new Date(2026, 0, 1).getTimezoneOffset();
    });
    expect(new Set(offsets).size).toBe(HOST_ZONES.length);
  });

  it("checks, expansions and fits are identical under every host zone", () => {
    const plans = fc.sample(arbPlan(), { numRuns: 50, seed: 42 });
    const results = HOST_ZONES.map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(
        plans.map((plan) => [
          ...Object.values(policies).map((policy) => checkPlan(plan, { policy, asOf: plan.period.plannedDischarge })),
          expandSchedule(plan),
          fitSchedule(plan),
          medicationReviews(plan, { asOf: plan.period.plannedDischarge, horizonDays: 60 }),
        ]),
      );
    });
    for (const result of results) expect(result).toBe(results[0]);
  });
});
