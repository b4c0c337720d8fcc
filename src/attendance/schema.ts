import * as z from "zod";
import { englishMessage } from "../core/messages";
import type { DeepReadonly } from "../core/readonly";
import { daySchema, MAX_LABEL_LENGTH, minutesSchema, textSchema } from "../core/schema-kit";
import { ATTENDANCE_MESSAGES } from "./messages";

/**
 * What happened at one dated session or appointment: `attended`, `partial` (some of it, with the
 * minutes present), `absent-excused`, `absent-unexcused`, or `cancelled-by-programme`.
 *
 * @category Attendance
 * @example
 * ```ts
 * ATTENDANCE_STATUSES.includes("partial"); //=> true
 * ```
 */
export const ATTENDANCE_STATUSES = ["attended", "partial", "absent-excused", "absent-unexcused", "cancelled-by-programme"] as const;

/**
 * The levels of care a plan's history of transitions moves between, lowest first.
 *
 * @category Attendance
 * @example
 * ```ts
 * CARE_LEVELS.indexOf("intensive-outpatient"); //=> 1
 * ```
 */
export const CARE_LEVELS = ["outpatient", "intensive-outpatient", "partial-hospitalization"] as const;

/**
 * One attendance record: the day, the session (index in `schedule.sessions`) or appointment (index
 * in `schedule.appointments`) it is for, what happened, and for `partial` the minutes present,
 * counted from the start. With neither index it is the program session dated that day, when there
 * is exactly one.
 *
 * @category Schemas
 * @example
 * ```ts
 * AttendanceRecordSchema.safeParse({ date: "2026-03-09", session: 0, status: "partial", minutes: 90 }).success; //=> true
 * ```
 */
export const AttendanceRecordSchema = z
  .strictObject({
    /** The day of the session or appointment. */
    date: daySchema,
    /** The index in `schedule.sessions` of the session the record is for. */
    session: z.int().min(0).max(13).optional(),
    /** The index in `schedule.appointments` of the appointment the record is for; a record names a session or an appointment, not both. */
    appointment: z.int().min(0).max(13).optional(),
    /** What happened: attended, partial, absent (excused or unexcused), or cancelled by the program. */
    status: z.enum(ATTENDANCE_STATUSES),
    /** For `partial` records only, and needed there: the minutes present, counted from the start, at most the length of what the record is for. */
    minutes: minutesSchema.optional(),
  })
  .refine((record) => record.session === undefined || record.appointment === undefined, {
    message: englishMessage(ATTENDANCE_MESSAGES["schema/attendance-target"], "default", undefined, ["appointment"]),
    params: { rule: "schema/attendance-target" },
    path: ["appointment"],
  })
  .refine((record) => (record.status === "partial") === (record.minutes !== undefined), {
    message: englishMessage(ATTENDANCE_MESSAGES["schema/attendance-minutes"], "default", undefined, ["minutes"]),
    params: { rule: "schema/attendance-minutes" },
    path: ["minutes"],
  });

/**
 * A change of level of care on a day: from one level to another, with the reason (free text,
 * never repeated in findings).
 *
 * @category Schemas
 * @example
 * ```ts
 * LevelTransitionSchema.safeParse({ date: "2026-03-16", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Stable." }).success; //=> true
 * ```
 */
export const LevelTransitionSchema = z
  .strictObject({
    /** The first day at the new level. */
    date: daySchema,
    /** The level of care before that day. */
    from: z.enum(CARE_LEVELS),
    /** The level of care from that day on, different from `from`. */
    to: z.enum(CARE_LEVELS),
    /** Why the level changed (free text, never repeated in findings). */
    reason: textSchema(MAX_LABEL_LENGTH),
  })
  .refine((transition) => transition.from !== transition.to, {
    message: englishMessage(ATTENDANCE_MESSAGES["schema/transition-level"], "default", undefined, ["to"]),
    params: { rule: "schema/transition-level" },
    path: ["to"],
  });

/**
 * One attendance record of a parsed plan.
 *
 * @category Attendance
 * @example
 * ```ts
 * const record: AttendanceRecord = { date: "2026-03-09", session: 0, status: "attended" };
 * ```
 */
export type AttendanceRecord = DeepReadonly<z.output<typeof AttendanceRecordSchema>>;

/**
 * What an attendance record says happened.
 *
 * @category Attendance
 * @example
 * ```ts
 * const status: AttendanceStatus = "absent-unexcused";
 * ```
 */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * A level of care a transition names.
 *
 * @category Attendance
 * @example
 * ```ts
 * const level: CareLevel = "partial-hospitalization";
 * ```
 */
export type CareLevel = (typeof CARE_LEVELS)[number];

/**
 * One change of level of care of a parsed plan.
 *
 * @category Attendance
 * @example
 * ```ts
 * const step: LevelTransition = { date: "2026-04-20", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." };
 * ```
 */
export type LevelTransition = DeepReadonly<z.output<typeof LevelTransitionSchema>>;
