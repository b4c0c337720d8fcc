import { addDays, daysBetween, type Day } from "./calendar";
import type { FindingParams, FindingPath } from "./finding";
import { seriesItems, type ObligationSeries } from "./obligations";

/** The params of a late record: `actual` days after the previous one (on `date`), where the cadence allows `max`. */
export type CadenceLate = { readonly actual: number; readonly max: number; readonly date: Day };

/** The params of a missed record: due on `due`, not on record at `asOf`, `max` days after the previous one. */
export type CadenceMissed = { readonly due: Day; readonly asOf: Day; readonly max: number };

/** Where a cadence rule's findings point; `params` are added to each finding's own. */
export interface CadencePlaces<Extra extends FindingParams> {
  /** Where a late record's finding points, from the path of the record. */
  readonly latePath: (record: FindingPath) => FindingPath;
  /** Where the missed record's finding points. */
  readonly missedPath: FindingPath;
  readonly params: Extra;
}

/** A cadence finding before the engine writes it: the `late` or the `missed` message of the rule, with its params. */
export type CadenceDraft<Extra extends FindingParams> =
  | { readonly path: FindingPath; readonly variant: "late"; readonly params: CadenceLate & Extra }
  | { readonly path: FindingPath; readonly variant: "missed"; readonly params: CadenceMissed & Extra };

/**
 * The findings of a cadence series (see `cadenceSeries`), judged by the same walk as
 * `careObligations`: one `late` per record that came more days after the previous one than its
 * item allowed (`{ actual, max, date }`), and one `missed` for the first item missed at `asOf`
 * (`{ due, asOf, max }`). Without `asOf` the records up to `lastDay` are judged and nothing counts
 * as missed. Items due after `asOf` are not walked: a record up to `asOf` cannot come late for
 * them, nor can they be missed on it.
 */
export function cadenceFindings<Item extends object, Extra extends FindingParams>(
  series: ObligationSeries<Item>,
  asOf: Day | undefined,
  lastDay: Day,
  places: CadencePlaces<Extra>,
): CadenceDraft<Extra>[] {
  const items = seriesItems(series, asOf ?? lastDay, asOf !== undefined && asOf < lastDay ? asOf : lastDay);
  const findings: CadenceDraft<Extra>[] = [];
  // An item's window opens the day after the record (or missed due day) it follows: its interval is the window's length.
  const allowed = (item: (typeof items)[number]) => daysBetween(item.window.from, item.due) + 1;
  for (const item of items) {
    if (item.status === "late" && item.satisfiedBy !== undefined) {
      const max = allowed(item);
      const date = addDays(item.due, item.daysLate ?? 0);
      findings.push({ path: places.latePath(item.satisfiedBy), variant: "late", params: { ...places.params, actual: max + (item.daysLate ?? 0), max, date } });
    }
  }
  const missed = asOf === undefined ? undefined : items.find((item) => item.status === "missed");
  if (missed !== undefined && asOf !== undefined) {
    findings.push({ path: places.missedPath, variant: "missed", params: { ...places.params, due: missed.due, asOf, max: allowed(missed) } });
  }
  return findings;
}
