import * as z from "zod";
import { englishMessage } from "../core/messages";
import { daySchema, listSchema } from "../core/schema-kit";
import { PAYERS } from "../policy/payers";
import { COVERAGE_MESSAGES } from "./messages";

const centsSchema = z.int().min(0).max(100_000_000);

/**
 * Insurance coverage: the payer, its authorization, Medicare certification and the cost-sharing
 * terms. Money is in integer cents; coinsurance is a fraction from 0 to 1.
 *
 * @category Schemas
 * @example
 * ```ts
 * CoverageSchema.safeParse({ payer: "commercial", authorization: { start: "2026-03-09", end: "2026-04-30" } }).success; //=> true
 * ```
 */
export const CoverageSchema = z.strictObject({
  /** Who pays. A payer listed in the policy's `authorizationRequiredFor` (default commercial, Medicaid and TRICARE) needs an authorization; Medicare needs a certification. */
  payer: z.enum(PAYERS),
  /** The payer's authorization of IOP days. */
  authorization: z
    .strictObject({
      /** The first authorized day; every scheduled program day falls on or after it. */
      start: daySchema,
      /** The last authorized day, on or after `start`; every scheduled program day falls on or before it. */
      end: daySchema,
      /** How many program days are authorized; the program days scheduled inside the authorization may not exceed it. */
      approvedDays: z.int().min(0).max(366).optional(),
      /** The day of the payer's next concurrent review: reported once passed, and noted `concurrentReviewNoticeDays` (default 7) before. */
      nextReview: daySchema.optional(),
    })
    .refine((auth) => auth.end >= auth.start, {
      message: englishMessage(COVERAGE_MESSAGES["schema/period-order"], "authorization", undefined, ["end"]),
      params: { rule: "schema/period-order", variant: "authorization" },
      path: ["end"],
    })
    .optional(),
  /** Medicare's physician certification that the participant needs at least 9 hours of care a week, and its recertifications. */
  certification: z
    .strictObject({
      /** The day of the certification, on or before admission. */
      certifiedOn: daySchema,
      /** The day of each recertification, oldest first: the first within `firstRecertifyWithinDays` of the certification (default 30), then at most `recertifyEveryDays` apart (default 60; the exact day counts are unconfirmed). */
      recertifiedOn: listSchema(daySchema, 52),
    })
    .optional(),
  /**
   * The cost-sharing terms `estimateCost` reads: each program day the deductible first, then the
   * copay or coinsurance, capped by the out-of-pocket room left.
   */
  costSharing: z
    .strictObject({
      /** The amount the payer allows for one program day, in cents. */
      allowedPerDayCents: centsSchema,
      /** A fixed copay per program day, in cents; when given it applies instead of coinsurance. */
      copayPerDayCents: centsSchema.optional(),
      /** Whether the copay applies before the deductible is met, leaving the deductible untouched (this varies by plan). */
      copayBeforeDeductible: z.boolean().optional(),
      /** The participant's share of the allowed amount after the deductible, as a fraction (0.2 is 20 %); used when there is no copay. */
      coinsurance: z.number().min(0).max(1).optional(),
      /** The deductible still to be met when the estimate starts, in cents; none when absent. */
      deductibleRemainingCents: centsSchema.optional(),
      /** The room left under the out-of-pocket maximum, in cents; no cap when absent. */
      outOfPocketRemainingCents: centsSchema.optional(),
    })
    .optional(),
});
