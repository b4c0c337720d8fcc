import type { Policy } from "../types";
import { asam21Policy } from "./asam21";
import { defaultPolicy } from "./default";
import { medicareIopPolicy } from "./medicare-iop";

/**
 * A value frozen with everything in it. The presets are shared by every caller and applied
 * without a check, so none may change one for the others (an assignment to a preset's parameter
 * throws in strict code and is ignored elsewhere).
 */
function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The built-in policies: `default` (general IOP norms), `medicareIop` (Medicare IOP) and `asam21`
 * (ASAM level 2.1). Extend them with `definePolicy`.
 *
 * @category Policies
 * @example
 * ```ts
 * policies.medicareIop.id; //=> "medicare-iop"
 * ```
 */
export const policies = {
  default: frozen(defaultPolicy),
  medicareIop: frozen(medicareIopPolicy),
  asam21: frozen(asam21Policy),
} as const;

/**
 * The id of a built-in policy, as used by `definePolicy({ extends })` and the CLI's `--policy`.
 *
 * @category Policies
 * @example
 * ```ts
 * const id: PresetId = "medicare-iop";
 * ```
 */
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * The ids of the built-in policies, in the order of {@link policies}.
 *
 * @category Policies
 * @example
 * ```ts
 * PRESET_IDS; //=> ["default", "medicare-iop", "asam-2.1"]
 * ```
 */
export const PRESET_IDS = ["default", "medicare-iop", "asam-2.1"] as const;

/** The preset with an id, if any. */
export function presetById(id: string): Policy | undefined {
  return Object.values(policies).find((policy) => policy.id === id);
}
