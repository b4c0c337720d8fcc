import type { Finding, Result } from "../core/finding";
import { fastParser } from "../core/fast-parse";
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

/** The plan's schema compiled for plans it accepts; anything else is left to zod's parse, which tells what is wrong. */
const fastPlan = fastParser(TreatmentPlanSchema);
/** The same, vouching for the input itself: for input the caller gives up. */
const planInPlace = fastParser(TreatmentPlanSchema, "in-place");

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
  const fast = fastPlan(input);
  return fast ? withUniqueIds(fast.value) : zodParsePlan(input);
}

/**
 * {@link safeParsePlan} of input the caller owns and gives up, such as a line it has just parsed
 * from JSON: a valid plan zod would return with the same values (no unknown key) is answered
 * without a copy, so the plan may be the input itself and the caller must not change it after.
 */
export function safeParseOwnedPlan(input: unknown): Result<TreatmentPlan> {
  const fast = planInPlace(input);
  return fast ? withUniqueIds(fast.value) : safeParsePlan(input);
}

/** A structurally valid plan, unless two of its parts share an id. */
function withUniqueIds(plan: TreatmentPlan): Result<TreatmentPlan> {
  const duplicates = duplicateIdFindings(plan);
  return duplicates.length > 0 ? { success: false, findings: duplicates } : { success: true, data: plan };
}

/** {@link safeParsePlan} by zod's parse alone: the findings of a plan the compiled parser does not vouch for. */
export function zodParsePlan(input: unknown): Result<TreatmentPlan> {
  try {
    const parsed = TreatmentPlanSchema.safeParse(input);
    if (!parsed.success) {
      // Parsed again with the inputs attached, only to tell a missing value from a wrong one.
      const detailed = TreatmentPlanSchema.safeParse(input, { reportInput: true });
      return { success: false, findings: schemaFindings(detailed.success ? parsed.error.issues : detailed.error.issues) };
    }
    return withUniqueIds(parsed.data);
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
  return planOrThrow(safeParsePlan(input));
}

/**
 * {@link parsePlan} of a draft the caller has just built and gives up (as {@link safeParseOwnedPlan}):
 * a valid plan may be the draft itself, so nothing may change the draft after.
 */
export function parseOwnedPlan(draft: unknown): TreatmentPlan {
  return planOrThrow(safeParseOwnedPlan(draft));
}

function planOrThrow(result: Result<TreatmentPlan>): TreatmentPlan {
  if (!result.success) throw new PlanError(describeFindings("The plan", result.findings), result.findings);
  return result.data;
}
