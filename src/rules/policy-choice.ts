import type { Finding, FindingPath, Result } from "../core/finding";
import { catalogFinding, type MessageOf } from "../core/messages";
import { closestMatches } from "../core/suggest";
import { POLICY_MESSAGES } from "../policy/messages";
import { resolvePolicyOption } from "../policy/resolve";
import type { Policy } from "../policy/types";
import { ENGLISH_CATALOG } from "./messages";
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
      return catalogFinding(POLICY_MESSAGES, "policy/unknown-rule", "error", [...path, code], { params: suggestions.length > 0 ? { suggestions } : {} });
    });
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A finding about a policy's `messages`, written from {@link POLICY_MESSAGES}. */
function messagesFinding<Code extends "policy/invalid-policy" | "policy/unknown-message">(
  code: Code,
  path: FindingPath,
  said: MessageOf<(typeof POLICY_MESSAGES)[Code]>,
): Finding {
  return catalogFinding(POLICY_MESSAGES, code, "error", path, said);
}

/** The findings for the overrides of one language: every code and variant must be one iopkit writes, every message text or a function. */
function overrideFindings(overrides: Readonly<Record<string, unknown>>, path: FindingPath): Finding[] {
  const codes = Object.keys(ENGLISH_CATALOG);
  return Object.entries(overrides).flatMap(([code, variants]): Finding[] => {
    const known = Object.hasOwn(ENGLISH_CATALOG, code) ? ENGLISH_CATALOG[code] : undefined;
    if (!known) {
      const suggestions = code.length <= MAX_SUGGESTED_LENGTH ? closestMatches(code, codes) : [];
      return [messagesFinding("policy/unknown-message", [...path, code], { variant: "code", params: suggestions.length > 0 ? { suggestions } : {} })];
    }
    if (!isRecord(variants)) return [messagesFinding("policy/invalid-policy", [...path, code], { variant: "messagesNotObject" })];
    return Object.entries(variants).flatMap(([variant, text]): Finding[] => {
      if (!Object.hasOwn(known, variant)) return [messagesFinding("policy/unknown-message", [...path, code, variant], { variant: "variant", params: { allowed: Object.keys(known) } })];
      return typeof text === "string" || typeof text === "function" ? [] : [messagesFinding("policy/unknown-message", [...path, code, variant], { variant: "notText" })];
    });
  });
}

/**
 * The findings for a policy's message overrides (`{ [languageTag]: { [code]: { [variant]: text | template } } }`):
 * none when they are absent or every code, variant and message is one iopkit can write.
 */
export function messageOverrideFindings(messages: unknown, path: FindingPath): Finding[] {
  if (messages === undefined) return [];
  if (!isRecord(messages)) return [messagesFinding("policy/invalid-policy", path, { variant: "messagesNotObject" })];
  return Object.entries(messages).flatMap(([tag, overrides]) =>
    isRecord(overrides) ? overrideFindings(overrides, [...path, tag]) : [messagesFinding("policy/invalid-policy", [...path, tag], { variant: "messagesNotObject" })],
  );
}

/**
 * The policy the engine applies: the options' policy as `resolvePolicyOption` reads it, then the check only the engine can make,
 * that every rule the policy sets exists (a misspelt code would otherwise leave the rule at its
 * default without a word), and that every message it overrides is one iopkit writes.
 */
export function resolveEnginePolicy(options: { readonly policy?: unknown }): Result<Policy> {
  const resolved = resolvePolicyOption(options);
  if (!resolved.success) return resolved;
  const unknown = [...unknownRuleFindings(resolved.data.rules, ["policy", "rules"]), ...messageOverrideFindings(resolved.data.messages, ["policy", "messages"])];
  return unknown.length > 0 ? { success: false, findings: unknown } : resolved;
}
