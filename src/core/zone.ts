import { tzOffset, tzScan } from "@date-fns/tz";
import { dayFromOrdinal, dayOrdinal, formatWallTime, type Day } from "./calendar";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Timelines kept per zone and year span; enough for a caseload in a handful of zones. */
const MAX_CACHED_TIMELINES = 256;
/** How far before a reported change the exact minute is searched. */
const SCAN_STEP_MS = 3 * 60 * MINUTE_MS;
const MAX_SCAN_BACK_MS = 2 * DAY_MS;

/**
 * The UTC offsets of one zone over a span of years: the offset at the start and every change
 * after it. Built once per zone and span from `@date-fns/tz`'s `tzScan`, then read with plain
 * arithmetic, so dating thousands of sessions does not format a date per session.
 */
export interface ZoneTimeline {
  readonly zone: string;
  readonly initialOffset: number;
  /** UTC instants (ms) at which the offset changes, ascending, and the offset (minutes) from then. */
  readonly changesAt: readonly number[];
  readonly offsets: readonly number[];
}

let timelines: Map<string, ZoneTimeline> | undefined;

function buildTimeline(zone: string, fromYear: number, toYear: number): ZoneTimeline {
  const start = new Date(Date.UTC(fromYear, 0, 1) - 2 * DAY_MS);
  const end = new Date(Date.UTC(toYear + 1, 0, 1) + 2 * DAY_MS);
  const changes = tzScan(zone, { start, end });
  return {
    zone,
    initialOffset: tzOffset(zone, start),
    changesAt: changes.map((change) => exactChange(zone, change.date.getTime(), change.offset)),
    offsets: changes.map((change) => change.offset),
  };
}

/**
 * `tzScan` reports a change at the first whole hour it sees it; a zone such as Lord Howe changes
 * on the half hour. Narrow it to the minute within the preceding hours.
 */
function exactChange(zone: string, reportedMs: number, offset: number): number {
  let high = reportedMs; // the new offset holds here
  let low = reportedMs - SCAN_STEP_MS;
  while (tzOffset(zone, new Date(low)) === offset && reportedMs - low < MAX_SCAN_BACK_MS) {
    high = low;
    low -= SCAN_STEP_MS;
  }
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (tzOffset(zone, new Date(middle)) === offset) high = middle;
    else low = middle;
  }
  return high;
}

/** The offsets of a zone for every instant from `from` to `to` (whole years, cached). */
export function zoneTimeline(zone: string, from: Day, to: Day): ZoneTimeline {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const key = `${zone}|${fromYear}|${toYear}`;
  timelines ??= new Map();
  let timeline = timelines.get(key);
  if (!timeline) {
    timeline = buildTimeline(zone, fromYear, toYear);
    if (timelines.size >= MAX_CACHED_TIMELINES) timelines.clear();
    timelines.set(key, timeline);
  }
  return timeline;
}

/** The zone's UTC offset in minutes at a UTC instant. */
export function offsetAt(timeline: ZoneTimeline, utcMs: number): number {
  const { changesAt, offsets } = timeline;
  let low = 0;
  let high = changesAt.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (changesAt[middle]! <= utcMs) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? timeline.initialOffset : offsets[low - 1]!;
}

/**
 * How a wall-clock time on a day maps to an instant:
 * - `exact`: it happens once;
 * - `ambiguous`: it happens twice (clocks went back); the first occurrence is used (RFC 5545 §3.3.5);
 * - `gap`: it does not happen (clocks went forward); it is read with the offset before the gap
 *   (RFC 5545 §3.3.5), which lands later on the wall clock by the size of the gap.
 */
export type WallTimeKind = "exact" | "ambiguous" | "gap";

/** A wall time placed on the time line. */
export interface ResolvedWallTime {
  readonly utcMs: number;
  readonly offset: number;
  readonly kind: WallTimeKind;
}

/** Places a wall-clock time (minutes after midnight) on a day in the timeline's zone. */
export function resolveWallTime(timeline: ZoneTimeline, day: Day, minutes: number): ResolvedWallTime {
  const wall = dayOrdinal(day) * DAY_MS + minutes * MINUTE_MS;
  const before = offsetAt(timeline, wall - DAY_MS);
  const after = offsetAt(timeline, wall + DAY_MS);
  const early = wall - before * MINUTE_MS;
  if (before === after) return { utcMs: early, offset: before, kind: "exact" };
  const late = wall - after * MINUTE_MS;
  const earlyHolds = offsetAt(timeline, early) === before;
  const lateHolds = offsetAt(timeline, late) === after;
  if (earlyHolds && lateHolds) {
    return early <= late ? { utcMs: early, offset: before, kind: "ambiguous" } : { utcMs: late, offset: after, kind: "ambiguous" };
  }
  if (earlyHolds) return { utcMs: early, offset: before, kind: "exact" };
  if (lateHolds) return { utcMs: late, offset: after, kind: "exact" };
  return { utcMs: early, offset: offsetAt(timeline, early), kind: "gap" };
}

function formatOffset(offset: number): string {
  const sign = offset < 0 ? "-" : "+";
  const absolute = Math.abs(offset);
  return `${sign}${formatWallTime(Math.floor(absolute / 60) * 60).slice(0, 2)}:${String(absolute % 60).padStart(2, "0")}`;
}

/** The local day, wall time and ISO 8601 string (with offset) of an instant in a zone. */
export function localInstant(utcMs: number, offset: number): { day: Day; time: string; iso: string } {
  const local = utcMs + offset * MINUTE_MS;
  const ordinal = Math.floor(local / DAY_MS);
  const day = dayFromOrdinal(ordinal);
  const time = formatWallTime(Math.round((local - ordinal * DAY_MS) / MINUTE_MS));
  return { day, time, iso: `${day}T${time}:00${formatOffset(offset)}` };
}
