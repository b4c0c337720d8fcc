import { dayFromOrdinal, dayOrdinal, isDay, wallTimeMinutes, WEEKDAYS, weekdayOf, type Day } from "../core/calendar";
import type { Finding, Result } from "../core/finding";
import { dayOptionFindings, optionFindingFrom } from "../core/options";
import { timeZoneSchema } from "../core/schema-kit";
import { schemaFindings } from "../core/schema-findings";
import { SCHEDULE_MESSAGES } from "./messages";
import { guardResult, rejectArgument } from "../core/plan-error";
import { localInstant, offsetAt, resolveWall, zoneTimeline, type ZoneTimeline } from "../core/zone";
import type { ModalityKind } from "../modalities/kinds";
import { sessionMinutes } from "./intervals";
import { lastDayOfCare, MAX_PERIOD_DAYS } from "../core/period";
import type { Activity, TreatmentPlan } from "../plan/types";

/** Milliseconds in a minute and in a day. */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The most closures one call takes: one a day over the longest period. */
const MAX_CLOSURES = MAX_PERIOD_DAYS;

/**
 * Options of {@link expandSchedule}.
 *
 * @category Schedule
 * @example
 * ```ts
 * const options: ExpandOptions = { from: "2026-03-09", to: "2026-03-31", closures: ["2026-03-17"] };
 * ```
 */
export interface ExpandOptions {
  /** First day to date (inclusive). Default, and never earlier than: admission. */
  readonly from?: Day;
  /** Last day to date (inclusive). Default, and never later than: the discharge, else the planned discharge. */
  readonly to?: Day;
  /** Days the program is closed (holidays): nothing is dated on them. At most 3660. */
  readonly closures?: readonly Day[];
}

/**
 * One dated session or appointment. `start` and `end` are ISO 8601 instants with the offset in
 * force in the plan's zone; the wall time of `start` is the schedule's, unless it did not exist
 * that day (`adjusted`), in which case it is read with the offset before the change (RFC 5545
 * §3.3.5) and may fall on the next day: `date` is the day it actually starts on. A wall time that
 * happened twice that day uses its first occurrence and is marked `ambiguous`. `end` is `start`
 * plus the minutes, so a session across a change lasts as long as any other.
 *
 * @category Schedule
 * @example
 * ```ts
 * const session: ScheduledSession = {
 *   kind: "session", sessionIndex: 0, date: "2026-03-09",
 *   start: "2026-03-09T09:00:00-04:00", end: "2026-03-09T12:00:00-04:00",
 *   minutes: 180, activities: [], adjusted: false,
 * };
 * ```
 */
export interface ScheduledSession {
  /** A program session, or a recurring appointment. */
  readonly kind: "session" | "appointment";
  /** Index in `schedule.sessions` (for an appointment, in `schedule.appointments`). */
  readonly sessionIndex: number;
  /** The local day it starts on. */
  readonly date: Day;
  readonly start: string;
  readonly end: string;
  readonly minutes: number;
  /** A session's activities; empty for an appointment. */
  readonly activities: readonly Activity[];
  /** An appointment's modality. */
  readonly modality?: ModalityKind;
  /** True when the scheduled wall time did not exist that day and the start moved. */
  readonly adjusted: boolean;
  /** True when the scheduled wall time happened twice that day (clocks went back) and the first was used; absent otherwise. */
  readonly ambiguous?: boolean;
}

/**
 * The dated schedule: sessions and appointments in start order, the closure days that cancelled
 * something, and the appointments that have no set day and time and so cannot be dated.
 *
 * @category Schedule
 * @example
 * ```ts
 * const result = expandSchedule(plan);
 * if (result.success) console.log(result.data.sessions.length);
 * ```
 */
export interface ExpandedSchedule {
  readonly sessions: readonly ScheduledSession[];
  /** Closure days on which something was scheduled, ascending. */
  readonly skippedClosures: readonly Day[];
  /** Indexes of appointments without a day and start. */
  readonly undatedAppointments: readonly number[];
}

/** Findings for an unknown zone, a bad day option or closure, too many closures, or a reversed or overlong range. */
function rangeFindings(plan: TreatmentPlan, from: unknown, to: unknown, closures: readonly unknown[]): Finding[] {
  const options = SCHEDULE_MESSAGES["engine/invalid-option"];
  const zone = timeZoneSchema.safeParse(plan.timeZone);
  const findings: Finding[] = zone.success ? [] : schemaFindings(zone.error.issues).map((finding) => ({ ...finding, path: ["timeZone", ...finding.path] }));
  findings.push(...dayOptionFindings(["from"], from), ...dayOptionFindings(["to"], to));
  if (!Array.isArray(closures)) findings.push(optionFindingFrom(options, ["closures"], { variant: "closuresNotList" }));
  else if (closures.length > MAX_CLOSURES) findings.push(optionFindingFrom(options, ["closures"], { variant: "tooManyClosures", params: { max: MAX_CLOSURES } }));
  else closures.forEach((closure, index) => findings.push(...dayOptionFindings(["closures", index], closure)));
  if (findings.length === 0 && isDay(from) && isDay(to)) {
    if (from > to) findings.push(optionFindingFrom(options, ["from"], { variant: "rangeReversed", params: { from, to } }));
    else if (dayOrdinal(to) - dayOrdinal(from) > MAX_PERIOD_DAYS) findings.push(optionFindingFrom(options, ["to"], { variant: "rangeTooLong", params: { max: MAX_PERIOD_DAYS } }));
  }
  return findings;
}

/** A dated session or appointment with its start instant and the ordinal of the day it starts on. */
interface Dated {
  readonly utcMs: number;
  readonly ordinal: number;
  readonly session: ScheduledSession;
}

/** A session or appointment scheduled on the day `ordinal` at its wall-clock start in the zone, placed on the day and instant it actually starts. */
function place(timeline: ZoneTimeline, ordinal: number, startMinutes: number, minutes: number, base: Omit<ScheduledSession, "date" | "start" | "end" | "adjusted">): Dated {
  const resolved = resolveWall(timeline, ordinal * DAY_MS + startMinutes * MINUTE_MS);
  const start = localInstant(resolved.utcMs, resolved.offset);
  const endMs = resolved.utcMs + minutes * MINUTE_MS;
  const end = localInstant(endMs, offsetAt(timeline, endMs));
  // Written out, not spread: spreading `base` per session made dating five times slower.
  const { kind, sessionIndex, activities, modality } = base;
  const session: ScheduledSession =
    modality === undefined
      ? { kind, sessionIndex, minutes, activities, date: start.day, start: start.iso, end: end.iso, adjusted: resolved.kind === "gap" }
      : { kind, sessionIndex, minutes, activities, modality, date: start.day, start: start.iso, end: end.iso, adjusted: resolved.kind === "gap" };
  return { utcMs: resolved.utcMs, ordinal: start.ordinal, session: resolved.kind === "ambiguous" ? { ...session, ambiguous: true } : session };
}

/**
 * Dates the weekly schedule in the plan's time zone: every session and every appointment with a
 * set day and time, each on the day it actually starts, when that day lies inside both the plan's
 * period (admission to the discharge, else the planned discharge) and `from`..`to`, and is not a
 * closure. Wall-clock times stay put across DST changes (09:00 stays 09:00); a time that does not
 * exist that day is moved as RFC 5545 §3.3.5 says and marked `adjusted` (a Saturday 23:30 moved
 * past midnight is a Sunday session); a time that happens twice uses the first occurrence and is
 * marked `ambiguous`. Appointments recur every `everyWeeks` weeks from their first day on or after
 * admission. Offsets are looked up in a per-zone table, not computed per date. Never throws: bad
 * options give findings.
 *
 * @param plan - a parsed plan
 * @param options - the range and closures
 * @returns the dated schedule, or findings naming the bad option
 * @category Schedule
 * @example
 * ```ts
 * const result = expandSchedule(plan, { from: "2026-03-09", to: "2026-03-13" });
 * result.success && result.data.sessions.map((session) => session.start);
 * //=> ["2026-03-09T09:00:00-04:00", "2026-03-11T09:00:00-04:00", "2026-03-13T09:00:00-04:00"]
 * ```
 */
export function expandSchedule(plan: TreatmentPlan, options: ExpandOptions = {}): Result<ExpandedSchedule> {
  return guardResult("plan or its options", () => {
    const from = options.from ?? plan.period.admitted;
    const to = options.to ?? lastDayOfCare(plan);
    const closureList = options.closures ?? [];
    const findings = rangeFindings(plan, from, to, closureList);
    if (findings.length > 0) return { success: false, findings };

    const first = Math.max(dayOrdinal(from), dayOrdinal(plan.period.admitted));
    const last = Math.min(dayOrdinal(to), dayOrdinal(lastDayOfCare(plan)));
    const undatedAppointments: number[] = [];
    plan.schedule.appointments?.forEach((appointment, index) => {
      if (appointment.day === undefined || appointment.start === undefined) undatedAppointments.push(index);
    });
    if (first > last) return { success: true, data: { sessions: [], skippedClosures: [], undatedAppointments } };

    // A start moved by a gap lands later, never by two days: scanning from the day before catches
    // the sessions moved into the range.
    const timeline = zoneTimeline(plan.timeZone, dayFromOrdinal(first - 1), dayFromOrdinal(last));
    const closures = new Set(closureList);
    const skipped = new Set<Day>();
    const dated: Dated[] = [];
    const keep = (entry: Dated) => {
      if (entry.ordinal < first || entry.ordinal > last) return;
      if (closures.has(entry.session.date)) skipped.add(entry.session.date);
      else dated.push(entry);
    };

    const byWeekday = WEEKDAYS.map((weekday) =>
      plan.schedule.sessions.flatMap((session, index) => {
        if (session.day !== weekday) return [];
        const minutes = sessionMinutes(session);
        return [{ start: wallTimeMinutes(session.start), minutes, base: { kind: "session" as const, sessionIndex: index, minutes, activities: session.activities } }];
      }),
    );
    const firstWeekday = WEEKDAYS.indexOf(weekdayOf(dayFromOrdinal(first - 1)));
    for (let ordinal = first - 1; ordinal <= last; ordinal += 1) {
      const todays = byWeekday[(firstWeekday + ordinal - first + 1) % 7]!;
      if (todays.length === 0) continue;
      for (const { start, minutes, base } of todays) keep(place(timeline, ordinal, start, minutes, base));
    }

    const admitted = dayOrdinal(plan.period.admitted);
    const admittedWeekday = WEEKDAYS.indexOf(weekdayOf(plan.period.admitted));
    plan.schedule.appointments?.forEach((appointment, index) => {
      if (appointment.day === undefined || appointment.start === undefined) return;
      const anchor = admitted + ((WEEKDAYS.indexOf(appointment.day) - admittedWeekday + 7) % 7);
      // A plan that was never parsed may hold any interval: one that is not a whole number of weeks would never end.
      if (!Number.isInteger(appointment.everyWeeks) || appointment.everyWeeks < 1) rejectArgument("plan or its options");
      const step = appointment.everyWeeks * 7;
      const base = { kind: "appointment" as const, sessionIndex: index, minutes: appointment.minutes, activities: [], modality: appointment.modality };
      const startMinutes = wallTimeMinutes(appointment.start);
      for (let ordinal = anchor + Math.max(0, Math.ceil((first - 1 - anchor) / step)) * step; ordinal <= last; ordinal += step) {
        keep(place(timeline, ordinal, startMinutes, appointment.minutes, base));
      }
    });

    dated.sort((a, b) => a.utcMs - b.utcMs || (a.session.kind === b.session.kind ? a.session.sessionIndex - b.session.sessionIndex : a.session.kind === "session" ? -1 : 1));
    return {
      success: true,
      data: { sessions: dated.map((entry) => entry.session), skippedClosures: [...skipped].sort(), undatedAppointments },
    };
  });
}
