import type { Day } from "../core/calendar";
import { lastDayOfCare } from "../core/period";
import { describeFindings, InputError } from "../core/plan-error";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";
import { minutesPresent } from "./received";
import type { AttendanceRecord, AttendanceStatus } from "./schema";

/** A dated session or appointment with the index of its record in `plan.attendance`, if any. */
export interface RecordedSession {
  readonly session: ScheduledSession;
  /** Index in `plan.attendance` of the record that counts for it (see {@link matchAttendance}). */
  readonly record: number | undefined;
  readonly status: AttendanceStatus | undefined;
}

/** The plan's dated care matched with its attendance records. */
export interface MatchedAttendance {
  /** Every dated session and appointment of the period, in start order. */
  readonly sessions: readonly RecordedSession[];
  /** Indexes of records that match no dated session or appointment. */
  readonly unknown: readonly number[];
  /** Every other record for a session with more than one, in list order: its index, and in `first` the index of the record that counts. */
  readonly duplicates: readonly { readonly index: number; readonly first: number }[];
}

/** The key of a dated session or appointment: kind, index and day. */
function keyOf(kind: ScheduledSession["kind"], index: number, date: Day): string {
  return `${kind}:${index}:${date}`;
}

/** The key of a dated session or appointment, the same for every expansion of the schedule. */
export function sessionKey(session: ScheduledSession): string {
  return keyOf(session.kind, session.sessionIndex, session.date);
}

/** The key a record points at, or `undefined` when it names nothing dated that day. */
function targetOf(record: AttendanceRecord, sessionsOn: ReadonlyMap<Day, readonly ScheduledSession[]>): string | undefined {
  if (record.session !== undefined) return keyOf("session", record.session, record.date);
  if (record.appointment !== undefined) return keyOf("appointment", record.appointment, record.date);
  const only = sessionsOn.get(record.date);
  return only?.length === 1 ? keyOf("session", only[0]!.sessionIndex, record.date) : undefined;
}

/**
 * Of a session's records (indexes in list order), the one that counts: the one that shows the most
 * minutes present, the first of those that show as many. Adding a record can then only raise what a
 * session delivered, so removing one never raises it.
 */
function countingRecord(plan: TreatmentPlan, session: ScheduledSession, records: readonly number[]): number {
  const present = (record: number) => minutesPresent(plan, { session, record, status: plan.attendance![record]!.status });
  return records.reduce((best, record) => (present(record) > present(best) ? record : best));
}

/**
 * Matches the plan's attendance records to its dated sessions and appointments (from admission to
 * the end of care, in the plan's zone). When a session has more than one record, the one that shows
 * the most minutes present counts (the first of equals) and the others are duplicates: the figures
 * never depend on the order of the list, and removing a record never raises them. Shaped for
 * `RuleContext.derive`. A plan whose schedule cannot be dated (one never parsed) throws an
 * `InputError` with the findings, which a public function reports.
 *
 * @example
 * ```ts
 * // Two records for Monday's session: absent, then attended. The attended one counts.
 * matchAttendance(plan).duplicates; //=> [{ index: 0, first: 1 }]
 * ```
 */
export function matchAttendance(plan: TreatmentPlan): MatchedAttendance {
  const expanded = expandSchedule(plan, { from: plan.period.admitted, to: lastDayOfCare(plan) });
  if (!expanded.success) throw new InputError(describeFindings("The plan's schedule", expanded.findings), expanded.findings);
  const dated = expanded.data.sessions;
  const byKey = new Map(dated.map((session) => [sessionKey(session), session]));
  const sessionsOn = new Map<Day, ScheduledSession[]>();
  for (const session of dated) if (session.kind === "session") sessionsOn.set(session.date, [...(sessionsOn.get(session.date) ?? []), session]);
  const recordsOf = new Map<string, number[]>();
  const unknown: number[] = [];
  (plan.attendance ?? []).forEach((record, index) => {
    const key = targetOf(record, sessionsOn);
    if (key === undefined || !byKey.has(key)) return void unknown.push(index);
    recordsOf.set(key, [...(recordsOf.get(key) ?? []), index]);
  });
  const duplicates: { index: number; first: number }[] = [];
  const sessions = dated.map((session) => {
    const records = recordsOf.get(sessionKey(session));
    if (records === undefined) return { session, record: undefined, status: undefined };
    const record = countingRecord(plan, session, records);
    for (const index of records) if (index !== record) duplicates.push({ index, first: record });
    return { session, record, status: plan.attendance![record]!.status };
  });
  duplicates.sort((a, b) => a.index - b.index);
  return { sessions, unknown, duplicates };
}

/** Whether a status means the participant received care: attended, in whole or in part. */
export function isAttended(status: AttendanceStatus | undefined): boolean {
  return status === "attended" || status === "partial";
}
