import { activitySum } from "./activity-sum";
import { appointmentOverlap } from "./appointment-overlap";
import { commitmentConflict } from "./commitment-conflict";
import { daysPerWeek } from "./days-per-week";
import { oneSessionPerDay } from "./one-session-per-day";
import { sessionLength } from "./session-length";
import { validWallTime } from "./valid-wall-time";
import { weeklyHours } from "./weekly-hours";

/** The `schedule/…` rules in catalog order. */
export const scheduleRules = [
  daysPerWeek,
  sessionLength,
  weeklyHours,
  oneSessionPerDay,
  activitySum,
  commitmentConflict,
  appointmentOverlap,
  validWallTime,
] as const;
