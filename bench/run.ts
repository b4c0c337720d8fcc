// Benchmarks reported as ratios measured side by side in one run (absolute times on shared
// machines are noise). `npm run bench` for the full run; `--smoke` runs every case a few times so
// the benchmarks cannot rot, without claiming anything.
import { writeFileSync } from "node:fs";
import type { Section } from "./harness";
import { scheduleBench } from "./schedule.bench";
import { readFileSync } from "node:fs";
import { parsePlan } from "../src/index";
import { icalBench } from "./ical.bench";
import { scaleBench } from "./scale.bench";
import { auditBench } from "./audit.bench";
import { validationBench } from "./validation.bench";
import { fhirBench } from "./fhir.bench";

const smoke = process.argv.includes("--smoke");
const reference = parsePlan(JSON.parse(readFileSync(new URL("../test/fixtures/reference-plan.json", import.meta.url), "utf8")));
const sections: Section[] = [await validationBench(smoke), await scheduleBench(smoke), await scaleBench(smoke, reference), await icalBench(smoke, reference), await fhirBench(smoke, reference), await auditBench(smoke, reference)];

if (smoke) {
  const cases = sections.reduce((count, section) => count + section.cases.length, 0);
  console.log(`benchmarks: ${cases} cases in ${sections.length} sections ran (smoke run: too few iterations for figures; \`npm run bench\` measures)`);
} else {
  for (const section of sections) {
    console.log(`\n## ${section.title}\n\n| case | time (ms) |\n|---|---|`);
    for (const measured of section.cases) console.log(`| ${measured.name} | ${measured.medianMs.toFixed(3)} |`);
    console.log("\n| ratio | measured | target |\n|---|---|---|");
    for (const ratio of section.ratios) {
      const verdict = ratio.target === undefined ? "(reported)" : `≤ ${ratio.target}× ${ratio.value <= ratio.target ? "met" : "NOT met"}`;
      console.log(`| ${ratio.name} | ${ratio.value.toFixed(2)}× | ${verdict} |`);
    }
  }
  writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify({ sections }, null, 2)}\n`);
}
