import { flatMap } from "../../core/arrays";
import { defineRule } from "../../core/rule";
import type { LateAssessmentParams } from "./admission-record";
import { baselineStandings } from "./baseline-recorded";

/**
 * A baseline measure that came after its window: the first measure of the kind after
 * `baselineWithinDays` of admission, up to the last day of care, with its day and the days late.
 * A warning by default, as other late items are (`medication/review-late`): the measure is on
 * record and the course can be measured from it, `baselineWithinDays` is a clinic default, and The
 * Joint Commission CTS.03.01.09 asks for a standardized tool without a day count. A policy can
 * raise it, apart from a missing baseline (`measures/baseline-recorded`, an error).
 *
 * @example
 * ```ts
 * // plan: admitted 2026-03-09 with F33.1, a PHQ-9 on 2026-03-19
 * validatePlan(plan, { asOf: "2026-04-01" }).findings.filter((finding) => finding.rule === "measures/baseline-late").map((finding) => [finding.severity, finding.message]);
 * //=> [["warning", "The baseline PHQ-9 is dated 2026-03-19, 3 days after its deadline 2026-03-16."]]
 * ```
 */
export const baselineLate = defineRule({
  code: "measures/baseline-late",
  summary:
    "No baseline measure (see measures/baseline-recorded) came after baselineWithinDays of admission; the first one after, up to the last day of care, is reported with the days late.",
  defaultSeverity: "warning",
  params: ["baselineWithinDays", "measuresFor"],
  source: "NCQA DRR-E (baseline PHQ-9); The Joint Commission CTS.03.01.09; baselineWithinDays is a clinic default",
  messages: {
    default: (p: LateAssessmentParams, words) =>
      `The baseline ${p.instrument} is dated ${p.date}, ${words.count(p.daysLate, { one: "day", other: "days" })} after its deadline ${p.due}.`,
  },
  check: ({ derive }) => flatMap(derive(baselineStandings), ({ baseline }) => (baseline.status === "late" ? [{ path: baseline.path, params: baseline.params }] : [])),
});
