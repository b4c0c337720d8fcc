import { addDays, daysBetween, type Day } from "./calendar";
import type { FindingParams, FindingPath } from "./finding";
import type { RuleFindingDraft } from "./rule";

/** Something that recurs: its day and where it sits in the plan. */
export interface CadencePoint {
  readonly date: Day;
  readonly path: FindingPath;
}

/** Where a recurring record falls behind: gaps longer than `every` days, and the next one overdue. */
interface CadenceBreaches {
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
function cadenceBreaches(points: readonly CadencePoint[], every: number, asOf: Day | undefined, lastDayOfCare: Day): CadenceBreaches {
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

/** How a cadence rule words its findings; `params` are added to each finding's numbers. */
export interface CadenceWording {
  /** The message for a record `gap` days after the previous one. */
  readonly gap: (gap: number, point: CadencePoint) => string;
  /** The message when the next record, due on `due`, is missing at `asOf`. */
  readonly overdue: (due: Day) => string;
  /** Where the overdue finding points. */
  readonly overduePath: FindingPath;
  readonly params?: FindingParams;
}

/**
 * The findings of a cadence check: one per gap longer than `every` days (`{ actual, max }`) and
 * one when the next record is overdue (`{ due, asOf, max }`), worded by the rule.
 */
export function cadenceFindings(
  points: readonly CadencePoint[],
  every: number,
  asOf: Day | undefined,
  lastDayOfCare: Day,
  wording: CadenceWording,
): RuleFindingDraft[] {
  const { gaps, overdueSince } = cadenceBreaches(points, every, asOf, lastDayOfCare);
  const findings: RuleFindingDraft[] = gaps.map(({ point, gap }) => ({
    path: point.path,
    message: wording.gap(gap, point),
    params: { ...wording.params, actual: gap, max: every },
  }));
  if (overdueSince !== undefined && asOf !== undefined) {
    findings.push({ path: wording.overduePath, message: wording.overdue(overdueSince), params: { ...wording.params, due: overdueSince, asOf, max: every } });
  }
  return findings;
}
