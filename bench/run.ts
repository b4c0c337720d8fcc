// Benchmarks reported as ratios measured side by side in one run (absolute times on shared
// machines are noise). `npm run bench` for the full run; `--smoke` runs every case a few times so
// the benchmark cannot rot, without reporting anything meaningful.
import { readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Bench } from "tinybench";
import { z } from "zod";
import { checkPlan, TreatmentPlanSchema } from "../src/index";

const smoke = process.argv.includes("--smoke");
const text = JSON.stringify(JSON.parse(readFileSync(new URL("../test/fixtures/reference-plan.json", import.meta.url), "utf8")));
const input: unknown = JSON.parse(text);
const validateStructure = new Ajv2020({ allErrors: true, strict: false }).compile(z.toJSONSchema(TreatmentPlanSchema, { unrepresentable: "any" }));

if (!checkPlan(input).ok || !validateStructure(input)) throw new Error("the reference plan must be valid");

const bench = new Bench(smoke ? { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 } : { time: 1500, warmupTime: 300 });
bench
  .add("JSON.parse (plan text)", () => JSON.parse(text))
  .add("ajv (structure only)", () => validateStructure(input))
  .add("zod safeParse (structure only)", () => TreatmentPlanSchema.safeParse(input))
  .add("checkPlan (parse + every default rule)", () => checkPlan(input));
await bench.run();

const median = new Map(bench.tasks.map((task) => [task.name, task.result && "latency" in task.result ? task.result.latency.p50 ?? Number.NaN : Number.NaN]));
const of = (name: string) => median.get(name)!;
const ratios = [
  { ratio: "checkPlan / ajv", value: of("checkPlan (parse + every default rule)") / of("ajv (structure only)"), target: 2 },
  { ratio: "checkPlan / JSON.parse", value: of("checkPlan (parse + every default rule)") / of("JSON.parse (plan text)"), target: 0.5 },
  { ratio: "zod safeParse / ajv", value: of("zod safeParse (structure only)") / of("ajv (structure only)"), target: undefined },
];

console.log("| case | median (µs) |\n|---|---|");
for (const [name, value] of median) console.log(`| ${name} | ${(value * 1000).toFixed(1)} |`);
console.log("\n| ratio | measured | target |\n|---|---|---|");
for (const { ratio, value, target } of ratios) {
  console.log(`| ${ratio} | ${value.toFixed(2)}× | ${target === undefined ? "(reported)" : `≤ ${target}×`} |`);
}
if (!smoke) {
  writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify({ medianMs: Object.fromEntries(median), ratios }, null, 2));
}
