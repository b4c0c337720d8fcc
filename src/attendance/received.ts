import { appointmentActivity } from "../modalities/catalog";
import type { Activity, TreatmentPlan } from "../plan/types";
import type { RecordableCare, RecordedSession } from "./match";

/**
 * The activities of a session in the session's order, or an appointment (dated or not) as its one activity.
 *
 * @example
 * ```ts
 * // A weekly 50-minute individual-therapy appointment, dated.
 * activitiesOf(appointment); //=> [{ kind: "individual-therapy", minutes: 50 }]
 * ```
 */
export function activitiesOf(session: RecordableCare): readonly Activity[] {
  return session.kind === "session" ? session.activities : [appointmentActivity(session.modality!, session.minutes)];
}

/**
 * An activity and the minutes of it a participant received.
 *
 * @example
 * ```ts
 * const portion: ActivityPortion = { activity: { kind: "break", minutes: 15 }, minutes: 10 };
 * ```
 */
export interface ActivityPortion {
  readonly activity: Activity;
  readonly minutes: number;
}

/**
 * What a participant present for the first `present` minutes of a session received: its activities
 * in the session's order, each with the minutes of it that fall within `present` (the last one
 * possibly in part); activities that start after `present` are left out.
 *
 * @example
 * ```ts
 * // A session of three 60-minute activities, left after 150 minutes.
 * portionsWithin(session, 150).map((portion) => portion.minutes); //=> [60, 60, 30]
 * ```
 */
export function portionsWithin(session: RecordableCare, present: number): ActivityPortion[] {
  const portions: ActivityPortion[] = [];
  let left = present;
  for (const activity of activitiesOf(session)) {
    if (left <= 0) break;
    const minutes = Math.min(left, activity.minutes);
    left -= minutes;
    portions.push({ activity, minutes });
  }
  return portions;
}

/**
 * The minutes a record shows the participant present, counted from the start: the whole session
 * when attended, the record's minutes when partial, none otherwise (absent, cancelled, or no
 * record). The one reading of a record that delivered care and billing share.
 *
 * @example
 * ```ts
 * // plan.attendance[0] is { date: "2026-03-09", session: 0, status: "partial", minutes: 150 }.
 * minutesPresent(plan, { session, record: 0, status: "partial" }); //=> 150
 * ```
 */
export function minutesPresent(plan: TreatmentPlan, recorded: RecordedSession): number {
  if (recorded.status === "attended") return recorded.session.minutes;
  if (recorded.status === "partial") return plan.attendance![recorded.record!]!.minutes ?? 0;
  return 0;
}

/**
 * The activities a record shows delivered in whole, in the session's order: every one when
 * attended; for a partial record, only those whose minutes fit wholly within the minutes present
 * (an activity left part-way is not delivered, so it is never billed); none otherwise. Breaks are
 * included, as activities of the session.
 *
 * @example
 * ```ts
 * // The same partial record of 150 minutes, for a session of three 60-minute activities.
 * activitiesDeliveredInWhole(plan, { session, record: 0, status: "partial" }).length; //=> 2
 * ```
 */
export function activitiesDeliveredInWhole(plan: TreatmentPlan, recorded: RecordedSession): Activity[] {
  return portionsWithin(recorded.session, minutesPresent(plan, recorded))
    .filter(({ activity, minutes }) => minutes === activity.minutes)
    .map(({ activity }) => activity);
}
