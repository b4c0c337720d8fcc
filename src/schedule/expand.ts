import { addDays, dayFromOrdinal, dayOrdinal, isDay, wallTimeMinutes, WEEKDAYS, weekdayOf, type Day } from "../core/calendar";
import type { Finding, Result } from "../core/finding";
import { isTimeZone } from "../core/time-zone";
import { dayOptionFindings, optionFinding } from "../core/options";
import { localInstant, offsetAt, resolveWallTime, zoneTimeline, type ZoneTimeline } from "../core/zone";
import type { ModalityKind } from "../modalities/kinds";
import { sessionMinutes } from "./intervals";
import { lastDayOfCare } from "../core/period";
import type { Activity, TreatmentPlan } from "../plan/types";

/** The longest span expanded at once: ten years. */
const MAX_SPAN_DAYS = 3660;
/** Milliseconds in a minute. */
const MINUTE_MS = 60_000;

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
  /** First day to date (inclusive). Default: admission. */
  readonly from?: Day;
  /** Last day to date (inclusive). Default: the discharge, else the planned discharge. */
  readonly to?: Day;
  /** Days the programme is closed (holidays): nothing is dated on them. */
  readonly closures?: readonly Day[];
}

/**
 * One dated session or appointment. `start` and `end` are ISO 8601 instants with the offset in
 * force in the plan's zone; the wall time of `start` is the schedule's, unless it did not exist
 * that day (`adjusted`), in which case it is read with the offset before the change (RFC 5545
 * §3.3.5). `end` is `start` plus the minutes, so a session across a change lasts as long as any
 * other.
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

/** Findings for an unknown zone, a bad day option or closure, or a reversed or overlong range. */
function rangeFindings(plan: TreatmentPlan, from: unknown, to: unknown, closures: readonly unknown[]): Finding[] {
  const findings: Finding[] = [];
  if (!isTimeZone(plan.timeZone)) findings.push({ rule: "schema/unknown-time-zone", severity: "error", path: ["timeZone"], message: "Expected an IANA time zone name." });
  findings.push(...dayOptionFindings(["from"], from), ...dayOptionFindings(["to"], to));
  closures.forEach((closure, index) => findings.push(...dayOptionFindings(["closures", index], closure)));
  if (findings.length === 0 && isDay(from) && isDay(to)) {
    if (from > to) findings.push(optionFinding(["from"], `The range starts (${from}) after it ends (${to}).`));
    else if (dayOrdinal(to) - dayOrdinal(from) > MAX_SPAN_DAYS) findings.push(optionFinding(["to"], `The range is longer than ${MAX_SPAN_DAYS} days.`));
  }
  return findings;
}

/** A dated session or appointment with its start instant, for sorting. */
interface Dated {
  readonly utcMs: number;
  readonly session: ScheduledSession;
}

/** A session or appointment dated on `date` at its wall-clock start in the zone, with its start instant. */
function place(timeline: ZoneTimeline, date: Day, startMinutes: number, minutes: number, base: Omit<ScheduledSession, "date" | "start" | "end" | "adjusted">): Dated {
  const resolved = resolveWallTime(timeline, date, startMinutes);
  const start = localInstant(resolved.utcMs, resolved.offset);
  const endMs = resolved.utcMs + minutes * MINUTE_MS;
  const end = localInstant(endMs, offsetAt(timeline, endMs));
  return { utcMs: resolved.utcMs, session: { ...base, date: start.day, start: start.iso, end: end.iso, adjusted: resolved.kind === "gap" } };
}

/**
 * Dates the weekly schedule in the plan's time zone: every session and every appointment with a
 * set day and time between `from` and `to`, closures skipped. Wall-clock times stay put across DST
 * changes (09:00 stays 09:00); a time that does not exist that day is moved as RFC 5545 §3.3.5
 * says and marked `adjusted`; a time that happens twice uses the first occurrence. Appointments
 * recur every `everyWeeks` weeks from their first day on or after admission. Offsets are looked up
 * in a per-zone table, not computed per date. Never throws: bad options give findings.
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
  const from = options.from ?? plan.period.admitted;
  const to = options.to ?? lastDayOfCare(plan);
  const closureList = options.closures ?? [];
  const findings = rangeFindings(plan, from, to, closureList);
  if (findings.length > 0) return { success: false, findings };

  const timeline = zoneTimeline(plan.timeZone, from, to);
  const closures = new Set(closureList);
  const skipped = new Set<Day>();
  const dated: Dated[] = [];

  const byWeekday = WEEKDAYS.map((weekday) =>
    plan.schedule.sessions.flatMap((session, index) => {
      if (session.day !== weekday) return [];
      const minutes = sessionMinutes(session);
      return [{ start: wallTimeMinutes(session.start), minutes, base: { kind: "session" as const, sessionIndex: index, minutes, activities: session.activities } }];
    }),
  );
  const first = dayOrdinal(from);
  const last = dayOrdinal(to);
  const firstWeekday = WEEKDAYS.indexOf(weekdayOf(from));
  for (let ordinal = first; ordinal <= last; ordinal += 1) {
    const todays = byWeekday[(firstWeekday + ordinal - first) % 7]!;
    if (todays.length === 0) continue;
    const date = dayFromOrdinal(ordinal);
    if (closures.has(date)) {
      skipped.add(date);
      continue;
    }
    for (const { start, minutes, base } of todays) dated.push(place(timeline, date, start, minutes, base));
  }

  const undatedAppointments: number[] = [];
  plan.schedule.appointments?.forEach((appointment, index) => {
    if (appointment.day === undefined || appointment.start === undefined) {
      undatedAppointments.push(index);
      return;
    }
    const admitted = plan.period.admitted;
    const anchor = addDays(admitted, (WEEKDAYS.indexOf(appointment.day) - WEEKDAYS.indexOf(weekdayOf(admitted)) + 7) % 7);
    const step = appointment.everyWeeks * 7;
    const offset = Math.max(0, Math.ceil((first - dayOrdinal(anchor)) / step)) * step;
    for (let ordinal = dayOrdinal(anchor) + offset; ordinal <= last; ordinal += step) {
      const date = dayFromOrdinal(ordinal);
      if (closures.has(date)) {
        skipped.add(date);
        continue;
      }
      const base = { kind: "appointment" as const, sessionIndex: index, minutes: appointment.minutes, activities: [], modality: appointment.modality };
      dated.push(place(timeline, date, wallTimeMinutes(appointment.start), appointment.minutes, base));
    }
  });

  dated.sort((a, b) => a.utcMs - b.utcMs || (a.session.kind === b.session.kind ? a.session.sessionIndex - b.session.sessionIndex : a.session.kind === "session" ? -1 : 1));
  return {
    success: true,
    data: { sessions: dated.map((entry) => entry.session), skippedClosures: [...skipped].sort(), undatedAppointments },
  };
}
