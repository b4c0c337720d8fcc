// The full oracle, run by `npm run test:oracle` only (vitest.oracle.config.ts): expandSchedule
// against Temporal in every IANA zone the runtime knows, over 1970–2037, at 00:30, 01:30, 02:30
// and 23:30, on the days around every offset change and four ordinary days a year. It prints the
// counts it compared.
import { describe, expect, it } from "vitest";
import { cleanPlan } from "../helpers/plans";
import { compareZone } from "./zone-oracle";

describe("expandSchedule against Temporal in every zone, 1970–2037", () => {
  it("dates every compared session as Temporal does", () => {
    const started = performance.now();
    const base = cleanPlan();
    const zones = Intl.supportedValuesOf("timeZone");
    const mismatches: string[] = [];
    let sessions = 0;
    for (const zone of zones) {
      const compared = compareZone(base, zone, ["00:30", "01:30", "02:30", "23:30"], 1970, 2037);
      sessions += compared.sessions;
      mismatches.push(...compared.mismatches);
    }
    const seconds = Math.round((performance.now() - started) / 1000);
    console.log(`oracle: ${zones.length} zones, ${sessions} sessions compared, ${mismatches.length} mismatches, ${seconds} s`);
    expect(mismatches.slice(0, 50)).toEqual([]);
    expect(sessions).toBeGreaterThan(zones.length * 4 * 68 * 8);
  });
});
