import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkPlan, expandSchedule, fitSchedule, medicationReviews, policies } from "../src/index";
import { toFhir } from "../src/fhir";
import { arbPlan } from "../src/testing";
import { runs } from "./helpers/runs";

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

  it("checks, expansions, fits, reviews and FHIR Bundles are identical under every host zone", () => {
    fc.assert(
      fc.property(arbPlan(), fc.constantFrom(...Object.values(policies)), (plan, policy) => {
        const results = HOST_ZONES.map((zone) => {
          process.env.TZ = zone;
          return JSON.stringify([
            checkPlan(plan, { policy, asOf: plan.period.plannedDischarge }),
            expandSchedule(plan),
            fitSchedule(plan, { policy }),
            medicationReviews(plan, { asOf: plan.period.plannedDischarge, policy, horizonDays: 60 }),
            toFhir(plan),
          ]);
        });
        for (const result of results) expect(result).toBe(results[0]);
      }),
      runs(300),
    );
  });
});
