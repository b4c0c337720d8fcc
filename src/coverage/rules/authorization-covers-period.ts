import type { Day } from "../../core/calendar";
import { defineRule } from "../../core/rule";
import { programDaysOfPlan } from "../program-days";
import { counted } from "../../core/words";

/** Whether a day falls inside an authorization's window, its first and last day included. */
export function inAuthorization(day: Day, authorization: { readonly start: Day; readonly end: Day }): boolean {
  return day >= authorization.start && day <= authorization.end;
}

/** Every scheduled program day falls inside the authorization. */
export const authorizationCoversPeriod = defineRule({
  code: "coverage/authorization-covers-period",
  summary: "Every scheduled program day falls between the authorization's start and end.",
  defaultSeverity: "error",
  params: [],
  source: "Payer authorization windows (services outside an authorization are not covered)",
  check({ plan, derive }) {
    const authorization = plan.coverage?.authorization;
    if (!authorization) return [];
    const outside = derive(programDaysOfPlan).filter((day) => !inAuthorization(day, authorization));
    if (outside.length === 0) return [];
    return [
      {
        path: ["coverage", "authorization"],
        message: `${counted(outside.length, "scheduled program day", "scheduled program days")} ${outside.length === 1 ? "falls" : "fall"} outside the authorization (${authorization.start} to ${authorization.end}), from ${outside[0]} to ${outside.at(-1)}.`,
        params: { actual: outside.length, first: outside[0]!, last: outside.at(-1)! },
      },
    ];
  },
});
