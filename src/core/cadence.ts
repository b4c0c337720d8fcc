import type { Day } from "./calendar";
import type { FindingParams, FindingPath } from "./finding";
import { seriesItems, type ObligationItem, type ObligationSeries } from "./obligations";
import type { RuleFindingDraft } from "./rule";

/** How a cadence rule words its findings; `params` are added to each finding's numbers. */
export interface CadenceWording<Item> {
  /** The message for a record that came `gap` days after the previous one, later than `every` allows. */
  readonly late: (gap: number, item: ObligationItem<Item>) => string;
  /** Where a late record's finding points, from the path of the record. */
  readonly latePath: (record: FindingPath) => FindingPath;
  /** The message when the next record, due on `due`, is missing at `asOf`. */
  readonly missed: (due: Day) => string;
  /** Where the missed record's finding points. */
  readonly missedPath: FindingPath;
  readonly params?: FindingParams;
}

/**
 * The findings of a cadence series (see `cadenceSeries`), judged by the same walk as
 * `careObligations`: one per `late` item, a record that came more than `every` days after the
 * previous one (`{ actual, max }`), and one for the first `missed` item at `asOf` (`{ due, asOf,
 * max }`). Without `asOf` the records up to `lastDay` are judged and nothing counts as missed.
 */
export function cadenceFindings<Item extends object>(
  series: ObligationSeries<Item>,
  every: number,
  asOf: Day | undefined,
  lastDay: Day,
  wording: CadenceWording<Item>,
): RuleFindingDraft[] {
  const items = seriesItems(series, asOf ?? lastDay, lastDay);
  const findings: RuleFindingDraft[] = [];
  for (const item of items) {
    if (item.status === "late" && item.satisfiedBy !== undefined) {
      const gap = every + (item.daysLate ?? 0);
      findings.push({ path: wording.latePath(item.satisfiedBy), message: wording.late(gap, item), params: { ...wording.params, actual: gap, max: every } });
    }
  }
  const missed = asOf === undefined ? undefined : items.find((item) => item.status === "missed");
  if (missed !== undefined && asOf !== undefined) {
    findings.push({ path: wording.missedPath, message: wording.missed(missed.due), params: { ...wording.params, due: missed.due, asOf, max: every } });
  }
  return findings;
}
