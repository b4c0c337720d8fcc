import { addDays, byDate, daysBetween, type Day } from "./calendar";
import type { FindingPath } from "./finding";

/**
 * Where an obligation stands on a day: `done` (a record in its window), `late` (a record after
 * its due day), `missed` (no record and the due day has passed), `due` (its window is open) or
 * `upcoming` (its window has not opened).
 *
 * @category Obligations
 * @example
 * ```ts
 * const status: ObligationStatus = "late";
 * ```
 */
export type ObligationStatus = "done" | "late" | "missed" | "due" | "upcoming";

/** The days an item can be satisfied on: from `from` to `due`, and late up to `lateUntil`. */
export interface ObligationWindow {
  readonly from: Day;
  readonly due: Day;
  /** The last day a record still counts, late. Default: `due` (no late records). */
  readonly lateUntil?: Day;
}

/** A dated record that can satisfy obligations, and where it sits. */
export interface DatedRecord {
  readonly date: Day;
  readonly path: FindingPath;
}

/** How the windows of one stream follow each other: the first, and the next after each item. */
export interface ObligationWindows {
  readonly first: ObligationWindow | undefined;
  /**
   * The window after an item due on `due`, satisfied on `satisfiedOn` (absent when missed), or
   * `undefined` when the series ends.
   */
  next(previous: { readonly due: Day; readonly satisfiedOn: Day | undefined; readonly count: number }): ObligationWindow | undefined;
  /**
   * For a series whose missed items are owed later rather than skipped: the window of an item due
   * before `day` (the first day items are listed) that no record before `day` satisfied, made due
   * on `day`, or `undefined` when that item is not owed then (the series ended before it).
   */
  carry?(window: ObligationWindow, day: Day): ObligationWindow | undefined;
}

/**
 * A series of obligations of one stream: the first window, and how the next follows the previous
 * one. Records satisfy the items in order, one record per item.
 */
export interface ObligationSeries<Item> extends ObligationWindows {
  /** The records, in date order, that can satisfy this series' items. */
  readonly records: readonly DatedRecord[];
  /** What every item of the series carries besides its window and status. */
  readonly item: Item;
}

/** An item of a series with where it stands. */
export type ObligationItem<Item> = Item & {
  readonly window: { readonly from: Day; readonly to: Day };
  readonly due: Day;
  readonly status: ObligationStatus;
  readonly satisfiedBy?: FindingPath;
  readonly daysLate?: number;
};

/** The most items one series lists: a bound on every loop (a day-by-day series over 10 years). */
export const MAX_SERIES_ITEMS = 4000;

/**
 * Walks a series: each item takes the first unused record in its window (or, late, up to its
 * `lateUntil`) among the records up to `asOf`; the items due up to `to` are listed. Linear in
 * items plus records.
 */
export function seriesItems<Item extends object>(series: ObligationSeries<Item>, asOf: Day, to: Day): ObligationItem<Item>[] {
  return windowItems(series, series.records, series.item, asOf, to);
}

/**
 * The one item of a window that comes once (no cadence): satisfied by the first record from its
 * `from` on, `done` up to its due day and `late` after it up to its `lateUntil`, among the records
 * up to `asOf`; else where it stands on `asOf`.
 *
 * @example
 * ```ts
 * const window = { from: "2026-03-02", due: "2026-03-16", lateUntil: "2026-05-04" };
 * onceItem(window, [{ date: "2026-03-19", path: ["assessments", 0] }], {}, "2026-04-01"); //=> { window: { from: "2026-03-02", to: "2026-03-16" }, due: "2026-03-16", status: "late", satisfiedBy: ["assessments", 0], daysLate: 3 }
 * ```
 */
export function onceItem<Item extends object>(window: ObligationWindow, records: readonly DatedRecord[], item: Item, asOf: Day): ObligationItem<Item> {
  return seriesItems({ first: window, next: () => undefined, records, item }, asOf, window.due)[0]!;
}

/** The record that satisfies an item in `window`: the first unused one, on or before `asOf` and its last day. */
function recordIn(window: ObligationWindow, candidate: DatedRecord | undefined, asOf: Day): DatedRecord | undefined {
  return candidate !== undefined && candidate.date <= asOf && candidate.date <= (window.lateUntil ?? window.due) ? candidate : undefined;
}

/**
 * The items of a stream's windows, each with what `item` carries, matched against `records` as
 * {@link seriesItems} does. Items due before `from` only set the pace: they take their records
 * but are not listed, except, in a series that carries it (`carry`), the first one no record
 * satisfied once no record before `from` is left, which is listed due on `from`.
 */
export function windowItems<Item extends object>(
  windows: ObligationWindows,
  records: readonly DatedRecord[],
  item: Item,
  asOf: Day,
  to: Day,
  from?: Day,
): ObligationItem<Item>[] {
  const items: ObligationItem<Item>[] = [];
  let count = 0;
  let next = 0;
  let window = windows.first;
  while (window !== undefined && window.due <= to && count < MAX_SERIES_ITEMS) {
    while (next < records.length && records[next]!.date < window.from) next += 1;
    const candidate = records[next];
    // In a series that carries it, an item due before `from` is owed on `from` when no record before
    // `from` is left to satisfy it or a later one: the records before `from` set the pace first.
    if (from !== undefined && window.due < from && windows.carry !== undefined && !(candidate !== undefined && candidate.date < from)) {
      window = windows.carry(window, from) ?? window;
    }
    const record = recordIn(window, candidate, asOf);
    count += 1;
    if (record !== undefined) next += 1;
    if (from === undefined || window.due >= from) items.push(itemIn(item, window, record, asOf));
    window = windows.next({ due: window.due, satisfiedOn: record?.date, count });
  }
  return items;
}

/** An item in its window: satisfied by `record` (late after the due day), else where it stands on `asOf`. */
function itemIn<Item extends object>(item: Item, window: ObligationWindow, record: DatedRecord | undefined, asOf: Day): ObligationItem<Item> {
  const span = { from: window.from, to: window.due };
  // Object.assign onto a copy of the item rather than a spread followed by more keys: V8 builds
  // a new hidden class for every such spread, which costs microseconds per item.
  if (record === undefined) {
    return Object.assign({}, item, { window: span, due: window.due, status: asOf < window.from ? ("upcoming" as const) : asOf <= window.due ? ("due" as const) : ("missed" as const) });
  }
  return Object.assign(
    {},
    item,
    record.date > window.due
      ? { window: span, due: window.due, status: "late" as const, satisfiedBy: record.path, daysLate: daysBetween(window.due, record.date) }
      : { window: span, due: window.due, status: "done" as const, satisfiedBy: record.path },
  );
}

/**
 * A cadence as a series: after the first record, the next is due `firstEvery` days after it (by
 * default `every`), each later one `every` days after the last (after the previous due day when
 * missed), and a later record satisfies it late. Items due on or after `until` (the last day of
 * care) are dropped.
 */
export function cadenceSeries<Item>(records: readonly DatedRecord[], every: number, until: Day, item: Item, firstEvery = every): ObligationSeries<Item> {
  return new CadenceSeries([...records].sort(byDate), every, until, item, firstEvery);
}

/** The series of {@link cadenceSeries}: the methods live on the prototype, so a series costs one object. */
class CadenceSeries<Item> implements ObligationSeries<Item> {
  readonly first: ObligationWindow | undefined;
  readonly records: readonly DatedRecord[];
  constructor(
    sorted: readonly DatedRecord[],
    private readonly every: number,
    private readonly until: Day,
    readonly item: Item,
    firstEvery: number,
  ) {
    const first = sorted[0];
    this.first = first === undefined ? undefined : this.windowAfter(first.date, firstEvery);
    this.records = sorted.slice(1);
  }

  next({ due, satisfiedOn }: { readonly due: Day; readonly satisfiedOn: Day | undefined }): ObligationWindow | undefined {
    return this.windowAfter(satisfiedOn ?? due, this.every);
  }

  /** The window `interval` days after a record (or a missed due day) on `base`, or none once it would fall due on or after `until`. */
  private windowAfter(base: Day, interval: number): ObligationWindow | undefined {
    const due = addDays(base, interval);
    return due >= this.until ? undefined : { from: addDays(base, 1), due, lateUntil: this.until };
  }
}
