import type { Result } from "../core/finding";
import { guardResult } from "../core/plan-error";
import { safeParsePlan } from "./parse";
import type { TreatmentPlan, TreatmentPlanInput } from "./types";

/**
 * What {@link createPlan} needs: the id, zone, participant and period; every other field is
 * optional and gets its documented default.
 *
 * @category Plan
 * @example
 * ```ts
 * const draft: PlanDraft = {
 *   id: "plan-1", timeZone: "America/Phoenix",
 *   participant: { id: "pt-1", ageGroup: "adult" },
 *   period: { admitted: "2026-03-09", plannedDischarge: "2026-05-01" },
 * };
 * ```
 */
export type PlanDraft = Pick<TreatmentPlanInput, "id" | "timeZone" | "participant" | "period"> &
  Partial<Omit<TreatmentPlanInput, "id" | "timeZone" | "participant" | "period">>;

/**
 * The defaults {@link createPlan} fills in: a `draft` mental-health IOP plan with empty lists and
 * an empty schedule.
 *
 * @category Plan
 * @example
 * ```ts
 * PLAN_DEFAULTS.status; //=> "draft"
 * ```
 */
export const PLAN_DEFAULTS = {
  schemaVersion: 1,
  status: "draft",
  levelOfCare: "intensive-outpatient",
  programType: "mental-health",
  diagnoses: [],
  careTeam: [],
  problems: [],
  dischargeCriteria: [],
  schedule: { sessions: [] },
  medications: [],
  reviews: [],
} as const satisfies Partial<TreatmentPlanInput>;

/**
 * Builds a plan from a partial draft: fills {@link PLAN_DEFAULTS} for missing fields, then parses
 * the result. Never throws; the draft is not modified.
 *
 * @param draft - the fields you have
 * @returns the parsed plan, or every structural finding
 * @category Plan
 * @example
 * ```ts
 * const result = createPlan({
 *   id: "plan-1", timeZone: "America/Phoenix",
 *   participant: { id: "pt-1", ageGroup: "adult" },
 *   period: { admitted: "2026-03-09", plannedDischarge: "2026-05-01" },
 * });
 * result.success && result.data.status; //=> "draft"
 * ```
 */
export function createPlan(draft: PlanDraft): Result<TreatmentPlan> {
  return guardResult("draft", () => {
    if (typeof draft !== "object" || draft === null || Array.isArray(draft)) return safeParsePlan(draft);
    return safeParsePlan({ ...PLAN_DEFAULTS, ...draft });
  });
}
