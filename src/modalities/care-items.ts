import type { Weekday } from "../core/calendar";
import { roundTo } from "../core/round";
import type { FindingPath } from "../core/finding";
import type { Schedule, TreatmentPlan } from "../plan/types";
import { describeActivity, describeModality, isQualifyingService, type ActivityInfo } from "./catalog";
import { MODALITY_KINDS, type ActivityKind, type CareRole, type ModalityKind } from "./kinds";

/**
 * One scheduled piece of care with its catalog entry: a session activity (once a week) or a
 * recurring appointment (once every `everyWeeks` weeks, so `perWeek` is a fraction).
 */
export interface CareItem {
  readonly kind: ActivityKind;
  readonly minutes: number;
  readonly perWeek: number;
  readonly interventionId: string | undefined;
  readonly facilitatorRole: CareRole | undefined;
  /** The session it belongs to, for session activities. */
  readonly sessionIndex: number | undefined;
  /** The weekday it happens on, when it has one. */
  readonly day: Weekday | undefined;
  readonly info: ActivityInfo;
  readonly path: FindingPath;
}

/** Every activity of every session and every appointment, in schedule order. */
export function careItemsOf(schedule: Schedule): CareItem[] {
  const items: CareItem[] = [];
  schedule.sessions.forEach((session, sessionIndex) =>
    session.activities.forEach((activity, a) =>
      items.push({
        kind: activity.kind,
        minutes: activity.minutes,
        perWeek: 1,
        interventionId: activity.interventionId,
        facilitatorRole: activity.facilitatorRole,
        sessionIndex,
        day: session.day,
        info: describeActivity(activity),
        path: ["schedule", "sessions", sessionIndex, "activities", a],
      }),
    ),
  );
  schedule.appointments?.forEach((appointment, a) =>
    items.push({
      kind: appointment.modality,
      minutes: appointment.minutes,
      perWeek: 1 / appointment.everyWeeks,
      interventionId: appointment.interventionId,
      facilitatorRole: appointment.facilitatorRole,
      sessionIndex: undefined,
      day: appointment.day,
      info: describeModality(appointment.modality),
      path: ["schedule", "appointments", a],
    }),
  );
  return items;
}

/** {@link careItemsOf} for a whole plan, shaped for `RuleContext.derive`. */
export function careItemsOfPlan(plan: TreatmentPlan): CareItem[] {
  return careItemsOf(plan.schedule);
}

/** Therapy minutes a week of `items` (breaks excluded, appointments averaged) and how many of them are qualifying services. */
export function weeklyMinutes(items: readonly CareItem[]): { readonly therapeutic: number; readonly qualifying: number } {
  let therapeutic = 0;
  let qualifying = 0;
  for (const item of items) {
    if (!item.info.therapeutic) continue;
    const weekly = item.minutes * item.perWeek;
    therapeutic += weekly;
    if (isQualifyingService(item.info)) qualifying += weekly;
  }
  return { therapeutic, qualifying };
}

/** Contacts a week of one modality lasting at least `minMinutes` (appointments count 1/everyWeeks). */
export function weeklyContacts(items: readonly CareItem[], kind: ModalityKind, minMinutes = 0): number {
  let contacts = 0;
  for (const item of items) if (item.kind === kind && item.minutes >= minMinutes) contacts += item.perWeek;
  return contacts;
}

/** Contacts a week of every modality, whatever their length (0 for a modality not scheduled). */
export function contactsPerWeek(items: readonly CareItem[]): Record<ModalityKind, number> {
  return Object.fromEntries(MODALITY_KINDS.map((kind) => [kind, weeklyContacts(items, kind)])) as Record<ModalityKind, number>;
}

/**
 * Contacts a week of a modality (of at least `minMinutes`) against a required rate, both rounded
 * for messages and params; `undefined` when the rate is met.
 */
export function contactShortfall(
  items: readonly CareItem[],
  kind: ModalityKind,
  requiredPerWeek: number,
  minMinutes = 0,
): { readonly actual: number; readonly required: number } | undefined {
  const actual = roundRate(weeklyContacts(items, kind, minMinutes));
  const required = roundRate(requiredPerWeek);
  return actual >= required ? undefined : { actual, required };
}

/** Rounds a contact rate for messages and params. */
export function roundRate(value: number): number {
  return roundTo(value, 2);
}
