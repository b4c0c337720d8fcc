import * as z from "zod";
import { WEEKDAYS } from "../core/calendar";
import { englishMessage } from "../core/messages";
import { idSchema, listSchema, minutesSchema, textSchema, MAX_LABEL_LENGTH, wallTimeSchema } from "../core/schema-kit";
import {
  CARE_ROLES,
  GROUP_TOPICS,
  HOLISTIC_PRACTICES,
  MODALITY_KINDS,
  PSYCHIATRIC_SERVICES,
  PSYCHOEDUCATION_TOPICS,
} from "../modalities/kinds";
import { SCHEDULE_MESSAGES } from "./messages";

/** Weekday schema: `"mon"` to `"sun"`. */
export const WeekdaySchema = z.enum(WEEKDAYS);

/** Identifier of an intervention in the plan. */
export const InterventionIdSchema = idSchema<"InterventionId">();

/** The fields every kind of activity has. */
const activityBase = {
  /** How long the activity lasts, in minutes; a session lasts the sum of its activities. */
  minutes: minutesSchema,
  /** The plan intervention the activity delivers, of the same modality; every activity but a break names one (`plan/intervention-traced`). */
  interventionId: InterventionIdSchema.optional(),
  /** The care-team role that leads the activity: one qualified for the modality and present on the care team. */
  facilitatorRole: z.enum(CARE_ROLES).optional(),
};

/**
 * One activity inside a session: a tagged union on `kind`.
 *
 * @category Schemas
 * @example
 * ```ts
 * ActivitySchema.safeParse({ kind: "group-therapy", topic: "stress-management", minutes: 60 }).success; //=> true
 * ```
 */
export const ActivitySchema = z.discriminatedUnion("kind", [
  z.strictObject({
    /** Group psychotherapy, the core of the program: the week needs `groupPerWeekMin` groups (default 2) of `groupMinutesMin` minutes (default 45) or more. */
    kind: z.literal("group-therapy"),
    /** What the group works on. */
    topic: z.enum(GROUP_TOPICS).optional(),
    ...activityBase,
  }),
  z.strictObject({
    /** One-to-one psychotherapy inside a session. */
    kind: z.literal("individual-therapy"),
    ...activityBase,
  }),
  z.strictObject({
    /** Family therapy or counseling aimed at treating the participant. */
    kind: z.literal("family-therapy"),
    ...activityBase,
  }),
  z.strictObject({
    /** Education tied to the participant's care: at least `psychoeducationPerWeekMin` a week (default 1). */
    kind: z.literal("psychoeducation"),
    /** What is taught. */
    topic: z.enum(PSYCHOEDUCATION_TOPICS).optional(),
    ...activityBase,
  }),
  z.strictObject({
    /** A holistic practice: a qualifying activity therapy only when goal-linked, since activity therapy must not be primarily recreational or diversionary. */
    kind: z.literal("holistic"),
    /** Which practice: mindfulness, meditation, yoga, art or music therapy, or movement. */
    practice: z.enum(HOLISTIC_PRACTICES),
    /** Whether the practice serves a goal of the plan; without it the practice is reported (`modality/holistic-goal-linked`) and is not a qualifying service. */
    goalLinked: z.boolean().optional(),
    ...activityBase,
  }),
  z.strictObject({
    /** Psychiatric care inside a session. */
    kind: z.literal("psychiatric"),
    /** A psychiatric evaluation or medication management. */
    service: z.enum(PSYCHIATRIC_SERVICES),
    ...activityBase,
  }),
  z.strictObject({
    /** Case management: coordinating the participant's services and resources. */
    kind: z.literal("case-management"),
    ...activityBase,
  }),
  z.strictObject({
    /** A break: part of the session's length, not of its therapeutic minutes; it needs no intervention. */
    kind: z.literal("break"),
    ...activityBase,
  }),
]);

/**
 * A weekly session: the day, the wall-clock start in the program's zone, and its activities in
 * order. Its length is the sum of the activities' minutes; a stated `end` must agree with it.
 *
 * @category Schemas
 * @example
 * ```ts
 * SessionSchema.safeParse({ day: "mon", start: "09:00", activities: [{ kind: "break", minutes: 15 }] }).success; //=> true
 * ```
 */
export const SessionSchema = z.strictObject({
  /** The weekday the session runs every week; a weekday has at most one session (`schedule/one-session-per-day`). */
  day: WeekdaySchema,
  /** The wall-clock start in the plan's time zone. */
  start: wallTimeSchema,
  /** Optional stated end; when present the activities must fill exactly start to end. */
  end: wallTimeSchema.optional(),
  activities: listSchema(ActivitySchema, 24).min(1),
});

/**
 * A recurring one-to-one visit outside the program sessions (an individual therapy hour, a
 * psychiatric check-in): every `everyWeeks` weeks, optionally on a set day and time.
 *
 * @category Schemas
 * @example
 * ```ts
 * AppointmentSchema.safeParse({ modality: "individual-therapy", minutes: 50, everyWeeks: 1 }).success; //=> true
 * ```
 */
export const AppointmentSchema = z.strictObject({
  /** The kind of care the appointment is. */
  modality: z.enum(MODALITY_KINDS),
  /** How long the appointment lasts, in minutes. */
  minutes: minutesSchema,
  /** How often it recurs: once every this many weeks. In the weekly hours it counts as its minutes divided by this. */
  everyWeeks: z.int().min(1).max(52),
  /**
   * The weekday it falls on. With `day` and `start` the appointment is dated: on the first such
   * weekday from admission, then every `everyWeeks` weeks; without them it counts in the weekly
   * totals but is on no calendar.
   */
  day: WeekdaySchema.optional(),
  /** The wall-clock start in the plan's time zone, with `day`. */
  start: wallTimeSchema.optional(),
  /** The plan intervention the appointment delivers, of the same modality (`plan/intervention-traced`). */
  interventionId: InterventionIdSchema.optional(),
  /** The care-team role that sees the participant: one qualified for the modality and present on the care team. */
  facilitatorRole: z.enum(CARE_ROLES).optional(),
});

/**
 * A recurring weekly window the participant is not free: work, school, care duties.
 *
 * @category Schemas
 * @example
 * ```ts
 * WeeklyWindowSchema.safeParse({ day: "mon", start: "13:00", end: "17:00", label: "work" }).success; //=> true
 * ```
 */
export const WeeklyWindowSchema = z
  .strictObject({
    /** The weekday of the commitment, every week. */
    day: WeekdaySchema,
    /** When it begins, wall-clock time in the plan's time zone. */
    start: wallTimeSchema,
    /** When it ends, after `start` on the same day. */
    end: wallTimeSchema,
    /** What it is, such as work or school (free text, never repeated in findings). */
    label: textSchema(MAX_LABEL_LENGTH).optional(),
  })
  .refine((window) => window.end > window.start, {
    message: englishMessage(SCHEDULE_MESSAGES["schema/window-order"], "default", undefined, ["end"]),
    params: { rule: "schema/window-order" },
    path: ["end"],
  });

/**
 * The weekly schedule: program sessions and recurring appointments.
 *
 * @category Schemas
 * @example
 * ```ts
 * ScheduleSchema.safeParse({ sessions: [] }).success; //=> true
 * ```
 */
export const ScheduleSchema = z.strictObject({
  sessions: listSchema(SessionSchema, 14),
  appointments: listSchema(AppointmentSchema, 14).optional(),
});
