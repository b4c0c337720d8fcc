// expandSchedule against Temporal in every IANA zone the runtime knows, on a sample: the days
// around every offset change and a few ordinary days of two years with unusual changes
// (America/Fortaleza's 14 days of DST in 2000, Africa/Juba's late-January change of 2021), at a
// start in the usual change hour and one just before midnight. oracle.test.ts covers Cairo 2010.
// `npm run test:oracle` runs every zone over 1970–2037 at four starts (zone-oracle.oracle.ts).
import { describe, expect, it } from "vitest";
import { cleanPlan } from "../helpers/plans";
import { shareOf } from "../helpers/runs";
import { compareZone } from "./zone-oracle";

describe("expandSchedule against Temporal in every zone (sample)", () => {
  const base = cleanPlan();
  const zones = Intl.supportedValuesOf("timeZone");
  /** Every zone in the full run; a tenth of them, spread over the list, under the other host zones and Node majors. */
  const compared = shareOf(zones);

  it("knows hundreds of zones to compare", () => {
    expect(zones.length).toBeGreaterThan(300);
  });

  for (const year of [2000, 2021]) {
    it(`dates every compared session of ${year} as Temporal does, in every zone`, () => {
      const mismatches: string[] = [];
      let sessions = 0;
      for (const zone of compared) {
        const result = compareZone(base, zone, ["01:30", "23:30"], year, year);
        sessions += result.sessions;
        mismatches.push(...result.mismatches);
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      expect(sessions).toBeGreaterThan(compared.length * 2 * 8);
    });
  }
});
