// Runs the whole suite once, then again under two more host time zones the suites whose results
// could follow the host's zone if the library ever read it (dates, zones, schedules, calendars,
// the CLI). test/time-zone-independence.test.ts also switches zones inside one run for every
// public function. Output: vitest's dots, its summary and any failure.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const ZONE_SENSITIVE = ["test/core", "test/schedule", "test/cli", "test/ical", "test/fhir", "test/time-zone-independence.test.ts"].filter((path) => existsSync(path));
const runs = [
  { zone: "UTC", files: [] },
  { zone: "America/New_York", files: ZONE_SENSITIVE },
  { zone: "Australia/Lord_Howe", files: ZONE_SENSITIVE },
];

for (const { zone, files } of runs) {
  console.log(`\nvitest, host zone ${zone}${files.length > 0 ? `: ${files.join(" ")}` : ": every suite"}`);
  const run = spawnSync("npx", ["vitest", "run", "--reporter=dot", ...files, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
