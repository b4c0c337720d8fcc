import type { Finding, Result } from "../core/finding";
import { describeFindings, PlanError } from "../core/plan-error";
import { catalogFinding } from "../core/messages";
import { schemaFindings } from "../core/schema-findings";
import { PLAN_MESSAGES } from "./messages";
import { TreatmentPlanSchema } from "./schema";
import type { TreatmentPlan } from "./types";
import { duplicateIdFindings } from "./unique-ids";

function unreadable(): Finding {
  return catalogFinding(PLAN_MESSAGES, "schema/unreadable", "error", [], { variant: "input" });
}

/**
 * Checks that unknown data is a structurally valid treatment plan, collecting every problem. Never
 * throws: bad input gives `{ success: false, findings }` with `schema/…` rule codes and full paths.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @returns the typed plan, or every structural finding
 * @category Plan
 * @example
 * ```ts
 * const result = safeParsePlan({ schemaVersion: 1 });
 * result.success; //=> false
 * ```
 */
export function safeParsePlan(input: unknown): Result<TreatmentPlan> {
  try {
    const parsed = TreatmentPlanSchema.safeParse(input);
    if (!parsed.success) {
      // Parsed again with the inputs attached, only to tell a missing value from a wrong one.
      const detailed = TreatmentPlanSchema.safeParse(input, { reportInput: true });
      return { success: false, findings: schemaFindings(detailed.success ? parsed.error.issues : detailed.error.issues) };
    }
    const plan: TreatmentPlan = parsed.data;
    const duplicates = duplicateIdFindings(plan);
    return duplicates.length > 0 ? { success: false, findings: duplicates } : { success: true, data: plan };
  } catch {
    // Exotic inputs (throwing getters, revoked proxies) cannot be read; they are reported, not thrown.
    return { success: false, findings: [unreadable()] };
  }
}

/**
 * The throwing twin of {@link safeParsePlan}: returns the plan or throws a {@link PlanError}
 * carrying the same findings.
 *
 * @param input - anything, typically the result of `JSON.parse`
 * @returns the typed plan
 * @throws {@link PlanError} when the input is not a valid plan
 * @category Plan
 * @example
 * ```ts
 * const plan = parsePlan(JSON.parse(text));
 * plan.schemaVersion; //=> 1
 * ```
 */
export function parsePlan(input: unknown): TreatmentPlan {
  const result = safeParsePlan(input);
  if (!result.success) throw new PlanError(describeFindings("The plan", result.findings), result.findings);
  return result.data;
}
