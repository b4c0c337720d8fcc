// Benchmarks reported as ratios measured side by side in one run (absolute times on shared
// machines are noise). `npm run bench` for the full run; `--smoke` runs every case a few times so
// the benchmarks cannot rot, without claiming anything.
import type { Section } from "./harness";
import { scheduleBench } from "./schedule.bench";
import { readFileSync, writeFileSync } from "node:fs";
import { iopkit } from "./package";
import { icalBench } from "./ical.bench";
import { scaleBench } from "./scale.bench";
import { auditBench } from "./audit.bench";
import { validationBench } from "./validation.bench";
import { fhirBench } from "./fhir.bench";

const smoke = process.argv.includes("--smoke");
const reference = iopkit.parsePlan(JSON.parse(readFileSync(new URL("../test/fixtures/reference-plan.json", import.meta.url), "utf8")));
const sections: Section[] = [await validationBench(smoke), await scheduleBench(smoke), await scaleBench(smoke, reference), await icalBench(smoke, reference), await fhirBench(smoke, reference), await auditBench(smoke, reference)];

if (smoke) {
  const cases = sections.reduce((count, section) => count + section.cases.length, 0);
  console.log(`benchmarks: ${cases} cases in ${sections.length} sections ran (smoke run: too few iterations for figures; \`npm run bench\` measures)`);
} else {
  // Ratios move with the engine: a compiled validator such as ajv's runs several times faster on
  // Node 22 and 24 than on Node 20.
  console.log(`# Benchmarks of the built package on Node ${process.version}`);
  for (const section of sections) {
    console.log(`\n## ${section.title}\n\n| case | time (ms) |\n|---|---|`);
    for (const measured of section.cases) console.log(`| ${measured.name} | ${measured.medianMs.toFixed(3)} |`);
    console.log("\n| ratio | measured | target |\n|---|---|---|");
    for (const ratio of section.ratios) {
      const verdict = ratio.target === undefined ? "(reported)" : `≤ ${ratio.target}× ${ratio.value <= ratio.target ? "met" : "NOT met"}`;
      console.log(`| ${ratio.name} | ${ratio.value.toFixed(2)}× | ${verdict} |`);
    }
  }
  writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify({ node: process.version, sections }, null, 2)}\n`);
}
