// Compares expandSchedule with Temporal (the TC39 reference polyfill, disambiguation "compatible",
// which is RFC 5545's reading of a wall time in a gap or a repeated hour) in one zone: on the days
// around each of the zone's offset changes (both sides) and on a few ordinary days a year. Near a
// change each expected start comes from Temporal itself; elsewhere from the offset Temporal reports
// for that stretch, so ordinary days cost no Temporal object per session, and a disagreement there
// is asked of Temporal itself before it counts. The changes are the union of Temporal's and
// iopkit's: the polyfill looks for the next change in two-week steps and so misses shorter offset
// periods (America/Fortaleza kept -02:00 from 8 to 22 October 2000 only).
import { Temporal } from "@js-temporal/polyfill";
import { expandSchedule, WEEKDAYS, type Day, type TreatmentPlan } from "../../src/index";
import { zoneTimeline } from "../../src/core/zone";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** A session's length: long enough that its end crosses a change on the change days. */
const SESSION_MINUTES = 180;
/**
 * Within this distance of a change a session is placed by Temporal itself. Offsets lie between
 * -12:00 and +14:00, so with no change within 26 hours of a wall time read as UTC, every instant
 * that could show that wall time has the same offset: it happens once, at that offset.
 */
const NEAR_CHANGE_MS = 26 * 3_600_000;

/** Ordinary days compared every year (month-day), besides the days around the changes. */
const ORDINARY_DAYS = ["01-15", "04-15", "07-15", "10-15"] as const;

/** What one comparison covered. */
export interface ZoneComparison {
  readonly sessions: number;
  readonly mismatches: readonly string[];
}

/** A zone's offsets from Temporal: the offset from each instant on (the first from the start). */
interface Offsets {
  readonly at: readonly number[];
  readonly ns: readonly number[];
  readonly text: readonly string[];
}

function offsetsOf(zone: string, fromYear: number, toYear: number): Offsets {
  const end = Date.UTC(toYear + 1, 0, 2);
  let current: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(Date.UTC(fromYear - 1, 11, 30)).toZonedDateTimeISO(zone);
  const at = [Number.NEGATIVE_INFINITY];
  const ns = [current.offsetNanoseconds];
  const text = [current.offset];
  for (;;) {
    current = current.getTimeZoneTransition("next");
    if (current === null || current.epochMilliseconds >= end) break;
    at.push(current.epochMilliseconds);
    ns.push(current.offsetNanoseconds);
    text.push(current.offset);
  }
  return { at, ns, text };
}

/** The index of the stretch in force at an instant. */
function stretchAt(offsets: Offsets, utcMs: number): number {
  let low = 0;
  let high = offsets.at.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (offsets.at[middle]! <= utcMs) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** `YYYY-MM-DDTHH:MM:SS` of a local instant, written by Date (no zone involved). */
function localText(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 19);
}

/** Whether one of the ascending change instants lies within NEAR_CHANGE_MS of an instant. */
function nearChange(changes: readonly number[], utcMs: number): boolean {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (changes[middle]! < utcMs - NEAR_CHANGE_MS) low = middle + 1;
    else high = middle;
  }
  return low < changes.length && changes[low]! <= utcMs + NEAR_CHANGE_MS;
}

interface Expected {
  readonly date: Day;
  readonly start: string;
  readonly end: string;
}

/** Where a session scheduled on `day` at `start` (`HH:MM`) starts, when the instant is known. */
function sessionAt(offsets: Offsets, startMs: number, startText: string): Expected {
  const endMs = startMs + SESSION_MINUTES * MINUTE_MS;
  const endIndex = stretchAt(offsets, endMs);
  const end = `${localText(endMs + offsets.ns[endIndex]! / 1e6)}${offsets.text[endIndex]}`;
  return { date: startText.slice(0, 10), start: startText, end };
}

/** Where Temporal itself places a session scheduled on `day` at `start`. */
function temporalSession(zone: string, offsets: Offsets, day: Day, start: string): Expected {
  const zoned = Temporal.PlainDateTime.from(`${day}T${start}`).toZonedDateTime(zone, { disambiguation: "compatible" });
  const end = zoned.add({ minutes: SESSION_MINUTES });
  const text = (at: Temporal.ZonedDateTime) => `${at.toPlainDateTime().toString({ smallestUnit: "second" })}${at.offset}`;
  return { ...sessionAt(offsets, zoned.epochMilliseconds, text(zoned)), end: text(end) };
}

/** Where a session scheduled on `day` at `start` starts: from Temporal near a change, else from its offset table. */
function expectedSession(zone: string, offsets: Offsets, changes: readonly number[], day: Day, start: string): Expected {
  const wallMs = Date.parse(`${day}T${start}:00Z`);
  if (nearChange(changes, wallMs)) return temporalSession(zone, offsets, day, start);
  const index = stretchAt(offsets, wallMs);
  return sessionAt(offsets, wallMs - offsets.ns[index]! / 1e6, `${day}T${start}:00${offsets.text[index]}`);
}

/** The plan the comparison expands: one session a day at `start`, no appointments. */
function dailyPlan(base: TreatmentPlan, zone: string, start: string): TreatmentPlan {
  const activities = [{ kind: "group-therapy" as const, minutes: SESSION_MINUTES }];
  return { ...base, timeZone: zone, schedule: { sessions: WEEKDAYS.map((day) => ({ day, start, activities })), appointments: [] } };
}

/**
 * Inclusive windows of day ordinals to compare, merged where they touch: two days either side of
 * each change's UTC day (which holds the local days on both sides of it), and the ordinary days.
 */
function windowsOf(changes: readonly number[], fromYear: number, toYear: number): [number, number][] {
  const first = Date.UTC(fromYear, 0, 1) / DAY_MS;
  const last = Date.UTC(toYear, 11, 31) / DAY_MS;
  const raw: [number, number][] = changes.map((instant) => {
    const day = Math.floor(instant / DAY_MS);
    return [day - 2, day + 2];
  });
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const monthDay of ORDINARY_DAYS) {
      const ordinal = Date.parse(`${year}-${monthDay}T00:00:00Z`) / DAY_MS;
      raw.push([ordinal, ordinal + 1]);
    }
  }
  const windows: [number, number][] = [];
  for (const [from, to] of raw.map(([from, to]): [number, number] => [Math.max(from, first), Math.min(to, last)]).filter(([from, to]) => from < to).sort((a, b) => a[0] - b[0])) {
    const previous = windows.at(-1);
    if (previous !== undefined && from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function dayOf(ordinal: number): Day {
  return new Date(ordinal * DAY_MS).toISOString().slice(0, 10);
}

/** Whether two sessions agree on day, start and end. */
function same(a: Expected | undefined, b: Expected | undefined): boolean {
  return a?.date === b?.date && a?.start === b?.start && a?.end === b?.end;
}

/**
 * Compares every session of the windows around the zone's changes and of the ordinary days of
 * `fromYear`..`toYear` at each start: its day, start and end, and that no other session is dated.
 * Each window is the plan's period, so the comparison also checks that a session is dated by the
 * day it actually starts on and only inside the period.
 */
export function compareZone(base: TreatmentPlan, zone: string, starts: readonly string[], fromYear: number, toYear: number): ZoneComparison {
  const offsets = offsetsOf(zone, fromYear, toYear);
  const iopkitChanges = zoneTimeline(zone, `${fromYear}-01-01`, `${toYear}-12-31`).changesAt;
  const changes = [...new Set([...offsets.at.slice(1), ...iopkitChanges])].sort((a, b) => a - b);
  const windows = windowsOf(changes, fromYear, toYear);
  const mismatches: string[] = [];
  let sessions = 0;
  for (const start of starts) {
    const plan = dailyPlan(base, zone, start);
    for (const [from, to] of windows) {
      const period = { admitted: dayOf(from), plannedDischarge: dayOf(to) };
      const expanded = expandSchedule({ ...plan, period });
      if (!expanded.success) {
        mismatches.push(`${zone} ${period.admitted} ${start}: ${expanded.findings.map((finding) => finding.rule).join(", ")}`);
        continue;
      }
      const expected: Expected[] = [];
      for (let ordinal = from - 1; ordinal <= to; ordinal += 1) {
        const day = dayOf(ordinal);
        let session = expectedSession(zone, offsets, changes, day, start);
        const got = expanded.data.sessions[expected.length];
        // A disagreement away from a change is asked of Temporal itself before it counts.
        if (!same(got, session)) session = temporalSession(zone, offsets, day, start);
        if (session.date >= period.admitted && session.date <= period.plannedDischarge) expected.push(session);
      }
      const actual = expanded.data.sessions;
      sessions += actual.length;
      for (let index = 0; index < Math.max(actual.length, expected.length); index += 1) {
        const [got, want] = [actual[index], expected[index]];
        if (!same(got, want)) mismatches.push(`${zone} ${start}: iopkit ${JSON.stringify(got && { date: got.date, start: got.start, end: got.end })} ≠ Temporal ${JSON.stringify(want)}`);
      }
    }
  }
  return { sessions, mismatches };
}
