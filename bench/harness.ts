import { Bench } from "tinybench";

/** One measured case: its median time in milliseconds. */
export interface Measured {
  readonly name: string;
  readonly medianMs: number;
}

/** A ratio between two cases of one run, with its target when there is one. */
export interface Ratio {
  readonly name: string;
  readonly value: number;
  readonly target?: number;
}

/** A bench section's output. */
export interface Section {
  readonly title: string;
  readonly cases: readonly Measured[];
  readonly ratios: readonly Ratio[];
}

/**
 * Runs cases side by side (warm-up, then medians); `smoke` runs each a few times only.
 * `warmupIterations` is the least number of warm-up runs of each case, for code the JIT optimizes
 * only after thousands of calls.
 */
export async function measure(cases: Record<string, () => unknown>, smoke: boolean, warmupIterations = 16): Promise<Measured[]> {
  const bench = new Bench(smoke ? { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 } : { time: 1500, warmupTime: 300, warmupIterations });
  for (const [name, run] of Object.entries(cases)) bench.add(name, run);
  await bench.run();
  return bench.tasks.map((task) => ({
    name: task.name,
    medianMs: task.result && "latency" in task.result ? (task.result.latency.p50 ?? Number.NaN) : Number.NaN,
  }));
}

/** The median of a measured case by name. */
export function medianOf(cases: readonly Measured[], name: string): number {
  const found = cases.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no bench case named ${name}`);
  return found.medianMs;
}
