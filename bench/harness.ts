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

/** The timed rounds of {@link measureAlternating}, after its warm-up rounds. */
const TIMED_ROUNDS = 100;

/**
 * Times cases in alternating rounds: each round runs every case once, in the order turned round
 * every other round, after `warmupRounds` rounds that are not timed; the median per case. Where
 * {@link measure} times each case in a window of its own, a machine whose speed drifts between
 * the windows moves the ratio of two cases; here a drift weighs on every case alike. `smoke` times
 * three rounds without warm-up.
 */
export async function measureAlternating(cases: Record<string, () => unknown>, smoke: boolean, warmupRounds: number): Promise<Measured[]> {
  const entries = Object.entries(cases);
  const times = entries.map(() => [] as number[]);
  const warmup = smoke ? 0 : warmupRounds;
  const forward = entries.map((_, index) => index);
  const backward = [...forward].reverse();
  for (let round = 0; round < warmup + (smoke ? 3 : TIMED_ROUNDS); round += 1) {
    for (const index of round % 2 === 0 ? forward : backward) {
      const started = performance.now();
      await entries[index]![1]();
      if (round >= warmup) times[index]!.push(performance.now() - started);
    }
  }
  return entries.map(([name], index) => ({ name, medianMs: median(times[index]!) }));
}

/** The median of some numbers (the upper one of the middle two for an even count); the list is left as it is. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
