import ICAL from "ical.js";
import { expect } from "vitest";
import { expandSchedule, type ExpandOptions, type TreatmentPlan, type Weekday } from "../../src/index";
import { toICalendar, type ICalendarOptions } from "../../src/ical";
import { instantMs } from "../../src/ical/format";
import { cleanPlan, withEdits } from "../helpers/plans";

/** One VEVENT occurrence as instants (ms), with its UID. */
export interface Occurrence {
  readonly uid: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A Time's instant, after checking it was resolved through the file's own VTIMEZONE named `tzid`
 * (or written in UTC, as a time in the second occurrence of a repeated hour is).
 * The assertion is built only for a Time that fails the check: a file holds hundreds of Times, and
 * building one per Time cost a tenth of the generated-plans test.
 */
function instantIn(time: ICAL.Time, tzid: string): number {
  if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
  const zone = { tzid: time.zone?.tzid, component: time.zone?.component?.name };
  if (zone.tzid !== tzid || zone.component !== "vtimezone") expect(zone).toEqual({ tzid, component: "vtimezone" });
  return time.toUnixTime() * 1000;
}

/** Parses an iCalendar text with ical.js and returns its VEVENTs. */
export function veventsOf(text: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent");
}

/** Every VEVENT's DTSTART and DTEND as instants, read by ical.js through the file's VTIMEZONE. */
export function eventInstants(text: string, tzid: string): Occurrence[] {
  return veventsOf(text).map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: instantIn(event.startDate, tzid), end: instantIn(event.endDate, tzid) };
  });
}

/** Every occurrence of every VEVENT, recurrences expanded by ical.js (EXDATEs removed). */
export function expandedInstants(text: string, tzid: string): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const vevent of veventsOf(text)) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({ uid: event.uid, start: instantIn(details.startDate, tzid), end: instantIn(details.endDate, tzid) });
    }
  }
  return occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** expandSchedule's sessions as [start, end] instants, in start order. */
export function expectedInstants(plan: TreatmentPlan, options: ExpandOptions = {}): [number, number][] {
  const expanded = expandSchedule(plan, options);
  if (!expanded.success) throw new Error("the plan must expand");
  return expanded.data.sessions.map((session) => [instantMs(session.start), instantMs(session.end)]);
}

/** Occurrences as [start, end] pairs in start order. */
export function pairs(occurrences: readonly Occurrence[]): [number, number][] {
  return [...occurrences].sort((a, b) => a.start - b.start || a.end - b.end).map((occurrence) => [occurrence.start, occurrence.end]);
}

/** The unfolded content lines of an iCalendar text. */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** A plan in a zone with a three-hour session on each of the given days at `start`, over the given weeks. */
export function zonePlan(timeZone: string, admitted: string, days: readonly Weekday[], weeks: number, start = "09:00"): TreatmentPlan {
  return withEdits(cleanPlan({ timeZone, admitted, days: ["mon", "wed", "fri"], weeks, medications: [] }), (draft) => {
    const session = draft.schedule.sessions[0]!;
    draft.schedule.sessions = days.map((day) => ({ ...session, day, start }));
  });
}

/** The DTSTAMP of the files under test. */
export const STAMP = "2026-03-01T12:00:00Z";

/** The file, or a failed assertion with the findings. */
export function ics(plan: TreatmentPlan, options: Partial<ICalendarOptions> = {}): string {
  const result = toICalendar(plan, { stamp: STAMP, ...options });
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data;
}

/** Events mode and series mode both give expandSchedule's instants, read by ical.js. */
export function expectBothModesExact(plan: TreatmentPlan, options: Partial<ICalendarOptions> = {}): void {
  const expected = expectedInstants(plan, options);
  const events = eventInstants(ics(plan, options), plan.timeZone);
  expect(pairs(events)).toEqual(expected);
  expect(pairs(expandedInstants(ics(plan, { ...options, mode: "series" }), plan.timeZone))).toEqual(expected);
}

