import { describe, expect, it } from "vitest";
import { MAX_SERIES_ITEMS, type ObligationWindow } from "../../src/core/obligations";
import { formatFinding, isDay, MEDICATION_CLASSES, medicationReviews, policies, type TreatmentPlan } from "../../src/index";
import { medicationClasses, type DueSeries } from "../../src/medication/due";
import { antipsychoticMetabolic } from "../../src/medication/protocols/antipsychotic-metabolic";
import { MAX_HORIZON_DAYS } from "../../src/medication/reviews";
import { es } from "../../src/locales/es";
import { cleanPlan, withEdits } from "../helpers/plans";

/** The template plan (admitted 2026-03-09) with olanzapine started on admission instead of sertraline. */
const olanzapine = withEdits(cleanPlan(), (draft) => {
  draft.medications = [{ id: "med-1", name: "olanzapine", class: "antipsychotic", events: [{ date: "2026-03-09", kind: "start" }] }];
});

/** The template plan with a medication of every class, each started on admission. */
const everyClass = withEdits(cleanPlan(), (draft) => {
  draft.medications = MEDICATION_CLASSES.map((medicationClass, index) => ({ id: `med-${index}`, name: `medication ${index}`, class: medicationClass, events: [{ date: "2026-03-09", kind: "start" as const }] }));
});

/** How many windows a series opens when every item is missed, counting up to `limit`. */
function windowsOf(series: DueSeries, limit: number): number {
  let count = 0;
  for (let window: ObligationWindow | undefined = series.first; window !== undefined && count < limit; ) {
    count += 1;
    window = series.next({ due: window.due, satisfiedOn: undefined, count });
  }
  return count;
}

describe("medicationReviews: the horizon's bound", () => {
  it.each([3_000_000, 1e300, MAX_HORIZON_DAYS + 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "30" as unknown as number])(
    "a horizon of %s days is an engine/invalid-option finding, given at once",
    (horizonDays) => {
      const started = performance.now();
      const result = medicationReviews(olanzapine, { asOf: "2026-04-01", horizonDays });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(result).toEqual({
        success: false,
        findings: [
          {
            rule: "engine/invalid-option",
            severity: "error",
            path: ["horizonDays"],
            message: `The horizonDays option must be a whole number from 0 to ${MAX_HORIZON_DAYS}.`,
            variant: "notWholeNumberUpTo",
            params: { option: "horizonDays", min: 0, max: MAX_HORIZON_DAYS },
          },
        ],
      });
      if (!result.success) expect(formatFinding(result.findings[0]!, { locale: es })).toBe(`La opción horizonDays debe ser un número entero de 0 a ${MAX_HORIZON_DAYS}.`);
    },
  );

  it("the largest horizon, ten years, lists a bounded list up to its last day", () => {
    const result = medicationReviews(olanzapine, { asOf: "2026-04-01", horizonDays: MAX_HORIZON_DAYS });
    const items = result.success ? result.data : [];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(MAX_SERIES_ITEMS);
    expect(items.at(-1)!.due <= "2036-04-08").toBe(true);
  });

  it("a horizon past the calendar's end stops on 9999-12-31: every item is due on a day of the calendar", () => {
    const reviews = (plan: TreatmentPlan) => {
      const result = medicationReviews(plan, { asOf: "9999-06-01", horizonDays: MAX_HORIZON_DAYS });
      return result.success ? result.data : [];
    };
    for (const plan of [olanzapine, everyClass]) {
      const items = reviews(plan);
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => !isDay(item.due) || !isDay(item.window.from) || !isDay(item.window.to))).toEqual([]);
    }
  });
});

describe("antipsychotic-metabolic: a lab's points", () => {
  it.each(["ada-apa-2004", "apa-2020"] as const)("up to the calendar's last day are at most MAX_SERIES_ITEMS a series (%s)", (metabolicSchedule) => {
    const params = { ...policies.default.params, metabolicSchedule };
    const started = performance.now();
    const series = antipsychoticMetabolic.generate({ plan: olanzapine, params, to: "9999-12-31", classes: medicationClasses(olanzapine), lastLab: () => undefined });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(series.length).toBeGreaterThan(0);
    for (const one of series) expect(windowsOf(one, MAX_SERIES_ITEMS + 1)).toBeLessThanOrEqual(MAX_SERIES_ITEMS);
  });

  it("end at the calendar's end: the lipids of ADA/APA 2004, every 5 years, are last due in its last 5 years", () => {
    const series = antipsychoticMetabolic.generate({ plan: olanzapine, params: policies.default.params, to: "9999-12-31", classes: medicationClasses(olanzapine), lastLab: () => undefined });
    const lipids = series.find((one) => one.item.labs?.includes("lipids"))!;
    let last = lipids.first!;
    for (let count = 1, window: ObligationWindow | undefined = last; window !== undefined; count += 1) {
      last = window;
      window = lipids.next({ due: window.due, satisfiedOn: undefined, count });
    }
    expect(policies.default.params.metabolicSchedule).toBe("ada-apa-2004");
    expect([isDay(last.due), last.due > "9994-12-31"]).toEqual([true, true]);
  });
});
