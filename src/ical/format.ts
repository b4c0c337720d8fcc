import type { Day, WallTime } from "../core/calendar";

/** A day and wall time written as an RFC 5545 local DATE-TIME: `20260309T090000`. */
export function localDateTime(day: Day, time: WallTime): string {
  return `${day.replaceAll("-", "")}T${time.replace(":", "")}00`;
}

/** An instant written as an RFC 5545 UTC DATE-TIME: `20260309T130000Z`. */
export function utcDateTime(utcMs: number): string {
  return `${new Date(utcMs).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** A TEXT value with its backslashes, semicolons and commas escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`);
}

/**
 * The instant (ms) of an ISO 8601 date-time as `expandSchedule` writes it: its offset is `±HH:MM`,
 * or `±HH:MM:SS` for a historical offset with seconds (`-00:44:30`), which `Date.parse` refuses.
 *
 * @example
 * ```ts
 * new Date(instantMs("1971-03-01T09:00:00-00:44:30")).toISOString(); //=> "1971-03-01T09:44:30.000Z"
 * ```
 */
export function instantMs(iso: string): number {
  const withSeconds = /([+-])(\d\d):(\d\d):(\d\d)$/.exec(iso);
  if (withSeconds === null) return Date.parse(iso);
  const [, sign, hours, minutes, seconds] = withSeconds as unknown as [string, string, string, string, string];
  const offsetMs = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return Date.parse(`${iso.slice(0, -withSeconds[0].length)}Z`) - (sign === "-" ? -offsetMs : offsetMs);
}
