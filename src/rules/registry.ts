import type { Rule } from "../core/rule";
import { aftercareRules } from "../aftercare/rules";
import { attendanceRules } from "../attendance/rules";
import { coverageRules } from "../coverage/rules";
import { planRules } from "../plan/rules";
import { measuresRules } from "../measures/rules";
import { medicationRules } from "../medication/rules";
import { modalityRules } from "../modalities/rules";
import { scheduleRules } from "../schedule/rules";

/** Every rule iopkit runs, in catalog order. */
export const allRules = [...planRules, ...scheduleRules, ...modalityRules, ...medicationRules, ...measuresRules, ...aftercareRules, ...coverageRules, ...attendanceRules] as const;

/**
 * The code of any rule iopkit runs, such as `"schedule/weekly-hours"`: what a policy's `rules`
 * accepts.
 *
 * @category Rules
 * @example
 * ```ts
 * const code: RuleCode = "schedule/weekly-hours";
 * ```
 */
export type RuleCode = (typeof allRules)[number]["code"];

let byCode: Map<string, Rule<RuleCode>> | undefined;

/** The rule with a code, if there is one. */
export function findRule(code: string): Rule<RuleCode> | undefined {
  byCode ??= new Map(allRules.map((rule) => [rule.code, rule]));
  return byCode.get(code);
}

/** Every rule code, in catalog order. */
export function ruleCodes(): RuleCode[] {
  return allRules.map((rule) => rule.code);
}
