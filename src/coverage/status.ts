import { daysBetween, type Day } from "../core/calendar";
import type { Finding, Result } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { dayOptionFindings } from "../core/options";
import type { TreatmentPlan } from "../plan/types";
import { COVERAGE_MESSAGES } from "./messages";
import { programDays } from "./program-days";
import { inAuthorization } from "./rules/authorization-covers-period";
import { guardResult } from "../core/plan-error";

/**
 * Options of {@link authorizationStatus}.
 *
 * @category Coverage
 * @example
 * ```ts
 * const options: AuthorizationStatusOptions = { asOf: "2026-04-01", closures: ["2026-04-03"] };
 * ```
 */
export interface AuthorizationStatusOptions {
  /** The day days are counted up to. */
  readonly asOf: Day;
  /** Days the program is closed. */
  readonly closures?: readonly Day[];
}

/**
 * Where an authorization stands on a day.
 *
 * @category Coverage
 * @example
 * ```ts
 * const status: AuthorizationStatus = {
 *   approvedDays: 24, scheduledDays: 24, usedDays: 10, remainingDays: 14,
 *   outsideWindow: [], daysToNextReview: 6, daysToExpiry: 30,
 * };
 * ```
 */
export interface AuthorizationStatus {
  /** Days the payer approved, when it says. */
  readonly approvedDays: number | undefined;
  /** Program days scheduled inside the authorization window. */
  readonly scheduledDays: number;
  /** Program days inside the window up to and including `asOf`. */
  readonly usedDays: number;
  /** Approved days not used yet (never negative), when approved days are known. */
  readonly remainingDays: number | undefined;
  /** Scheduled program days outside the window. */
  readonly outsideWindow: readonly Day[];
  /** Days from `asOf` to the next concurrent review (negative once passed). */
  readonly daysToNextReview: number | undefined;
  /** Days from `asOf` to the end of the authorization (negative once expired). */
  readonly daysToExpiry: number;
}

/** What {@link authorizationStatus} reports for a plan that records no authorization. */
const NO_AUTHORIZATION: Finding = catalogFinding(COVERAGE_MESSAGES, "coverage/authorization-required", "error", ["coverage", "authorization"], { variant: "noAuthorization" });

/**
 * Counts an authorization's days against the dated schedule: approved, scheduled inside the
 * window, used up to `asOf`, remaining, the program days that fall outside it, and the days to the
 * next review and to expiry. Never throws: a plan without an authorization and every bad option
 * (`asOf`, a closure) give findings, all of them at once.
 *
 * @param plan - a parsed plan
 * @param options - `asOf` and closures
 * @returns the status, or findings
 * @category Coverage
 * @example
 * ```ts
 * const covered = parsePlan({ ...plan, coverage: { payer: "commercial", authorization: { start: "2026-03-09", end: "2026-04-30", approvedDays: 20 } } });
 * const status = authorizationStatus(covered, { asOf: "2026-04-01" });
 * status.success && [status.data.usedDays, status.data.remainingDays, status.data.outsideWindow.length]; //=> [11, 9, 2]
 * ```
 */
export function authorizationStatus(plan: TreatmentPlan, options: AuthorizationStatusOptions): Result<AuthorizationStatus> {
  return guardResult("plan or its options", () => {
    const authorization = plan.coverage?.authorization;
    const findings = [...(authorization ? [] : [NO_AUTHORIZATION]), ...dayOptionFindings(["asOf"], options.asOf)];
    const days = programDays(plan, options.closures ? { closures: options.closures } : {});
    if (!days.success) findings.push(...days.findings);
    if (!authorization || !days.success || findings.length > 0) return { success: false, findings };
    const dates = days.data.map((day) => day.date);
    const inside = dates.filter((day) => inAuthorization(day, authorization));
    const usedDays = inside.filter((day) => day <= options.asOf).length;
    const { approvedDays, nextReview } = authorization;
    return {
      success: true,
      data: {
        approvedDays,
        scheduledDays: inside.length,
        usedDays,
        remainingDays: approvedDays === undefined ? undefined : Math.max(0, approvedDays - usedDays),
        outsideWindow: dates.filter((day) => !inAuthorization(day, authorization)),
        daysToNextReview: nextReview === undefined ? undefined : daysBetween(options.asOf, nextReview),
        daysToExpiry: daysBetween(options.asOf, authorization.end),
      },
    };
  });
}
