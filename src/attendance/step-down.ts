import { addDays } from "../core/calendar";
import type { TreatmentPlan } from "../plan/types";
import type { DeliveredWeek } from "./delivered";
import { PLAN_LEVEL } from "./levels";

/** A step down from IOP to outpatient care and the run of short weeks just before it. */
export interface StepDownRun {
  /** Index in `plan.transitions`. */
  readonly transition: number;
  /** The short weeks in a row that delivered some care, ending with the last week before the step down, oldest first. */
  readonly weeks: readonly DeliveredWeek[];
}

/**
 * For every step down from IOP to outpatient care, the short weeks in a row just before it (the
 * last of them ending in the week before the step down's day) that delivered some care: the weeks
 * ASAM's step-down grace may count as continuing IOP, stepping down in intensity. A week that
 * delivered nothing is no step down; it ends the run and stays `attendance/delivered-hours`'
 * concern. `attendance/step-down-grace` judges the run's length; `attendance/delivered-hours`
 * leaves to it only the weeks the grace covers (see {@link gracedWeeks}).
 *
 * @param plan - a parsed plan
 * @param weeks - its delivered weeks
 * @returns one entry per step down that follows at least one short week
 * @example
 * ```ts
 * // Three short weeks that delivered some care, then a step down to outpatient care.
 * stepDownRuns(plan, weeks).map((run) => run.weeks.length); //=> [3]
 * ```
 */
export function stepDownRuns(plan: TreatmentPlan, weeks: readonly DeliveredWeek[]): StepDownRun[] {
  const runs: StepDownRun[] = [];
  (plan.transitions ?? []).forEach((transition, index) => {
    if (transition.from !== PLAN_LEVEL || transition.to !== "outpatient") return;
    const before = weeks.filter((week) => week.to < transition.date);
    // Only a run that reaches the step down: the week after its last holds the step down's day.
    // Weeks known up to an asOf long before a planned step down are not "just before" it.
    const last = before.at(-1);
    if (last === undefined || addDays(last.to, 7) < transition.date) return;
    let start = before.length;
    while (start > 0 && before[start - 1]!.short && before[start - 1]!.deliveredMinutes > 0) start -= 1;
    if (start < before.length) runs.push({ transition: index, weeks: before.slice(start) });
  });
  return runs;
}

/**
 * The weeks ASAM's step-down grace covers: of each run before a step down (see
 * {@link stepDownRuns}), only its last `grace` weeks, the ones just before the step down. The
 * earlier weeks of a longer run are short weeks like any other, and
 * `attendance/delivered-hours` reports them.
 *
 * @param runs - the plan's step-down runs
 * @param grace - the policy's `stepDownGraceWeeks`
 * @returns the numbers of the graced weeks
 * @example
 * ```ts
 * // Seven short weeks (3 to 9) before a step down on 2026-05-11, under a grace of two weeks.
 * gracedWeeks(stepDownRuns(plan, weeks), 2); //=> Set { 8, 9 }
 * ```
 */
export function gracedWeeks(runs: readonly StepDownRun[], grace: number): Set<number> {
  return new Set(runs.flatMap(({ weeks }) => weeks.slice(Math.max(0, weeks.length - grace)).map((week) => week.week)));
}
