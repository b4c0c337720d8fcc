import { roundTo } from "../../core/round";
import { defineRule } from "../../core/rule";
import type { TreatmentPlan } from "../../plan/types";
import type { PolicyParams } from "../../policy/params";
import { weekOfPlan } from "../summary";

/** How weekly minutes compare to an age group's range: below it (outpatient), within it, or above it (partial hospitalization). */
export type WeeklyMinutesVerdict = "below" | "within" | "above";

/**
 * The weekly-minutes verdict for an age group: `below` under its `min`, `above` from `max + 1`
 * (the whole minute where partial hospitalization begins), else `within`. For whole minutes the
 * bounds are inclusive; averaged minutes between `max` and `max + 1` (1199.5 under a maximum of
 * 1199) are still IOP.
 *
 * @param weeklyMinutes - the policy's `weeklyMinutes`
 * @param ageGroup - the participant's age group
 * @param minutes - the minutes a week being counted
 * @returns the verdict
 */
export function weeklyMinutesVerdict(
  weeklyMinutes: PolicyParams["weeklyMinutes"],
  ageGroup: TreatmentPlan["participant"]["ageGroup"],
  minutes: number,
): WeeklyMinutesVerdict {
  const { min, max } = weeklyMinutes[ageGroup];
  return minutes < min ? "below" : minutes >= max + 1 ? "above" : "within";
}

/** The minutes a rule counts: every therapeutic minute, or only Medicare-qualifying ones. */
type Counted = "qualifying" | "therapeutic";

/** The params of a week outside the range: its minutes (`counted` ones), the range and the age group. */
type WeekMinutes = {
  readonly actual: number;
  readonly min: number;
  readonly max: number;
  readonly counted: Counted;
  readonly ageGroup: TreatmentPlan["participant"]["ageGroup"];
  /** `min` in hours, to one decimal. */
  readonly minHours: number;
  /** The weekly minutes partial hospitalization starts at: `max + 1`. */
  readonly phpFrom: number;
};

/** Therapy minutes per week (appointments averaged) lie within the policy's range for the age group. */
export const weeklyHours = defineRule({
  code: "schedule/weekly-hours",
  summary:
    "Therapeutic minutes a week (breaks excluded, appointments averaged; qualifying services only when weeklyMinutes.qualifyingOnly) lie within the participant's age-group range.",
  defaultSeverity: "error",
  params: ["weeklyMinutes"],
  source: "ASAM Criteria level 2.1 (9–19 h adults, 6–19 h adolescents); SAMHSA TIP 47; SSA §1861(ff) (≥ 9 h certified); 42 CFR 410.43 (partial hospitalization from 20 h)",
  messages: {
    below: (p: WeekMinutes) =>
      `The schedule gives ${p.actual} ${p.counted} minutes a week; an ${p.ageGroup} IOP needs at least ${p.min} (${p.minHours} hours). Less is routine outpatient care.`,
    above: (p: WeekMinutes) =>
      `The schedule gives ${p.actual} ${p.counted} minutes a week, above the IOP maximum of ${p.max}; ${p.phpFrom} minutes or more a week is partial hospitalization (PHP), not IOP.`,
  },
  check({ plan, params, derive }) {
    const week = derive(weekOfPlan);
    const { qualifyingOnly } = params.weeklyMinutes;
    const { ageGroup } = plan.participant;
    const { min, max } = params.weeklyMinutes[ageGroup];
    const actual = roundTo(qualifyingOnly ? week.qualifyingMinutes : week.therapeuticMinutes, 1);
    const counted: Counted = qualifyingOnly ? "qualifying" : "therapeutic";
    const verdict = weeklyMinutesVerdict(params.weeklyMinutes, ageGroup, actual);
    if (verdict === "within") return [];
    return [{ path: ["schedule"], variant: verdict, params: { actual, min, max, counted, ageGroup, minHours: roundTo(min / 60, 1), phpFrom: max + 1 } }];
  },
});
