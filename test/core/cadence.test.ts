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
          expect(cadenceFindings(series, asOf, lastDay, places)).toEqual(judgedToTheEnd(series, every, asOf, lastDay));
        },
      ),
      runs(500),
    );
  });

  it("allows the first interval its own length: a record later than it is late by its own count, the next ones by the cadence's", () => {
    const records = ["2026-01-05", "2026-02-06", "2026-04-20"].map((date, index) => ({ date, path: ["records", index] }));
    const series = cadenceSeries(records, 60, "2026-12-31", {}, 30);
    expect(cadenceFindings(series, "2026-04-20", "2026-12-31", places).map((finding) => [finding.variant, finding.params])).toEqual([
      ["late", { what: "x", actual: 32, max: 30, date: "2026-02-06" }],
      ["late", { what: "x", actual: 73, max: 60, date: "2026-04-20" }],
    ]);
    expect(cadenceFindings(cadenceSeries(records.slice(0, 1), 60, "2026-12-31", {}, 30), "2026-02-05", "2026-12-31", places)).toEqual([
      { path: ["records"], variant: "missed", params: { what: "x", due: "2026-02-04", asOf: "2026-02-05", max: 30 } },
    ]);
  });
});
