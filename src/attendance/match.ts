import type { Day } from "../core/calendar";
import { lastDayOfCare } from "../core/period";
import { describeFindings, InputError } from "../core/plan-error";
import type { TreatmentPlan } from "../plan/types";
import { expandSchedule, type ScheduledSession } from "../schedule/expand";
import type { AttendanceRecord, AttendanceStatus } from "./schema";

/** A dated session or appointment with the index of its record in `plan.attendance`, if any. */
export interface RecordedSession {
  readonly session: ScheduledSession;
  /** Index in `plan.attendance` of the first record for it. */
  readonly record: number | undefined;
  readonly status: AttendanceStatus | undefined;
}

/** The plan's dated care matched with its attendance records. */
export interface MatchedAttendance {
  /** Every dated session and appointment of the period, in start order. */
  readonly sessions: readonly RecordedSession[];
  /** Indexes of records that match no dated session or appointment. */
  readonly unknown: readonly number[];
  /** Records for a session that already has one: the index and the first record's index. */
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
 * Matches the plan's attendance records to its dated sessions and appointments (from admission to
 * the end of care, in the plan's zone). The first record for a session counts; later ones are
 * duplicates. Shaped for `RuleContext.derive`. A plan whose schedule cannot be dated (one never
 * parsed) throws an `InputError` with the findings, which a public function reports.
 */
export function matchAttendance(plan: TreatmentPlan): MatchedAttendance {
  const expanded = expandSchedule(plan, { from: plan.period.admitted, to: lastDayOfCare(plan) });
  if (!expanded.success) throw new InputError(describeFindings("The plan's schedule", expanded.findings), expanded.findings);
  const dated = expanded.data.sessions;
  const byKey = new Map(dated.map((session) => [sessionKey(session), session]));
  const sessionsOn = new Map<Day, ScheduledSession[]>();
  for (const session of dated) if (session.kind === "session") sessionsOn.set(session.date, [...(sessionsOn.get(session.date) ?? []), session]);
  const firstRecord = new Map<string, number>();
  const unknown: number[] = [];
  const duplicates: { index: number; first: number }[] = [];
  (plan.attendance ?? []).forEach((record, index) => {
    const key = targetOf(record, sessionsOn);
    if (key === undefined || !byKey.has(key)) return void unknown.push(index);
    const first = firstRecord.get(key);
    if (first === undefined) firstRecord.set(key, index);
    else duplicates.push({ index, first });
  });
  const sessions = dated.map((session) => {
    const record = firstRecord.get(sessionKey(session));
    return { session, record, status: record === undefined ? undefined : plan.attendance![record]!.status };
  });
  return { sessions, unknown, duplicates };
}

/** Whether a status means the participant received care: attended, in whole or in part. */
export function isAttended(status: AttendanceStatus | undefined): boolean {
  return status === "attended" || status === "partial";
}
