import { copyJson } from "../core/json-copy";
import { guardValue } from "../core/plan-error";
import type { Result } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { PLAN_MESSAGES } from "./messages";
import { safeParsePlan } from "./parse";
import type { TreatmentPlan, TreatmentPlanInput } from "./types";

/**
 * A mutable, unbranded deep copy of a plan, typed as plan input, for editing before parsing it
 * again. The plan itself is not touched.
 *
 * @param plan - a parsed plan
 * @returns a deep copy typed as plan input
 * @category Plan
 * @example
 * ```ts
 * const draft = toDraft(plan);
 * draft.dischargeCriteria = [];
 * plan.dischargeCriteria.length > 0; //=> true
 * ```
 */
export function toDraft(plan: TreatmentPlan): TreatmentPlanInput {
  return guardValue("plan", () => copyJson(plan) as TreatmentPlanInput);
}

/**
 * Edits a plan: `edit` receives a mutable draft copy (see {@link toDraft}) to change in place or
 * replace by returning a new draft; the result is parsed again. The plan passed in is not
 * modified; an edit that throws or breaks the structure gives findings, never an exception.
 *
 * @param plan - a parsed plan
 * @param edit - changes the draft, or returns the draft to use
 * @returns the edited plan, or the structural findings of the edited draft
 * @category Plan
 * @example
 * ```ts
 * const edited = updatePlan(plan, (draft) => {
 *   draft.status = "active";
 * });
 * edited.success && edited.data.status; //=> "active"
 * updatePlan(plan, (draft) => { draft.timeZone = "Mars/Olympus"; }).success; //=> false
 * ```
 */
export function updatePlan(plan: TreatmentPlan, edit: (draft: TreatmentPlanInput) => TreatmentPlanInput | void): Result<TreatmentPlan> {
  let draft: TreatmentPlanInput;
  try {
    draft = toDraft(plan);
    draft = edit(draft) ?? draft;
  } catch {
    return {
      success: false,
      findings: [catalogFinding(PLAN_MESSAGES, "schema/unreadable", "error", [], { variant: "edit" })],
    };
  }
  return safeParsePlan(draft);
}
