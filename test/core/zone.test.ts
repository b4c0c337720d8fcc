import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayFromOrdinal, dayOrdinal } from "../../src/core/calendar";
import { localInstant, offsetAt, resolveWallTime, zoneTimeline } from "../../src/core/zone";
import { runs } from "../helpers/runs";

const ZONES = ["America/New_York", "Europe/London", "America/Phoenix", "Australia/Lord_Howe", "Pacific/Apia", "America/Santiago", "Asia/Kathmandu", "UTC"];

/** The offset Intl reports, minute-exact, as the oracle. */
function intlOffset(zone: string, utcMs: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(new Date(utcMs)).find((part) => part.type === "timeZoneName")!.value;
  const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

describe("zone timelines", () => {
  it("agree with Intl at every instant", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }), (zone, utcMs) => {
        const timeline = zoneTimeline(zone, "2024-01-01", "2027-12-31");
        expect(offsetAt(timeline, utcMs)).toBe(intlOffset(zone, utcMs));
      }),
      runs(2000),
    );
  });

  it("place every wall time at an instant that shows that wall time, unless it falls in a gap", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: dayOrdinal("2024-01-01"), max: dayOrdinal("2027-12-31") }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, ordinal, minutes) => {
          const day = dayFromOrdinal(ordinal);
          const timeline = zoneTimeline(zone, day, day);
          const resolved = resolveWallTime(timeline, day, minutes);
          expect(resolved.offset).toBe(intlOffset(zone, resolved.utcMs));
          const local = localInstant(resolved.utcMs, resolved.offset);
          if (resolved.kind === "gap") {
            expect(local.day >= day).toBe(true);
          } else {
            expect(local.day).toBe(day);
            expect(local.time).toBe(`${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`);
          }
        },
      ),
      runs(2000),
    );
  });

  it("finds the spring-forward gap and the fall-back overlap", () => {
    const newYork = zoneTimeline("America/New_York", "2026-01-01", "2026-12-31");
    expect(resolveWallTime(newYork, "2026-03-08", 150)).toMatchObject({ kind: "gap" });
    expect(localInstant(resolveWallTime(newYork, "2026-03-08", 150).utcMs, -240).iso).toBe("2026-03-08T03:30:00-04:00");
    const ambiguous = resolveWallTime(newYork, "2026-11-01", 90);
    expect(ambiguous.kind).toBe("ambiguous");
    expect(localInstant(ambiguous.utcMs, ambiguous.offset).iso).toBe("2026-11-01T01:30:00-04:00");
    const lordHowe = zoneTimeline("Australia/Lord_Howe", "2026-01-01", "2026-12-31");
    expect(resolveWallTime(lordHowe, "2026-10-04", 135).kind).toBe("gap");
    expect(resolveWallTime(lordHowe, "2026-10-04", 150).kind).toBe("exact");
    expect(resolveWallTime(lordHowe, addDays("2026-10-04", -1), 135).kind).toBe("exact");
  });

  it("reads Monrovia's -00:44:30 of 1971 as negative and finds its 1972 change to the second", () => {
    const monrovia = zoneTimeline("Africa/Monrovia", "1971-06-01", "1972-06-01");
    expect(offsetAt(monrovia, Date.UTC(1971, 5, 1))).toBe(-44.5);
    expect(localInstant(Date.UTC(1971, 5, 1, 9, 44, 30), -44.5).iso).toBe("1971-06-01T09:00:00-00:44:30");
    // Midnight -00:44:30 became 00:44:30 GMT on 7 January 1972.
    const change = Date.UTC(1972, 0, 7, 0, 44, 30);
    expect([offsetAt(monrovia, change - 1000), offsetAt(monrovia, change)]).toEqual([-44.5, 0]);
    expect(localInstant(resolveWallTime(monrovia, "1972-01-07", 30).utcMs, 0).iso).toBe("1972-01-07T01:14:30+00:00");
  });

  it("reads year 50 as year 50, not 1950 (Date.UTC maps years 0 to 99 to 19xx)", () => {
    // New York kept local mean time, -04:56:02, until 1883; in 1950 it was -05:00 in March.
    const year50 = zoneTimeline("America/New_York", "0050-01-01", "0050-12-31");
    const march = resolveWallTime(year50, "0050-03-01", 540);
    expect(march.offset).toBeCloseTo(-(4 * 60 + 56 + 2 / 60), 6);
    expect(localInstant(march.utcMs, march.offset).iso).toBe("0050-03-01T09:00:00-04:56:02");
    expect(resolveWallTime(zoneTimeline("America/New_York", "1950-01-01", "1950-12-31"), "1950-03-01", 540).utcMs).toBe(Date.UTC(1950, 2, 1, 14));
  });
});
