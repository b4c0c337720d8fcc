import { addDays, isDay, type Day } from "../core/calendar";
import type { Result } from "../core/finding";
import { dayOptionFindings } from "../core/options";
import { lastDayOfCare } from "../core/period";
import type { TreatmentPlan } from "../plan/types";
import { resolvePolicy, type PolicyChoice } from "../policy/resolve";
import type { LabKind, ProtocolId } from "./due";
import { dueItems } from "./due-items";
import { PROTOCOLS } from "./protocols";

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
  /** Also list items due up to this many days after `asOf`, even past the end of care. Default 0: up to the end of care. */
  readonly horizonDays?: number;
}

/**
 * Where a due review or lab stands on `asOf`: `done` (a recorded review satisfied it),
 * `upcoming` (its window has not opened), `due` (the window is open) or `overdue`.
 *
 * @category Medication
 * @example
 * ```ts
 * const status: ReviewStatus = "overdue";
 * ```
 */
export type ReviewStatus = "done" | "upcoming" | "due" | "overdue";

/**
 * A psychiatric review or laboratory test that is due, why, and where it stands.
 *
 * @category Medication
 * @example
 * ```ts
 * const item: ReviewDue = {
 *   due: "2026-03-16", window: { from: "2026-03-09", to: "2026-03-16" }, kind: "psychiatric",
 *   reason: "review after start on 2026-03-09", protocol: "review-after-change",
 *   medicationId: "med-1", status: "done", satisfiedBy: 2,
 * };
 * ```
 */
export interface ReviewDue {
  readonly due: Day;
  /** Recorded reviews count from `from`; after `to` the item is overdue. */
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
}

/**
 * Lists every psychiatric review and laboratory test due for a plan's medications from admission
 * to the end of care (and up to `horizonDays` past `asOf`), from the routine psychiatric cadence,
 * a review after every change, and the monitoring protocols (young people on antidepressants,
 * antipsychotic metabolic monitoring, lithium levels, clozapine ANC, valproate labs). Recorded
 * reviews up to `asOf` are matched in date order: each satisfies, in every stream it can, the
 * earliest open item (a lab only items that need that lab). Sorted by due day. Never throws.
 *
 * @param plan - a parsed plan
 * @param options - `asOf`, the policy and the horizon
 * @returns the due items with their status, or a finding for a bad `asOf`
 * @category Medication
 * @example
 * ```ts
 * const result = medicationReviews(plan, { asOf: "2026-04-01" });
 * result.success && result.data.filter((item) => item.status === "overdue").map((item) => item.due); //=> ["2026-03-16", "2026-03-23"]
 * ```
 */
export function medicationReviews(plan: TreatmentPlan, options: MedicationReviewOptions): Result<readonly ReviewDue[]> {
  const { asOf } = options;
  if (!isDay(asOf)) return { success: false, findings: dayOptionFindings(["asOf"], asOf) };
  const policy = resolvePolicy(options.policy);
  if (!policy.success) return policy;
  const { params } = policy.data;
  const horizonDays = Math.max(0, Math.floor(options.horizonDays ?? 0));
  const horizon = addDays(asOf, horizonDays);
  const endOfCare = lastDayOfCare(plan);
  const to = horizonDays > 0 && horizon > endOfCare ? horizon : endOfCare;
  const items = PROTOCOLS.flatMap((protocol) => dueItems(protocol, plan, params, asOf, to));
  // A stable sort: items due on one day stay in protocol order.
  return { success: true, data: items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)) };
}
