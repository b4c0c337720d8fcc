import type { Severity } from "../core/finding";
import type { MessageOverrides } from "../rules/format-finding";
import type { RuleCode } from "../rules/registry";
import type { PolicyParams } from "./params";

/**
 * How a policy sets a rule: off, or on at a severity.
 *
 * @category Policies
 * @example
 * ```ts
 * const setting: RuleSetting = "warning";
 * ```
 */
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/**
 * Every setting a policy can give a rule: off, or on at a severity.
 *
 * @category Policies
 * @example
 * ```ts
 * RULE_SETTINGS; //=> ["off", "info", "warning", "error"]
 * ```
 */
export const RULE_SETTINGS = ["off", "info", "warning", "error"] as const satisfies readonly ("off" | Severity)[];

/**
 * Per-rule settings keyed by rule code; editors complete the codes and a misspelt one does not
 * compile.
 *
 * @category Policies
 * @example
 * ```ts
 * const settings: RuleSettings = { "plan/goal-own-words": "error" };
 * ```
 */
export type RuleSettings = Readonly<Partial<Record<RuleCode, RuleSetting>>>;

/**
 * A complete policy: thresholds (`params`) and per-rule settings (`rules`). Rules not named in
 * `rules` run at their catalog default severity.
 *
 * @category Policies
 * @example
 * ```ts
 * const policy: Policy = policies.medicareIop;
 * policy.params.planReviewEveryDays; //=> 60
 * ```
 */
export interface Policy {
  /** Stable identifier, such as `default` or `medicare-iop`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Thresholds read by rules. */
  readonly params: PolicyParams;
  /** Per-rule settings overriding the catalog defaults. */
  readonly rules: RuleSettings;
  /** Messages that replace iopkit's own, by language tag (`en`, `es`), finding code and variant. */
  readonly messages?: PolicyMessages;
}

/**
 * A policy's own wording: message overrides by language tag (`en`, `es`, or an app's own locale's
 * tag), then by finding code and variant.
 *
 * @category Policies
 * @example
 * ```ts
 * const messages: PolicyMessages = { en: { "plan/diagnosis-required": { default: "Add the working diagnosis before signing." } } };
 * ```
 */
export type PolicyMessages = { readonly [tag: string]: MessageOverrides };
