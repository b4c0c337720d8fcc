import { daysBetween, isDay, type Day } from "./calendar";

/**
 * The longest period a plan may span, admission to (planned) discharge: ten years. An IOP runs for
 * weeks; the limit keeps every walk over a plan's days short, and a whole period can always be
 * expanded at once.
 */
export const MAX_PERIOD_DAYS = 3660;

/** The last day a plan is in care: the discharge if it happened, else the planned discharge. */
export function lastDayOfCare(plan: { readonly period: { readonly plannedDischarge: Day; readonly discharged?: Day | undefined } }): Day {
  return plan.period.discharged ?? plan.period.plannedDischarge;
}

/** Whether `end` is at most {@link MAX_PERIOD_DAYS} after `start` (true when either is not a day: that is reported elsewhere). */
export function withinPeriodLimit(start: unknown, end: unknown): boolean {
  return !isDay(start) || !isDay(end) || daysBetween(start, end) <= MAX_PERIOD_DAYS;
}
