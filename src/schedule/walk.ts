import type { FindingPath } from "../core/finding";
import type { ModalityKind } from "../modalities/kinds";
import type { Schedule, TreatmentPlan } from "../plan/types";

/**
 * One scheduled piece of care: a session activity (once a week) or a recurring appointment
 * (once every `everyWeeks` weeks, so `perWeek` is a fraction).
 */
export interface ScheduledItem {
  readonly kind: ModalityKind | "break";
  readonly minutes: number;
  readonly perWeek: number;
  readonly interventionId: string | undefined;
  readonly path: FindingPath;
}

/** Every activity of every session and every appointment, in schedule order. */
export function scheduledItemsOf(schedule: Schedule): ScheduledItem[] {
  const items: ScheduledItem[] = [];
  schedule.sessions.forEach((session, s) =>
    session.activities.forEach((activity, a) =>
      items.push({
        kind: activity.kind,
        minutes: activity.minutes,
        perWeek: 1,
        interventionId: activity.interventionId,
        path: ["schedule", "sessions", s, "activities", a],
      }),
    ),
  );
  schedule.appointments?.forEach((appointment, a) =>
    items.push({
      kind: appointment.modality,
      minutes: appointment.minutes,
      perWeek: 1 / appointment.everyWeeks,
      interventionId: appointment.interventionId,
      path: ["schedule", "appointments", a],
    }),
  );
  return items;
}

/** {@link scheduledItemsOf} for a whole plan, shaped for `RuleContext.derive`. */
export function scheduledItemsOfPlan(plan: TreatmentPlan): ScheduledItem[] {
  return scheduledItemsOf(plan.schedule);
}
