import type { Finding, FindingPath, Result } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { closestMatches } from "../core/suggest";
import { POLICY_MESSAGES } from "../policy/messages";
import { resolvePolicyOption } from "../policy/resolve";
import type { Policy } from "../policy/types";
import { ruleCodes } from "./registry";

/** Longest code compared for a did-you-mean suggestion; longer text is no misspelling. */
const MAX_SUGGESTED_LENGTH = 64;

/** A `policy/unknown-rule` finding for every setting whose code is no rule's, with the closest codes. */
export function unknownRuleFindings(rules: Readonly<Record<string, unknown>>, path: FindingPath): Finding[] {
  const known: readonly string[] = ruleCodes();
  return Object.keys(rules)
    .filter((code) => !known.includes(code))
    .map((code) => {
      const suggestions = code.length <= MAX_SUGGESTED_LENGTH ? closestMatches(code, ruleCodes()) : [];
      return catalogFinding(POLICY_MESSAGES, "policy/unknown-rule", "error", [...path, code], { params: suggestions.length > 0 ? { suggestions } : {} });
    });
}

/**
 * The policy the engine applies: the options' policy as `resolvePolicyOption` reads it, then the check only the engine can make,
 * that every rule the policy sets exists (a misspelt code would otherwise leave the rule at its
 * default without a word).
 */
export function resolveEnginePolicy(options: { readonly policy?: unknown }): Result<Policy> {
  const resolved = resolvePolicyOption(options);
  if (!resolved.success) return resolved;
  const unknown = unknownRuleFindings(resolved.data.rules, ["policy", "rules"]);
  return unknown.length > 0 ? { success: false, findings: unknown } : resolved;
}
