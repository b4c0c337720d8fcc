import { tzOffset } from "@date-fns/tz";
import { dayFromOrdinal, dayOrdinal, formatWallTime, type Day } from "./calendar";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/**
 * How often a zone's offset is sampled. Two changes closer than this could hide between samples;
 * the shortest offset period in tzdata is over 9 days (Europe/Simferopol, April 1944; from 1970,
 * 12 days in America/Argentina/Tucuman, June 2004), so a day leaves a wide margin.
 */
const SAMPLE_STEP_MS = DAY_MS;
/** Zone-years kept; a caseload in a handful of zones over a few years needs a few dozen. */
const MAX_CACHED_YEARS = 4096;
/** Timelines kept per zone and year span. */
const MAX_CACHED_TIMELINES = 256;

/**
 * The UTC offsets of one zone over a span of years: the offset at the start and every change
 * after it. Built from whole years, each found the same way whatever span asks for it, then read
 * with plain arithmetic, so dating thousands of sessions does not format a date per session.
 */
export interface ZoneTimeline {
  readonly zone: string;
  readonly initialOffset: number;
  /** UTC instants (ms) at which the offset changes, ascending, and the offset (minutes) from then. */
  readonly changesAt: readonly number[];
  readonly offsets: readonly number[];
}

/** The offset changes of a zone in one year: after its first instant, up to the next year's first. */
interface YearChanges {
  readonly changesAt: readonly number[];
  readonly offsets: readonly number[];
}

let years: Map<string, YearChanges> | undefined;
let timelines: Map<string, ZoneTimeline> | undefined;

function offsetAtMs(zone: string, utcMs: number): number {
  return tzOffset(zone, new Date(utcMs));
}

/** The first minute in `(before, after]` at which the offset is no longer the one at `before`. */
function exactChange(zone: string, before: number, after: number, offsetBefore: number): number {
  let low = before;
  let high = after;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAtMs(zone, middle) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/** Samples a year once a day and narrows every change to the minute. */
function scanYear(zone: string, year: number): YearChanges {
  const first = Date.UTC(year, 0, 1);
  const last = Date.UTC(year + 1, 0, 1);
  const changesAt: number[] = [];
  const offsets: number[] = [];
  let previous = first;
  let previousOffset = offsetAtMs(zone, first);
  while (previous < last) {
    const next = Math.min(previous + SAMPLE_STEP_MS, last);
    const nextOffset = offsetAtMs(zone, next);
    if (nextOffset !== previousOffset) {
      changesAt.push(exactChange(zone, previous, next, previousOffset));
      offsets.push(nextOffset);
    }
    previous = next;
    previousOffset = nextOffset;
  }
  return { changesAt, offsets };
}

function yearChanges(zone: string, year: number): YearChanges {
  const key = `${zone}|${year}`;
  years ??= new Map();
  let changes = years.get(key);
  if (!changes) {
    changes = scanYear(zone, year);
    if (years.size >= MAX_CACHED_YEARS) years.clear();
    years.set(key, changes);
  }
  return changes;
}

function buildTimeline(zone: string, fromYear: number, toYear: number): ZoneTimeline {
  const changesAt: number[] = [];
  const offsets: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const changes = yearChanges(zone, year);
    changesAt.push(...changes.changesAt);
    offsets.push(...changes.offsets);
  }
  return { zone, initialOffset: offsetAtMs(zone, Date.UTC(fromYear, 0, 1)), changesAt, offsets };
}

/**
 * The offsets of a zone for every instant from `from` to `to`, with a year of margin on each side
 * (whole years, cached). The offset at an instant does not depend on the span asked for.
 */
export function zoneTimeline(zone: string, from: Day, to: Day): ZoneTimeline {
  const fromYear = Number(from.slice(0, 4)) - 1;
  const toYear = Number(to.slice(0, 4)) + 1;
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
