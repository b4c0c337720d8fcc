/**
 * Payers a coverage record can name.
 *
 * @category Coverage
 * @example
 * ```ts
 * PAYERS.includes("tricare"); //=> true
 * ```
 */
export const PAYERS = ["medicare", "medicaid", "commercial", "tricare", "self-pay", "other"] as const;

/**
 * A payer kind.
 *
 * @category Coverage
 * @example
 * ```ts
 * const payer: Payer = "commercial";
 * ```
 */
export type Payer = (typeof PAYERS)[number];
