import type { Day } from "../core/calendar";
import type { Finding, Result } from "../core/finding";
import { catalogFinding, type MessageOf } from "../core/messages";
import { dayOptionFindings } from "../core/options";
import { schemaFindings } from "../core/schema-findings";
import { closestMatches } from "../core/suggest";
import { POLICY_MESSAGES } from "./messages";
import { PolicyParamsSchema } from "./params";
import { presetById, policies, PRESET_IDS, type PresetId } from "./presets";
import { RULE_SETTINGS, type Policy, type PolicyMessages, type RuleSettings } from "./types";

/**
 * A policy as the functions that apply one accept it: a policy object, a preset id, or nothing
 * for `policies.default`. In an options object, "nothing" means the `policy` property is absent:
 * a `policy` property that is present and `undefined` (a misspelt `policies.medicare`, say) is a
 * `policy/invalid-policy` finding, never a silent default.
 *
 * @category Policies
 * @example
 * ```ts
 * const choice: PolicyChoice = "medicare-iop";
 * ```
 */
export type PolicyChoice = Policy | PresetId | undefined;

/** Longest text compared for a did-you-mean suggestion; longer input is no misspelling. */
const MAX_SUGGESTED_LENGTH = 64;
const PRESETS: ReadonlySet<unknown> = new Set(Object.values(policies));
const checked = new WeakMap<object, Result<Policy>>();

/** A finding about the policy, written from {@link POLICY_MESSAGES}. */
function policyFinding<Code extends keyof typeof POLICY_MESSAGES>(code: Code, path: Finding["path"], said: MessageOf<(typeof POLICY_MESSAGES)[Code]>): Finding {
  return catalogFinding(POLICY_MESSAGES, code, "error", path, said);
}

/** A `policy/invalid-policy` finding under `path` (`["policy"]` unless said). */
function invalidPolicy(variant: keyof (typeof POLICY_MESSAGES)["policy/invalid-policy"], path: Finding["path"] = ["policy"]): Finding {
  return policyFinding("policy/invalid-policy", path, { variant });
}

function unknownPreset(id: string): Finding {
  const near = id.length <= MAX_SUGGESTED_LENGTH ? closestMatches(id, PRESET_IDS) : [];
  const extended = id.length > 0 ? PRESET_IDS.filter((preset) => preset.startsWith(id.toLowerCase())) : [];
  const suggestions = [...new Set([...near, ...extended])];
  return policyFinding("policy/unknown-preset", ["policy"], { params: { allowed: PRESET_IDS, ...(suggestions.length > 0 ? { suggestions } : {}) } });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A `policy/invalid-setting` finding for every rule setting that is not one of {@link RULE_SETTINGS}. */
export function invalidSettingFindings(rules: Readonly<Record<string, unknown>>, path: Finding["path"]): Finding[] {
  return Object.keys(rules)
    .filter((code) => !(RULE_SETTINGS as readonly unknown[]).includes(rules[code]))
    .map((code) => policyFinding("policy/invalid-setting", [...path, code], { params: { allowed: RULE_SETTINGS } }));
}

function settingsFindings(rules: unknown): Finding[] {
  if (!isRecord(rules)) return [invalidPolicy("rulesNotObject", ["policy", "rules"])];
  return invalidSettingFindings(rules, ["policy", "rules"]);
}

/** Checks a policy object with the schema `definePolicy` uses; the copy it returns is the one applied. */
function checkPolicyObject(policy: object): Result<Policy> {
  if (!isRecord(policy)) return { success: false, findings: [invalidPolicy("notPolicy")] };
  const findings: Finding[] = [];
  if (typeof policy.id !== "string" || typeof policy.name !== "string") {
    findings.push(invalidPolicy("idAndName"));
  }
  const params = PolicyParamsSchema.safeParse(policy.params, { reportInput: true });
  if (!params.success) for (const finding of schemaFindings(params.error.issues)) findings.push({ ...finding, path: ["policy", "params", ...finding.path] });
  findings.push(...settingsFindings(policy.rules));
  if (findings.length > 0 || !params.success) return { success: false, findings };
  const rules = Object.fromEntries(Object.entries(policy.rules as Record<string, unknown>)) as RuleSettings;
  const policyData = { id: policy.id as string, name: policy.name as string, params: params.data, rules };
  return { success: true, data: policy.messages === undefined ? policyData : { ...policyData, messages: policy.messages as PolicyMessages } };
}

/**
 * The policy a caller chose: `policies.default` when none, the preset with a given id, or the
 * policy object itself once checked with the same schema as `definePolicy` (every parameter
 * present, in range, each `min` at most its `max`; every rule setting valid). An unknown preset id
 * or an invalid policy is a finding, never a silent fallback, a throw or a hang. A policy object
 * is checked once and remembered, so checking many plans with it costs one check.
 *
 * @param choice - a policy, a preset id or `undefined`; anything else is reported
 * @returns the policy to apply, or `policy/…` and `schema/…` findings under the path `policy`
 * @category Policies
 * @example
 * ```ts
 * const resolved = resolvePolicy("asam-2.1");
 * resolved.success && resolved.data.id; //=> "asam-2.1"
 * const typo = resolvePolicy("medicare");
 * typo.success || typo.findings[0]?.params?.suggestions; //=> ["medicare-iop"]
 * resolvePolicy({ ...policies.default, params: { ...policies.default.params, psychiatricEveryWeeks: 0 } }).success; //=> false
 * ```
 */
export function resolvePolicy(choice: unknown): Result<Policy> {
  if (choice === undefined) return { success: true, data: policies.default };
  if (typeof choice === "string") {
    const preset = presetById(choice);
    return preset ? { success: true, data: preset } : { success: false, findings: [unknownPreset(choice)] };
  }
  if (typeof choice !== "object" || choice === null) {
    return { success: false, findings: [invalidPolicy("notPolicy")] };
  }
  if (PRESETS.has(choice)) return { success: true, data: choice as Policy };
  const known = checked.get(choice);
  if (known) return known;
  let result: Result<Policy>;
  try {
    result = checkPolicyObject(choice);
  } catch {
    result = { success: false, findings: [invalidPolicy("unreadable")] };
  }
  checked.set(choice, result);
  return result;
}

/**
 * The policy of an options object: {@link resolvePolicy} of its `policy` property when the
 * property is absent or set, and a `policy/invalid-policy` finding when it is present but
 * `undefined`, which is how a misspelt `policies.medicare` or an unset variable arrives.
 */
export function resolvePolicyOption(options: { readonly policy?: unknown }): Result<Policy> {
  if (options.policy === undefined && Object.hasOwn(options, "policy")) {
    return {
      success: false,
      findings: [invalidPolicy("undefinedOption")],
    };
  }
  return resolvePolicy(options.policy);
}

/**
 * The day and policy an options object names (`asOf` and `policy`), or the findings for a
 * malformed `asOf` and an unknown or invalid policy, both reported together. `resolve` reads the
 * policy: by default {@link resolvePolicyOption}; the functions above the rules pass the engine's,
 * which also knows every rule code.
 */
export function resolveDayAndPolicy(
  options: { readonly asOf?: unknown; readonly policy?: unknown },
  resolve: (options: { readonly policy?: unknown }) => Result<Policy> = resolvePolicyOption,
): Result<{ readonly asOf: Day; readonly policy: Policy }> {
  const findings = dayOptionFindings(["asOf"], options.asOf);
  const policy = resolve(options);
  if (!policy.success) return { success: false, findings: [...findings, ...policy.findings] };
  if (findings.length > 0) return { success: false, findings };
  return { success: true, data: { asOf: options.asOf as Day, policy: policy.data } };
}
