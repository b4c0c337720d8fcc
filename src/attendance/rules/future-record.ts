import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";

/**
 * Whether an attendance record is dated after `asOf`: care on a later day cannot have happened yet.
 * Never without `asOf`.
 *
 * @example
 * ```ts
 * // plan.attendance[0] is dated 2026-03-27.
 * recordedAfter(plan, 0, "2026-03-12"); //=> true
 * ```
 */
export function recordedAfter(plan: TreatmentPlan, index: number, asOf: Day | undefined): boolean {
  return asOf !== undefined && plan.attendance![index]!.date > asOf;
}

/** No attendance record tells care on a day after the day the plan is looked at. */
export const futureRecord = defineRule({
  code: "attendance/future-record",
  summary:
    "No attendance record is dated after asOf: care on a later day cannot have happened yet. deliveredCare never reads such a record, nor do serviceDays and estimateCost given asOf (attendance/unknown-session leaves it to this rule).",
  defaultSeverity: "error",
  params: [],
  source: "iopkit data model: an attendance record tells care that happened",
  needsAsOf: true,
  messages: {
    default: (p: { readonly date: Day; readonly asOf: Day }) => `The attendance record for ${p.date} is dated after ${p.asOf}, the day the plan is checked on; care on a later day cannot have happened yet.`,
  },
  check({ plan, asOf }) {
    if (plan.attendance === undefined) return [];
    return plan.attendance.flatMap(({ date }, index) => (recordedAfter(plan, index, asOf) ? [{ path: ["attendance", index], params: { date, asOf: asOf! } }] : []));
  },
});
