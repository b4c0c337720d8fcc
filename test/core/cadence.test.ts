import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar";
import { cadenceFindings } from "../../src/core/cadence";
import { cadenceSeries, seriesItems, type ObligationSeries } from "../../src/core/obligations";
import { runs } from "../helpers/runs";

const START = "2026-01-05";
const places = { latePath: (record: readonly (string | number)[]) => [...record, "date"], missedPath: ["records"], params: { what: "x" } };

/** The findings of a cadence judged on every item up to the end of care, as the walk to `lastDay` lists them. */
function judgedToTheEnd(series: ObligationSeries<object>, every: number, asOf: string | undefined, lastDay: string) {
  const items = seriesItems(series, asOf ?? lastDay, lastDay);
  const late = items
    .filter((item) => item.status === "late" && item.satisfiedBy !== undefined)
    .map((item) => ({ path: places.latePath(item.satisfiedBy!), variant: "late", params: { ...places.params, actual: every + (item.daysLate ?? 0), max: every, date: addDays(item.due, item.daysLate ?? 0) } }));
  const missed = asOf === undefined ? undefined : items.find((item) => item.status === "missed");
  return [...late, ...(missed === undefined ? [] : [{ path: places.missedPath, variant: "missed", params: { ...places.params, due: missed.due, asOf, max: every } }])];
}

describe("cadenceFindings", () => {
  it("finds what judging every item to the end of care finds, though it walks only to asOf", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.option(fc.integer({ min: -10, max: 260 }), { nil: undefined }),
        fc.integer({ min: 0, max: 220 }),
        (offsets, every, asOfOffset, lastOffset) => {
          const records = offsets.map((offset, index) => ({ date: addDays(START, offset), path: ["records", index] }));
          const lastDay = addDays(START, lastOffset);
          const asOf = asOfOffset === undefined ? undefined : addDays(START, asOfOffset);
          const series = cadenceSeries(records, every, lastDay, {});
          expect(cadenceFindings(series, every, asOf, lastDay, places)).toEqual(judgedToTheEnd(series, every, asOf, lastDay));
        },
      ),
      runs(500),
    );
  });
});
