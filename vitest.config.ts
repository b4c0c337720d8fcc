import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The suites whose results could follow the host's time zone if the library ever read it (dates,
 * zones, schedules, calendars, FHIR timings, and the CLI where it reads the clock or writes dated
 * sessions). They run again under two more host zones: one with DST on the northern calendar and
 * one with a 30-minute DST shift on the southern. test/time-zone-independence.test.ts switches
 * zones itself, inside one run, for every public function and the FHIR Bundle; Medplum's validation
 * of the Bundles (test/fhir/validate.test.ts) judges their structure, which a host zone cannot
 * change without changing the Bundle itself, and runs in UTC only.
 */
const ZONE_SENSITIVE = [
  "test/core/**/*.test.ts",
  "test/schedule/**/*.test.ts",
  "test/cli/cli.test.ts",
  "test/cli/schedule-ics.test.ts",
  "test/ical/**/*.test.ts",
  "test/fhir/round-trip.test.ts",
  "test/fhir/foreign.test.ts",
  "test/host-zone.test.ts",
];

/**
 * Besides the zone-sensitive suites, the suites where what differs between Node majors, the
 * runtime under the library rather than its logic, is most at stake: V8 and the module loader
 * under parsing of hostile input (plan) and under every rule of the catalog (rules engine), and
 * streams and TextDecoder under the caseload check (check lines). The zone-sensitive suites already
 * exercise ICU time-zone data and Intl, FHIR mapping and calendars.
 */
const RUNTIME_SENSITIVE = ["test/rules/engine.test.ts", "test/plan/parse.test.ts", "test/audit/check-lines.test.ts"];

/**
 * The audit command's suite: worker threads, the queue's client and the CLI's own wiring. Its cost
 * is its processes' start and warm-up, not its plans (a tenth of them or a hundredth cost the
 * same), so besides the full suite it runs in one project only, the one scripts/node-matrix.mjs
 * runs under the oldest supported major, which with the newest brackets the major between them.
 * The queue's recovery from a dead worker (test/audit/audit-recovery.test.ts) is BullMQ's and
 * Redis's logic and runs in the full suite only.
 */
const PROCESS_SENSITIVE = ["test/audit/audit-cli.test.ts"];

/**
 * The suites that take longest (properties over a thousand plans, real processes and servers), in
 * the order they start. Vitest starts files by their last run's durations when it has them; a
 * fresh checkout has none and starts the largest files first, which left one of these (a short
 * file) running alone on one worker at the end of a run.
 */
const LONG_RUNNING = [
  "test/audit/audit-queue-stop.test.ts",
  "test/audit/audit-cli.test.ts",
  "test/fhir/validate.test.ts",
  "test/testing/mutate.test.ts",
  "test/rules/params-declared.test.ts",
  "test/time-zone-independence.test.ts",
  "test/ical/generated-plans.test.ts",
  "test/audit/memory.test.ts",
  "test/audit/audit-recovery.test.ts",
  "test/audit/audit-inputs.test.ts",
  "test/testing/mutate-presets.test.ts",
];

/** Vitest's order, with each project's long-running suites moved to its front. */
class LongRunningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((file, index) => [file, index]));
    const rank = (file: TestSpecification) => {
      const index = LONG_RUNNING.findIndex((path) => file.moduleId.endsWith(path));
      return index === -1 ? LONG_RUNNING.length : index;
    };
    return [...sorted].sort((a, b) => (a.project.name === b.project.name ? rank(a) - rank(b) : 0) || position.get(a)! - position.get(b)!);
  }
}

/**
 * A project of the zone- and runtime-sensitive suites, and the suites in `more`, under a host zone, each
 * property drawing a tenth of its cases. The runtime-sensitive suites hold under any zone, so they
 * share the project (one worker, the modules loaded once) rather than run in a UTC project of their own.
 */
function sample(name: string, zone: string, more: readonly string[] = []) {
  return { extends: true as const, test: { name, include: [...ZONE_SENSITIVE, ...RUNTIME_SENSITIVE, ...more], env: { TZ: zone, IOPKIT_PROPERTY_SCALE: "0.1" } } };
}

/**
 * The projects: `utc` is every suite with every property's full count of cases, run under the
 * newest supported Node major. The zone and Node matrices are run together, each suite of them
 * drawing a tenth of its cases (scripts/node-matrix.mjs): the zone- and runtime-sensitive suites
 * under America/New_York on the oldest Node major, with the audit command's processes, and under
 * Australia/Lord_Howe on the one between.
 */
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
    sequence: { sequencer: LongRunningFirst },
    // The command line's tests run the built package: built once, before them, when src/ is newer.
    globalSetup: ["test/build-once.ts"],
    projects: [
      { extends: true, test: { name: "utc", include: ["test/**/*.test.ts"], env: { TZ: "UTC" } } },
      sample("new-york", "America/New_York", PROCESS_SENSITIVE),
      sample("lord-howe", "Australia/Lord_Howe"),
    ],
  },
});
