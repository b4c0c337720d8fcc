import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, WEEKDAYS } from "../../src/index";
import { wallTimeMinutes } from "../../src/core/calendar";
import { localInstant, offsetAt, zoneTimeline } from "../../src/core/zone";
import { arbPlan } from "../../src/testing";
import { expectBothModesExact, ics, zonePlan } from "./helpers";
import { runs } from "../helpers/runs";

/**
 * Zones whose clocks change at or near midnight (Havana, Santiago, Asunción, Beirut, Cairo), or
 * late at night with a negative DST (Dublin) or a half-hour offset (St John's), and New York.
 */
const CHANGING_ZONES = ["America/Havana", "America/Santiago", "America/Asuncion", "Asia/Beirut", "Africa/Cairo", "Europe/Dublin", "America/St_Johns", "America/New_York"];

/** Every offset change of a zone from 2010 to 2030, as the UTC instant and the offset before it. */
function changesOf(zone: string): { readonly utcMs: number; readonly offset: number }[] {
  const timeline = zoneTimeline(zone, "2010-01-01", "2030-12-31");
  return timeline.changesAt.filter((utcMs) => utcMs >= Date.UTC(2010, 0, 1) && utcMs < Date.UTC(2031, 0, 1)).map((utcMs) => ({ utcMs, offset: offsetAt(timeline, utcMs - 1) }));
}

const CHANGES = new Map(CHANGING_ZONES.map((zone) => [zone, changesOf(zone)]));

describe("toICalendar on generated plans", () => {
  it("1,000 plans: ical.js parses the file, events are at expandSchedule's instants, the series expand to the same instants", () => {
    fc.assert(
      fc.property(arbPlan(), fc.integer({ min: 0, max: 20 }), (plan, closureOffset) => {
        expectBothModesExact(plan, { closures: closureOffset < 14 ? [addDays(plan.period.admitted, closureOffset)] : [] });
      }),
      runs(1000),
    );
  });

  it("300 plans with three-hour sessions every day, starting from three and a half hours before an offset change to the change: both modes at expandSchedule's instants", () => {
    let inUtc = 0;
    fc.assert(
      fc.property(fc.constantFrom(...CHANGING_ZONES), fc.nat(), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 13 }), (zone, changeIndex, daysBefore, quartersBefore, closureOffset) => {
        const changes = CHANGES.get(zone)!;
        const change = changes[changeIndex % changes.length]!;
        const { day, time } = localInstant(change.utcMs, change.offset);
        const minutes = (wallTimeMinutes(time) - quartersBefore * 15 + 24 * 60) % (24 * 60);
        const start = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const admitted = addDays(day, -daysBefore);
        const plan = zonePlan(zone, admitted, WEEKDAYS, 2, start);
        expectBothModesExact(plan);
        expectBothModesExact(plan, { closures: [addDays(admitted, closureOffset)] });
        if (/^DTSTART:\d{8}T\d{6}Z$/m.test(ics(plan))) inUtc++;
      }),
      runs(300),
    );
    // Most plans have a session written in UTC: across the change, or in a repeated hour.
    expect(inUtc).toBeGreaterThan(runs(300).numRuns / 2);
  });
});
