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
