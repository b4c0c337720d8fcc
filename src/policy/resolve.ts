import type { Finding, Result } from "../core/finding";
import { presetById, PRESET_IDS, type PresetId } from "./presets";
import type { Policy } from "./types";

/**
 * A policy as the functions that apply one accept it: a policy object, a preset id, or nothing
 * for `policies.default`.
 *
 * @category Policies
 * @example
 * ```ts
 * const choice: PolicyChoice = "medicare-iop";
 * ```
 */
export type PolicyChoice = Policy | PresetId | undefined;

function unknownPreset(): Finding {
  return {
    rule: "policy/unknown-preset",
    severity: "error",
    path: ["policy"],
    message: `Unknown preset id; expected one of: ${PRESET_IDS.join(", ")}.`,
    params: { allowed: PRESET_IDS.join("|") },
  };
}

/**
 * The policy a caller chose: `policies.default` when none, the preset with a given id, or the
 * policy object itself. An unknown preset id is a finding, never a silent fallback.
 *
 * @param choice - a policy, a preset id or `undefined`
 * @returns the policy, or a `policy/unknown-preset` finding
 * @category Policies
 * @example
 * ```ts
 * const resolved = resolvePolicy("asam-2.1");
 * resolved.success && resolved.data.id; //=> "asam-2.1"
 * resolvePolicy("medicare").success; //=> false
 * ```
 */
export function resolvePolicy(choice: PolicyChoice | string): Result<Policy> {
  if (choice === undefined) return { success: true, data: presetById("default")! };
  if (typeof choice !== "string") return { success: true, data: choice };
  const preset = presetById(choice);
  return preset ? { success: true, data: preset } : { success: false, findings: [unknownPreset()] };
}
