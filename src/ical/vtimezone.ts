import type { Day } from "../core/calendar";
import { utcDateTime } from "./format";
import { resolveWallTime, zoneTimeline } from "../core/zone";

/** An observance: from `utcMs` on, the zone is `to` minutes from UTC (it was `from`). */
interface Observance {
  readonly utcMs: number;
  readonly from: number;
  readonly to: number;
  readonly daylight: boolean;
}

/** An offset in minutes, with a fraction for the few historical ones with seconds, as whole seconds. */
function offsetSeconds(offset: number): number {
  return Math.round(offset * 60);
}

/**
 * An offset in minutes written as RFC 5545 `utc-offset` (§3.3.14): `-0500`, `+1030`, or
 * `±hhmmss` for an offset with seconds (`-004430`, Africa/Monrovia until 1972).
 */
function formatUtcOffset(offset: number): string {
  const seconds = Math.abs(offsetSeconds(offset));
  const two = (value: number) => String(value).padStart(2, "0");
  return `${offset < 0 ? "-" : "+"}${two(Math.floor(seconds / 3600))}${two(Math.floor(seconds / 60) % 60)}${seconds % 60 === 0 ? "" : two(seconds % 60)}`;
}

/** The wall time of an instant at an offset, to the second, written as an RFC 5545 local DATE-TIME. */
function wallDateTime(utcMs: number, offset: number): string {
  return utcDateTime(utcMs + offsetSeconds(offset) * 1000).slice(0, -1);
}

/**
 * The VTIMEZONE of a zone for every offset in force from local midnight on 1 January of the first
 * year to the end of the last year, built from iopkit's offset table: one observance for the
 * offset at the start, then one per change, each at its exact instant. A table built this way is
 * right for past rule changes too (a file spanning Pacific/Apia's move across the date line in
 * December 2011 carries that move), which a VTIMEZONE holding only today's rules is not. Names
 * stay out: an offset above the one it replaces is a DAYLIGHT observance, any other a STANDARD
 * one (the zone's own names depend on the host's locale data). TZID is the zone's IANA name.
 */
export function vtimezone(zone: string, firstYear: number, lastYear: number): string {
  const firstDay: Day = `${String(firstYear).padStart(4, "0")}-01-01`;
  const endDay: Day = `${String(lastYear + 1).padStart(4, "0")}-01-01`;
  const timeline = zoneTimeline(zone, firstDay, `${String(lastYear).padStart(4, "0")}-12-31`);
  const start = resolveWallTime(timeline, firstDay, 0);
  const end = resolveWallTime(timeline, endDay, 0).utcMs;
  const changes: Observance[] = [];
  let previous = start.offset;
  timeline.changesAt.forEach((utcMs, index) => {
    const offset = timeline.offsets[index]!;
    if (utcMs <= start.utcMs || utcMs >= end || offset === previous) return;
    changes.push({ utcMs, from: previous, to: offset, daylight: offset > previous });
    previous = offset;
  });
  const first = changes[0];
  const initial: Observance = { utcMs: start.utcMs, from: start.offset, to: start.offset, daylight: first !== undefined && first.to < start.offset };
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${zone}`];
  for (const observance of [initial, ...changes]) {
    const kind = observance.daylight ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallDateTime(observance.utcMs, observance.from)}`,
      `TZOFFSETFROM:${formatUtcOffset(observance.from)}`,
      `TZOFFSETTO:${formatUtcOffset(observance.to)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
