import { byDate, type Day } from "../core/calendar";
import type { CareLevel, LevelTransition } from "./schema";

/** The plan's own level of care, in force where no transition says otherwise. */
export const PLAN_LEVEL: CareLevel = "intensive-outpatient";

/** Transitions in date order (a stable sort: same-day transitions keep their order). */
export function transitionsInOrder(transitions: readonly LevelTransition[] | undefined): LevelTransition[] {
  return [...(transitions ?? [])].sort(byDate);
}

/**
 * The level of care on a day: the `from` of the first transition before it, the `to` of the last
 * transition on or before it, and IOP when the plan records no transitions.
 */
export function levelOn(ordered: readonly LevelTransition[], day: Day): CareLevel {
  let level = ordered[0]?.from ?? PLAN_LEVEL;
  for (const transition of ordered) {
    if (transition.date > day) break;
    level = transition.to;
  }
  return level;
}

/** The level of care all through `from`–`to`, or `undefined` when it changes in between. */
export function levelThrough(ordered: readonly LevelTransition[], from: Day, to: Day): CareLevel | undefined {
  return ordered.some((transition) => transition.date > from && transition.date <= to) ? undefined : levelOn(ordered, from);
}

/**
 * Whether a day holds IOP care to count: before `asOf` (any day without it) and at the IOP level
 * of care by the plan's transitions.
 *
 * @example
 * ```ts
 * // A step up to partial hospitalization on 2026-03-23.
 * iopBefore(plan.transitions, "2026-04-06")("2026-03-23"); //=> false
 * ```
 */
export function iopBefore(transitions: readonly LevelTransition[] | undefined, asOf: Day | undefined): (day: Day) => boolean {
  const ordered = transitionsInOrder(transitions);
  return (day) => (asOf === undefined || day < asOf) && levelOn(ordered, day) === PLAN_LEVEL;
}
