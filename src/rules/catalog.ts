import type { RuleMeta } from "../core/rule";
import { closestMatches } from "../core/suggest";
import { policies, type PresetId } from "../policy/presets";
import type { RuleSetting } from "../policy/types";
import { allRules, findRule, ruleCodes, type RuleCode } from "./registry";
import { settingFor } from "./run-rules";

/**
 * Every rule iopkit runs, in report order: code, area, summary, default severity, the policy
 * parameters it reads and its source. Codes are public API, like ESLint rule names.
 *
 * @category Rules
 * @example
 * ```ts
 * ruleCatalog.some((rule) => rule.code === "plan/discharge-criteria"); //=> true
 * ```
 */
export const ruleCatalog: readonly RuleMeta<RuleCode>[] = allRules;

/**
 * A rule's catalog entry with its setting under each built-in policy.
 *
 * @category Rules
 * @example
 * ```ts
 * const explanation: RuleExplanation | undefined = explainRule("plan/review-cadence");
 * ```
 */
export interface RuleExplanation extends RuleMeta<RuleCode> {
  /** The rule's setting under `default`, `medicare-iop` and `asam-2.1`. */
  readonly presets: Readonly<Record<PresetId, RuleSetting>>;
}

/**
 * Explains a rule: its catalog entry and its setting under each built-in policy.
 *
 * @param code - a rule code such as `plan/review-cadence`
 * @returns the explanation, or `undefined` for an unknown code (see {@link suggestRuleCodes})
 * @category Rules
 * @example
 * ```ts
 * explainRule("plan/review-cadence")?.presets; //=> { default: "warning", "medicare-iop": "error", "asam-2.1": "warning" }
 * ```
 */
export function explainRule(code: string): RuleExplanation | undefined {
  const rule = findRule(code);
  if (!rule) return undefined;
  const { check: _check, ...meta } = rule;
  const presets = Object.fromEntries(Object.values(policies).map((policy) => [policy.id, settingFor(policy, rule)])) as Record<PresetId, RuleSetting>;
  return { ...meta, presets };
}

/**
 * The known rule codes closest to a misspelt one, nearest first.
 *
 * @param code - a rule code that may be misspelt
 * @returns up to three known codes (none for a value that is no string)
 * @category Rules
 * @example
 * ```ts
 * suggestRuleCodes("plan/dischage-criteria"); //=> ["plan/discharge-criteria"]
 * ```
 */
export function suggestRuleCodes(code: string): RuleCode[] {
  return closestMatches(code, ruleCodes());
}
