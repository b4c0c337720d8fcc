import * as z from "zod";
import { isDay, isWallTime } from "./calendar";
import { dayIssue, refinementIssue } from "./schema-findings";
import { isTimeZone, MAX_TIME_ZONE_LENGTH } from "./time-zone";

/** Longest identifier accepted. */
export const MAX_ID_LENGTH = 64;
/** Longest short label (a code, a credential, a provider name). */
export const MAX_LABEL_LENGTH = 200;
/** Longest free-text statement. */
export const MAX_TEXT_LENGTH = 4000;

/**
 * An identifier with a brand, so a goal id cannot be passed where a problem id is expected.
 */
export function idSchema<Brand extends string>() {
  return z.string().min(1).max(MAX_ID_LENGTH).brand<Brand>();
}

/** Whether text has a character other than white space: free text must say something. */
export function hasVisibleCharacter(value: string): boolean {
  return /\S/.test(value);
}

/** Free text with at least one visible character. */
export function textSchema(max = MAX_TEXT_LENGTH) {
  return z.string().max(max).refine(hasVisibleCharacter, refinementIssue("blank-text", {}));
}

/** An array with an upper bound on its size. */
export function listSchema<Item extends z.ZodType>(item: Item, max: number) {
  return z.array(item).max(max);
}

/** A calendar day, `YYYY-MM-DD`. */
export const daySchema = z.string().check((ctx) => {
  if (!isDay(ctx.value)) ctx.issues.push({ code: "custom", input: ctx.value, ...dayIssue(ctx.value) });
});

/** A wall-clock time, `HH:MM`. */
export const wallTimeSchema = z.string().refine(isWallTime, refinementIssue("invalid-time", {}));

/** An IANA time zone known to the runtime; an overlong name stops at the length check, never looked up. */
export const timeZoneSchema = z
  .string()
  .max(MAX_TIME_ZONE_LENGTH, { abort: true })
  .refine(isTimeZone, refinementIssue("unknown-time-zone", {}));

/** Whole minutes of an activity or appointment: 1 to 720. */
export const minutesSchema = z.int().min(1).max(720);
