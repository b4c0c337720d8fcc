import { defineRule } from "../../core/rule";
import type { Range } from "../../policy/params";
import { weekOfPlan } from "../summary";

/**
 * Whether a number of program days a week is one the policy allows.
 *
 * @param count - program days a week
 * @param allowed - the policy's `daysPerWeek`
 * @returns true when `count` lies within `allowed.min`–`allowed.max` (inclusive)
 */
export function daysPerWeekAllowed(count: number, allowed: Range): boolean {
  return count >= allowed.min && count <= allowed.max;
}

/** Program days per week lie within the policy's range. */
export const daysPerWeek = defineRule({
  code: "schedule/days-per-week",
  summary: "The schedule has between daysPerWeek.min and daysPerWeek.max program days a week.",
  defaultSeverity: "error",
  params: ["daysPerWeek"],
  source: "Seed article (3–5 days); H0015 descriptor (≥ 3 days a week); Noridian JE (3–4 days)",
  messages: {
    default: (p: { readonly actual: number; readonly min: number; readonly max: number }, words) =>
      `The schedule has ${words.count(p.actual, { one: "program day", other: "program days" })} a week; the policy expects ${p.min} to ${p.max}.`,
  },
  check({ params, derive }) {
    const actual = derive(weekOfPlan).programDays.length;
    if (daysPerWeekAllowed(actual, params.daysPerWeek)) return [];
    const { min, max } = params.daysPerWeek;
    return [{ path: ["schedule", "sessions"], params: { actual, min, max } }];
  },
});
