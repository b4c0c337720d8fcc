/**
 * The share of each property's cases a run draws: `IOPKIT_PROPERTY_SCALE` (default 1). The suite
 * runs every property in full once, in the UTC project; the projects that run the same suites
 * again under other host zones, and the runs under other Node majors, draw a tenth of the cases
 * with fresh seeds, since what they look for (the host's zone or runtime leaking into a result)
 * does not depend on the plan drawn.
 */
const SCALE = Number(process.env.IOPKIT_PROPERTY_SCALE ?? "1");
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`IOPKIT_PROPERTY_SCALE must be in (0, 1], not ${process.env.IOPKIT_PROPERTY_SCALE}`);

/** fast-check parameters for a property of `numRuns` cases, scaled by the run's share (at least 10 cases). */
export function runs(numRuns: number): { numRuns: number } {
  return { numRuns: Math.max(Math.min(10, numRuns), Math.round(numRuns * SCALE)) };
}

/**
 * A run's share of a fixed list of cases, spread evenly over it: the whole list in the full run, a
 * tenth of it (at least 10) under the zone and Node matrices, as {@link runs} does for properties.
 */
export function shareOf<T>(cases: readonly T[]): readonly T[] {
  const { numRuns } = runs(cases.length);
  const step = cases.length / numRuns;
  return Array.from({ length: numRuns }, (_, index) => cases[Math.floor(index * step)]!);
}
