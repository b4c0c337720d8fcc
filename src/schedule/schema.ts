import { z } from "zod";
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

const activityBase = {
  minutes: minutesSchema,
  interventionId: InterventionIdSchema.optional(),
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
  z.strictObject({ kind: z.literal("group-therapy"), topic: z.enum(GROUP_TOPICS).optional(), ...activityBase }),
  z.strictObject({ kind: z.literal("individual-therapy"), ...activityBase }),
  z.strictObject({ kind: z.literal("family-therapy"), ...activityBase }),
  z.strictObject({ kind: z.literal("psychoeducation"), topic: z.enum(PSYCHOEDUCATION_TOPICS).optional(), ...activityBase }),
  z.strictObject({
    kind: z.literal("holistic"),
    practice: z.enum(HOLISTIC_PRACTICES),
    goalLinked: z.boolean().optional(),
    ...activityBase,
  }),
  z.strictObject({ kind: z.literal("psychiatric"), service: z.enum(PSYCHIATRIC_SERVICES), ...activityBase }),
  z.strictObject({ kind: z.literal("case-management"), ...activityBase }),
  z.strictObject({ kind: z.literal("break"), ...activityBase }),
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
  day: WeekdaySchema,
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
  modality: z.enum(MODALITY_KINDS),
  minutes: minutesSchema,
  everyWeeks: z.int().min(1).max(52),
  day: WeekdaySchema.optional(),
  start: wallTimeSchema.optional(),
  interventionId: InterventionIdSchema.optional(),
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
    day: WeekdaySchema,
    start: wallTimeSchema,
    end: wallTimeSchema,
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
