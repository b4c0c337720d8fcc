import { isDay } from "../core/calendar";
import type { Finding } from "../core/finding";
import type { Words } from "../core/messages";
import { optionFindingFrom } from "../core/options";
import type { ICalendarMode } from "./index";

/** How the schedule is written: one VEVENT per dated occurrence, or one recurring VEVENT per weekly slot. */
const ICALENDAR_MODES: readonly ICalendarMode[] = ["events", "series"];

/** The most UIDs `previousUids` may hold: a daily session for ten years many times over. */
export const MAX_PREVIOUS_UIDS = 100_000;

/** The shortest and longest `uidSecret`: 16 characters (a guessable secret hides nothing), and a bound on the input. */
export const UID_SECRET_LENGTH = { min: 16, max: 1024 } as const;

/** An ISO 8601 instant in UTC to the second or finer: `2026-03-01T12:00:00Z`. */
const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
/** A PRODID value: `-//` then printable characters, no line breaks, at most 200 of them. */
const PROD_ID_PATTERN = /^-\/\/[\x20-\x7e]{1,197}$/;

/** Whether a value is an ISO 8601 instant ending in `Z` on a real calendar day. */
export function isUtcInstant(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = INSTANT_PATTERN.exec(value);
  return match !== null && isDay(match[1]);
}

/** The messages of unusable `toICalendar` options, in English, by variant of `engine/invalid-option`. */
export const OPTION_MESSAGES = {
  "engine/invalid-option": {
    /** Variant `notObject`: The options must be an object with at least a stamp. */
    notObject: () => "The options must be an object with at least a stamp.",
    /** Variant `stamp`: The stamp option must be an ISO 8601 instant ending in Z, such as 2026-03-01T12:00:00Z. */
    stamp: () => "The stamp option must be an ISO 8601 instant ending in Z, such as 2026-03-01T12:00:00Z: the time the file is written.",
    /** Variant `mode`: The mode option must be one of the modes (`events` or `series`). */
    mode: (p: { readonly allowed: readonly string[] }, words: Words) => `The mode option must be ${words.list(p.allowed, "or")}.`,
    /** Variant `prodId`: The prodId option must start with -// and hold at most 200 printable ASCII characters. */
    prodId: () => "The prodId option must start with -// and hold at most 200 printable ASCII characters.",
    /** Variant `previousUids`: The previousUids option must be a list of at most `limit` strings. */
    previousUids: (p: { readonly limit: number }) => `The previousUids option must be a list of at most ${p.limit} strings.`,
    /** Variant `previousUid`: Each previous UID must be a string. */
    previousUid: () => "Each previous UID must be a string.",
    /** Variant `closures`: The closures option must be a list of calendar days. */
    closures: () => "The closures option must be a list of calendar days.",
    /** Variant `uidSecret`: The uidSecret option must be text of `min` to `max` characters. */
    uidSecret: (p: { readonly min: number; readonly max: number }) => `The uidSecret option must be text of ${p.min} to ${p.max} characters, kept by the clinic.`,
  },
} as const;

const MESSAGES = OPTION_MESSAGES["engine/invalid-option"];

/**
 * Findings for the options of `toICalendar` that `expandSchedule` does not check: the stamp
 * (required), the mode, the PRODID, the previous export's UIDs, closures that are not a list, and
 * the UID secret.
 */
export function calendarOptionFindings(options: unknown): Finding[] {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return [optionFindingFrom(MESSAGES, [], { variant: "notObject" })];
  }
  const { stamp, mode, prodId, previousUids, closures, uidSecret } = options as Record<string, unknown>;
  const findings: Finding[] = [];
  if (!isUtcInstant(stamp)) findings.push(optionFindingFrom(MESSAGES, ["stamp"], { variant: "stamp" }));
  if (mode !== undefined && !(ICALENDAR_MODES as readonly unknown[]).includes(mode)) findings.push(optionFindingFrom(MESSAGES, ["mode"], { variant: "mode", params: { allowed: ICALENDAR_MODES } }));
  if (prodId !== undefined && !(typeof prodId === "string" && PROD_ID_PATTERN.test(prodId))) findings.push(optionFindingFrom(MESSAGES, ["prodId"], { variant: "prodId" }));
  if (previousUids !== undefined) {
    if (!Array.isArray(previousUids) || previousUids.length > MAX_PREVIOUS_UIDS) {
      findings.push(optionFindingFrom(MESSAGES, ["previousUids"], { variant: "previousUids", params: { limit: MAX_PREVIOUS_UIDS } }));
    } else {
      // Reported up to the first hundred: a list of a hundred thousand numbers needs no hundred thousand findings.
      const wrong = previousUids.flatMap((uid, index) => (typeof uid === "string" ? [] : [index])).slice(0, 100);
      for (const index of wrong) findings.push(optionFindingFrom(MESSAGES, ["previousUids", index], { variant: "previousUid" }));
    }
  }
  if (closures !== undefined && !Array.isArray(closures)) findings.push(optionFindingFrom(MESSAGES, ["closures"], { variant: "closures" }));
  if (uidSecret !== undefined && !(typeof uidSecret === "string" && uidSecret.length >= UID_SECRET_LENGTH.min && uidSecret.length <= UID_SECRET_LENGTH.max)) {
    findings.push(optionFindingFrom(MESSAGES, ["uidSecret"], { variant: "uidSecret", params: UID_SECRET_LENGTH }));
  }
  return findings;
}
