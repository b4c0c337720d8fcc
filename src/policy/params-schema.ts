import { z } from "zod";
import { PAYERS } from "../coverage/payers";

const count = z.int().min(0).max(10_000);
const positive = z.int().min(1).max(10_000);
const range = z.strictObject({ min: count, max: count });

/** The full parameter set; cross-field bounds are checked in `policyParamFindings`. */
export const PolicyParamsSchema = z.strictObject({
  daysPerWeek: z.strictObject({ min: z.int().min(1).max(7), max: z.int().min(1).max(7) }),
  sessionMinutes: z.strictObject({ min: count, max: count, targetMin: count, targetMax: count }),
  weeklyMinutes: z.strictObject({ adult: range, adolescent: range, qualifyingOnly: z.boolean() }),
  programWeeks: range,
  firstPlanWithinDays: count,
  planReviewEveryDays: positive,
  recertifyEveryDays: positive,
  groupPerWeekMin: count,
  groupMinutesMin: count,
  individualEveryWeeks: positive,
  individualMinutesMin: count,
  psychoeducationPerWeekMin: count,
  familyEveryWeeks: positive,
  psychiatricEveryWeeks: positive,
  psychiatricCareDiagnoses: z.array(z.string().regex(/^[A-TV-Z][0-9]{0,2}(\.[0-9A-TV-Z]{0,4})?$/i)).max(100),
  servicesPerDayMin: count,
  reviewAfterChangeDays: positive,
  antidepressantVisitWeeks: z.array(positive).min(1).max(52),
  youngAdultAge: z.int().min(0).max(130),
  metabolicSchedule: z.enum(["ada-apa-2004", "apa-2020"]),
  lithiumLevelAfterChangeDays: positive,
  lithiumLevelEveryDays: positive,
  clozapineAnc: z
    .array(
      z.union([
        z.strictObject({ fromMonth: count, everyWeeks: positive }),
        z.strictObject({ fromMonth: count, everyMonths: positive }),
      ]),
    )
    .min(1)
    .max(12),
  valproateLabsEveryDays: positive,
  baselineWithinDays: count,
  measureEveryDays: positive,
  aftercareStartDaysBeforeDischarge: count,
  followUpWithinDays: positive,
  crisisLine: z.string().min(1).max(32),
  safetyPlanRiskLevels: z.array(z.enum(["low", "moderate", "high"])).max(3),
  supportResourceRequired: z.boolean(),
  concurrentReviewNoticeDays: count,
  authorizationRequiredFor: z.array(z.enum(PAYERS)).max(PAYERS.length),
});
