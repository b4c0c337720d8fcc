import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { isDay, isWallTime, WEEKDAYS, type Day, type WallTime, type Weekday } from "../core/calendar";
import type { Schedule } from "../plan/types";

/** What a VEVENT stands for: a program session or an appointment, by its index in the schedule. */
export type EntryKind = "session" | "appointment";

/** A weekly slot: kind, weekday and wall-clock start, and which of the slots alike it is (from 1). */
export interface Slot {
  readonly kind: EntryKind;
  readonly day: Weekday;
  readonly start: WallTime;
  readonly nth: number;
}

/** The parts of a UID this module wrote: the plan's key, the day (absent for a series) and the slot. */
export interface ParsedUid {
  readonly planKey: string;
  readonly date: Day | undefined;
  readonly slot: Slot;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const UID_PATTERN = new RegExp(`^([0-9a-f]{16})-(\\d{8}|weekly)-(session|appointment)-(${WEEKDAYS.join("|")})(\\d{4})-([1-9]\\d{0,2})@iopkit$`);

/**
 * The plan's key in its UIDs, 16 hex digits: it tells plans apart without writing the plan id (which
 * may be a record number) into a file that leaves the clinic. With the clinic's `secret`, the first
 * 64 bits of an HMAC-SHA-256 of the id: no one without the secret can tell which id a calendar
 * belongs to. Without it, a 64-bit FNV-1a hash of the id, which anyone who can list candidate ids
 * can match.
 */
export function planKey(planId: string, secret?: string): string {
  if (secret !== undefined) return bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(planId))).slice(0, 16);
  let hash = FNV_OFFSET;
  for (const char of planId) hash = ((hash ^ BigInt(char.codePointAt(0)!)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, "0");
}

/**
 * The slot of every session and dated appointment, keyed `kind:index`. A slot is named by its
 * weekday and start rather than its index, so removing one session leaves the others' UIDs as
 * they were; two alike (same kind, day and start) are told apart by their order.
 */
export function weeklySlots(schedule: Schedule): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  const seen = new Map<string, number>();
  const add = (kind: EntryKind, index: number, day: Weekday, start: WallTime) => {
    const alike = `${kind}-${day}-${start}`;
    const nth = (seen.get(alike) ?? 0) + 1;
    seen.set(alike, nth);
    slots.set(`${kind}:${index}`, { kind, day, start, nth });
  };
  schedule.sessions.forEach((session, index) => add("session", index, session.day, session.start));
  schedule.appointments?.forEach((appointment, index) => {
    if (appointment.day !== undefined && appointment.start !== undefined) add("appointment", index, appointment.day, appointment.start);
  });
  return slots;
}

/** The UID of one dated occurrence (`date` given) or of a weekly series. */
export function uidOf(key: string, slot: Slot, date?: Day): string {
  const when = date === undefined ? "weekly" : date.replaceAll("-", "");
  return `${key}-${when}-${slot.kind}-${slot.day}${slot.start.replace(":", "")}-${slot.nth}@iopkit`;
}

/** The parts of a UID written by {@link uidOf}, or undefined for any other text. */
export function parseUid(uid: string): ParsedUid | undefined {
  const match = UID_PATTERN.exec(uid);
  if (!match) return undefined;
  const [, key, when, kind, day, time, nth] = match as unknown as [string, string, string, EntryKind, Weekday, string, string];
  const start = `${time.slice(0, 2)}:${time.slice(2)}`;
  const date = when === "weekly" ? undefined : `${when.slice(0, 4)}-${when.slice(4, 6)}-${when.slice(6)}`;
  if (!isWallTime(start) || (date !== undefined && !isDay(date))) return undefined;
  return { planKey: key, date, slot: { kind, day, start, nth: Number(nth) } };
}
