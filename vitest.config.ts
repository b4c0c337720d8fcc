import { defineConfig } from "vitest/config";

/**
 * The suites whose results could follow the host's time zone if the library ever read it (dates,
 * zones, schedules, calendars, FHIR timings, and the CLI where it reads the clock or writes dated
 * sessions). They run again under two more host zones: one with DST on the northern calendar and
 * one with a 30-minute DST shift on the southern. test/time-zone-independence.test.ts switches
 * zones itself, inside one run, for every public function.
 */
const ZONE_SENSITIVE = ["test/core/**/*.test.ts", "test/schedule/**/*.test.ts", "test/cli/cli.test.ts", "test/cli/schedule-ics.test.ts", "test/ical/**/*.test.ts", "test/fhir/**/*.test.ts", "test/host-zone.test.ts"];

/** A project rerunning the zone-sensitive suites under another host zone, drawing a tenth of each property's cases. */
function underHostZone(name: string, zone: string) {
  return { extends: true, test: { name, include: ZONE_SENSITIVE, env: { TZ: zone, IOPKIT_PROPERTY_SCALE: "0.1" } } } as const;
}

export default defineConfig({
  test: {
    // Property tests run up to 1,000 cases each; the limit guards against a hang, not against slowness.
    testTimeout: 120_000,
    // Both cores: the property tests dominate and run in separate files.
    maxWorkers: 2,
    // Test files share their worker's loaded modules: importing the library and its schemas once per
    // worker, not once per file, halves the suite's time. Tests restore what they change (spies, the
    // host zone), and the library keeps no state that changes results.
    isolate: false,
    projects: [{ extends: true, test: { name: "utc", include: ["test/**/*.test.ts"], env: { TZ: "UTC" } } }, underHostZone("new-york", "America/New_York"), underHostZone("lord-howe", "Australia/Lord_Howe")],
  },
});
