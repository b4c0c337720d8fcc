import { dayFromOrdinal, dayOrdinal, type Day } from "./calendar";
import { canonicalTimeZone } from "./time-zone";

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/**
 * How often a zone's offset is sampled. Two changes closer than this could hide between samples;
 * the shortest offset periods in the runtime's zone data last a week (America/Noronha, Recife and
 * Boa_Vista, 8 to 15 October 2000), so a day leaves a margin of six.
 */
const SAMPLE_STEP_MS = DAY_MS;
/** Zone-years kept; a caseload in a handful of zones over a few years needs a few dozen. */
const MAX_CACHED_YEARS = 4096;
/** Timelines kept per zone and year span. */
const MAX_CACHED_TIMELINES = 256;
/** Formatters kept: one per canonical zone, and the runtime knows about 600. */
const MAX_CACHED_FORMATS = 1024;

/**
 * The UTC offsets of one zone over a span of years: the offset at the start and every change
 * after it. Built from whole years, each found the same way whatever span asks for it, then read
 * with plain arithmetic, so dating thousands of sessions does not format a date per session.
 * Offsets are in minutes, with a fraction for the few historical offsets that have seconds
 * (Africa/Monrovia was −00:44:30 until 1972).
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
let formats: Map<string, (date: number) => string> | undefined;

/** An offset in minutes as milliseconds, exact for offsets with seconds. */
function offsetMs(offset: number): number {
  return Math.round(offset * 60) * SECOND_MS;
}

/** The digits `±HH:MM[:SS]` after "GMT" in a formatted date, as minutes (0 for a bare "GMT"). */
function parseOffset(text: string): number {
  const at = text.lastIndexOf("GMT") + 3;
  if (at >= text.length) return 0;
  const sign = text[at] === "-" ? -1 : 1;
  const hours = Number(text.slice(at + 1, at + 3));
  const minutes = Number(text.slice(at + 4, at + 6));
  const seconds = text.length > at + 6 ? Number(text.slice(at + 7, at + 9)) : 0;
  return sign * (hours * 60 + minutes + seconds / 60);
}

/**
 * The zone's offset at a UTC instant, read from `Intl` with one formatter per canonical zone.
 * The sign is read from the text, so −00:44:30 stays negative.
 */
function offsetAtMs(zone: string, utcMs: number): number {
  formats ??= new Map();
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format;
    if (formats.size >= MAX_CACHED_FORMATS) formats.clear();
    formats.set(zone, format);
  }
  return parseOffset(format(utcMs));
}

/** The first second in `(before, after]` at which the offset is no longer the one at `before`. */
function exactChange(zone: string, before: number, after: number, offsetBefore: number): number {
  let low = before;
  let high = after;
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
    if (offsetAtMs(zone, middle) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/** The first instant of a year in UTC (years 0 to 99 included, which `Date.UTC` maps to 19xx). */
function yearStartMs(year: number): number {
  return new Date(0).setUTCFullYear(year, 0, 1);
}

/** Samples a year once a day and narrows every change to the second. */
function scanYear(zone: string, year: number): YearChanges {
  const first = yearStartMs(year);
  const last = yearStartMs(year + 1);
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

/** A zone-year's changes, scanned once and cached. */
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

/** The timeline of whole years `fromYear` to `toYear`, joined from the cached zone-years. */
function buildTimeline(zone: string, fromYear: number, toYear: number): ZoneTimeline {
  const changesAt: number[] = [];
  const offsets: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const changes = yearChanges(zone, year);
    changesAt.push(...changes.changesAt);
    offsets.push(...changes.offsets);
  }
  return { zone, initialOffset: offsetAtMs(zone, yearStartMs(fromYear)), changesAt, offsets };
}

/**
 * The offsets of a zone for every instant from `from` to `to`, with a year of margin on each side
 * (whole years, cached). The offset at an instant does not depend on the span asked for. Every
 * spelling of a zone (`"america/new_york"`, `"US/Eastern"`) shares the canonical zone's table and
 * formatter.
 *
 * @param zone - a zone name `isTimeZone` accepts
 */
export function zoneTimeline(zone: string, from: Day, to: Day): ZoneTimeline {
  const canonical = canonicalTimeZone(zone) ?? zone;
  const fromYear = Number(from.slice(0, 4)) - 1;
  const toYear = Number(to.slice(0, 4)) + 1;
  const key = `${canonical}|${fromYear}|${toYear}`;
  timelines ??= new Map();
  let timeline = timelines.get(key);
  if (!timeline) {
    timeline = buildTimeline(canonical, fromYear, toYear);
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
  return resolveWall(timeline, dayOrdinal(day) * DAY_MS + minutes * MINUTE_MS);
}

/** Places a wall-clock time, given as the instant it would be in UTC, in the timeline's zone. */
export function resolveWall(timeline: ZoneTimeline, wall: number): ResolvedWallTime {
  const before = offsetAt(timeline, wall - DAY_MS);
  const after = offsetAt(timeline, wall + DAY_MS);
  const early = wall - offsetMs(before);
  if (before === after) return { utcMs: early, offset: before, kind: "exact" };
  const late = wall - offsetMs(after);
  const earlyHolds = offsetAt(timeline, early) === before;
  const lateHolds = offsetAt(timeline, late) === after;
  if (earlyHolds && lateHolds) {
    return early <= late ? { utcMs: early, offset: before, kind: "ambiguous" } : { utcMs: late, offset: after, kind: "ambiguous" };
  }
  if (earlyHolds) return { utcMs: early, offset: before, kind: "exact" };
  if (lateHolds) return { utcMs: late, offset: after, kind: "exact" };
  return { utcMs: early, offset: offsetAt(timeline, early), kind: "gap" };
}

/** Two digits of a number. */
function two(value: number): string {
  return String(value).padStart(2, "0");
}

/** `±HH:MM`, or `±HH:MM:SS` for an offset with seconds, as ISO 8601 and Temporal write it. */
function formatOffset(offset: number): string {
  const sign = offset < 0 ? "-" : "+";
  const seconds = Math.round(Math.abs(offset) * 60);
  const text = `${sign}${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? text : `${text}:${two(seconds % 60)}`;
}

/** The local day of an instant in a zone, without its wall time. */
export function localDay(utcMs: number, offset: number): Day {
  return dayFromOrdinal(localOrdinal(utcMs, offset));
}

/** The ordinal of the local day of an instant in a zone. */
function localOrdinal(utcMs: number, offset: number): number {
  return Math.floor((utcMs + offsetMs(offset)) / DAY_MS);
}

/** The local day (and its ordinal), wall time (`HH:MM`) and ISO 8601 string (with seconds and offset) of an instant in a zone. */
export function localInstant(utcMs: number, offset: number): { day: Day; ordinal: number; time: string; iso: string } {
  const ordinal = localOrdinal(utcMs, offset);
  const day = dayFromOrdinal(ordinal);
  const seconds = Math.floor((utcMs + offsetMs(offset) - ordinal * DAY_MS) / SECOND_MS);
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return { day, ordinal, time, iso: `${day}T${time}:${two(seconds % 60)}${formatOffset(offset)}` };
}
