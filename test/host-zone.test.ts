import { describe, expect, it } from "vitest";

/** The zone offsets (minutes west of UTC, as `getTimezoneOffset` gives them) on 1 January and 1 July 2026 of each host zone the projects run under. */
const OFFSETS: Record<string, readonly [number, number]> = {
  UTC: [0, 0],
  "America/New_York": [300, 240],
  "Australia/Lord_Howe": [-660, -630],
};

describe("the host zone", () => {
  it("is the zone the project names, in effect for the runtime's own dates", () => {
    const zone = process.env.TZ ?? "";
    expect(Object.keys(OFFSETS)).toContain(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect([new Date(2026, 0, 1).getTimezoneOffset(), new Date(2026, 6, 1).getTimezoneOffset()]).toEqual(OFFSETS[zone]);
  });
});
