// Runs the vitest suite once per host time zone: results must not depend on the machine's zone.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "America/New_York", "Australia/Lord_Howe"];
for (const zone of zones) {
  console.log(`\n▶ vitest with TZ=${zone}`);
  const run = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
