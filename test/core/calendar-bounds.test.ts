import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, careObligations, checkPlan, isDay } from "../../src/index";
import { dayFromOrdinal, dayOrdinal } from "../../src/core/calendar";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

/** Every string in a value that looks like a day (four or more year digits). */
function dayLike(value: unknown): string[] {
  return JSON.stringify(value).match(/\d{4,}-\d{2}-\d{2}/g) ?? [];
}

describe("the calendar's ends (0001-01-01 to 9999-12-31)", () => {
  it("writes a day past 9999-12-31 as one that sorts after every day and is not a day", () => {
    for (const past of [addDays("9999-12-31", 1), addDays("9999-12-01", 400), addMonths("9999-06-30", 12), addDays("2026-03-09", 5_000_000)]) {
      expect(past).toBe("9999-12-32");
      expect(past > "9999-12-31").toBe(true);
      expect(isDay(past)).toBe(false);
    }
  });

  it("writes a day before 0001-01-01 as one that sorts before every day and is not a day", () => {
    for (const before of [addDays("0001-01-01", -1), addMonths("0001-03-31", -3), addDays("2026-03-09", -5_000_000)]) {
      expect(before).toBe("0000-12-31");
      expect(before < "0001-01-01").toBe(true);
      expect(isDay(before)).toBe(false);
    }
    expect(isDay("0000-01-01")).toBe(false);
    expect(isDay("0001-01-01") && isDay("9999-12-31")).toBe(true);
  });

  it("orders days written from any two ordinals as the ordinals are ordered", () => {
    const ordinal = fc.integer({ min: dayOrdinal("0001-01-01") - 50_000, max: dayOrdinal("9999-12-31") + 50_000 });
    fc.assert(
      fc.property(ordinal, ordinal, (a, b) => {
        const [dayA, dayB] = [dayFromOrdinal(a), dayFromOrdinal(b)];
        if (dayA < dayB) expect(a).toBeLessThan(b);
        if (dayA > dayB) expect(a).toBeGreaterThan(b);
      }),
      runs(2000),
    );
  });

  it("checks a plan that ends on 9999-12-31, with an asOf, quickly and without a day past the calendar", () => {
    const base = cleanPlan({
      admitted: "9999-09-06",
      medications: [
        { id: "med-1", name: "lithium", class: "mood-stabilizer", events: [{ date: "9999-09-06", kind: "start" }] },
        { id: "med-2", name: "clozapine", class: "antipsychotic", events: [{ date: "9999-09-06", kind: "start" }] },
      ],
    });
    const plan = withEdits(base, (draft) => void (draft.period.plannedDischarge = "9999-12-31"));
    for (const policy of ["default", "medicare-iop", "asam-2.1"] as const) {
      const started = performance.now();
      const report = checkPlan(plan, { asOf: "9999-12-31", policy });
      const obligations = careObligations(plan, { asOf: "9999-12-31", policy });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(report.plan).toBeDefined();
      expect(obligations.success).toBe(true);
      if (obligations.success) expect(obligations.data.length).toBeLessThan(100);
      for (const day of [...dayLike(report), ...dayLike(obligations)]) expect(isDay(day)).toBe(true);
    }
  });
});
