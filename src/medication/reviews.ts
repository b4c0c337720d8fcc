import { addDaysWithinCalendar, compareDays, type Day } from "../core/calendar";
import type { Result } from "../core/finding";
import { optionFindingFrom } from "../core/options";
import { lastDayOfCare, MAX_PERIOD_DAYS } from "../core/period";
import type { TreatmentPlan } from "../plan/types";
import { resolveDayAndPolicy, type PolicyChoice } from "../policy/resolve";
import { medicationClasses, type LabKind, type ProtocolId } from "./due";
import { dueItems, englishReason, planRecords, type ProtocolItem } from "./due-items";
import { PROTOCOLS } from "./protocols";
import { guardResult } from "../core/plan-error";
import { SCHEDULE_MESSAGES } from "../schedule/messages";

/**
 * The longest horizon {@link medicationReviews} looks ahead past `asOf`, in days: ten years, the
 * longest period a plan may span. Past it an aftercare hand-over holds nothing a clinician plans
 * for, and a day-by-day walk would outgrow the items one series lists.
 *
 * @category Medication
 * @example
 * ```ts
 * medicationReviews(plan, { asOf: "2026-04-01", horizonDays: MAX_HORIZON_DAYS }).success; //=> true
 * ```
 */
export const MAX_HORIZON_DAYS = MAX_PERIOD_DAYS;

/**
 * Options of {@link medicationReviews}.
 *
 * @category Medication
 * @example
 * ```ts
 * const options: MedicationReviewOptions = { asOf: "2026-04-01", horizonDays: 28 };
 * ```
 */
export interface MedicationReviewOptions {
  /** The day to judge statuses on. */
  readonly asOf: Day;
  /** The policy whose cadences apply: a policy or a preset id. Default `policies.default`. */
  readonly policy?: PolicyChoice;
  /**
   * Also list items due up to this many days after `asOf`, even past the end of care (what falls
   * due after discharge, for the aftercare hand-over). Past the end of care only items due on or
   * after `asOf` are listed, never as overdue. Default 0: up to the end of care.
   */
  readonly horizonDays?: number;
}

/**
 * Where a due review or lab stands on `asOf`: `done` (a recorded review in its window satisfied
 * it), `late` (a review after its due day satisfied it), `upcoming` (its window has not opened),
 * `due` (the window is open) or `overdue` (missed).
 *
 * @category Medication
 * @example
 * ```ts
 * const status: ReviewStatus = "overdue";
 * ```
 */
export type ReviewStatus = "done" | "late" | "upcoming" | "due" | "overdue";

/**
 * A psychiatric review or laboratory test that is due, why, and where it stands.
 *
 * @category Medication
 * @example
 * ```ts
 * const item: ReviewDue = {
 *   due: "2026-03-16", window: { from: "2026-03-10", to: "2026-03-16" }, kind: "psychiatric",
 *   reason: "review after start on 2026-03-09", protocol: "review-after-change",
 *   medicationId: "med-1", status: "done", satisfiedBy: 2,
 * };
 * ```
 */
export interface ReviewDue {
  readonly due: Day;
  /** Recorded reviews count from `from`; after `to` the item is overdue (or late, once a review comes). */
  readonly window: { readonly from: Day; readonly to: Day };
  readonly kind: "psychiatric" | "lab";
  /** For a lab: any one of these satisfies it. */
  readonly labs?: readonly LabKind[];
  readonly reason: string;
  readonly protocol: ProtocolId;
  readonly medicationId?: string;
  readonly status: ReviewStatus;
  /** Index in `plan.reviews` of the review that satisfied it. */
  readonly satisfiedBy?: number;
  /** For a `late` item: the days from its due day to the review that satisfied it. */
  readonly daysLate?: number;
}

/**
 * Lists every psychiatric review and laboratory test due for a plan's medications from admission
 * to the end of care (and from `asOf` up to `horizonDays` past it), from the routine psychiatric cadence,
 * a review after every change, and the monitoring protocols (young people on antidepressants,
 * antipsychotic metabolic monitoring, lithium, clozapine ANC, valproate). It is the medication
 * part of `careObligations`: a recurring item is due its interval after the review that satisfied
 * the previous one, a window opens the day after the change that triggers it, and a review after
 * the due day satisfies the item `late`. Sorted by due day. Never throws.
 *
 * @param plan - a parsed plan
 * @param options - `asOf`, the policy and the horizon
 * @returns the due items with their status, or a finding for a bad `asOf` or `horizonDays`
 * @category Medication
 * @example
 * ```ts
 * const result = medicationReviews(plan, { asOf: "2026-04-01" });
 * result.success && result.data.filter((item) => item.status === "overdue").map((item) => item.due); //=> ["2026-03-16", "2026-03-23"]
 * ```
 */
export function medicationReviews(plan: TreatmentPlan, options: MedicationReviewOptions): Result<readonly ReviewDue[]> {
  return guardResult("plan or its options", () => {
    const resolved = resolveDayAndPolicy(options);
    if (!resolved.success) return resolved;
    const { asOf, policy } = resolved.data;
    const { params } = policy;
    const horizonDays = options.horizonDays ?? 0;
    if (!(Number.isInteger(horizonDays) && horizonDays >= 0 && horizonDays <= MAX_HORIZON_DAYS)) {
      const said = { variant: "notWholeNumberUpTo", params: { option: "horizonDays", min: 0, max: MAX_HORIZON_DAYS } } as const;
      return { success: false, findings: [optionFindingFrom(SCHEDULE_MESSAGES["engine/invalid-option"], ["horizonDays"], said)] };
    }
    const horizon = horizonEnd(asOf, horizonDays);
    const endOfCare = lastDayOfCare(plan);
    const to = horizonDays > 0 && horizon > endOfCare ? horizon : endOfCare;
    const records = planRecords(plan);
    const classes = medicationClasses(plan);
    // Past the end of care the horizon looks ahead only: an item due after discharge but before
    // `asOf` fell to whoever cares for the person then, and is never the program's overdue item.
    const ahead = (item: ProtocolItem) => item.due <= endOfCare || item.due >= asOf;
    const items = PROTOCOLS.flatMap((protocol) => dueItems(protocol, plan, params, asOf, to, records, classes))
      .filter(ahead)
      .map(toReviewDue);
    // A stable sort: items due on one day stay in protocol order.
    return { success: true, data: items.sort((a, b) => compareDays(a.due, b.due)) };
  });
}

/**
 * The day `horizonDays` after `asOf`, or the calendar's last day when that is past it: items are
 * listed up to a day of the calendar, so every walk over a protocol's days ends.
 */
function horizonEnd(asOf: Day, horizonDays: number): Day {
  return addDaysWithinCalendar(asOf, horizonDays);
}

/** A protocol item as a {@link ReviewDue}: a missed item is `overdue`, the record is its index in `plan.reviews`. */
function toReviewDue(item: ProtocolItem): ReviewDue {
  return {
    due: item.due,
    window: item.window,
    kind: item.kind,
    ...(item.labs ? { labs: item.labs } : {}),
    reason: englishReason(item),
    protocol: item.protocol,
    ...(item.medicationId !== undefined ? { medicationId: item.medicationId } : {}),
    status: item.status === "missed" ? "overdue" : item.status,
    ...(item.satisfiedBy !== undefined ? { satisfiedBy: item.satisfiedBy[1] as number } : {}),
    ...(item.daysLate !== undefined ? { daysLate: item.daysLate } : {}),
  };
}
