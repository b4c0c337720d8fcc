import type { Finding, FindingPath, Result } from "../core/finding";
import { closestMatches } from "../core/suggest";
import { resolvePolicyOption } from "../policy/resolve";
import type { Policy } from "../policy/types";
import { ruleCodes } from "./registry";

/** Longest code compared for a did-you-mean suggestion; longer text is no misspelling. */
const MAX_SUGGESTED_LENGTH = 64;

/** Every rule code, as a set: built on first use, as the registry is complete only once every module has loaded. */
let knownCodes: ReadonlySet<string> | undefined;

/** A `policy/unknown-rule` finding for every setting whose code is no rule's, with the closest codes. */
export function unknownRuleFindings(rules: Readonly<Record<string, unknown>>, path: FindingPath): Finding[] {
  knownCodes ??= new Set(ruleCodes());
  const known = knownCodes;
  return Object.keys(rules)
    .filter((code) => !known.has(code))
    .map((code) => {
      const suggestions = code.length <= MAX_SUGGESTED_LENGTH ? closestMatches(code, ruleCodes()) : [];
      const finding = {
        rule: "policy/unknown-rule",
        severity: "error" as const,
        path: [...path, code],
        message: suggestions.length > 0 ? `Unknown rule code. Did you mean ${suggestions.join(" or ")}?` : "Unknown rule code.",
      };
      return suggestions.length > 0 ? { ...finding, params: { suggestions: suggestions.join("|") } } : finding;
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
