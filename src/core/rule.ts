import type { Day } from "./calendar";
import type { FindingParams, FindingPath, Severity } from "./finding";
import type { Policy, PolicyParamName, PolicyParams } from "../policy/types";
import type { TreatmentPlan } from "../plan/types";

/**
 * The areas rules are grouped in; a rule code starts with its area (`schedule/weekly-hours`).
 *
 * @category Rules
 * @example
 * ```ts
 * const area: RuleArea = "schedule";
 * ```
 */
export type RuleArea = "plan" | "schedule" | "modality" | "medication" | "measures" | "aftercare" | "coverage";

/**
 * What the catalog says about a rule.
 *
 * @category Rules
 * @example
 * ```ts
 * explainRule("plan/discharge-criteria")?.defaultSeverity; //=> "error"
 * ```
 */
export interface RuleMeta {
  /** Stable code, like an ESLint rule name. */
  readonly code: string;
  /** The area the rule belongs to. */
  readonly area: RuleArea;
  /** One line saying what the rule checks. */
  readonly summary: string;
  /** Severity when the policy does not set one. */
  readonly defaultSeverity: Severity;
  /** Policy parameters the rule reads. */
  readonly params: readonly PolicyParamName[];
  /** Where the requirement comes from. */
  readonly source: string;
  /** Whether the rule only runs when `asOf` is given. */
  readonly needsAsOf?: boolean;
}

/**
 * What a rule reports before the engine adds the rule code and severity. An `advisory` finding is
 * one step softer than the rule's severity (an error rule's advisory finding is a warning).
 *
 * @category Rules
 * @example
 * ```ts
 * const draft: RuleFindingDraft = { path: ["dischargeCriteria"], message: "No discharge criteria." };
 * ```
 */
export interface RuleFindingDraft {
  readonly path: FindingPath;
  readonly message: string;
  readonly params?: FindingParams;
  readonly advisory?: boolean;
}

/**
 * What a rule sees: the plan, the policy and its params, `asOf` when given, and `derive` to share
 * work computed from the plan between rules (computed once per check).
 *
 * @category Rules
 * @example
 * ```ts
 * const check = (ctx: RuleContext) => (ctx.plan.dischargeCriteria.length === 0 ? [{ path: ["dischargeCriteria"], message: "None." }] : []);
 * ```
 */
export interface RuleContext {
  readonly plan: TreatmentPlan;
  readonly policy: Policy;
  readonly params: PolicyParams;
  readonly asOf: Day | undefined;
  /**
   * Computes a value once per check, shared by every rule that asks for it. `compute` must be a
   * stable (module-level) function: it is the cache key.
   */
  derive<T>(compute: (plan: TreatmentPlan, ctx: RuleContext) => T): T;
}

/**
 * A rule: its catalog entry and a pure check.
 *
 * @category Rules
 * @example
 * ```ts
 * const rule: Rule = {
 *   code: "plan/example", area: "plan", summary: "An example.", defaultSeverity: "info",
 *   params: [], source: "none", check: () => [],
 * };
 * ```
 */
export interface Rule extends RuleMeta {
  /** The pure check: findings for the plan in `ctx`, none when the plan complies. */
  readonly check: (ctx: RuleContext) => readonly RuleFindingDraft[];
}
