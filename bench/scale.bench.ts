import fc from "fast-check";
import type { TreatmentPlan } from "../src/index";
import { iopkit, testing } from "./package";

const { checkPlan, parsePlan } = iopkit;
const { arbPlan, toDraft } = testing;
import { type Ratio, type Section } from "./harness";

const CHUNK = 1_000;
const SEED = 20_260_309;

/** Checks `count` generated plans in chunks (generated, checked, dropped), timing only the checks. */
function checkMany(count: number, chunk: number): { ms: number; peakHeap: number } {
  let ms = 0;
  let peakHeap = 0;
  for (let done = 0, round = 0; done < count; done += chunk, round += 1) {
    const plans = fc.sample(arbPlan(), { numRuns: Math.min(chunk, count - done), seed: SEED + round });
    globalThis.gc?.();
    const start = performance.now();
    plans.forEach((plan, index) => {
      checkPlan(plan, { asOf: plan.period.plannedDischarge });
      if (index % 100 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    });
    ms += performance.now() - start;
  }
  return { ms, peakHeap };
}

/** The reference plan grown `factor` times: problems and medications repeated (within schema limits). */
function grown(base: TreatmentPlan, factor: number): TreatmentPlan {
  const draft = toDraft(base);
  const problems = draft.problems;
  const medications = draft.medications;
  draft.problems = Array.from({ length: Math.min(32, problems.length * factor) }, (_, index) => {
    const problem = problems[index % problems.length]!;
    const copy = index < problems.length ? "" : `-x${index}`;
    return {
      ...problem,
      id: `${problem.id}${copy}`,
      goals: problem.goals.map((goal) => ({
        ...goal,
        id: `${goal.id}${copy}`,
        objectives: goal.objectives.map((objective) => ({
          ...objective,
          id: `${objective.id}${copy}`,
          interventions: objective.interventions.map((intervention) => ({ ...intervention, id: `${intervention.id}${copy}` })),
        })),
      })),
    };
  });
  draft.medications = Array.from({ length: Math.min(64, medications.length * factor) }, (_, index) => ({ ...medications[index % medications.length]!, id: `med-${index}` }));
  return parsePlan(draft);
}

/** The exponent b of time ≈ a · size^b, fitted by least squares on logs. */
function fittedExponent(points: readonly { size: number; ms: number }[]): number {
  const xs = points.map((point) => Math.log(point.size));
  const ys = points.map((point) => Math.log(point.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const covariance = xs.reduce((sum, x, index) => sum + (x - mx) * (ys[index]! - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

/** Caseload and plan-size scaling: 1,000 vs 10,000 plans, and the reference plan grown up to 16×. */
export async function scaleBench(smoke: boolean, reference: TreatmentPlan): Promise<Section> {
  const small = smoke ? 20 : 1_000;
  const large = smoke ? 200 : 10_000;
  checkMany(small, Math.min(CHUNK, small)); // warm-up
  const one = checkMany(small, Math.min(CHUNK, small));
  const ten = checkMany(large, Math.min(CHUNK, small));
  const sizes = [1, 2, 4, 8, 16].map((factor) => {
    const plan = grown(reference, factor);
    const text = JSON.stringify(plan);
    const input = JSON.parse(text) as unknown;
    const runs = smoke ? 2 : 200;
    for (let index = 0; index < runs; index += 1) checkPlan(input, { asOf: "2026-04-15" });
    const start = performance.now();
    for (let index = 0; index < runs; index += 1) checkPlan(input, { asOf: "2026-04-15" });
    return { factor, size: text.length, ms: (performance.now() - start) / runs };
  });
  const ratios: Ratio[] = [
    { name: `time for ${large} plans / ${small} plans`, value: ten.ms / one.ms, target: 10.5 },
    { name: `peak heap for ${large} plans / ${small} plans`, value: ten.peakHeap / one.peakHeap, target: 1.2 },
    { name: "fitted exponent of check time vs plan size (1 = linear)", value: fittedExponent(sizes) },
  ];
  return {
    title: "Scale: caseloads and plan size",
    cases: [
      { name: `check ${small} generated plans (total)`, medianMs: one.ms },
      { name: `check ${large} generated plans (total)`, medianMs: ten.ms },
      ...sizes.map((entry) => ({ name: `reference plan ×${entry.factor} (${entry.size} bytes)`, medianMs: entry.ms })),
    ],
    ratios,
  };
}
