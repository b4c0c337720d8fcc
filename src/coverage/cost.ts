import type { DayBasis } from "../attendance/billing";
import type { Day } from "../core/calendar";
import type { Finding, Result } from "../core/finding";
import { optionFindingFrom } from "../core/options";
import type { Coverage, TreatmentPlan } from "../plan/types";
import { COVERAGE_MESSAGES } from "./messages";
import { daysToBill, type CoverageRange } from "./program-days";
import { guardResult } from "../core/plan-error";

/**
 * One billed program day, in integer cents.
 *
 * @category Coverage
 * @example
 * ```ts
 * const day: DayCost = { date: "2026-03-09", allowedCents: 45000, deductibleCents: 45000, copayCents: 0, coinsuranceCents: 0, participantPaysCents: 45000, payerPaysCents: 0 };
 * ```
 */
export interface DayCost {
  readonly date: Day;
  /** When the plan records attendance: billed from an attendance record, or estimated from the schedule. */
  readonly basis?: DayBasis;
  readonly allowedCents: number;
  /** Paid toward the deductible. */
  readonly deductibleCents: number;
  readonly copayCents: number;
  readonly coinsuranceCents: number;
  /** What the participant pays, after the out-of-pocket cap. */
  readonly participantPaysCents: number;
  readonly payerPaysCents: number;
}

/**
 * A cost estimate: every billed day and the totals, in integer cents.
 *
 * @category Coverage
 * @example
 * ```ts
 * const estimate: CostEstimate = { days: [], billedDays: 0, allowedCents: 0, participantPaysCents: 0, payerPaysCents: 0 };
 * ```
 */
export interface CostEstimate {
  readonly days: readonly DayCost[];
  readonly billedDays: number;
  /** When the plan records attendance: the billed days its records show attended; the rest are estimated from the schedule. */
  readonly attendedDays?: number;
  readonly allowedCents: number;
  readonly participantPaysCents: number;
  readonly payerPaysCents: number;
}

type CostSharing = NonNullable<Coverage["costSharing"]>;

interface Balances {
  deductible: number;
  outOfPocket: number;
}

/** One day's split: deductible first, then copay or coinsurance, capped by the out-of-pocket room left. */
function splitDay(allowed: number, terms: CostSharing, selfPay: boolean, balances: Balances): Omit<DayCost, "date" | "basis"> {
  if (selfPay) return { allowedCents: allowed, deductibleCents: 0, copayCents: 0, coinsuranceCents: 0, participantPaysCents: allowed, payerPaysCents: 0 };
  let deductible = 0;
  let copay = 0;
  let coinsurance = 0;
  if (terms.copayPerDayCents !== undefined && terms.copayBeforeDeductible === true) {
    copay = Math.min(terms.copayPerDayCents, allowed);
  } else {
    deductible = Math.min(allowed, balances.deductible);
    const rest = allowed - deductible;
    if (terms.copayPerDayCents !== undefined) copay = Math.min(terms.copayPerDayCents, rest);
    else if (terms.coinsurance !== undefined) coinsurance = Math.round(terms.coinsurance * rest);
  }
  const owed = deductible + copay + coinsurance;
  const pays = Math.min(owed, balances.outOfPocket);
  // The cap reduces the shares in the order they were applied: coinsurance or copay first, then deductible.
  const cut = owed - pays;
  const coinsuranceCut = Math.min(cut, coinsurance);
  const copayCut = Math.min(cut - coinsuranceCut, copay);
  const deductibleCut = cut - coinsuranceCut - copayCut;
  balances.deductible -= deductible - deductibleCut;
  balances.outOfPocket -= pays;
  return {
    allowedCents: allowed,
    deductibleCents: deductible - deductibleCut,
    copayCents: copay - copayCut,
    coinsuranceCents: coinsurance - coinsuranceCut,
    participantPaysCents: pays,
    payerPaysCents: allowed - pays,
  };
}

/**
 * Estimates what the participant pays for the dated program days, day by day and in total, from
 * the coverage's cost-sharing terms: the deductible first, then the copay or coinsurance, capped
 * by the out-of-pocket maximum left. A copay that applies before the deductible
 * (`copayBeforeDeductible`) leaves the deductible untouched. Self-pay pays the allowed amount.
 * Integer cents throughout (coinsurance rounded to the cent each day). Only days at the IOP level
 * of care are billed: a day the plan's `transitions` put at outpatient care or partial
 * hospitalization is left out. When the plan records attendance, days before `range.asOf` (without
 * it, days up to the last record) bill only what was attended (`basis: "attended"`), so the
 * estimate becomes a statement for them: a day is billed when a program session delivered at least
 * one service in whole (a partial record delivers only the activities that fit wholly within its
 * minutes, in the session's order), and a past day without a record bills nothing; days from
 * `range.asOf` on are estimated from the schedule, and records dated on or after it are not read.
 * The days are those `serviceDays` lists. An estimate, not a quote.
 * Never throws: a plan without cost-sharing terms and every bad option give findings, all at once.
 *
 * @param plan - a parsed plan with `coverage.costSharing`
 * @param range - `from`, `to`, closures (default: the plan period) and `asOf`
 * @returns the estimate, or findings
 * @category Coverage
 * @example
 * ```ts
 * const covered = parsePlan({
 *   ...plan,
 *   coverage: { payer: "commercial", costSharing: { allowedPerDayCents: 45_000, coinsurance: 0.2, deductibleRemainingCents: 50_000, outOfPocketRemainingCents: 100_000 } },
 * });
 * const estimate = estimateCost(covered);
 * estimate.success && [estimate.data.billedDays, estimate.data.participantPaysCents]; //=> [25, 100000]
 * ```
 */
export function estimateCost(plan: TreatmentPlan, range: CoverageRange = {}): Result<CostEstimate> {
  return guardResult("plan or its range", () => {
    const terms = plan.coverage?.costSharing;
    const findings: Finding[] = terms ? [] : [optionFindingFrom(COVERAGE_MESSAGES["engine/invalid-option"], ["coverage", "costSharing"], { variant: "noCostSharing" })];
    const days = daysToBill(plan, range);
    if (!days.success) findings.push(...days.findings);
    if (!terms || !days.success) return { success: false, findings };
    const selfPay = plan.coverage?.payer === "self-pay";
    const balances: Balances = {
      deductible: terms.deductibleRemainingCents ?? 0,
      outOfPocket: terms.outOfPocketRemainingCents ?? Number.POSITIVE_INFINITY,
    };
    const costs = days.data.map(({ date, basis }) => ({ date, ...(basis ? { basis } : {}), ...splitDay(terms.allowedPerDayCents, terms, selfPay, balances) }));
    const sum = (pick: (day: DayCost) => number) => costs.reduce((total, day) => total + pick(day), 0);
    return {
      success: true,
      data: {
        days: costs,
        billedDays: costs.length,
        ...(plan.attendance ? { attendedDays: costs.filter((day) => day.basis === "attended").length } : {}),
        allowedCents: sum((day) => day.allowedCents),
        participantPaysCents: sum((day) => day.participantPaysCents),
        payerPaysCents: sum((day) => day.payerPaysCents),
      },
    };
  });
}
