import { addDays, daysBetween, type Day } from "./calendar";
import type { FindingPath } from "./finding";

/** Something that recurs: its day and where it sits in the plan. */
export interface CadencePoint {
  readonly date: Day;
  readonly path: FindingPath;
}

/** Where a recurring record falls behind: gaps longer than `every` days, and the next one overdue. */
export interface CadenceBreaches {
  /** Each record that came more than `every` days after the previous one, with the gap. */
  readonly gaps: readonly { readonly point: CadencePoint; readonly gap: number }[];
  /** The day the next record was due, when `asOf` is past it while the person is still in care. */
  readonly overdueSince: Day | undefined;
}

/**
 * Checks a recurring record (plan reviews, measures, recertifications) against a cadence: the
 * points in date order may be at most `every` days apart, and after the last one the next is due
 * `every` days later, which counts only while the person is in care.
 */
export function cadenceBreaches(points: readonly CadencePoint[], every: number, asOf: Day | undefined, lastDayOfCare: Day): CadenceBreaches {
  const gaps: { point: CadencePoint; gap: number }[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const gap = daysBetween(points[index - 1]!.date, points[index]!.date);
    if (gap > every) gaps.push({ point: points[index]!, gap });
  }
  const last = points.at(-1);
  const due = last === undefined ? undefined : addDays(last.date, every);
  const overdueSince = due !== undefined && asOf !== undefined && asOf > due && due < lastDayOfCare ? due : undefined;
  return { gaps, overdueSince };
}
