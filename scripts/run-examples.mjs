// Runs every example against the built package (imports of "iopkit" resolve to dist/ through the
// package's own exports map). Any example that exits non-zero fails the run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";

// tsx runs from node_modules directly: npx would spend most of a second resolving it for each example.
const tsx = resolve("node_modules", "tsx", "dist", "cli.mjs");

const examples = readdirSync("examples").filter((name) => name.endsWith(".ts")).sort();
for (const example of examples) {
  console.log(`\n▶ examples/${example}`);
  const run = spawnSync(process.execPath, [tsx, `examples/${example}`], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) {
    console.error(`examples/${example} failed with exit code ${run.status}`);
    process.exit(1);
  }
}
console.log(`\n${examples.length} examples ran.`);
