import { TZDate } from "@date-fns/tz";
import { ICalCalendar, ICalEventStatus, type ICalEventData } from "ical-generator";
import { addDays, WEEKDAYS, wallTimeMinutes, weekdayOf, type Day, type Weekday } from "../core/calendar";
import type { Result } from "../core/finding";
import { guardResult } from "../core/plan-error";
import { lastDayOfCare } from "../core/period";
import { offsetAt, resolveWall, resolveWallTime, zoneTimeline, type ZoneTimeline } from "../core/zone";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule, type ExpandOptions, type ScheduledSession } from "../schedule/expand";
import { foldLines } from "./fold";
import { escapeText, instantMs, localDateTime, utcDateTime } from "./format";
import { calendarOptionFindings, OPTION_MESSAGES } from "./options";
import { parseUid, planKey, uidOf, weeklySlots, type Slot } from "./uid";
import { vtimezone } from "./vtimezone";

/**
 * The messages of the options of {@link toICalendar} that are unusable, in English, by variant
 * of `engine/invalid-option` (the day options have theirs in the main entry's catalog): an app
 * writes them in another language from a finding's variant and params with `formatFinding`.
 *
 * @category Calendar export
 * @example
 * ```ts
 * Object.keys(ICALENDAR_OPTION_MESSAGES["engine/invalid-option"]).includes("mode"); //=> true
 * const refused = toICalendar(plan, { stamp: "2026-03-01T12:00:00Z", mode: "weekly" as "events" });
 * refused.success || refused.findings[0]?.message; //=> "The mode option must be events or series."
 * ```
 */
export const ICALENDAR_OPTION_MESSAGES = OPTION_MESSAGES;

/**
 * How {@link toICalendar} writes the schedule: `events`, one VEVENT per dated session and
 * appointment; `series`, one recurring VEVENT per weekly session and appointment.
 *
 * @category Calendar export
 * @example
 * ```ts
 * const mode: ICalendarMode = "series";
 * ```
 */
export type ICalendarMode = "events" | "series";

/**
 * Options of {@link toICalendar}: the range and closures of `expandSchedule`, and what the file
 * needs besides.
 *
 * @category Calendar export
 * @example
 * ```ts
 * const options: ICalendarOptions = { stamp: "2026-03-01T12:00:00Z", from: "2026-03-09", closures: ["2026-04-03"], mode: "series" };
 * ```
 */
export interface ICalendarOptions extends ExpandOptions {
  /**
   * The instant the file is written, ISO 8601 ending in `Z`: the library has no clock. It is the
   * DTSTAMP, and gives every VEVENT's SEQUENCE (the whole minutes since 2000-01-01T00:00Z), so a
   * later export never lowers a UID's SEQUENCE.
   */
  readonly stamp: string;
  /** `events` (default) or `series`. */
  readonly mode?: ICalendarMode;
  /** The whole PRODID value, written escaped as a TEXT value (`,` `;` `\`). Default `-//iopkit//Program schedule//EN`. */
  readonly prodId?: string;
  /**
   * The UIDs of an earlier export of the same plan. Each that this file no longer writes is
   * written again with `STATUS:CANCELLED`, so an importing calendar removes it: a dated UID when
   * its day is in the range (`from` to `to`); a series UID when no occurrence of it is left from
   * `from` to the end of care (its weekly slot gone from the plan, or an earlier discharge), or
   * when this file writes dated events instead of series (`mode: "events"`). A series with an
   * occurrence after a narrower range is kept. UIDs of other plans and of other programs are left
   * alone. At most 100,000.
   */
  readonly previousUids?: readonly string[];
  /**
   * The clinic's secret for the plan's key in every UID (16 to 1,024 characters, the same on every
   * export of a plan): with it the key is an HMAC-SHA-256 of the plan id, which no one without
   * the secret can match to an id. Without it the key is a plain hash of the id, which anyone able
   * to list candidate ids (record numbers) can match. UIDs change with the secret.
   */
  readonly uidSecret?: string;
}

/** PRODID when none is given. */
const DEFAULT_PROD_ID = "-//iopkit//Program schedule//EN";

/** A minute in milliseconds. */
const MINUTE_MS = 60_000;
/** The instant SEQUENCE counts from: 2000-01-01T00:00:00Z. */
const SEQUENCE_EPOCH_MS = Date.UTC(2000, 0, 1);
/** The largest SEQUENCE: RFC 5545's INTEGER is a signed 32-bit value (§3.3.8). */
const MAX_SEQUENCE = 2 ** 31 - 1;

/** One VEVENT to write; `recurrence` makes it a weekly series. */
interface Entry {
  readonly uid: string;
  readonly startMs: number;
  readonly endMs?: number;
  readonly summary: string;
  readonly cancelled?: boolean;
  /** RRULE and EXDATE lines of a series. */
  readonly recurrence?: string;
}

/** An activity or modality kind as words: `group-therapy` → `group therapy`. */
function words(kind: string): string {
  return kind.replaceAll("-", " ");
}

/** The SUMMARY of a session or appointment: its kinds of activity, never text from the plan. */
function summaryOf(session: ScheduledSession): string {
  if (session.kind === "appointment") return `Appointment: ${words(session.modality!)}`;
  const kinds = [...new Set(session.activities.map((activity) => activity.kind).filter((kind) => kind !== "break"))];
  return kinds.length === 0 ? "Program session" : `Program session: ${kinds.map(words).join(", ")}`;
}

/** The key of a session or appointment in {@link weeklySlots}. */
function slotKey(session: ScheduledSession): string {
  return `${session.kind}:${session.sessionIndex}`;
}

/**
 * Whether an instant's wall time in the plan's zone fails to name it for every reader: it happens
 * twice that day (clocks went back), which RFC 5545 §3.3.5 reads as the first occurrence and some
 * readers (ical.js 2.2.1) as the second; or its offset has seconds (Africa/Monrovia was −00:44:30
 * until 1972), which ical-generator cannot date and readers may round to the minute.
 */
function wallTimeMisleads(timeline: ZoneTimeline, utcMs: number): boolean {
  const offset = offsetAt(timeline, utcMs);
  return !Number.isInteger(offset) || resolveWall(timeline, utcMs + offset * MINUTE_MS).kind === "ambiguous";
}

/**
 * Whether an event is written in UTC rather than in the plan's zone: its start or end has a wall
 * time that misleads ({@link wallTimeMisleads}), or the clocks change between them, where readers
 * that add the event's length to its start's wall time (as ical.js does for an occurrence) end it
 * an hour off.
 */
function writtenInUtc(timeline: ZoneTimeline, startMs: number, endMs: number | undefined): boolean {
  if (wallTimeMisleads(timeline, startMs)) return true;
  return endMs !== undefined && (wallTimeMisleads(timeline, endMs) || offsetAt(timeline, startMs) !== offsetAt(timeline, endMs));
}

/**
 * Whether an occurrence of a series is written as its own VEVENT, at `expandSchedule`'s instants:
 * its wall time does not exist that day (moved by `expandSchedule`), or it is written in UTC
 * ({@link writtenInUtc}). The series' DTSTART and DTEND come from an occurrence that does not, so
 * every reader repeats them alike.
 */
function standsAlone(timeline: ZoneTimeline, session: ScheduledSession): boolean {
  return session.adjusted || writtenInUtc(timeline, instantMs(session.start), instantMs(session.end));
}

/** One VEVENT per dated session and appointment. */
function eventEntries(sessions: readonly ScheduledSession[], key: string, slots: ReadonlyMap<string, Slot>): Entry[] {
  return sessions.map((session) => ({
    uid: uidOf(key, slots.get(slotKey(session))!, session.date),
    startMs: instantMs(session.start),
    endMs: instantMs(session.end),
    summary: summaryOf(session),
  }));
}

/**
 * One recurring VEVENT per weekly session and dated appointment: DTSTART and DTEND at its first
 * occurrence in the range that does not stand alone, `RRULE` with `UNTIL` (UTC) at its last
 * occurrence, and an `EXDATE` at the series' local time for each occurrence a closure cancels. The
 * occurrences come from `expandSchedule` without closures; the closed ones are those missing from
 * the expansion with closures, so the recurrence is computed in one place. An occurrence that
 * stands alone ({@link standsAlone}: its wall time skipped, or written in UTC) is excluded from
 * the series and written as its own VEVENT at
 * `expandSchedule`'s instants, since readers do not agree on where such a time falls.
 */
function seriesEntries(plan: TreatmentPlan, all: readonly ScheduledSession[], dated: readonly ScheduledSession[], key: string, slots: ReadonlyMap<string, Slot>, tzid: string, timeline: ZoneTimeline): Entry[] {
  const standalone = (session: ScheduledSession) => standsAlone(timeline, session);
  const kept = new Set(dated.map((session) => `${slotKey(session)}@${session.start}`));
  const isKept = (session: ScheduledSession) => kept.has(`${slotKey(session)}@${session.start}`);
  const bySlot = new Map<string, ScheduledSession[]>();
  for (const session of all) {
    const occurrences = bySlot.get(slotKey(session));
    if (occurrences) occurrences.push(session);
    else bySlot.set(slotKey(session), [session]);
  }
  const entries: Entry[] = [];
  for (const [name, occurrences] of bySlot) {
    const slot = slots.get(name)!;
    entries.push(...eventEntries(occurrences.filter((session) => standalone(session) && isKept(session)), key, slots));
    const firstIndex = occurrences.findIndex((session) => !standalone(session));
    const first = occurrences[firstIndex];
    if (first === undefined) continue;
    const interval = first.kind === "appointment" ? plan.schedule.appointments![first.sessionIndex]!.everyWeeks : 1;
    const excluded = occurrences.flatMap((session, index) =>
      index >= firstIndex && (standalone(session) || !isKept(session)) ? [localDateTime(addDays(first.date, 7 * interval * (index - firstIndex)), slot.start)] : [],
    );
    const rule = `RRULE:FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ""};UNTIL=${utcDateTime(instantMs(occurrences.at(-1)!.start))}`;
    entries.push({
      uid: uidOf(key, slot),
      startMs: instantMs(first.start),
      endMs: instantMs(first.end),
      summary: summaryOf(first),
      recurrence: excluded.length > 0 ? `${rule}\nEXDATE;TZID=${tzid}:${excluded.join(",")}` : rule,
    });
  }
  return entries;
}

/** The first day on or after `from` that falls on a weekday. */
function firstWeekday(from: Day, weekday: Weekday): Day {
  return addDays(from, (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(from)) + 7) % 7);
}

/** What {@link cancelledEntries} needs to know of the file being written. */
interface Written {
  readonly key: string;
  readonly uids: ReadonlySet<string>;
  /** The series UIDs with an occurrence from `from` to the end of care, computed when first asked. */
  readonly liveSeries: () => ReadonlySet<string>;
  readonly mode: ICalendarMode;
  readonly from: Day;
  readonly to: Day;
}

/**
 * The previous export's UIDs of this plan that this file no longer writes, as cancelled VEVENTs:
 * a dated UID on a day of the range; a series UID with no occurrence left from the range's first
 * day to the end of care (its slot gone from the plan, or care ending before it comes round), or
 * any series UID when the file writes dated events.
 */
function cancelledEntries(previous: readonly string[], written: Written, timeline: ZoneTimeline): Entry[] {
  const { key, from, to } = written;
  let live: ReadonlySet<string> | undefined;
  const entries: Entry[] = [];
  for (const uid of new Set(previous)) {
    const parsed = parseUid(uid);
    if (!parsed || parsed.planKey !== key || written.uids.has(uid)) continue;
    if (parsed.date !== undefined && (parsed.date < from || parsed.date > to)) continue;
    if (parsed.date === undefined && written.mode === "series" && (live ??= written.liveSeries()).has(uid)) continue;
    const day = parsed.date ?? firstWeekday(from, parsed.slot.day);
    const what = parsed.slot.kind === "session" ? "program session" : "appointment";
    entries.push({ uid, startMs: resolveWallTime(timeline, day, wallTimeMinutes(parsed.slot.start)).utcMs, summary: `Cancelled ${what}`, cancelled: true });
  }
  return entries;
}

/**
 * The zone name handed to ical-generator: it writes a time in a zone named exactly `UTC` as a UTC
 * time (`…Z`), not as a wall time with `TZID=UTC`, so it gets the same zone under its other name.
 */
function writerZoneOf(tzid: string): string {
  return tzid === "UTC" ? "Etc/UTC" : tzid;
}

/** An event as ical-generator wrote it, its DTSTART and DTEND naming the plan's zone again. */
function namedAsThePlan(event: string, tzid: string): string {
  return tzid === "UTC" ? event.replace(/^(DTSTART|DTEND);TZID=Etc\/UTC:/gm, "$1;TZID=UTC:") : event;
}

/** The year of a day. */
function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/**
 * The SEQUENCE of every VEVENT of a file: the whole minutes from 2000-01-01T00:00Z to its stamp,
 * 0 before then and at most RFC 5545's largest INTEGER (reached in the year 6083). A later export
 * never has a lower SEQUENCE than an earlier one for the same UID (RFC 5545 §3.8.7.4), so a
 * session cancelled by one export and restored by the next comes back: RFC 5546 §2.1.5 has a
 * calendar ignore an update with a lower SEQUENCE, and DTSTAMP decides between two of the same.
 */
function sequenceOf(stamp: string): number {
  return Math.min(Math.max(Math.floor((Date.parse(stamp) - SEQUENCE_EPOCH_MS) / MINUTE_MS), 0), MAX_SEQUENCE);
}

/**
 * Writes a plan's schedule as an RFC 5545 iCalendar file, for a participant's calendar or a
 * clinic's scheduling tool. Sessions and appointments are dated by `expandSchedule`, so closures
 * and starts moved by a DST change stay exact. Every DTSTART and DTEND carries `TZID` = the plan's
 * zone (`TZID=UTC` for a plan in `UTC`, like any other zone), except those of an event with a start
 * or end in a repeated hour (readers disagree on which occurrence a wall time there names) or at
 * an offset with seconds, or with a change of offset between them, written in UTC (a series takes
 * its times from an occurrence without any, and leaves those to VEVENTs of their own); the file
 * holds that zone's VTIMEZONE built from iopkit's offset table for every year the file spans, past
 * rule changes included. UIDs are stable: the same plan gives the same UIDs on every call,
 * whatever the range or the stamp; SEQUENCE counts the
 * minutes from 2000 to the stamp, so a later export never lowers it. SUMMARY names the kinds of
 * activity, never text from the plan. DTSTAMP and UNTIL are in UTC, and the output does not depend
 * on the host's time zone. Never throws: bad options and plans give findings.
 *
 * @param plan - a parsed plan
 * @param options - the stamp (required), range, closures, mode, PRODID and an earlier export's UIDs
 * @returns the iCalendar text (every line ending in CRLF, folded at 75 octets), or findings naming the bad option
 * @category Calendar export
 * @example
 * ```ts
 * const result = toICalendar(plan, { stamp: "2026-03-01T12:00:00Z", from: "2026-03-09", to: "2026-03-13" });
 * result.success && result.data.split("\r\n").filter((line) => line.startsWith("DTSTART;TZID=")).length; //=> 3
 * ```
 */
export function toICalendar(plan: TreatmentPlan, options: ICalendarOptions): Result<string> {
  // A plan or options that throw when read (getters, proxies, a plan never parsed) give a finding.
  return guardResult("plan or its options", () => {
    const findings = calendarOptionFindings(options);
    if (findings.length > 0) return { success: false, findings };
    const from = options.from ?? plan.period.admitted;
    const to = options.to ?? lastDayOfCare(plan);
    const range = { from, to, closures: options.closures ?? [] };
    const expanded = expandSchedule(plan, range);
    if (!expanded.success) return expanded;

    const tzid = plan.timeZone;
    const writerZone = writerZoneOf(tzid);
    const key = planKey(plan.id, options.uidSecret);
    const slots = weeklySlots(plan.schedule);
    const mode = options.mode ?? "events";
    const timeline = zoneTimeline(plan.timeZone, from, addDays(to, 1));
    const all = mode === "series" ? expandSchedule(plan, { from, to }) : expanded;
    if (!all.success) return all;
    const entries = mode === "series" ? seriesEntries(plan, all.data.sessions, expanded.data.sessions, key, slots, tzid, timeline) : eventEntries(expanded.data.sessions, key, slots);
    const uids = new Set(entries.map((entry) => entry.uid));
    const liveSeries = () => {
      const ahead = expandSchedule(plan, { from, to: lastDayOfCare(plan) });
      return new Set(ahead.success ? ahead.data.sessions.map((session) => uidOf(key, slots.get(slotKey(session))!)) : []);
    };
    entries.push(...cancelledEntries(options.previousUids ?? [], { key, uids, liveSeries, mode, from, to }, timeline));
    entries.sort((a, b) => a.startMs - b.startMs);

    // ical-generator writes each VEVENT; the calendar only holds them (without a zone of its own,
    // so DTSTAMP is in UTC). The frame and the folding are written here: the calendar's own
    // `toString` folds by encoding every character with a new TextEncoder.
    const sequence = sequenceOf(options.stamp);
    const calendar = new ICalCalendar();
    const events = entries.map((entry) => {
      // Never a series: its DTSTART and DTEND come from an occurrence that does not stand alone.
      const inUtc = writtenInUtc(timeline, entry.startMs, entry.endMs);
      const instant = (utcMs: number) => (inUtc ? new Date(utcMs) : new TZDate(utcMs, writerZone));
      const data: ICalEventData = {
        id: entry.uid,
        stamp: options.stamp,
        sequence,
        start: instant(entry.startMs),
        ...(entry.endMs === undefined ? {} : { end: instant(entry.endMs) }),
        timezone: inUtc ? null : writerZone,
        summary: entry.summary,
        ...(entry.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
        ...(entry.recurrence === undefined ? {} : { repeating: entry.recurrence }),
      };
      return namedAsThePlan(calendar.createEvent(data).toString(), tzid);
    });
    // As ical-generator's calendar does, the VTIMEZONE is written only when an event uses the zone;
    // its text already has the CRLF line ends and no surrounding blanks the calendar would give it.
    const zone = events.length > 0 ? `${vtimezone(tzid, yearOf(from), yearOf(addDays(to, 7)))}\r\n` : "";
    const prodId = escapeText(options.prodId ?? DEFAULT_PROD_ID);
    return { success: true, data: `${foldLines(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${prodId}\r\n${zone}${events.join("")}END:VCALENDAR`)}\r\n` };
  });
}
