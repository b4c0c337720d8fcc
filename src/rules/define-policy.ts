import * as z from "zod";
import type { Finding, Result } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { describeFindings, FindingsError, guardResult } from "../core/plan-error";
import { schemaFindings } from "../core/schema-findings";
import { POLICY_MESSAGES } from "../policy/messages";
import { PolicyParamsSchema, type PolicyParams } from "../policy/params";
import type { PresetId } from "../policy/presets";
import { invalidSettingFindings, resolvePolicy } from "../policy/resolve";
import type { Policy, PolicyMessages, RuleSettings } from "../policy/types";
import { localeFindings } from "./locale-option";
import { messageOverrideFindings, unknownRuleFindings } from "./policy-choice";

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;

/**
 * What {@link definePolicy} takes: the policy to extend (a policy or a preset id), parameter
 * overrides (nested objects merge, arrays replace) and rule settings.
 *
 * @category Policies
 * @example
 * ```ts
 * const input: PolicyInput = {
 *   id: "our-clinic", extends: "default",
 *   params: { daysPerWeek: { max: 4 } },
 *   rules: { "plan/goal-own-words": "error" },
 * };
 * ```
 */
export interface PolicyInput {
  /** Identifier of the new policy. Default: the extended policy's id with `-custom`. */
  readonly id?: string;
  /** Display name. Default: the extended policy's name with "(custom)". */
  readonly name?: string;
  /** The policy it starts from. Default: `"default"`. */
  readonly extends?: Policy | PresetId;
  /** Parameters to override. */
  readonly params?: DeepPartial<PolicyParams>;
  /** Rule settings to add or override, by rule code. */
  readonly rules?: RuleSettings;
  /** Messages to replace, by language tag, finding code and variant; they merge over the extended policy's. */
  readonly messages?: PolicyMessages;
}

/**
 * Thrown by {@link definePolicy} for a bad policy, with every finding.
 *
 * @category Policies
 * @example
 * ```ts
 * // From JavaScript or a JSON file; in TypeScript a misspelt code does not compile.
 * const fromFile: PolicyInput = JSON.parse('{"rules":{"plan/dischage-criteria":"error"}}');
 * try {
 *   definePolicy(fromFile);
 * } catch (error) {
 *   if (error instanceof PolicyError) console.log(error.findings[0]?.params?.suggestions); //=> ["plan/discharge-criteria"]
 * }
 * ```
 */
export class PolicyError extends FindingsError {
  override readonly name = "PolicyError";
}

const PolicyInputSchema = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  name: z.string().min(1).max(200).optional(),
  extends: z.union([z.string(), z.object({ id: z.string(), params: z.object({}).loose() }).loose()]).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
  messages: z.unknown().optional(),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The override's values over the base's, object by object. Keys are defined, not assigned, so a
 * `__proto__` key (JSON.parse makes it an own key) stays a key the schema reports, rather than
 * becoming the object's prototype and vanishing.
 */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    const value = Object.hasOwn(base, key) ? merge(base[key], override[key]) : override[key];
    Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

/** Whether `Intl` takes a language tag: a locale of that tag and no words is one the `locale` option accepts. */
function isLanguageTag(tag: string): boolean {
  return localeFindings({ tag, items: {}, messages: {} }).length === 0;
}

/** A finding for each language of a policy's `messages` whose key is no BCP 47 tag (`es_US`, `Spanish`). */
function languageTagFindings(messages: unknown): Finding[] {
  if (!isPlainObject(messages)) return [];
  return Object.keys(messages)
    .filter((tag) => !isLanguageTag(tag))
    .map((tag) => catalogFinding(POLICY_MESSAGES, "policy/unknown-message", "error", ["messages", tag], { variant: "languageTag" }));
}

function ruleFindings(rules: Record<string, unknown>): Finding[] {
  const unknown = unknownRuleFindings(rules, ["rules"]);
  const invalid = invalidSettingFindings(rules, ["rules"]).filter((finding) => !unknown.some((other) => other.path[1] === finding.path[1]));
  return [...unknown, ...invalid];
}

function resolveBase(base: unknown): Result<Policy> {
  const resolved = resolvePolicy(base);
  if (resolved.success) return resolved;
  return { success: false, findings: resolved.findings.map((finding) => ({ ...finding, path: ["extends", ...finding.path.slice(1)] })) };
}

/**
 * Builds a policy from a preset or another policy, checking it in full. Never throws: a bad
 * policy gives findings naming each field (`policy/…` codes), an unknown rule code comes with
 * the closest known codes, and an input that cannot be read (a Proxy, a throwing getter) is an
 * `engine/invalid-argument` finding. Merging follows the extended policy's own depth, so a cyclic
 * or deeply nested `params` is reported, not followed.
 *
 * @param input - the policy definition, typed or straight from a JSON file
 * @returns the policy, or every finding
 * @category Policies
 * @example
 * ```ts
 * const result = safeDefinePolicy({ params: { daysPerWeek: { min: 6, max: 4 } } });
 * result.success; //=> false
 * ```
 */
export function safeDefinePolicy(input: unknown): Result<Policy> {
  return guardResult("input", () => definePolicyResult(input));
}

/** The policy an input defines, or its findings; a throw while reading the input is the caller's to catch. */
function definePolicyResult(input: unknown): Result<Policy> {
  const shape = PolicyInputSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { success: false, findings: schemaFindings(shape.error.issues) };
  // The records as given: zod's copies of a record drop a `__proto__` key, which must be reported.
  const { params = {}, rules = {} } = input as { readonly params?: Record<string, unknown>; readonly rules?: Record<string, unknown> };
  const base = resolveBase(shape.data.extends);
  if (!base.success) return base;
  const merged = PolicyParamsSchema.safeParse(merge(base.data.params, params), { reportInput: true });
  const findings: Finding[] = [];
  if (!merged.success) {
    for (const finding of schemaFindings(merged.error.issues)) findings.push({ ...finding, path: ["params", ...finding.path] });
  }
  findings.push(...ruleFindings(rules), ...languageTagFindings(shape.data.messages), ...messageOverrideFindings(shape.data.messages, ["messages"]));
  if (findings.length > 0 || !merged.success) return { success: false, findings };
  const policy: Policy = {
    id: shape.data.id ?? `${base.data.id}-custom`,
    name: shape.data.name ?? `${base.data.name} (custom)`,
    params: merged.data,
    rules: { ...base.data.rules, ...(rules as RuleSettings) },
  };
  const messages = base.data.messages === undefined && shape.data.messages === undefined ? undefined : merge(base.data.messages ?? {}, shape.data.messages ?? {});
  return { success: true, data: messages === undefined ? policy : { ...policy, messages: messages as PolicyMessages } };
}

/**
 * The throwing twin of {@link safeDefinePolicy}, for policies written in code.
 *
 * @param input - the policy definition
 * @returns the policy
 * @throws {@link PolicyError} naming every bad field
 * @category Policies
 * @example
 * ```ts
 * const fourDays = definePolicy({ id: "four-days", extends: policies.default, params: { daysPerWeek: { max: 4 } } });
 * fourDays.params.daysPerWeek; //=> { min: 3, max: 4 }
 * ```
 */
export function definePolicy(input: PolicyInput): Policy {
  const result = safeDefinePolicy(input);
  if (!result.success) throw new PolicyError(describeFindings("The policy", result.findings), result.findings);
  return result.data;
}
