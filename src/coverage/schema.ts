import { z } from "zod";
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
  payer: z.enum(PAYERS),
  authorization: z
    .strictObject({
      start: daySchema,
      end: daySchema,
      approvedDays: z.int().min(0).max(366).optional(),
      nextReview: daySchema.optional(),
    })
    .refine((auth) => auth.end >= auth.start, {
      message: englishMessage(COVERAGE_MESSAGES["schema/period-order"], "authorization", undefined, ["end"]),
      params: { rule: "schema/period-order", variant: "authorization" },
      path: ["end"],
    })
    .optional(),
  certification: z
    .strictObject({
      certifiedOn: daySchema,
      recertifiedOn: listSchema(daySchema, 52),
    })
    .optional(),
  costSharing: z
    .strictObject({
      allowedPerDayCents: centsSchema,
      copayPerDayCents: centsSchema.optional(),
      copayBeforeDeductible: z.boolean().optional(),
      coinsurance: z.number().min(0).max(1).optional(),
      deductibleRemainingCents: centsSchema.optional(),
      outOfPocketRemainingCents: centsSchema.optional(),
    })
    .optional(),
});
