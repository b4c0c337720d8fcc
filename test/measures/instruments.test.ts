import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AssessmentSchema,
  assessmentTrend,
  INSTRUMENT_INFO,
  INSTRUMENTS,
  instrumentsForDiagnosis,
  scoreAssessment,
  SEVERITY_BANDS,
  TEMPLATE_MEASURE_TARGETS,
  validatePlan,
  type InstrumentInfo,
} from "../../src/index";
import { INSTRUMENT_BOUNDS } from "../../src/measures/instruments";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

const DAY = "2026-03-09";

/** A form within the item ranges from drawn scores, with the items its skip rules leave unasked at the lowest score. */
function validForm(info: InstrumentInfo, draws: readonly number[]): number[] {
  const items = Array.from({ length: info.items }, (_, item) => info.minItemScore + ((draws[item] ?? 0) % (info.maxItemScore - info.minItemScore + 1)));
  for (const { gate, asked } of info.skipRules) if (items[gate] === info.minItemScore) for (const item of asked) items[item] = info.minItemScore;
  return items;
}

/** A form of the instrument adding up to `total`, filled from the first item on. */
function formWithTotal(info: InstrumentInfo, total: number): number[] {
  let left = total;
  return Array.from({ length: info.items }, () => {
    const score = Math.min(info.maxItemScore, left);
    left -= score;
    return score;
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => from + index);

describe("the instrument registry", () => {
  it("lists every record once, under its own name", () => {
    expect(new Set(INSTRUMENTS).size).toBe(INSTRUMENTS.length);
    for (const instrument of INSTRUMENTS) expect(INSTRUMENT_INFO[instrument].name).toBe(instrument);
    expect(Object.keys(INSTRUMENT_INFO)).toEqual([...INSTRUMENTS]);
  });

  for (const instrument of INSTRUMENTS) {
    describe(instrument, () => {
      const info = INSTRUMENT_INFO[instrument];

      it("has items, an item range and a total that agree", () => {
        expect(Number.isInteger(info.items) && info.items > 0).toBe(true);
        expect(info.minItemScore).toBeGreaterThanOrEqual(0);
        expect(info.maxItemScore).toBeGreaterThan(info.minItemScore);
        expect(info.maxTotal).toBe(info.items * info.maxItemScore);
        expect(info.source).not.toBe("");
      });

      it("has bands that start at the lowest total, ascend and stay within the highest", () => {
        const lowests = info.bands.map(([, lowest]) => lowest);
        if (lowests.length > 0) expect(lowests[0]).toBe(info.items * info.minItemScore);
        lowests.forEach((lowest, index) => {
          if (index > 0) expect(lowest).toBeGreaterThan(lowests[index - 1]!);
          expect(lowest).toBeLessThanOrEqual(info.maxTotal);
        });
        expect(new Set(info.bands.map(([label]) => label)).size).toBe(info.bands.length);
        expect(SEVERITY_BANDS[instrument]).toEqual(info.bands);
      });

      it("names suicide items and skip rules among its items", () => {
        const items = range(0, info.items);
        for (const item of info.suicideItems) expect(items).toContain(item);
        expect(new Set(info.suicideItems).size).toBe(info.suicideItems.length);
        for (const { gate, asked } of info.skipRules) {
          expect(items).toContain(gate);
          for (const item of asked) {
            expect(items).toContain(item);
            expect(item).not.toBe(gate);
          }
        }
      });

      it("has outcome thresholds and a template target within its range", () => {
        if (info.responseDrop !== undefined) expect(info.responseDrop > 0 && info.responseDrop <= 1).toBe(true);
        for (const threshold of [info.remissionBelow, info.templateTarget]) {
          if (threshold === undefined) continue;
          expect(threshold).toBeGreaterThan(info.items * info.minItemScore);
          expect(threshold).toBeLessThanOrEqual(info.maxTotal);
        }
        expect(TEMPLATE_MEASURE_TARGETS[instrument]).toBe(info.templateTarget);
      });

      it("has a template target when a diagnosis calls for it, and a diagnosis when it is routine", () => {
        if (info.diagnosisPrefixes.length > 0) expect(info.templateTarget).toBeDefined();
        if (info.routine) expect(info.diagnosisPrefixes.length).toBeGreaterThan(0);
        for (const prefix of info.diagnosisPrefixes) expect(instrumentsForDiagnosis(prefix)).toContain(instrument);
      });

      it("fits the schema caps", () => {
        expect(info.items).toBeLessThanOrEqual(INSTRUMENT_BOUNDS.items);
        expect(info.maxTotal).toBeLessThanOrEqual(INSTRUMENT_BOUNDS.maxTotal);
        const highest = formWithTotal(info, info.maxTotal);
        expect(AssessmentSchema.safeParse({ instrument, date: DAY, items: highest }).success).toBe(true);
        expect(AssessmentSchema.safeParse({ instrument, date: DAY, items: Array(info.items).fill(info.minItemScore) }).success).toBe(true);
      });
    });
  }
});

describe("scoring from the record", () => {
  it("totals every valid form, puts it in the band its total reaches and flags positive suicide items", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTRUMENTS), fc.array(fc.nat(), { minLength: INSTRUMENT_BOUNDS.items, maxLength: INSTRUMENT_BOUNDS.items }), (instrument, draws) => {
        const info = INSTRUMENT_INFO[instrument];
        const items = validForm(info, draws);
        const result = scoreAssessment({ instrument, date: DAY, items });
        expect(result.success).toBe(true);
        if (!result.success) return;
        const total = items.reduce((sum, score) => sum + score, 0);
        expect(result.data.total).toBe(total);
        expect(result.data.band).toBe(info.bands.filter(([, lowest]) => lowest <= total).at(-1)?.[0]);
        expect(result.data.suicideItemPositive).toBe(info.suicideItems.some((item) => items[item]! > info.minItemScore));
      }),
      runs(500),
    );
  });

  for (const instrument of INSTRUMENTS.filter((name) => INSTRUMENT_INFO[name].bands.length > 0)) {
    it(`${instrument}: each band begins at its lowest total`, () => {
      const info = INSTRUMENT_INFO[instrument];
      info.bands.forEach(([label, lowest], index) => {
        const band = (total: number) => {
          const result = scoreAssessment({ instrument, date: DAY, items: formWithTotal(info, total) });
          return result.success ? result.data.band : undefined;
        };
        expect(band(lowest)).toBe(label);
        if (index > 0) expect(band(lowest - 1)).toBe(info.bands[index - 1]![0]);
      });
    });
  }

  it("rejects a form with the wrong number of items or an item out of range, for every instrument", () => {
    for (const instrument of INSTRUMENTS) {
      const info = INSTRUMENT_INFO[instrument];
      const lowest = Array<number>(info.items).fill(info.minItemScore);
      const short = scoreAssessment({ instrument, date: DAY, items: lowest.slice(1) });
      expect(short.success ? [] : short.findings.map((finding) => [finding.rule, finding.path])).toEqual([["measures/valid-assessment", ["items"]]]);
      const tooHigh = scoreAssessment({ instrument, date: DAY, items: lowest.map((score, index) => (index === 0 ? info.maxItemScore + 1 : score)) });
      expect(tooHigh.success ? [] : tooHigh.findings.map((finding) => finding.params)).toEqual([{ actual: info.maxItemScore + 1, item: 1, min: info.minItemScore, max: info.maxItemScore, instrument }]);
    }
  });
});

describe("the rules read the record", () => {
  const measures = (plan: ReturnType<typeof cleanPlan>) => validatePlan(plan).findings.filter((finding) => finding.rule.startsWith("measures/"));

  for (const instrument of INSTRUMENTS.filter((name) => INSTRUMENT_INFO[name].suicideItems.length > 0)) {
    it(`measures/suicide-item-positive: each ${instrument} suicide item alone needs a same-day assessment`, () => {
      const info = INSTRUMENT_INFO[instrument];
      for (const item of info.suicideItems) {
        const items = Array<number>(info.items).fill(info.minItemScore);
        items[item] = info.maxItemScore;
        for (const { gate, asked } of info.skipRules) if (asked.includes(item)) items[gate] = info.maxItemScore;
        const plan = withEdits(cleanPlan(), (draft) => void (draft.assessments = [{ instrument, date: DAY, items }]));
        const firstPositive = info.suicideItems.find((index) => items[index]! > info.minItemScore)!;
        expect(measures(plan).map((finding) => [finding.rule, finding.path, finding.params?.missing])).toEqual([
          ["measures/suicide-item-positive", ["assessments", 0, "items", firstPositive], "psychiatric-review"],
        ]);
      }
    });
  }

  it("trend reports response and remission only where the record defines them", () => {
    for (const instrument of INSTRUMENTS) {
      const info = INSTRUMENT_INFO[instrument];
      const forms = [info.maxTotal, info.items * info.minItemScore].map((total, index) => ({ instrument, date: `2026-03-${10 + index * 7}`, items: formWithTotal(info, total) }));
      const trend = assessmentTrend(withEdits(cleanPlan(), (draft) => void (draft.assessments = forms)), instrument);
      expect(trend.count).toBe(2);
      expect(trend.response).toBe(info.responseDrop === undefined ? undefined : true);
      expect(trend.remission).toBe(info.remissionBelow === undefined ? undefined : true);
    }
  });

  it("plan/objective-measurable caps a target at the record's highest total", () => {
    for (const instrument of INSTRUMENTS.filter((name) => INSTRUMENT_INFO[name].maxTotal < INSTRUMENT_BOUNDS.maxTotal)) {
      const max = INSTRUMENT_INFO[instrument].maxTotal;
      const above = withEdits(cleanPlan(), (draft) => {
        draft.problems[0]!.goals[0]!.objectives[0]!.measure = { instrument, target: { op: "<", value: max + 1 } };
      });
      const found = validatePlan(above).findings.filter((finding) => finding.rule === "plan/objective-measurable");
      expect(found.map((finding) => finding.params)).toEqual([{ actual: max + 1, max, instrument }]);
    }
  });
});
