import type { Day } from "../core/calendar";
import { isTimeZone } from "../core/time-zone";

/**
 * The calendar day an instant falls on in a zone, `YYYY-MM-DD`: what "today" means for a plan.
 * A zone that is no IANA name falls back to UTC (such a plan is reported as invalid anyway).
 */
export function dayIn(instant: Date, timeZone: string): Day {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/** The zone a plan input names, when it names one; UTC otherwise. */
export function zoneOf(input: unknown): string {
  const zone = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { timeZone?: unknown }).timeZone : undefined;
  return typeof zone === "string" && isTimeZone(zone) ? zone : "UTC";
}
