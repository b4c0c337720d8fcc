import type { Policy } from "../types";
import { asam21Policy } from "./asam21";
import { defaultPolicy } from "./default";
import { medicareIopPolicy } from "./medicare-iop";

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
  default: defaultPolicy,
  medicareIop: medicareIopPolicy,
  asam21: asam21Policy,
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
